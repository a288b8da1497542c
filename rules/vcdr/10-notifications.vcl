# VCDR Article 10: Notifications to the Ministry for Foreign Affairs of the
# receiving State.
#
# Facts: events (appointment, arrival, final departure, recall) and
# `notification` events with recipient foreign_ministry, the person as
# `subject` and the `matter` notified. A notification may precede what it
# notifies (10(2)), so it is matched by person and matter, not `concerning`.
# "Where appropriate" notifications of changes in family membership or
# employment (10(1)(b), (c)) are not checked: the text leaves them to
# circumstances.

rule vcdr.10.1.a "Notification of the appointment, arrival and final departure of members of the mission"
  cites VCDR 10(1)(a)
  text "the appointment of members of the mission, their arrival and their final departure or the termination of their functions with the mission;"
  duty on sending_state
  owed to receiving_state
  for each appointment or arrival or departure or recall as e
  applies when member_of_mission(e.subject) and (e not in {departure} or e.final = true)
  violated when not (
         some notification as n where (
           n.subject = e.subject and n.recipient = foreign_ministry
           and ((e in {appointment} and n.matter in {appointment, engagement})
                or (e in {arrival} and n.matter = arrival)
                or (e in {departure, recall} and n.matter in {final_departure, termination_of_functions, discharge})))
         or (e in {appointment} and e.subject.appointment_notified is known))
  note "Notification is not a condition of the privileges and immunities of a person who enters the receiving State to take up his post (art. 39(1)); for a person already in its territory they run from the notification of his appointment. A missing notification weighs on proof of status in a dispute."
end

rule vcdr.10.1.b "Notification of the arrival and final departure of members of the family"
  cites VCDR 10(1)(b)
  text "the arrival and final departure of a person belonging to the family of a member of the mission"
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when e.subject.status = family_member and member_of_mission(e.subject.family_of)
           and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure)))
end

rule vcdr.10.1.c "Notification of the arrival and final departure of private servants"
  cites VCDR 10(1)(c)
  text "the arrival and final departure of private servants in the employ of persons referred to in sub-paragraph (a) of this paragraph"
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when private_servant(e.subject) and member_of_mission(e.subject.employer)
           and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure)))
end

rule vcdr.10.1.d "Notification of the engagement and discharge of persons resident in the receiving State"
  cites VCDR 10(1)(d)
  text "the engagement and discharge of persons resident in the receiving State as members of the mission or private servants entitled to privileges and immunities."
  duty on sending_state
  owed to receiving_state
  for each appointment or recall as e
  applies when (member_of_mission(e.subject) or private_servant(e.subject))
           and some appointment as a where (a.subject = e.subject and a.local_engagement = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {appointment} and n.matter in {engagement, appointment})
              or (e in {recall} and n.matter in {discharge, termination_of_functions})))
  note "For private servants the text adds 'entitled to privileges and immunities' (arts. 37(4), 38(2)); a private servant who is a national or permanent resident of the receiving State may have none."
end

rule vcdr.10.2 "Prior notification of arrival and final departure where possible"
  cites VCDR 10(2)
  text "Where possible, prior notification of arrival and final departure shall also be given."
  duty on sending_state
  owed to receiving_state
  for each arrival or departure as e
  applies when (member_of_mission(e.subject)
                or (e.subject.status = family_member and member_of_mission(e.subject.family_of))
                or (private_servant(e.subject) and member_of_mission(e.subject.employer)))
           and (e not in {departure} or e.final = true)
  violated when not some notification as n where (
         n.subject = e.subject and n.recipient = foreign_ministry
         and ((e in {arrival} and n.matter = arrival) or (e in {departure} and n.matter = final_departure))
         and time from n to e > 0 minutes)
end

exception vcdr.10.2.not-possible "Prior notification was not possible"
  cites VCDR 10(2)
  text "Where possible"
  to vcdr.10.2
  gives not_applicable
  when e.prior_notification_possible = false
end
