# VCDR arts. 29 and 30: inviolability of the person of a diplomatic agent,
# of his private residence, papers, correspondence and property.
#
# Who: the diplomatic agent who is not a national or permanent resident of
# the receiving State (art. 38(1): those have inviolability only for official
# acts, see vcdr.38.1); the members of his family (art. 37(1): rule
# vcdr.37.1) and the administrative and technical staff (art. 37(2): rule
# vcdr.37.2) have the same personal inviolability, reported under art. 37.
# The residence, papers and property rules of art. 30 apply to all of them
# directly (holds_articles_29_to_35). Beginning and end: art. 39.

# ---------------------------------------------------------------- Article 29
# "The person of a diplomatic agent shall be inviolable. He shall not be
#  liable to any form of arrest or detention. The receiving State shall treat
#  him with due respect and shall take all appropriate steps to prevent any
#  attack on his person, freedom or dignity."

rule vcdr.29 "No arrest or detention of a diplomatic agent"
  cites VCDR 29
  text "The person of a diplomatic agent shall be inviolable. He shall not be liable to any form of arrest or detention."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each arrest or detention or imprisonment as e
  applies when fully_privileged_agent(e.subject) and e.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168 (maltreatment of Ugandan diplomats in Kinshasa)"
  note "No exception: unlike VCCR 41(1), neither a grave crime nor a decision of a judicial authority permits it. The remedy of the receiving State against an agent it suspects is a persona non grata declaration (art. 9) or a request for waiver (art. 32), not arrest (Tehran)."
  note "The ILC commentary on draft art. 27 (now 29) admits self-defence and, in exceptional circumstances, measures to prevent the agent from committing crimes. The text states no such exception and none is encoded: such a case is reported as violated and must be argued on these facts."
  note "Art. 32 speaks of waiver of immunity from jurisdiction, not of inviolability; no waiver is read into this rule."
end

rule vcdr.29.inviolability "Inviolability of the person: no search, restraint or force"
  cites VCDR 29
  text "The person of a diplomatic agent shall be inviolable."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each search or physical_restraint or blindfolding or use_of_force as e
  # A search may concern a place or a thing: only a search of a person (who has no `kind`) is in view.
  applies when e.subject.kind is unknown and fully_privileged_agent(e.subject) and e.by = receiving_state
  violated when not (e in {search} and e.consent = true)
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168 (maltreatment of Ugandan diplomats at Ndjili International Airport)"
  note "A search of the person is lawful only with the agent's free consent; restraint, blindfolding and force by the receiving State's organs are breaches. Security screening that the agent accepts is consented; his personal baggage is governed by art. 36(2)."
  note "Self-defence and, in exceptional circumstances, preventing a crime (ILC commentary) are not in the text: see vcdr.29."
end

exception vcdr.39.1.not-yet "Before the person's privileges began (art. 39(1))"
  cites VCDR 39(1)
  text "Every person entitled to privileges and immunities shall enjoy them from the moment he enters the territory of the receiving State on proceeding to take up his post or, if already in its territory, from the moment when his appointment is notified to the Ministry for Foreign Affairs or such other ministry as may be agreed."
  to vcdr.29
  gives not_applicable
  when privileges_not_yet_begun(e.subject, e)
end

exception vcdr.39.2.lapsed "After the privileges ceased (art. 39(2))"
  cites VCDR 39(2)
  text "When the functions of a person enjoying privileges and immunities have come to an end, such privileges and immunities shall normally cease at the moment when he leaves the country, or on expiry of a reasonable period in which to do so"
  to vcdr.29
  gives not_applicable
  when privileges_lapsed(e.subject, e)
  note "The immunity for acts performed in the exercise of his functions continues (vcdr.39.2.official-acts)."
end

rule vcdr.29.respect "Due respect and protection against any attack on the person, freedom or dignity"
  cites VCDR 29
  text "The receiving State shall treat him with due respect and shall take all appropriate steps to prevent any attack on his person, freedom or dignity."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each attack or threat as a
  applies when a.subject.kind is unknown and fully_privileged_agent(a.subject)
  violated when agent_of_receiving_state(a) or a.protective_steps_taken = false
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168"
  note "An attack or threat by the receiving State's own organs fails the duty of due respect; an attack by anyone else is a breach when the receiving State did not take all appropriate steps to prevent or stop it (Tehran: inaction of the authorities while militants seized the staff)."
