# VCCR Article 55: Respect for the laws and regulations of the receiving State

rule vccr.55.1 "Duty to respect the laws and regulations of the receiving State"
  cites VCCR 55(1)
  text "Without prejudice to their privileges and immunities, it is the duty of all persons enjoying such privileges and immunities to respect the laws and regulations of the receiving State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when member_of_consular_post(c.subject)
  violated when c.unlawful = true
  note "A breach does not lift the immunities ('without prejudice'): the remedy is a persona non grata declaration (23), not arrest (41)."
end

rule vccr.55.1.internal-affairs "Duty not to interfere in the internal affairs of the receiving State"
  cites VCCR 55(1)
  text "They also have a duty not to interfere in the internal affairs of that State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when member_of_consular_post(c.subject)
  violated when c.interference_in_internal_affairs = true
end
