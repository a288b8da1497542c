# VCDR Article 4: Agrément of the head of mission
# "1. The sending State must make certain that the agrément of the receiving
#  State has been given for the person it proposes to accredit as head of the
#  mission to that State.
#  2. The receiving State is not obliged to give reasons to the sending State
#  for a refusal of agrément."

rule vcdr.4.1 "Agrément of the receiving State before a head of mission is accredited"
  cites VCDR 4(1)
  text "The sending State must make certain that the agrément of the receiving State has been given for the person it proposes to accredit as head of the mission to that State."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role = head_of_mission
  violated when not some agrement as g where (
         g.subject = a.subject and g.by = receiving_state and g.granted = true and g.date <= a.date)
  note "The breach is accrediting a head of mission for whom no agrément was given before the accreditation (none asked, still pending, or refused)."
end

rule vcdr.4.2 "A refusal of agrément is effective without reasons"
  cites VCDR 4(2), VCDR 4(1)
  text "The receiving State is not obliged to give reasons to the sending State for a refusal of agrément."
  duty on sending_state
  owed to receiving_state
  for each agrement as g
  applies when g.by = receiving_state and g.granted = false
  violated when some appointment as a where (
         a.subject = g.subject and a.by = sending_state and a.role = head_of_mission and a.date >= g.date
         and not some agrement as h where (
               h.subject = g.subject and h.granted = true and h.date >= g.date and h.date <= a.date))
  note "The refusal itself is within the receiving State's discretion, with or without reasons (reasons_given does not change the finding); the sending State may not treat an unexplained refusal as ineffective and accredit the person all the same. A later grant of agrément lifts the refusal."
end
