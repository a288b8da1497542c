# VCDR Article 23: exemption of the premises of the mission from dues and
# taxes. Facts: `taxation` events (shared with VCCR 32 and 60).

rule vcdr.23.1 "Premises of the mission exempt from national, regional or municipal dues and taxes"
  cites VCDR 23(1)
  text "The sending State and the head of the mission shall be exempt from all national, regional or municipal dues and taxes in respect of the premises of the mission, whether owned or leased, other than such as represent payment for specific services rendered."
  duty on receiving_state
  owed to sending_state, "the head of the mission"
  for each taxation as t
  applies when t.by = receiving_state and t.subject.kind is known and premises_of_mission(t.subject)
  violated when true
  note "The premises include the residence of the head of the mission (art. 1(i)), whether owned or leased. Regional and municipal authorities are organs of the receiving State."
end

exception vcdr.23.1.specific-services "Payment for specific services rendered"
  cites VCDR 23(1)
  text "other than such as represent payment for specific services rendered."
  to vcdr.23.1
  gives compliant
  when t.payment_for_specific_services = true
  note "A charge for a service actually rendered (refuse collection, water) may be levied; a general tax labelled a charge may not. Whether a charge is one or the other is often the disputed fact."
end

exception vcdr.23.2 "Dues and taxes payable by persons contracting with the sending State or the head of the mission"
  cites VCDR 23(2)
  text "The exemption from taxation referred to in this Article shall not apply to such dues and taxes payable under the law of the receiving State by persons contracting with the sending State or the head of the mission."
  to vcdr.23.1
  gives not_applicable
  when t.payable_by_contractor = true
  note "E.g. a property tax the landlord of leased premises owes under the receiving State's law, even if the lease passes it on in the rent."
end
