# VCCR Article 54: Obligations of third States
#
# The incident's receiving State is the State of the post; a third State is
# any other State declared in the file that acted (`by`). Facts: in_transit
# (proceeding to take up or return to the post, or returning to the sending
# State), visa_granted_if_needed, force_majeure. Art. 54(3) also applies to
# posts headed by honorary consular officers (art. 58(1)); art. 54(1) and (2)
# do not apply to honorary consular officers (art. 58(2) does not list them).

define by_third_state(e) "The event is the act of a State other than the sending and the receiving State"
  cites VCCR 54(1)
  means e.by != receiving_state and e.by != sending_state
end

define consular_bag_item(x) "A consular bag (a thing)"
  cites VCCR 54(3)
  means x.kind is known and x.kind = consular_bag
end

define official_papers_item(x) "Official correspondence or consular archives (a thing)"
  cites VCCR 54(3)
  means x.kind is known and x.kind in {official_correspondence, consular_archives}
end

# ---------------------------------------------------------------- Article 54(1)

rule vccr.54.1 "Third State: immunities of a consular officer in transit to or from his post"
  cites VCCR 54(1)
  text "If a consular officer passes through or is in the territory of a third State, which has granted him a visa if a visa was necessary, while proceeding to take up or return to his post or when returning to the sending State, the third State shall accord to him all immunities provided for by the other Articles of the present Convention as may be required to ensure his transit or return."
  duty on third_state
  owed to sending_state, "the consular officer"
  for each arrest or detention as e
  applies when by_third_state(e) and e.subject.status = consular_officer and e.subject.category = career
           and e.in_transit = true and e.visa_granted_if_needed = true
  violated when true
  note "The immunities the officer has under the Convention, as required for his transit: chiefly the personal inviolability of art. 41, with its limit (grave crime and judicial decision: exception vccr.54.1.grave-crime). Only in transit to or from the post or home: a consular officer on holiday in a third State has no immunity there under the Convention."
  note "The same applies to members of his family enjoying privileges who accompany him or travel to join him or return (second sentence); under the VCCR family members have no personal inviolability, so no measure against their person is listed here."
end

exception vccr.54.1.grave-crime "Grave crime and decision of the competent judicial authority (art. 41(1))"
  cites VCCR 54(1), VCCR 41(1)
  text "all immunities provided for by the other Articles of the present Convention as may be required to ensure his transit or return"
  to vccr.54.1
  gives compliant
  when e in {arrest, detention} and e meets grave_crime and e.judicial_decision = true
  note "The third State owes the immunities of the other articles, with their limits: art. 41(1) allows arrest for a grave crime by decision of the competent judicial authority."
end

exception vccr.54.1.waiver "Express written waiver by the sending State (art. 45)"
  cites VCCR 54(1), VCCR 45(1), VCCR 45(2)
  text "all immunities provided for by the other Articles of the present Convention as may be required to ensure his transit or return"
  to vccr.54.1
  gives excused
  when waived_inviolability(e)
end

# ---------------------------------------------------------------- Article 54(2)

rule vccr.54.2 "Third State: no hindrance to the transit of other members of the post and their households"
  cites VCCR 54(2)
  text "In circumstances similar to those specified in paragraph 1 of this Article, third States shall not hinder the transit through their territory of other members of the consular post or of members of their families forming part of their households."
  duty on third_state
  owed to sending_state, "the member of the post or of his family"
  for each arrest or detention or restriction_of_movement as e
  applies when by_third_state(e) and e.in_transit = true and e.visa_granted_if_needed = true
           and (e.subject.status in {consular_employee, consular_service_staff}
                or (e.subject.status = family_member and e.subject.part_of_household = true
                    and e.subject.family_of.status in {consular_officer, consular_employee, consular_service_staff}))
  violated when true
  note "No immunity, only unhindered transit: refusing passage, or stopping the person in transit, hinders it. 'Circumstances similar to those specified in paragraph 1' is read as including its condition that the third State granted any visa needed."
end

# ---------------------------------------------------------------- Article 54(3)

rule vccr.54.3 "Third State: freedom and protection of official correspondence and communications in transit"
  cites VCCR 54(3)
  text "Third States shall accord to official correspondence and to other official communications in transit, including messages in code or cipher, the same freedom and protection as the receiving State is bound to accord under the present Convention."
  duty on third_state
  owed to sending_state
  for each seizure or search as e
  applies when by_third_state(e) and e.in_transit = true
           and official_papers_item(e.subject)
  violated when true
  note "Official correspondence is inviolable (art. 35(2)); a third State may not seize, open or read it in transit. Consular bags: vccr.54.3.bag."
