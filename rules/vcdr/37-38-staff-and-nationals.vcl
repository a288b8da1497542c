# VCDR arts. 37 and 38: who enjoys which privileges and immunities.
#
# Art. 37 extends the privileges and immunities of the diplomatic agent
# (arts. 29-36) to the members of his family, and gives reduced regimes to
# the administrative and technical staff, the service staff and private
# servants. Art. 38 reduces them for nationals and permanent residents of the
# receiving State. The definitions below state each regime once; the rules
# of arts. 29-36 and 39-44 use them. Who is a diplomatic agent, a member of
# the staff, a private servant: VCDR art. 1 (rules/vcdr/definitions.vcl).

# ------------------------------------------------------------ regimes

define receiving_state_national(p) "National of the receiving State"
  cites VCDR 37(1)
  text "if they are not nationals of the receiving State"
  means p.nationality = receiving_state
  note "Art. 37(1) excludes only nationals of the receiving State from the family's privileges; arts. 37(2)-(4) and 38 also exclude permanent residents."
end

define receiving_state_national_or_resident(p) "National of, or permanently resident in, the receiving State"
  cites VCDR 38(1), VCDR 38(2)
  text "a national of or permanently resident in that State"
  means p.nationality = receiving_state or p.permanent_resident_of_receiving_state = true
  note "Unknown unless the incident states the person's nationality and, where it is not the receiving State's, whether the person is permanently resident there. The Convention does not define permanent residence; each receiving State applies its own criteria."
end

define fully_privileged_agent(p) "Diplomatic agent with the full privileges and immunities of arts. 29-36"
  cites VCDR 38(1)
  text "Except insofar as additional privileges and immunities may be granted by the receiving State, a diplomatic agent who is a national of or permanently resident in that State shall enjoy only immunity from jurisdiction, and inviolability, in respect of official acts performed in the exercise of his functions."
  means diplomatic_agent(p) and not receiving_state_national_or_resident(p)
end

define family_of_diplomatic_agent(p) "Member of the family of a diplomatic agent forming part of his household"
  cites VCDR 37(1)
  text "The members of the family of a diplomatic agent forming part of his household"
  means p.status = family_member and p.part_of_household = true and diplomatic_agent(p.family_of)
  note "The Convention does not define the family; the receiving State's practice (spouse, minor children, other dependants it accepts) decides who is stated as family_member."
end

define privileged_family_of_agent(p) "Member of the family of a diplomatic agent enjoying arts. 29-36"
  cites VCDR 37(1)
  text "shall, if they are not nationals of the receiving State, enjoy the privileges and immunities specified in Articles 29 to 36."
  means family_of_diplomatic_agent(p) and not receiving_state_national(p)
  note "Read literally: only nationality of the receiving State excludes the family, not permanent residence; and art. 38(1) does not address the family of an agent who is himself a national or permanent resident. Some receiving States deny privileges to such families in practice; the rule follows the text."
end

define privileged_admin_technical(p) "Member of the administrative and technical staff, or of his household, enjoying arts. 29-35"
  cites VCDR 37(2)
  text "Members of the administrative and technical staff of the mission, together with members of their families forming part of their respective households, shall, if they are not nationals of or permanently resident in the receiving State, enjoy the privileges and immunities specified in Articles 29 to 35"
  means (member_of_administrative_technical_staff(p)
          or (p.status = family_member and p.part_of_household = true
              and member_of_administrative_technical_staff(p.family_of)))
        and not receiving_state_national_or_resident(p)
end

define privileged_service_staff(p) "Member of the service staff not a national or permanent resident of the receiving State"
  cites VCDR 37(3)
  text "Members of the service staff of the mission who are not nationals of or permanently resident in the receiving State"
  means member_of_service_staff_of_mission(p) and not receiving_state_national_or_resident(p)
end

define privileged_private_servant(p) "Private servant not a national or permanent resident of the receiving State"
  cites VCDR 37(4)
  text "Private servants of members of the mission shall, if they are not nationals of or permanently resident in the receiving State"
  means private_servant(p) and not receiving_state_national_or_resident(p)
