# VCDR arts. 45-47: breaking off of relations and recall of a mission,
# protection of interests by a third State, non-discrimination.

# ---------------------------------------------------------------- Article 45

define property_of_mission(x) "Premises, property or archives of the mission"
  cites VCDR 45(a)
  text "the premises of the mission, together with its property and archives"
  means x.kind is known
        and (premises_of_mission(x) or x.kind = mission_archives
             or (x.kind in {property, means_of_transport, documents} and x.mission is known))
end

rule vcdr.45.a "After a break or recall: respect and protect the premises, property and archives of the mission"
  cites VCDR 45(a), VCDR 45
  text "If diplomatic relations are broken off between two States, or if a mission is permanently or temporarily recalled:"
  text "the receiving State must, even in case of armed conflict, respect and protect the premises of the mission, together with its property and archives;"
  duty on receiving_state
  owed to sending_state
  for each breaking_off_relations as b
  violated when some entry or search or seizure or attack as e where (
          property_of_mission(e.subject) and e.date >= b.date
          and ((e in {entry, search, seizure} and agent_of_receiving_state(e) and not e.consent = true)
               or (e in {attack} and (e.protective_steps_taken = false or agent_of_receiving_state(e)))))
  note "The premises keep their protection after the mission has left, even in armed conflict: no entry, search or seizure without the consent of the sending State or of the third State holding custody (45(b)), and protection against attacks by others."
  note "Facts: list the entries, searches, seizures and attacks after the break; a break with none listed is undetermined (state one with occurred: false when there was none)."
end

rule vcdr.45.b "Custody of the premises entrusted only to a third State acceptable to the receiving State"
  cites VCDR 45(b)
  text "the sending State may entrust the custody of the premises of the mission, together with its property and archives, to a third State acceptable to the receiving State;"
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.entrusted = custody_of_premises and p.by = sending_state
  violated when p.acceptable_to_receiving_state = false
  note "A power of the sending State, within one limit: the custodian must be acceptable to the receiving State. 'violated' means the power was used outside that limit; the entrustment then binds the receiving State to nothing."
end

rule vcdr.45.c "Protection of interests entrusted only to a third State acceptable to the receiving State"
  cites VCDR 45(c)
  text "the sending State may entrust the protection of its interests and those of its nationals to a third State acceptable to the receiving State."
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.entrusted = protection_of_interests and p.by = sending_state
  violated when p.acceptable_to_receiving_state = false
  note "E.g. Switzerland as protecting power of the United States in Iran since 1980. 'violated' means the power was used outside its limit."
end

# ---------------------------------------------------------------- Article 46

rule vcdr.46 "Protection of a third State's interests: prior consent, request, no representation"
  cites VCDR 46
  text "A sending State may with the prior consent of a receiving State, and at the request of a third State not represented in the receiving State, undertake the temporary protection of the interests of the third State and of its nationals."
  duty on sending_state
  owed to receiving_state
  for each protection_of_third_state_interests as p
  applies when p.by = sending_state
  violated when p.prior_consent = false or p.requested_by_third_state = false or p.third_state_represented = true
  note "A power of the sending State with three conditions: the receiving State's consent given beforehand, a request of the third State, and the third State not represented there. 'violated' means the power was used without one of them."
end

# ---------------------------------------------------------------- Article 47

rule vcdr.47.1 "No discrimination between States in applying the Convention"
  cites VCDR 47(1)
  text "In the application of the provisions of the present Convention, the receiving State shall not discriminate as between States."
  duty on receiving_state
  owed to sending_state
  for each differential_treatment as d
  applies when d.by = receiving_state and d.convention = vcdr
  violated when true
  note "Only the two cases of paragraph 2 are not discrimination. The differential treatment of a consular post is VCCR 72 (convention: vccr)."
end

exception vcdr.47.2.a "Restrictive application by reciprocity"
  cites VCDR 47(2)(a)
  text "where the receiving State applies any of the provisions of the present Convention restrictively because of a restrictive application of that provision to its mission in the sending State;"
  to vcdr.47.1
  gives compliant
  when d.reciprocal_restriction = true
  note "Reciprocity concerns the same provision and a restrictive (not a breaching) application: it never permits what the Convention forbids, such as entering premises or opening a bag."
end

exception vcdr.47.2.b "More favourable treatment by custom or agreement"
  cites VCDR 47(2)(b)
  text "where by custom or agreement States extend to each other more favourable treatment than is required by the provisions of the present Convention."
  to vcdr.47.1
  gives compliant
  when d.more_favourable_by_custom_or_agreement = true
end