end

rule vccr.54.3.courier "Third State: inviolability of a consular courier in transit"
  cites VCCR 54(3)
  text "They shall accord to consular couriers who have been granted a visa, if a visa was necessary, and to consular bags in transit, the same inviolability and protection as the receiving State is bound to accord under the present Convention."
  duty on third_state
  owed to sending_state, "the consular courier"
  for each arrest or detention as e
  applies when by_third_state(e) and e.subject.status = consular_courier
           and e.in_transit = true and e.visa_granted_if_needed = true
  violated when true
  note "A consular courier enjoys personal inviolability and is not liable to any form of arrest or detention (art. 35(5)): no exception."
end

rule vccr.54.3.bag "Third State: inviolability of consular bags in transit"
  cites VCCR 54(3)
  text "They shall accord to consular couriers who have been granted a visa, if a visa was necessary, and to consular bags in transit, the same inviolability and protection as the receiving State is bound to accord under the present Convention."
  duty on third_state
  owed to sending_state
  for each bag_opened or bag_detained as e
  applies when by_third_state(e) and e.in_transit = true
           and consular_bag_item(e.subject)
  violated when true
  note "The same protection as art. 35(3): the bag may be neither opened nor detained; with serious reason the authorities may request that it be opened in their presence by an authorised representative of the sending State, and if the request is refused the bag is returned to its place of origin (exception vccr.54.3.bag.serious-reason)."
end

exception vccr.54.3.bag.serious-reason "Serious reason, and the procedure of art. 35(3) followed"
  cites VCCR 54(3), VCCR 35(3)
  text "the same inviolability and protection as the receiving State is bound to accord under the present Convention."
  to vccr.54.3.bag
  gives compliant
  when (e in {bag_opened} and e.serious_reason = true and e.opening_requested = true
        and e.in_presence_of_representative = true)
       or (e in {bag_detained} and e.serious_reason = true and e.opening_requested = true
           and e.sending_state_refused = true and e.returned = true)
  note "Opened at the authorities' request, with serious reason, by or in the presence of an authorised representative of the sending State; or, the request refused, the bag returned to its place of origin."
end

# ---------------------------------------------------------------- Article 54(4)

rule vccr.54.4 "Third State: the same obligations when the presence is due to force majeure"
  cites VCCR 54(4)
  text "The obligations of third States under paragraphs 1, 2 and 3 of this Article shall also apply to the persons mentioned respectively in those paragraphs, and to official communications and to consular bags, whose presence in the territory of the third State is due to force majeure."
  duty on third_state
  owed to sending_state
  for each arrest or detention or bag_opened or bag_detained as e
  applies when by_third_state(e) and e.force_majeure = true
           and ((e in {arrest, detention}
                 and ((e.subject.status = consular_officer and e.subject.category = career)
                      or e.subject.status = consular_courier))
                or (e in {bag_opened, bag_detained} and consular_bag_item(e.subject)))
  violated when true
  note "E.g. an aircraft diverted to a third State: the career consular officer, the courier and the bag on board keep the protection of paragraphs 1 and 3. (Hindering the transit of other members, paragraph 2, in such a case: vccr.54.2 when stated as transit.)"
end

exception vccr.54.4.grave-crime "Consular officer: grave crime and decision of the competent judicial authority (art. 41(1))"
  cites VCCR 54(4), VCCR 41(1)
  text "The obligations of third States under paragraphs 1, 2 and 3 of this Article shall also apply"
  to vccr.54.4
  gives compliant
  when e in {arrest, detention} and e.subject.status = consular_officer
       and e meets grave_crime and e.judicial_decision = true
end

exception vccr.54.4.bag "Bag: serious reason, and the procedure of art. 35(3) followed"
  cites VCCR 54(4), VCCR 35(3)
  text "The obligations of third States under paragraphs 1, 2 and 3 of this Article shall also apply"
  to vccr.54.4
  gives compliant
  when (e in {bag_opened} and e.serious_reason = true and e.opening_requested = true
        and e.in_presence_of_representative = true)
       or (e in {bag_detained} and e.serious_reason = true and e.opening_requested = true
           and e.sending_state_refused = true and e.returned = true)
end