end

define local_staff_or_servant(p) "Member of the staff (not a diplomatic agent) or private servant who is a national or permanent resident of the receiving State"
  cites VCDR 38(2)
  text "Other members of the staff of the mission and private servants who are nationals of or permanently resident in the receiving State"
  means (member_of_administrative_technical_staff(p) or member_of_service_staff_of_mission(p) or private_servant(p))
        and receiving_state_national_or_resident(p)
end

define holds_articles_29_to_35(p) "Person enjoying the privileges and immunities of arts. 29 to 35"
  cites VCDR 37(2), VCDR 37(1), VCDR 38(1)
  means fully_privileged_agent(p) or privileged_family_of_agent(p) or privileged_admin_technical(p)
  note "The diplomatic agent (not a national or permanent resident of the receiving State), the members of his family forming part of his household (37(1)) and the administrative and technical staff with their households (37(2)). Art. 36 is narrower for the administrative and technical staff (37(2), last sentence)."
end

# ------------------------------------------------------------ Article 37(1)

rule vcdr.37.1 "Family of a diplomatic agent: inviolability and immunity from jurisdiction"
  cites VCDR 37(1), VCDR 29, VCDR 31(1)
  text "The members of the family of a diplomatic agent forming part of his household shall, if they are not nationals of the receiving State, enjoy the privileges and immunities specified in Articles 29 to 36."
  duty on receiving_state
  owed to sending_state, "the member of the family"
  for each arrest or detention or imprisonment or criminal_proceedings or civil_proceedings as e
  applies when privileged_family_of_agent(e.subject) and e.by = receiving_state
  violated when true
  note "Arrest and detention are excluded without exception (art. 29); criminal jurisdiction without exception save an express waiver by the sending State (art. 32); civil and administrative jurisdiction save the actions of art. 31(1)(a)-(c), a counter-claim (32(3)) or an express waiver."
  note "Residence, papers and property (art. 30), taxes (34), customs (36) of the family: the rules of those articles apply to them directly. Not encoded for the family: the exemption from giving evidence (31(2)) and the limits on execution (31(3))."
end

exception vcdr.37.1.civil-cases "Civil action outside the immunity (art. 31(1)(a)-(c)) or counter-claim (art. 32(3))"
  cites VCDR 37(1), VCDR 31(1), VCDR 31(1)(a), VCDR 31(1)(b), VCDR 31(1)(c), VCDR 32(3)
  text "He shall also enjoy immunity from its civil and administrative jurisdiction, except in the case of:"
  to vcdr.37.1
  gives not_applicable
  when e in {civil_proceedings} and civil_jurisdiction_admitted(e)
end

exception vcdr.37.1.waiver "Express waiver by the sending State"
  cites VCDR 37(1), VCDR 32(1), VCDR 32(2)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  to vcdr.37.1
  gives excused
  when e in {criminal_proceedings, civil_proceedings} and expressly_waived(e)
  note "Waiver concerns immunity from jurisdiction (art. 32(1)); it does not make an arrest or detention lawful."
end

# ------------------------------------------------------------ Article 37(2)

rule vcdr.37.2 "Administrative and technical staff: inviolability and immunity from jurisdiction"
  cites VCDR 37(2), VCDR 29, VCDR 31(1)
  text "Members of the administrative and technical staff of the mission, together with members of their families forming part of their respective households, shall, if they are not nationals of or permanently resident in the receiving State, enjoy the privileges and immunities specified in Articles 29 to 35"
  duty on receiving_state
  owed to sending_state, "the member of the administrative and technical staff or of his household"
  for each arrest or detention or imprisonment or criminal_proceedings or civil_proceedings as e
  applies when privileged_admin_technical(e.subject) and e.by = receiving_state
  violated when true
  note "Personal inviolability (art. 29) and immunity from criminal jurisdiction are as full as a diplomatic agent's; immunity from civil and administrative jurisdiction covers only acts performed in the course of their duties. Not encoded for them: the exemption from giving evidence (31(2)) and the limits on execution (31(3))."
