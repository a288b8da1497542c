# VCDR arts. 41 and 42: duties of the persons enjoying privileges and
# immunities, of the mission and of the diplomatic agent.
#
# A breach of these duties does not lift the immunities ("without prejudice
# to their privileges and immunities"): the receiving State's remedies are a
# persona non grata declaration (art. 9), a request for waiver (art. 32) or,
# at the extreme, breaking off relations (art. 45). It does not permit entry
# into the premises (art. 22) or the arrest of an agent (art. 29).

# ---------------------------------------------------------------- Article 41(1)

rule vcdr.41.1 "Duty to respect the laws and regulations of the receiving State"
  cites VCDR 41(1)
  text "Without prejudice to their privileges and immunities, it is the duty of all persons enjoying such privileges and immunities to respect the laws and regulations of the receiving State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when immune_from_jurisdiction(c.subject)
  violated when c.unlawful = true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3 (the Convention itself provides the remedies for abuse)"
  note "The duty binds the person; his breach leaves the immunities intact. Whether the conduct was unlawful is often the disputed fact."
end

rule vcdr.41.1.internal-affairs "Duty not to interfere in the internal affairs of the receiving State"
  cites VCDR 41(1)
  text "They also have a duty not to interfere in the internal affairs of that State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when immune_from_jurisdiction(c.subject)
  violated when c.interference_in_internal_affairs = true
  note "Contacts with the opposition, public statements and reporting are part of a mission's functions (art. 3(1)(d)); funding or directing political activity is the classic case of interference. The line is for the facts to draw (interference_in_internal_affairs)."
end

# ---------------------------------------------------------------- Article 41(2)

rule vcdr.41.2 "Official business conducted with or through the Ministry for Foreign Affairs"
  cites VCDR 41(2)
  text "All official business with the receiving State entrusted to the mission by the sending State shall be conducted with or through the Ministry for Foreign Affairs of the receiving State or such other ministry as may be agreed."
  duty on sending_state
  owed to receiving_state
  for each official_business as b
  applies when b.by = sending_state
  violated when b.through_foreign_ministry = false
  note "Direct dealings with another ministry are lawful where agreed (through_foreign_ministry covers 'such other ministry as may be agreed'). Contacts that are not official business entrusted by the sending State are outside the rule."
end

# ---------------------------------------------------------------- Article 41(3)

rule vcdr.41.3 "The premises of the mission must not be used incompatibly with its functions"
  cites VCDR 41(3)
  text "The premises of the mission must not be used in any manner incompatible with the functions of the mission as laid down in the present Convention or by other rules of general international law or by any special agreements in force between the sending and the receiving State."
  duty on sending_state
  owed to receiving_state
  for each premises_use as u
  applies when premises_of_mission(u.subject)
  violated when u.incompatible_with_functions = true
  authority "ICJ, Colombian-Peruvian Asylum Case, Judgment, I.C.J. Reports 1950, p. 266 (no general right of diplomatic asylum)"
  note "The incompatibility is for the facts to establish (incompatible_with_functions): detaining or harming a person in the premises, firing from them (the Libyan People's Bureau, London, 1984) are clear cases; diplomatic asylum is disputed outside the Latin American conventions."
  note "A misuse does not lift the inviolability of the premises: the receiving State may not enter without consent (art. 22), e.g. to arrest a person given asylum there (Quito, 2024)."
end

# ---------------------------------------------------------------- Article 42

rule vcdr.42 "No professional or commercial activity for personal profit"
  cites VCDR 42
  text "A diplomatic agent shall not in the receiving State practise for personal profit any professional or commercial activity."
  duty on "the diplomatic agent"
  owed to receiving_state
  for each professional_or_commercial_activity as a
  applies when diplomatic_agent(a.subject)
  violated when a.for_personal_profit = true
  authority "Reyes v Al-Malki [2017] UKSC 61 (on the link between art. 42 and the 'commercial activity' of art. 31(1)(c))"
  note "Occasional transactions of private life (buying, renting, employing a domestic servant) are not 'practising' an activity. An action relating to such an activity is outside his civil immunity (art. 31(1)(c))."
end
