# VCCR Article 56: Insurance against third party risks
#
# Fact: a vehicle_accident event (subject: the person using the vehicle,
# vessel or aircraft; insurance_requirements_met). The victim's civil action
# for the damage is outside the immunity of art. 43 (art. 43(2)(b)).

rule vccr.56 "Members of the post comply with the receiving State's third-party insurance requirements"
  cites VCCR 56
  text "Members of the consular post shall comply with any requirement imposed by the laws and regulations of the receiving State in respect of insurance against third party risks arising from the use of any vehicle, vessel or aircraft."
  duty on "the member of the consular post"
  owed to receiving_state
  for each vehicle_accident as a
  applies when chapter_ii_member(a.subject)
  violated when a.insurance_requirements_met = false
  note "A duty of every member of a post governed by Chapter II, whatever his nationality; honorary consular officers and the staff of their posts are not exempt from the receiving State's law anyway. The accident is how an incident raises it: the duty exists whether or not an accident happens."
end