end

exception vcdr.37.2.outside-duties "Civil or administrative proceedings for acts outside the course of duties"
  cites VCDR 37(2)
  text "except that the immunity from civil and administrative jurisdiction of the receiving State specified in paragraph 1 of Article 31 shall not extend to acts performed outside the course of their duties."
  to vcdr.37.2
  gives not_applicable
  when e in {civil_proceedings} and (e.subject.status = family_member or e.concerning.in_course_of_duties = false)
  note "Members of the family have no duties of the mission: their immunity from civil and administrative jurisdiction does not extend to any of their acts."
  note "State the act as a conduct event (in_course_of_duties: true|false) and point the proceedings at it with concerning."
end

exception vcdr.37.2.civil-cases "Civil action outside the immunity (art. 31(1)(a)-(c)) or counter-claim (art. 32(3))"
  cites VCDR 37(2), VCDR 31(1), VCDR 31(1)(a), VCDR 31(1)(b), VCDR 31(1)(c), VCDR 32(3)
  text "He shall also enjoy immunity from its civil and administrative jurisdiction, except in the case of:"
  to vcdr.37.2
  gives not_applicable
  when e in {civil_proceedings} and civil_jurisdiction_admitted(e)
end

exception vcdr.37.2.waiver "Express waiver by the sending State"
  cites VCDR 37(2), VCDR 32(1), VCDR 32(2)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  to vcdr.37.2
  gives excused
  when e in {criminal_proceedings, civil_proceedings} and expressly_waived(e)
end

rule vcdr.37.2.installation "Administrative and technical staff: customs exemption for articles of first installation"
  cites VCDR 37(2), VCDR 36(1)(b)
  text "They shall also enjoy the privileges specified in Article 36, paragraph 1, in respect of articles imported at the time of first installation."
  duty on receiving_state
  owed to sending_state, "the member of the administrative and technical staff"
  for each customs_charge as c
  applies when c.subject.kind is unknown and privileged_admin_technical(c.subject) and c.by = receiving_state
           and c.use = personal_use
           and c.first_installation = true
  violated when c.charge_kind != storage_cartage_or_similar
  note "Only articles imported at the time of first installation; the receiving State may regulate the procedure (art. 36(1): 'in accordance with such laws and regulations as it may adopt'), e.g. the period counted as first installation. Art. 36(2) (baggage) does not extend to them."
end

exception vcdr.37.2.installation.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCDR 37(2), VCDR 36(1)
  text "in accordance with such laws and regulations as it may adopt"
  to vcdr.37.2.installation
  gives compliant
  when c.regulations_not_complied_with = true
end

# ------------------------------------------------------------ Article 37(3)

rule vcdr.37.3 "Service staff: immunity for acts performed in the course of their duties"
  cites VCDR 37(3)
  text "Members of the service staff of the mission who are not nationals of or permanently resident in the receiving State shall enjoy immunity in respect of acts performed in the course of their duties"
  duty on receiving_state
  owed to sending_state, "the member of the service staff"
  for each arrest or detention or criminal_proceedings or civil_proceedings as e
  applies when privileged_service_staff(e.subject) and e.by = receiving_state
  violated when e.concerning.in_course_of_duties = true
  note "No personal inviolability: an arrest or prosecution for a private act is lawful. State the act as a conduct event (in_course_of_duties) and point the measure at it with concerning."
end

exception vcdr.37.3.waiver "Express waiver by the sending State"
  cites VCDR 37(3), VCDR 32(1), VCDR 32(2)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  to vcdr.37.3
  gives excused
  when e in {criminal_proceedings, civil_proceedings} and expressly_waived(e)
end

rule vcdr.37.3.emoluments "Service staff: exemption from dues and taxes on their emoluments"
  cites VCDR 37(3)
  text "exemption from dues and taxes on the emoluments they receive by reason of their employment"
  duty on receiving_state
  owed to sending_state, "the member of the service staff"
  for each tax_levied as t
  applies when t.subject.kind is unknown and privileged_service_staff(t.subject) and t.by = receiving_state
  violated when t.tax_kind = tax_on_emoluments
  note "Only the emoluments of their employment at the mission; other taxes are due."
