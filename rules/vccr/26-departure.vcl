# VCCR Article 26: Departure from the territory of the receiving State
# "The receiving State shall, even in case of armed conflict, grant to
#  members of the consular post and members of the private staff, other than
#  nationals of the receiving State, and to members of their families forming
#  part of their households irrespective of nationality, the necessary time
#  and facilities to enable them to prepare their departure and to leave at
#  the earliest possible moment after the termination of the functions of the
#  members concerned. In particular, it shall, in case of need, place at their
#  disposal the necessary means of transport for themselves and their property
#  other than property acquired in the receiving State the export of which is
#  prohibited at the time of departure."
#
# Facts: the end of the functions (a declaration of persona non grata, a
# recall, a withdrawal of the exequatur or a notice that the person is no
# longer considered a member: art. 25), then `obstruction_of_departure`
# events (exit refused, passports withheld, persons held) and
# `departure_facilities_request` events (means of transport asked for).
# Chapter I: the article applies to posts headed by career and by honorary
# consular officers.

define entitled_to_leave(p) "Person to whom art. 26 grants time and facilities to leave"
  cites VCCR 26
  text "to members of the consular post and members of the private staff, other than nationals of the receiving State, and to members of their families forming part of their households irrespective of nationality"
  means ((member_of_post_by_status(p) or p.status = private_staff) and not p.nationality = receiving_state)
        or (p.status = family_member and p.part_of_household = true
            and (member_of_post_by_status(p.family_of) or p.family_of.status = private_staff)
            and not p.family_of.nationality = receiving_state)
  note "A member of the family is protected whatever his own nationality, provided the member of the post or private staff he belongs to is not a national of the receiving State."
end

define ends_functions(d) "A declaration of persona non grata, a recall, or an event that ends the functions under art. 25"
  cites VCCR 26, VCCR 25
  text "after the termination of the functions of the members concerned"
  means d.type = "persona_non_grata" or d.type = "recall" or consular_functions_ended_by(d)
  note "A declaration of persona non grata (art. 23) requires the person to leave: the time and facilities are due from then, before the functions formally end under art. 25. A recall by the sending State counts whether or not it was notified."
end

define functions_over(m, e) "The functions of member m had come to an end (or he had been declared non grata) by the time of event e"
  cites VCCR 26
  means some persona_non_grata or recall or withdrawal_of_exequatur or refusal_to_recognise as t where (
          t.subject = m and t.date <= e.date and ends_functions(t))
end

define departure_due(p, e) "The departure of the person is one art. 26 covers"
  cites VCCR 26
  means functions_over(p, e) or (p.status = family_member and functions_over(p.family_of, e))
end

define departing_with(o, m) "The person the event concerns is the departing member, or a member of his family forming part of his household"
  cites VCCR 26
  means o.subject = m
        or (o.subject.status = family_member and o.subject.part_of_household = true and o.subject.family_of = m)
end

# ---------------------------------------------------------------- time and facilities

rule vccr.26 "Time and facilities to leave at the earliest possible moment, even in armed conflict"
  cites VCCR 26
  text "The receiving State shall, even in case of armed conflict, grant to members of the consular post and members of the private staff, other than nationals of the receiving State, and to members of their families forming part of their households irrespective of nationality, the necessary time and facilities to enable them to prepare their departure and to leave at the earliest possible moment after the termination of the functions of the members concerned."
  duty on receiving_state
  owed to sending_state, "the departing persons"
  for each persona_non_grata or recall or withdrawal_of_exequatur or refusal_to_recognise as d
  applies when ends_functions(d) and entitled_to_leave(d.subject)
  violated when some obstruction_of_departure as o where (
         departing_with(o, d.subject) and o.date >= d.date and agent_of_receiving_state(o))
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "No exception, even in armed conflict. Preventing or hindering the departure of the member or of his family (exit refused, passports withheld, persons held) after his functions end is the breach; a member of the family is protected whatever his nationality."
  note "Facts: the end of the functions (declaration, recall, withdrawal of the exequatur, notice under art. 25(c)) and the obstructions after it; where none happened, say so (an obstruction_of_departure with occurred: false), else the finding is undetermined."
  note "Tehran concerned the staff of the embassy and of the consulates held as hostages, whose departure Iran prevented; it is cited for the obligation to let the members of a post leave."
end

rule vccr.26.transport "Means of transport for the departing persons and their property, in case of need"
  cites VCCR 26
  text "In particular, it shall, in case of need, place at their disposal the necessary means of transport for themselves and their property other than property acquired in the receiving State the export of which is prohibited at the time of departure."
  duty on receiving_state
  owed to sending_state, "the departing person"
  for each departure_facilities_request as t
  applies when entitled_to_leave(t.subject) and departure_due(t.subject, t) and t.in_need = true
  violated when t.granted = false
  note "'In case of need' (in_need) is the condition: typically when ordinary transport has stopped (armed conflict, closed airports)."
end

exception vccr.26.prohibited-export "Transport for property acquired in the receiving State whose export is prohibited"
  cites VCCR 26
  text "other than property acquired in the receiving State the export of which is prohibited at the time of departure"
  to vccr.26.transport
  gives compliant
  when t.prohibited_export_property_only = true
  note "The duty to provide transport does not extend to such property; a request that also covered the persons or other property is not within this exception."
end

rule vccr.26.time "The necessary time to prepare the departure"
  cites VCCR 26
  text "the necessary time and facilities to enable them to prepare their departure"
  duty on receiving_state
  owed to sending_state, "the departing person"
  for each persona_non_grata as d
  applies when d.by = receiving_state and entitled_to_leave(d.subject)
  compliant when d meets necessary_time
       or (d.necessary_time is unknown
           and some departure as x where (x.subject = d.subject and x.date >= d.date)
           and not some obstruction_of_departure as o where (departing_with(o, d.subject) and agent_of_receiving_state(o)))
  note "Where it is not decided, a departure after the declaration with no obstruction is taken to show that the time was sufficient to prepare the departure and leave; state necessary_time: false where the facts show otherwise (e.g. property or family left behind for lack of time)."
  note "The time given to leave after a declaration (time_to_leave) must be the time necessary to prepare the departure and leave; what is necessary depends on the person, his family, his property and the circumstances (transport available, armed conflict). Decide it on the declaration (necessary_time: true|false)."
end

standard necessary_time "the necessary time"
  cites VCCR 26
  measures duration at least
  note "The time needed to prepare the departure and leave at the earliest possible moment. The Convention fixes no period. Decide it on the declaration of persona non grata (necessary_time: true|false), in the light of the time_to_leave it gave; a threshold does not decide it, since the rule measures no interval between events."
end
