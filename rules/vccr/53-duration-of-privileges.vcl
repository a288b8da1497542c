# VCCR Article 53: Beginning and end of consular privileges and immunities
#
# The definitions below are the conditions of time of the rules that grant
# the privileges of Chapter II, section II (arts. 41, 44, 46-52): 53(1) and
# 53(2) say when they begin, 53(3) when the functions end. The rules of this
# file report the measures taken in the periods art. 53 itself governs:
# after the functions ended but before the person left or a reasonable
# period expired (53(3)); for official acts, without limitation of time
# (53(4)); for the family after the death of the member (53(5)).
#
# Facts: the person's entered_territory (entry to take up the post),
# duties_assumed and functions_ended dates; departure, persona_non_grata,
# recall and death events. When none of the dates is stated, the person is
# taken to hold the post when the events happened: the status an incident
# gives a person is his status at that time. State the dates whenever the
# time is in question: a rule then turns on them.

# ---------------------------------------------------------------- Article 53(1)
# "Every member of the consular post shall enjoy the privileges and
#  immunities provided in the present Convention from the moment he enters
#  the territory of the receiving State on proceeding to take up his post
#  or, if already in its territory, from the moment when he enters on his
#  duties with the consular post."

define consular_privileges_begun(p, e) "The member's privileges and immunities had begun when the event happened"
  cites VCCR 53(1)
  text "Every member of the consular post shall enjoy the privileges and immunities provided in the present Convention from the moment he enters the territory of the receiving State on proceeding to take up his post or, if already in its territory, from the moment when he enters on his duties with the consular post."
  means not (p.entered_territory is known or p.duties_assumed is known)
        or e.date >= p.entered_territory
        or e.date >= p.duties_assumed
  note "From the entry into the territory to take up the post (entered_territory) or, for a person already there, from the entry on duties (duties_assumed): a measure on arrival, before the exequatur or the entry on duties, already meets the privileges."
  note "Neither date stated: the person is taken to hold the post at the time of the event. An event before the one date stated, the other not stated: unknown."
end

# ---------------------------------------------------------------- Article 53(2)

define household_privileges_begun(p, e) "The privileges of a family member or member of the private staff had begun"
  cites VCCR 53(2)
  text "Members of the family of a member of the consular post forming part of his household and members of his private staff shall receive the privileges and immunities provided in the present Convention from the date from which he enjoys privileges and immunities in accordance with paragraph 1 of this Article or from the date of their entry into the territory of the receiving State or from the date of their becoming a member of such family or private staff, whichever is the latest."
  means ((p.status = family_member and consular_privileges_begun(p.family_of, e))
         or (p.status = private_staff and consular_privileges_begun(p.employer, e)))
        and (not p.entered_territory is known or e.date >= p.entered_territory)
        and (not p.duties_assumed is known or e.date >= p.duties_assumed)
  note "The latest of: the member's own start (53(1)); the family member's or staff member's own entry into the territory (entered_territory); the date he joined the private staff (duties_assumed). The date of joining a family (marriage, birth) is not in the fact vocabulary: state entered_territory when it is the later date."
end

# ---------------------------------------------------------------- Article 53(3)
# "When the functions of a member of the consular post have come to an end,
#  his privileges and immunities and those of a member of his family forming
#  part of his household or a member of his private staff shall normally
#  cease at the moment when the person concerned leaves the receiving State
#  or on the expiry of a reasonable period in which to do so, whichever is
#  the sooner, but shall subsist until that time, even in case of armed
#  conflict. ..."

define consular_functions_ended_before(p, e) "The member's functions had come to an end before the event"
  cites VCCR 53(3)
  text "When the functions of a member of the consular post have come to an end"
  means p.functions_ended is known and e.date > p.functions_ended
  note "Stated by the person's functions_ended date (recall, withdrawal of the exequatur, notification that the receiving State ceases to consider him a member (art. 25), death)."
end

define left_receiving_state_before(p, e) "The person had left the receiving State before the event"
  cites VCCR 53(3)
  text "shall normally cease at the moment when the person concerned leaves the receiving State"
  means some departure as x where (x.subject = p and x.date < e.date)
  note "A departure on the same day as the measure does not count: a person stopped at the airport has not left."