end

rule vcdr.37.3.social-security "Service staff: the social security exemption of art. 33"
  cites VCDR 37(3), VCDR 33(1)
  text "and the exemption contained in Article 33."
  duty on receiving_state
  owed to sending_state, "the member of the service staff"
  for each social_security_demand as s
  applies when privileged_service_staff(s.subject) and s.by = receiving_state and s.employee is unknown
  violated when s.services_for_sending_state = true
end

exception vcdr.37.3.social-security.limits "Voluntary participation or social security agreement (art. 33(4), (5))"
  cites VCDR 37(3), VCDR 33(4), VCDR 33(5)
  text "and the exemption contained in Article 33."
  to vcdr.37.3.social-security
  gives compliant
  when social_security_exemption_displaced(s)
end

# ------------------------------------------------------------ Article 37(4)

rule vcdr.37.4 "Private servants: exemption from dues and taxes on their emoluments"
  cites VCDR 37(4)
  text "Private servants of members of the mission shall, if they are not nationals of or permanently resident in the receiving State, be exempt from dues and taxes on the emoluments they receive by reason of their employment."
  duty on receiving_state
  owed to sending_state, "the private servant"
  for each tax_levied as t
  applies when t.subject.kind is unknown and privileged_private_servant(t.subject) and t.by = receiving_state
  violated when t.tax_kind = tax_on_emoluments
end

rule vcdr.37.4.jurisdiction "Private servants: jurisdiction exercised without undue interference with the mission"
  cites VCDR 37(4)
  text "In other respects, they may enjoy privileges and immunities only to the extent admitted by the receiving State. However, the receiving State must exercise its jurisdiction over those persons in such a manner as not to interfere unduly with the performance of the functions of the mission."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings or civil_proceedings or measure_of_execution as e
  applies when privileged_private_servant(e.subject) and e.by = receiving_state
  violated when e.undue_interference = true
  note "Private servants have no immunity under the Convention: the exercise of jurisdiction is lawful; only its manner is limited. Privileges the receiving State chooses to admit are its own law, not encoded here."
end

# ------------------------------------------------------------ Article 38

rule vcdr.38.1 "Diplomatic agent who is a national or permanent resident: immunity and inviolability for official acts"
  cites VCDR 38(1)
  text "Except insofar as additional privileges and immunities may be granted by the receiving State, a diplomatic agent who is a national of or permanently resident in that State shall enjoy only immunity from jurisdiction, and inviolability, in respect of official acts performed in the exercise of his functions."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each arrest or detention or imprisonment or criminal_proceedings or civil_proceedings as e
  applies when diplomatic_agent(e.subject) and receiving_state_national_or_resident(e.subject)
           and e.by = receiving_state
  violated when e.concerning.official_function = true
  note "State the act as a conduct event (official_function: true|false) and point the measure at it with concerning. Additional privileges the receiving State grants are its own undertaking, not encoded here."
end

exception vcdr.38.1.waiver "Express waiver by the sending State"
  cites VCDR 38(1), VCDR 32(1), VCDR 32(2)
  text "Waiver must always be express."
  to vcdr.38.1
  gives excused
  when e in {criminal_proceedings, civil_proceedings} and expressly_waived(e)
end

rule vcdr.38.2 "Staff and private servants who are nationals or permanent residents: jurisdiction without undue interference"
  cites VCDR 38(2)
  text "Other members of the staff of the mission and private servants who are nationals of or permanently resident in the receiving State shall enjoy privileges and immunities only to the extent admitted by the receiving State. However, the receiving State must exercise its jurisdiction over those persons in such a manner as not to interfere unduly with the performance of the functions of the mission."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings or civil_proceedings or measure_of_execution as e
  applies when local_staff_or_servant(e.subject) and e.by = receiving_state
  violated when e.undue_interference = true
  note "The exercise of jurisdiction over them is lawful; only its manner is limited."
end