end

# ---------------------------------------------------------------- Article 30
# "1. The private residence of a diplomatic agent shall enjoy the same
#  inviolability and protection as the premises of the mission.
#  2. His papers, correspondence and, except as provided in paragraph 3 of
#  Article 31, his property, shall likewise enjoy inviolability."

define protected_private_residence(x) "Private residence of a person enjoying art. 30"
  cites VCDR 30(1)
  text "The private residence of a diplomatic agent"
  means x.kind = private_residence and holds_articles_29_to_35(x.occupant)
  note "The residence of the head of the mission is part of the premises of the mission (art. 1(i)) and governed by art. 22. A temporary residence (a hotel room) is a private residence while he lives there."
end

rule vcdr.30.1 "Private residence: no entry without consent"
  cites VCDR 30(1), VCDR 22(1)
  text "The private residence of a diplomatic agent shall enjoy the same inviolability and protection as the premises of the mission."
  text "The agents of the receiving State may not enter them"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each entry as e
  applies when protected_private_residence(e.subject) and e.by = receiving_state
  violated when not e.consent = true
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168"
  note "The same inviolability as the premises of the mission (art. 22): no exception for fire, disaster or any other emergency, unlike VCCR 31(2). Consent is the occupant's (or the head of mission's)."
end

rule vcdr.30.1.search "Private residence: immune from search, requisition, attachment or execution"
  cites VCDR 30(1), VCDR 22(3)
  text "The private residence of a diplomatic agent shall enjoy the same inviolability and protection as the premises of the mission."
  text "shall be immune from search, requisition, attachment or execution"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each search or seizure as e
  applies when e.subject.kind is known and protected_private_residence(e.subject) and e.by = receiving_state
  violated when not (e in {search} and e.consent = true)
  note "A search with the occupant's free consent is not one the receiving State imposed; a requisition or attachment of the residence has no exception."
end

rule vcdr.30.1.protection "Private residence: protection against intrusion or damage"
  cites VCDR 30(1), VCDR 22(2)
  text "The private residence of a diplomatic agent shall enjoy the same inviolability and protection as the premises of the mission."
  text "all appropriate steps to protect the premises of the mission against any intrusion or damage"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each attack as a
  applies when a.subject.kind is known and protected_private_residence(a.subject)
  violated when agent_of_receiving_state(a) or a.protective_steps_taken = false
  note "The special duty of art. 22(2): all appropriate steps to protect against intrusion or damage and to prevent disturbance of the peace or impairment of dignity."
end

define private_papers_or_property(x) "Papers, correspondence or property (a thing)"
  cites VCDR 30(2)
  text "His papers, correspondence and, except as provided in paragraph 3 of Article 31, his property"
  means x.kind is known and x.kind in {documents, official_correspondence, property, means_of_transport}
end

define private_property(x) "Property, as opposed to papers and correspondence (a thing)"
  cites VCDR 30(2)
  text "his property"
  means x.kind is known and x.kind in {property, means_of_transport}
end

rule vcdr.30.2 "Papers, correspondence and property inviolable"
  cites VCDR 30(2)
  text "His papers, correspondence and, except as provided in paragraph 3 of Article 31, his property, shall likewise enjoy inviolability."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each search or seizure as e
  applies when private_papers_or_property(e.subject) and holds_articles_29_to_35(e.subject.holder)
           and e.by = receiving_state
  violated when not (e in {search} and e.consent = true)
  note "Property includes his means of transport. The archives and documents of the mission (art. 24), the diplomatic bag (art. 27) and his personal baggage (art. 36(2)) have their own rules."
end

exception vcdr.30.2.execution "Execution permitted by art. 31(3)"
  cites VCDR 30(2), VCDR 31(3)
  text "except as provided in paragraph 3 of Article 31, his property"
  to vcdr.30.2
  gives compliant
  when e in {seizure} and private_property(e.subject)
       and e.concerning is known and e.concerning in {measure_of_execution} and execution_permitted(e.concerning)
  note "Only property, never his papers or correspondence; the seizure must carry out a measure of execution (concerning) that art. 31(3) allows."
end
