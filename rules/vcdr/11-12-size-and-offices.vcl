# VCDR Articles 11 and 12: size of the mission; offices in other localities.

rule vcdr.11.1 "Size of the mission kept within limits reasonable and normal"
  cites VCDR 11(1)
  text "In the absence of specific agreement as to the size of the mission, the receiving State may require that the size of a mission be kept within limits considered by it to be reasonable and normal, having regard to circumstances and conditions in the receiving State and to the needs of the particular mission."
  duty on receiving_state
  owed to sending_state
  for each size_limitation as s
  applies when s.by = receiving_state and s.specific_agreement = false
  compliant when s.reasonable_and_normal = true
  note "A power of the receiving State; it may be used in response to the sending State's conduct (reductions of missions after expulsions are frequent in practice), but only within limits reasonable and normal for the mission. Where a specific agreement governs the size, the agreement decides and this rule does not apply."
  note "'Reasonable and normal' is open-textured: the receiving State judges it, 'having regard to circumstances and conditions in the receiving State and to the needs of the particular mission'. It is stated per incident (reasonable_and_normal: true|false); the staff ceiling alone does not decide it."
end

rule vcdr.11.2 "Refusal of officials of a particular category: within similar bounds and without discrimination"
  cites VCDR 11(2)
  text "The receiving State may equally, within similar bounds and on a non-discriminatory basis, refuse to accept officials of a particular category."
  duty on receiving_state
  owed to sending_state
  for each refusal_of_category as r
  applies when r.by = receiving_state
  compliant when r.within_similar_bounds = true and r.non_discriminatory = true
end

rule vcdr.12 "No office of the mission in another locality without the prior express consent of the receiving State"
  cites VCDR 12
  text "The sending State may not, without the prior express consent of the receiving State, establish offices forming part of the mission in localities other than those in which the mission itself is established."
  duty on sending_state
  owed to receiving_state
  for each establishment_of_office as e
  applies when e.by = sending_state and e.other_locality = true
  violated when not e.prior_express_consent = true
  note "Consent must be express and given beforehand: tolerance after the office opened is not enough."
end
