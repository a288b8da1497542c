# VCDR Article 22: Inviolability of the premises of the mission
#
# Unlike the consular premises (VCCR 31(2)), the premises of the mission
# have NO exception for fire or other disaster: the agents of the receiving
# State may enter only with the consent of the head of the mission.
# Premises of the mission include the residence of the head of the mission
# (art. 1(i)); other private residences of diplomatic agents: art. 30.
#
# Guard: a place or thing is stated with its `kind`, a person has none;
# `x.kind is known` keeps a rule about premises from speaking about an event
# whose subject is a person (an attack on a diplomat is art. 29).

define means_of_transport_of_mission(x) "Means of transport of the mission"
  cites VCDR 22(3)
  text "the means of transport of the mission"
  means x.kind = means_of_transport and x.mission is known
  note "A vehicle stated as belonging to a mission (thing with `mission`). The private car of a diplomatic agent is his property (art. 30(2))."
end

# ---------------------------------------------------------------- Article 22(1)

rule vcdr.22.1 "No entry into the premises of the mission without the consent of the head of the mission"
  cites VCDR 22(1)
  text "The premises of the mission shall be inviolable. The agents of the receiving State may not enter them, except with the consent of the head of the mission."
  duty on receiving_state
  owed to sending_state
  for each entry as e
  applies when e.subject.kind is known and premises_of_mission(e.subject)
  violated when agent_of_receiving_state(e) and not e.consent = true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168"
  note "No emergency exception: unlike VCCR 31(2), art. 22 assumes no consent in case of fire or other disaster. An entry without the consent of the head of the mission breaches art. 22(1) whatever the emergency, the offence pursued or the person sought; the `emergency` fact does not change the finding."
  note "The only exception is the consent of the head of the mission (or of the charge d'affaires ad interim acting as head, art. 19(1)). Abuse of the premises (art. 41(3)) does not lift their inviolability: the receiving State's remedies are those of diplomatic law (persona non grata, breaking off relations)."
end

# ---------------------------------------------------------------- Article 22(2)

rule vcdr.22.2 "Special duty to protect the premises of the mission against any intrusion or damage"
  cites VCDR 22(2)
  text "The receiving State is under a special duty to take all appropriate steps to protect the premises of the mission against any intrusion or damage"
  duty on receiving_state
  owed to sending_state
  for each attack as a
  applies when a.subject.kind is known and premises_of_mission(a.subject)
  violated when a.protective_steps_taken = false or agent_of_receiving_state(a)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  authority "ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168"
  note "State an intrusion into, or damage to, the premises by demonstrators, a mob or armed groups as an attack on the premises. The breach is the failure to take all appropriate steps to prevent or stop it (Tehran: the Iranian authorities took no steps when militants overran the embassy); an attack by the receiving State's own agents is a breach in itself (DRC v. Uganda: attacks by Congolese armed forces on the Ugandan embassy in Kinshasa)."
end

rule vcdr.22.2.peace "Prevention of any disturbance of the peace of the mission or impairment of its dignity"
  cites VCDR 22(2)
  text "and to prevent any disturbance of the peace of the mission or impairment of its dignity."
  duty on receiving_state
  owed to sending_state
  for each disturbance as d
  applies when d.subject.kind is known and premises_of_mission(d.subject)
  violated when d.protective_steps_taken = false
  note "A peaceful demonstration near the mission is not in itself a disturbance of its peace; the breach is failing to take the appropriate steps against a disturbance or impairment of dignity (blockade, siege, intimidation, defacing)."
end

# ---------------------------------------------------------------- Article 22(3)

rule vcdr.22.3 "Premises, furnishings, property thereon and means of transport immune from search, requisition, attachment or execution"
  cites VCDR 22(3)
  text "The premises of the mission, their furnishings and other property thereon and the means of transport of the mission shall be immune from search, requisition, attachment or execution."
  duty on receiving_state
  owed to sending_state
  for each search or seizure as s
  applies when (s.subject.kind is known
                and (premises_of_mission(s.subject) or means_of_transport_of_mission(s.subject)))
            or (s.place.kind is known and premises_of_mission(s.place))
  violated when agent_of_receiving_state(s)
  authority "ICJ, Immunities and Criminal Proceedings (Equatorial Guinea v. France), Judgment, I.C.J. Reports 2020, p. 300"
  note "No exception: a search with the head's consent to entry is still a search the text does not allow, and a court order or a judgment against the sending State does not authorise execution against the premises or the property on them. Property of the mission elsewhere (bank accounts) is outside art. 22(3); its immunity from execution is a matter of the law of State immunity."
  note "Whether a building is premises of the mission is the first question (art. 1(i)): in Equatorial Guinea v. France the ICJ held that the building at 42 avenue Foch had never acquired that status, as France had objected in a timely, non-arbitrary and non-discriminatory manner to its designation, so its search and attachment did not breach art. 22. State such a building with a kind other than mission_premises."
end
