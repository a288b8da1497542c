# VCCR Article 26: Departure from the territory of the receiving State

rule vccr.26 "Time and facilities to leave"
  cites VCCR 26
  text "The receiving State shall, even in case of armed conflict, grant to members of the consular post and members of the private staff, other than nationals of the receiving State, ... the necessary time and facilities to enable them to prepare their departure and to leave at the earliest possible moment after the termination of the functions of the members concerned."
  duty on receiving_state
  owed to sending_state, "the departing member of the post"
  for each persona_non_grata or recall as d
  applies when member_of_consular_post(d.subject) and not d.subject.nationality = receiving_state
  violated when (some obstruction_of_departure as o where (o.subject = d.subject and o.by = receiving_state)) or not (some departure as x where (x.subject = d.subject and x.date >= d.date))
  note "The duty holds even in armed conflict. A departure after the declaration, with no obstruction by the receiving State, shows the time and facilities were granted."
end
