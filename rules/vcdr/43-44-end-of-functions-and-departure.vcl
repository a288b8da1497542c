# VCDR arts. 43 and 44: end of the function of a diplomatic agent, and the
# facilities the receiving State must grant to leave.
#
# Art. 43 lists two ways a function ends ("inter alia": also death, the
# breaking off of relations, the end of a State). They are definitions, used
# by the rule on the end of the privileges (vcdr.39.2).

# ---------------------------------------------------------------- Article 43

define function_end_notified_by_sending_state(x) "Notification by the sending State that the function has come to an end"
  cites VCDR 43(a)
  text "on notification by the sending State to the receiving State that the function of the diplomatic agent has come to an end;"
  means x.type = "recall" and x.by = sending_state and x.notified = true
  note "A recall the receiving State was not notified of does not end the function under (a) (facts: a recall event with notified: true)."
end

define recognition_refused(x) "Notification by the receiving State that it refuses to recognise the agent (art. 9(2))"
  cites VCDR 43(b)
  text "on notification by the receiving State to the sending State that, in accordance with paragraph 2 of Article 9, it refuses to recognize the diplomatic agent as a member of the mission."
  means x.type = "refusal_to_recognise" and x.by = receiving_state
  note "A persona non grata declaration alone does not end the function: the sending State must recall the person (art. 9(1)); if it does not within a reasonable period, the receiving State may refuse to recognise him (art. 9(2))."
end

define function_ended_by(x) "An event that ends the function (art. 43(a) or (b))"
  cites VCDR 43(a), VCDR 43(b), VCDR 43
  text "The function of a diplomatic agent comes to an end, inter alia:"
  means function_end_notified_by_sending_state(x) or recognition_refused(x)
end

# ---------------------------------------------------------------- Article 44

define entitled_to_departure_facilities(p) "Person the receiving State must help to leave"
  cites VCDR 44
  text "persons enjoying privileges and immunities, other than nationals of the receiving State, and members of the families of such persons irrespective of their nationality"
  means (immune_from_jurisdiction(p) and not receiving_state_national(p))
        or (p.status = family_member and immune_from_jurisdiction(p.family_of)
            and not receiving_state_national(p.family_of))
end

rule vcdr.44 "Facilities to leave at the earliest possible moment, even in armed conflict"
  cites VCDR 44
  text "The receiving State must, even in case of armed conflict, grant facilities in order to enable persons enjoying privileges and immunities, other than nationals of the receiving State, and members of the families of such persons irrespective of their nationality, to leave at the earliest possible moment."
  duty on receiving_state
  owed to sending_state, "the departing person"
  for each obstruction_of_departure as o
  applies when entitled_to_departure_facilities(o.subject) and o.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "No exception, even in armed conflict. Preventing or hindering the departure of such a person (exit refused, passports withheld, staff held as hostages) is a breach; a member of the family is protected whatever his nationality."
end

rule vcdr.44.transport "Means of transport for the departing persons and their property, in case of need"
  cites VCDR 44
  text "It must, in particular, in case of need, place at their disposal the necessary means of transport for themselves and their property."
  duty on receiving_state
  owed to sending_state, "the departing person"
  for each departure_facilities_request as t
  applies when entitled_to_departure_facilities(t.subject) and t.in_need = true
  violated when t.granted = false
  note "'In case of need' (in_need) is the condition: typically when ordinary transport has stopped (armed conflict, closed airports)."
end
