# VCCR Article 43: Immunity from jurisdiction for official acts

rule vccr.43.1 "No jurisdiction over acts performed in the exercise of consular functions"
  cites VCCR 43(1), VCCR 5(c)
  text "Consular officers and consular employees shall not be amenable to the jurisdiction of the judicial or administrative authorities of the receiving State in respect of acts performed in the exercise of consular functions."
  duty on receiving_state
  owed to sending_state
  for each conduct as c
  applies when (consular_officer(c.subject) or consular_employee(c.subject)) and (some arrest or detention or interrogation or criminal_proceedings or imprisonment as j where (j.subject = c.subject and j.by = receiving_state))
  violated when c.official_function = true
  note "Consular functions include ascertaining conditions and developments in the receiving State 'by all lawful means' (VCCR 5(c)); an act outside the functions is not covered. Whether the act was official is often the disputed fact."
end
