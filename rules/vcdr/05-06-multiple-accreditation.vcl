# VCDR Articles 5 and 6: accreditation to several States; one person
# accredited by several States.
# 5(2) (a mission headed by a charge d'affaires a.i. where the head of mission
# has not his seat) and 5(3) (acting as representative to an international
# organization) are out of scope: see vcdr_mission.scope.yaml.

rule vcdr.5.1 "Accreditation to more than one State: due notification and no express objection"
  cites VCDR 5(1)
  text "The sending State may, after it has given due notification to the receiving States concerned, accredit a head of mission or assign any member of the diplomatic staff, as the case may be, to more than one State, unless there is express objection by any of the receiving States."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.multiple_accreditation = true
           and a.role in {head_of_mission, diplomatic_staff, military_attache}
  compliant when a.due_notification = true and a.objection = false
  note "A power of the sending State with two limits: notification to every receiving State concerned first, and no express objection by any of them."
end

rule vcdr.6 "One person accredited as head of mission by two or more States: no objection by the receiving State"
  cites VCDR 6
  text "Two or more States may accredit the same person as head of mission to another State, unless objection is offered by the receiving State."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role = head_of_mission and a.joint_accreditation = true
  violated when a.objection = true
end
