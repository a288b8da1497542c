# VCDR art. 40: duties of third States towards diplomatic agents, staff,
# couriers, bags and official communications in transit.
#
# The incident's receiving State is the State of the post; the third State
# is any other State declared in the file that acted (by). Facts:
# in_transit (proceeding to take up or return to the post, or returning
# home), visa_granted_if_needed, force_majeure.

define third_state_organ(e) "The event is the act of a State other than the sending and the receiving State"
  cites VCDR 40(1)
  text "the third State shall accord him inviolability"
  means e.by != receiving_state and e.by != sending_state
end

define transit_family_of_agent(p) "Member of the family of a diplomatic agent enjoying privileges"
  cites VCDR 40(1)
  text "any members of his family enjoying privileges or immunities who are accompanying the diplomatic agent, or travelling separately to join him or to return to their country"
  means p.status = family_member and diplomatic_agent(p.family_of) and not receiving_state_national(p)
end

define transit_staff(p) "Member of the administrative and technical or service staff, or of their families"
  cites VCDR 40(2)
  text "members of the administrative and technical or service staff of a mission, and of members of their families"
  means member_of_administrative_technical_staff(p) or member_of_service_staff_of_mission(p)
        or (p.status = family_member
            and (member_of_administrative_technical_staff(p.family_of) or member_of_service_staff_of_mission(p.family_of)))
end

define transit_communication(x) "Diplomatic bag or official correspondence (a thing)"
  cites VCDR 40(3)
  text "official correspondence and other official communications in transit"
  means x.kind is known and x.kind in {diplomatic_bag, official_correspondence}
end

# ---------------------------------------------------------------- Article 40(1)

rule vcdr.40.1 "Third State: inviolability of a diplomatic agent (and family) in transit"
  cites VCDR 40(1)
  text "If a diplomatic agent passes through or is in the territory of a third State, which has granted him a passport visa if such visa was necessary, while proceeding to take up or to return to his post, or when returning to his own country, the third State shall accord him inviolability and such other immunities as may be required to ensure his transit or return."
  text "The same shall apply in the case of any members of his family enjoying privileges or immunities"
  duty on third_state
  owed to sending_state, "the diplomatic agent"
  for each arrest or detention or imprisonment or criminal_proceedings as e
  applies when third_state_organ(e) and (diplomatic_agent(e.subject) or transit_family_of_agent(e.subject))
           and e.in_transit = true and e.visa_granted_if_needed = true
  violated when true
  note "Only in transit to or from the post or home: a diplomat on holiday or on private business in a third State has no immunity there under the Convention. A third State that refused a necessary visa owes nothing under art. 40(1)."
end

# ---------------------------------------------------------------- Article 40(2)

rule vcdr.40.2 "Third State: no hindrance to the passage of the administrative, technical and service staff"
  cites VCDR 40(2)
  text "In circumstances similar to those specified in paragraph 1 of this Article, third States shall not hinder the passage of members of the administrative and technical or service staff of a mission, and of members of their families, through their territories."
  duty on third_state
  owed to sending_state, "the member of the staff"
  for each arrest or detention or restriction_of_movement as e
  applies when third_state_organ(e) and transit_staff(e.subject) and e.in_transit = true
  violated when true
  note "No inviolability, only unhindered passage: an arrest or a refusal of passage while in transit hinders it. Whether the visa condition of paragraph 1 carries over ('circumstances similar') is not settled; it is not required here."
end

# ---------------------------------------------------------------- Article 40(3)

rule vcdr.40.3 "Third State: freedom and protection of official communications, couriers and bags in transit"
  cites VCDR 40(3)
  text "Third States shall accord to official correspondence and other official communications in transit, including messages in code or cipher, the same freedom and protection as is accorded by the receiving State. They shall accord to diplomatic couriers, who have been granted a passport visa if such visa was necessary, and diplomatic bags in transit the same inviolability and protection as the receiving State is bound to accord."
  duty on third_state
  owed to sending_state
  for each bag_opened or bag_detained or seizure or arrest or detention as e
  applies when third_state_organ(e) and e.in_transit = true
           and (transit_communication(e.subject)
                or (e.subject.kind is unknown and e.subject.status = diplomatic_courier
                    and e.visa_granted_if_needed = true))
  violated when true
  note "The same inviolability as under art. 27: the bag may be neither opened nor detained, with no 'serious reason' proviso (contrast VCCR 35(3)); the courier may not be arrested or detained."
end

# ---------------------------------------------------------------- Article 40(4)

rule vcdr.40.4 "Third State: the same duties when the presence is due to force majeure"
  cites VCDR 40(4)
  text "The obligations of third States under paragraphs 1, 2 and 3 of this Article shall also apply to the persons mentioned respectively in those paragraphs, and to official communications and diplomatic bags, whose presence in the territory of the third State is due to force majeure."
  duty on third_state
  owed to sending_state
  for each arrest or detention or imprisonment or restriction_of_movement or bag_opened or bag_detained as e
  applies when third_state_organ(e) and e.force_majeure = true
           and (transit_communication(e.subject)
                or (e.subject.kind is unknown
                    and (diplomatic_agent(e.subject) or transit_family_of_agent(e.subject)
                         or transit_staff(e.subject) or e.subject.status = diplomatic_courier)))
  violated when true
  note "E.g. a diverted or crash-landed aircraft: no visa condition applies to a presence due to force majeure."
end