end

define period_to_leave_expired(m, e) "A reasonable period to leave had expired by the time of the event"
  cites VCCR 53(3), VCCR 53(5)
  text "or on the expiry of a reasonable period in which to do so, whichever is the sooner"
  means some persona_non_grata or recall or death as d where (
          d.subject = m and d.date <= e.date
          and (d.time_to_leave is unknown or time from d to e > d.time_to_leave)
          and time from d to e meets reasonable_period)
  note "Measured from the declaration, the recall or the death of the member m that ended the functions. Never expired within the time to leave that the receiving State itself granted; beyond it, only when the time elapsed meets the standard 'a reasonable period' (decide it with `reasonable_period: true|false` on the later event, true meaning that a reasonable period had elapsed, or set a threshold)."
end

define consular_privileges_lapsed(p, e) "The member's privileges and immunities had ceased by the time of the event"
  cites VCCR 53(3)
  text "shall normally cease at the moment when the person concerned leaves the receiving State or on the expiry of a reasonable period in which to do so, whichever is the sooner, but shall subsist until that time, even in case of armed conflict."
  means consular_functions_ended_before(p, e)
        and (left_receiving_state_before(p, e) or period_to_leave_expired(p, e))
  note "Only when the functions are stated to have ended (functions_ended) before the event; then the privileges subsist until the person leaves or a reasonable period expires, even in armed conflict."
end

define consular_privileges_current(p, e) "The member's privileges and immunities were in force at the time of the event"
  cites VCCR 53(1), VCCR 53(3)
  means consular_privileges_begun(p, e) and not consular_privileges_lapsed(p, e)
  note "Immunity for official acts outlives them without limit (art. 53(4), vccr.53.4)."
end

define household_privileges_lapsed(p, e) "The privileges of a family member or member of the private staff had ceased"
  cites VCCR 53(3), VCCR 53(5)
  means (p.status = family_member and consular_functions_ended_before(p.family_of, e)
         and (left_receiving_state_before(p, e) or period_to_leave_expired(p.family_of, e)))
        or (p.status = private_staff and consular_functions_ended_before(p.employer, e)
            and (left_receiving_state_before(p, e) or period_to_leave_expired(p.employer, e)))
  note "They follow the member's: after his functions end (or his death, art. 53(5)) they subsist until the person leaves or a reasonable period expires. A person who ceases to belong to the household or to the private staff loses them (53(3), second sentence): state part_of_household: false, or the new status."
end

define household_privileges_current(p, e) "The privileges of a family member or member of the private staff were in force"
  cites VCCR 53(2), VCCR 53(3)
  means household_privileges_begun(p, e) and not household_privileges_lapsed(p, e)
end

define arrest_breaching_subsisting_inviolability(a, d) "A measure against the person's freedom while his inviolability subsisted after the declaration or recall"
  cites VCCR 53(3), VCCR 41(1), VCCR 41(2)
  means a.subject = d.subject and a.by = receiving_state and a.date >= d.date
        and not left_receiving_state_before(d.subject, a)
        and not period_to_leave_expired(d.subject, a)
        and not lawful_restraint_context(a)
        and not waived_inviolability(a)
  note "Lawful even then: an arrest or detention for a grave crime by decision of the competent judicial authority, imprisonment in execution of a final judgment (art. 41), or a measure under the sending State's express written waiver (art. 45)."
end

rule vccr.53.3 "Personal inviolability subsists after the functions end, until departure or a reasonable period"
  cites VCCR 53(3)
  text "When the functions of a member of the consular post have come to an end, his privileges and immunities ... shall normally cease at the moment when the person concerned leaves the receiving State or on the expiry of a reasonable period in which to do so, whichever is the sooner, but shall subsist until that time, even in case of armed conflict."
  duty on receiving_state
  owed to sending_state, "the departing consular officer"
  for each persona_non_grata or recall as d
  applies when full_regime_officer(d.subject)
  violated when some arrest or detention or imprisonment as a where (arrest_breaching_subsisting_inviolability(a, d))
  note "After a persona non grata declaration or a recall, the officer keeps his inviolability until he leaves or a reasonable period expires, even in armed conflict: an arrest at the airport within the time granted to leave breaches it. Measures before the declaration are judged by art. 41 itself."
  note "The other privileges subsist in the same way (the rules of arts. 41-52 apply until they lapse); immunity for official acts continues without limit (vccr.53.4)."
