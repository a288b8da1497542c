# VCDR Articles 7 and 8: appointment of the staff of the mission; nationality
# of the diplomatic staff.
# Art. 8(1) ("should in principle") is out of scope: see vcdr_mission.scope.yaml.

rule vcdr.7 "Military, naval or air attachés: prior approval where the receiving State requires it"
  cites VCDR 7
  text "In the case of military, naval or air attachés, the receiving State may require their names to be submitted beforehand, for its approval."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role = military_attache and a.approval_required = true
  violated when a.receiving_state_consent = false
  note "Otherwise the sending State appoints the members of the staff freely, subject to arts. 5, 8, 9 and 11. The receiving State's refusal of a visa to an appointed member is in substance a declaration that he is not acceptable, which art. 9(1) allows at any time, even before arrival and without reasons."
end

rule vcdr.8.2 "No national of the receiving State on the diplomatic staff without its consent"
  cites VCDR 8(2)
  text "Members of the diplomatic staff of the mission may not be appointed from among persons having the nationality of the receiving State, except with the consent of that State which may be withdrawn at any time."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role in {diplomatic_staff, military_attache}
           and a.subject.nationality = receiving_state
  violated when a.receiving_state_consent = false
  note "'Having the nationality' covers dual nationals; the fact vocabulary records one nationality, so state the receiving State's nationality where the person has it. A withdrawn consent is stated as receiving_state_consent: false."
end

rule vcdr.8.3 "Nationals of a third State on the diplomatic staff where the receiving State reserved its consent"
  cites VCDR 8(3), VCDR 8(2)
  text "The receiving State may reserve the same right with regard to nationals of a third State who are not also nationals of the sending State."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role in {diplomatic_staff, military_attache}
           and a.consent_reserved = true
           and a.subject.nationality != receiving_state and a.subject.nationality != sending_state
  violated when a.receiving_state_consent = false
  note "Nationals of the third State who are also nationals of the sending State are outside the reservation; state the sending State's nationality for them."
end
