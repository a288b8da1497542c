# VCCR arts. 6-8: exercise of consular functions outside the consular district,
# in a third State, and on behalf of a third State.
#
# Duties of the sending State (its post and officers): each of these
# extensions of the post's functions needs the receiving State's consent
# (art. 6), or notification and no (express) objection (arts. 7 and 8).
# Objections are `protest` events of the objecting State concerning the
# activity; notifications are `notification` events of the sending State.

# ---------------------------------------------------------------- Article 6
# "A consular officer may, in special circumstances, with the consent of the
#  receiving State, exercise his functions outside his consular district."

rule vccr.6 "Functions outside the consular district only with the receiving State's consent"
  cites VCCR 6, VCCR 1(1)(b)
  text "A consular officer may, in special circumstances, with the consent of the receiving State, exercise his functions outside his consular district."
  duty on sending_state
  owed to receiving_state
  for each conduct as c
  applies when c.consular_function is known and consular_officer(c.subject) and not within_consular_district(c)
  violated when c.consent_outside_district = false
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "'In special circumstances' describes when consent is sought; the consent of the receiving State is the condition that decides. Without it, the receiving State may stop the activity outside the district: the rules of art. 5 do not protect it there."
  note "State within_consular_district (true or false) on the conduct that exercises a consular function; when it is not stated this rule is undetermined."
end

# ---------------------------------------------------------------- Article 7
# "The sending State may, after notifying the States concerned, entrust a
#  consular post established in a particular State with the exercise of
#  consular functions in another State, unless there is express objection by
#  one of the States concerned."

rule vccr.7 "Functions in another State: notification of the States concerned, no express objection"
  cites VCCR 7
  text "The sending State may, after notifying the States concerned, entrust a consular post established in a particular State with the exercise of consular functions in another State, unless there is express objection by one of the States concerned."
  duty on sending_state
  owed to receiving_state, third_state
  for each functions_in_another_state as e
  violated when e.states_concerned_notified = false
             or some protest as p where (p.concerning = e and p.by != sending_state)
  note "The States concerned are the State where the post is established and the State where the functions are to be exercised (the receiving State of the incident); both must be notified beforehand, and an express objection (a protest concerning the arrangement) by either bars it."
  note "Only an express objection counts: silence after notification is acceptance."
end

# ---------------------------------------------------------------- Article 8
# "Upon appropriate notification to the receiving State, a consular post of
#  the sending State may, unless the receiving State objects, exercise consular
#  functions in the receiving State on behalf of a third State."

rule vccr.8 "Functions on behalf of a third State: notification to the receiving State, no objection"
  cites VCCR 8
  text "Upon appropriate notification to the receiving State, a consular post of the sending State may, unless the receiving State objects, exercise consular functions in the receiving State on behalf of a third State."
  duty on sending_state
  owed to receiving_state
  for each protection_of_third_state_interests as p
  applies when consular_post(p.subject)
  violated when not some notification as n where (n.concerning = p and n.by = sending_state)
             or some protest as o where (o.concerning = p and o.by = receiving_state)
  note "For a consular post (the event's subject) acting for a third State, e.g. consular assistance to nationals of an unrepresented State. Unlike VCDR art. 46 for a diplomatic mission, the receiving State's prior consent is not required: appropriate notification, and no objection by the receiving State."
end
