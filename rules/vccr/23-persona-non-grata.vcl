# VCCR Article 23: Persons declared "non grata"
# A power of the receiving State, and the sending State's duty that follows.

rule vccr.23.1 "Persona non grata: the receiving State may notify at any time"
  cites VCCR 23(1)
  text "The receiving State may at any time notify the sending State that a consular officer is persona non grata or that any other member of the consular staff is not acceptable."
  duty on receiving_state
  owed to sending_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_consular_post(d.subject)
  # A power, not a duty: its use within its limits is compliant whatever the reasons.
  compliant when true
  note "A declaration needs no reasons (23(4)) and may be made at any time, including after an incident the sending State protests."
end

rule vccr.23.1.recall "Persona non grata: the sending State must recall the person or end the functions"
  cites VCCR 23(1)
  text "In that event, the sending State shall, as the case may be, either recall the person concerned or terminate his functions with the consular post."
  duty on sending_state
  owed to receiving_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_consular_post(d.subject)
  compliant when some recall or departure as r where (r.subject = d.subject and r.date >= d.date)
end

rule vccr.23.4 "Persona non grata: no obligation to give reasons"
  cites VCCR 23(4)
  text "the receiving State is not obliged to give to the sending State reasons for its decision."
  duty on receiving_state
  owed to sending_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_consular_post(d.subject)
  compliant when true
  note "Whether or not reasons were given, the declaration is within the power; a sending State's demand for reasons creates no duty."
end
