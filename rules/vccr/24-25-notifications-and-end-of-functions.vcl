# VCCR arts. 24 and 25: notifications to the receiving State of appointments,
# arrivals and departures; termination of the functions of a member of a
# consular post.
#
# Facts (as for VCDR 10): events (appointment, arrival, final departure,
# recall) and `notification` events with recipient foreign_ministry, the
# person as `subject` and the `matter` notified. A notification may precede
# what it notifies (24(2)), so it is matched by person and matter, not by
# `concerning`. The "where appropriate" notifications (a person becoming or
# ceasing to be a member of the family, 24(1)(b); the termination of the
# service of private staff, 24(1)(c)) and "any other changes affecting their
# status" (24(1)(a)) are not checked: the text leaves them to circumstances,
# and the facts do not describe such changes of status.

# ---------------------------------------------------------------- Article 24(1)(a)

rule vccr.24.1.a "Notification of the appointment, arrival and final departure of members of the consular post"
  cites VCCR 24(1)(a), VCCR 24(1)
  text "The Ministry for Foreign Affairs of the receiving State or the authority designated by that Ministry shall be notified of: ... the appointment of members of a consular post, their arrival after appointment to the consular post, their final departure or the termination of their functions"
  duty on sending_state
  owed to receiving_state
  for each appointment or arrival or departure or recall as e
  applies when member_of_post_by_status(e.subject) and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {appointment} and n.matter in {appointment, engagement})
              or (e in {arrival} and n.matter = arrival)
              or (e in {departure, recall} and n.matter in {final_departure, termination_of_functions, discharge})))
  note "The passive form leaves the author open; in practice the sending State notifies through its mission or the post. No time limit is set, except prior notification 'when possible' (24(2)); a notification of the termination of the functions ends them (25(a))."
  note "A missing notification does not by itself deprive the member of his privileges and immunities, which run from entry into the territory or from entry on duties (art. 53(1)); it weighs on proof of status in a dispute."
end

# ---------------------------------------------------------------- Article 24(1)(b)

rule vccr.24.1.b "Notification of the arrival and final departure of members of the family"
  cites VCCR 24(1)(b)
  text "the arrival and final departure of a person belonging to the family of a member of a consular post forming part of his household"
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when e.subject.status = family_member and e.subject.part_of_household = true
           and member_of_post_by_status(e.subject.family_of)
           and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure)))
end

# ---------------------------------------------------------------- Article 24(1)(c)

rule vccr.24.1.c "Notification of the arrival and final departure of members of the private staff"
  cites VCCR 24(1)(c)
  text "the arrival and final departure of members of the private staff"
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when e.subject.status = private_staff and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure)))
  note "A member of the private staff is employed exclusively in the private service of a member of the consular post (art. 1(1)(i))."
end

# ---------------------------------------------------------------- Article 24(1)(d)

rule vccr.24.1.d "Notification of the engagement and discharge of persons resident in the receiving State"
  cites VCCR 24(1)(d)
  text "the engagement and discharge of persons resident in the receiving State as members of a consular post or as members of the private staff entitled to privileges and immunities."
  duty on sending_state
  owed to receiving_state
  for each appointment or recall as e
  applies when (member_of_post_by_status(e.subject) or e.subject.status = private_staff)
           and some appointment as a where (a.subject = e.subject and a.local_engagement = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {appointment} and n.matter in {engagement, appointment})
              or (e in {recall} and n.matter in {discharge, termination_of_functions})))
  note "For members of the private staff the text adds 'entitled to privileges and immunities': a member of the private staff who is a national or permanent resident of the receiving State has only those it grants (art. 71(2)). Facts: the discharge is stated as a recall event."
end

# ---------------------------------------------------------------- Article 24(2)

rule vccr.24.2 "Prior notification of arrival and final departure when possible"
  cites VCCR 24(2)
  text "When possible, prior notification of arrival and final departure shall also be given."
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when (member_of_post_by_status(e.subject)
                or (e.subject.status = family_member and member_of_post_by_status(e.subject.family_of))
                or e.subject.status = private_staff)
           and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure))
         and time from n to e > 0 minutes)
end

exception vccr.24.2.not-possible "Prior notification was not possible"
  cites VCCR 24(2)
  text "When possible"
  to vccr.24.2
  gives not_applicable
  when e.prior_notification_possible = false
  note "E.g. a departure forced at short notice (a declaration of persona non grata with hours to leave)."
end

# ---------------------------------------------------------------- Article 25
# "The functions of a member of a consular post shall come to an end inter
#  alia: (a) on notification by the sending State to the receiving State that
#  his functions have come to an end; (b) on withdrawal of the exequatur;
#  (c) on notification by the receiving State to the sending State that the
#  receiving State has ceased to consider him as a member of the consular
#  staff."
#
# Definitions, used by the rule on departure (art. 26). "Inter alia": the
# functions also end by death, by the closure of the post, or by the
# severance of consular relations.

define functions_ended_by_sending_state_notice(x) "Notification by the sending State that the functions have come to an end"
  cites VCCR 25(a)
  text "on notification by the sending State to the receiving State that his functions have come to an end;"
  means (x.type = "recall" and x.by = sending_state and x.notified = true)
        or (x.type = "notification" and x.recipient = foreign_ministry and x.matter = termination_of_functions)
  note "A recall the receiving State was not notified of does not end the functions under (a)."
end

define functions_ended_by_exequatur_withdrawal(x) "Withdrawal of the exequatur"
  cites VCCR 25(b)
  text "on withdrawal of the exequatur;"
  means x.type = "withdrawal_of_exequatur" and x.by = receiving_state
end

define functions_ended_by_receiving_state_notice(x) "Notification by the receiving State that it has ceased to consider the person a member of the consular staff"
  cites VCCR 25(c)
  text "on notification by the receiving State to the sending State that the receiving State has ceased to consider him as a member of the consular staff."
  means x.type = "refusal_to_recognise" and x.by = receiving_state
  note "Under art. 23(2), after a declaration of persona non grata the sending State did not act on; a declaration alone does not end the functions."
end

define consular_functions_ended_by(x) "An event that ends the functions of a member of a consular post (art. 25(a)-(c))"
  cites VCCR 25(a), VCCR 25(b), VCCR 25(c), VCCR 25
  text "The functions of a member of a consular post shall come to an end inter alia:"
  means functions_ended_by_sending_state_notice(x) or functions_ended_by_exequatur_withdrawal(x)
        or functions_ended_by_receiving_state_notice(x)
end
