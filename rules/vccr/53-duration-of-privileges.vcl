# VCCR Article 53: Beginning and end of consular privileges and immunities

rule vccr.53.3 "Immunities subsist until departure after the functions end"
  cites VCCR 53(3)
  text "When the functions of a member of the consular post have come to an end, his privileges and immunities ... shall normally cease at the moment when the person concerned leaves the receiving State or on the expiry of a reasonable period in which to do so, whichever is the sooner, but shall subsist until that time, even in case of armed conflict."
  duty on receiving_state
  owed to sending_state, "the departing member of the post"
  for each persona_non_grata or recall as d
  applies when member_of_consular_post(d.subject)
  violated when some arrest or detention or imprisonment or criminal_proceedings or obstruction_of_departure as a where (a.subject = d.subject and a.by = receiving_state and a.date >= d.date and not (some departure as x where (x.subject = d.subject and x.date < a.date)))
  note "Measures taken between the end of the functions and the departure (or a reasonable period) still meet the immunities."
end