end

# ---------------------------------------------------------------- Article 53(4)

rule vccr.53.4 "Immunity for official acts continues after the functions end, without limitation of time"
  cites VCCR 53(4), VCCR 43(1)
  text "However, with respect to acts performed by a consular officer or a consular employee in the exercise of his functions, immunity from jurisdiction shall continue to subsist without limitation of time."
  duty on receiving_state
  owed to sending_state, "the former consular officer or employee"
  for each arrest or detention or imprisonment or criminal_proceedings or civil_proceedings as j
  applies when official_acts_immunity(j.subject) and j.by = receiving_state
           and consular_functions_ended_before(j.subject, j)
  violated when official_act_concerned(j)
  note "Applies to honorary consular officers too (art. 58(2) applies art. 53). The act must have been performed in the exercise of the functions; the date of the proceedings does not matter."
end

exception vccr.53.4.contract "Civil action on a contract not concluded as agent of the sending State (art. 43(2)(a))"
  cites VCCR 53(4), VCCR 43(2)(a)
  text "arising out of a contract concluded by a consular officer or a consular employee in which he did not contract expressly or impliedly as an agent of the sending State"
  to vccr.53.4
  gives not_applicable
  when j in {civil_proceedings} and j.action_kind = contract and j.contracted_as_agent = false
end

exception vccr.53.4.accident "Third-party action for damage from a vehicle, vessel or aircraft accident (art. 43(2)(b))"
  cites VCCR 53(4), VCCR 43(2)(b)
  text "by a third party for damage arising from an accident in the receiving State caused by a vehicle, vessel or aircraft."
  to vccr.53.4
  gives not_applicable
  when j in {civil_proceedings} and j.concerning in {vehicle_accident}
end

exception vccr.53.4.counterclaim "Counter-claim directly connected with the person's own claim (art. 45(3))"
  cites VCCR 53(4), VCCR 45(3)
  text "shall preclude him from invoking immunity from jurisdiction in respect of any counter-claim directly connected with the principal claim."
  to vccr.53.4
  gives excused
  when j in {civil_proceedings} and j.counterclaim = true
end

exception vccr.53.4.waiver "Express waiver by the sending State, in writing (art. 45)"
  cites VCCR 53(4), VCCR 45(1), VCCR 45(2)
  text "The sending State may waive, with regard to a member of the consular post, any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.53.4
  gives excused
  when waived_jurisdiction(j)
end

# ---------------------------------------------------------------- Article 53(5)

rule vccr.53.5 "The household of a deceased member keeps its privileges until it leaves or a reasonable period expires"
  cites VCCR 53(5)
  text "In the event of the death of a member of the consular post, the members of his family forming part of his household shall continue to enjoy the privileges and immunities accorded to them until they leave the receiving State or until the expiry of a reasonable period enabling them to do so, whichever is the sooner."
  duty on receiving_state
  owed to sending_state, "the family of the deceased member"
  for each death as d
  applies when privileged_member_of_post(d.subject)
  violated when some registration_requirement or social_security_demand or compulsory_service as m where (
          m.by = receiving_state and m.subject.family_of = d.subject and m.date >= d.date
          and privileged_family_member(m.subject)
          and (not m in {registration_requirement} or d.subject.status in {consular_officer, consular_employee})
          and not left_receiving_state_before(m.subject, m)
          and not period_to_leave_expired(d.subject, m))
  note "The exemptions of the family (registration of aliens and residence permits, art. 46; social security, art. 48; personal services and military obligations, art. 52) subsist after the member's death until the family leaves or a reasonable period expires: decide the period with `reasonable_period: true|false` on the measure (true: a reasonable period had elapsed), or set a threshold."
  note "Give the deceased's functions_ended (the date of death): the rules of arts. 46, 48 and 52 then apply the same period to each measure (household_privileges_current); this rule reports the period after the death as a whole."
end
