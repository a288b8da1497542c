# VCDR arts. 33-36: exemption from social security, dues and taxes,
# personal and public services, customs duties and baggage inspection.
#
# Who: the diplomatic agent who is not a national or permanent resident of
# the receiving State, the members of his family (37(1)) and, for arts.
# 33-35, the administrative and technical staff and their families (37(2)):
# holds_articles_29_to_35. The service staff (37(3)) and private servants
# (37(4)) have their own rules under art. 37.

# ---------------------------------------------------------------- Article 33

define social_security_exemption_displaced(s) "Voluntary participation or a social security agreement"
  cites VCDR 33(4), VCDR 33(5)
  means s.voluntary_participation = true or s.social_security_agreement = true
end

rule vcdr.33.1 "Exemption from social security provisions for services rendered for the sending State"
  cites VCDR 33(1)
  text "Subject to the provisions of paragraph 3 of this Article, a diplomatic agent shall with respect to services rendered for the sending State be exempt from social security provisions which may be in force in the receiving State."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each social_security_demand as s
  # Obligations imposed on him as an employer (an employee is named) are arts. 33(2) and 33(3).
  applies when holds_articles_29_to_35(s.subject) and s.by = receiving_state and s.employee is unknown
  violated when s.services_for_sending_state = true
end

exception vcdr.33.4 "Voluntary participation permitted by the receiving State"
  cites VCDR 33(4)
  text "The exemption provided for in paragraphs 1 and 2 of this Article shall not preclude voluntary participation in the social security system of the receiving State provided that such participation is permitted by that State."
  to vcdr.33.1
  gives compliant
  when s.voluntary_participation = true
end

exception vcdr.33.5 "Bilateral or multilateral social security agreement"
  cites VCDR 33(5)
  text "The provisions of this Article shall not affect bilateral or multilateral agreements concerning social security concluded previously and shall not prevent the conclusion of such agreements in the future."
  to vcdr.33.1
  gives compliant
  when s.social_security_agreement = true
end

define servant_not_local(p) "Private servant who is not a national or permanent resident of the receiving State"
  cites VCDR 33(2)(a)
  text "that they are not nationals of or permanently resident in the receiving State; and"
  means not receiving_state_national_or_resident(p)
end

define servant_covered_elsewhere(p) "Private servant covered by the social security of the sending State or a third State"
  cites VCDR 33(2)(b)
  text "that they are covered by the social security provisions which may be in force in the sending State or a third State."
  means p.other_social_security_cover = true
end

define exempt_private_servant(p) "Private servant in the sole employ of a diplomatic agent, meeting both conditions of art. 33(2)"
  cites VCDR 33(2)(a), VCDR 33(2)(b), VCDR 33(2)
  text "The exemption provided for in paragraph 1 of this Article shall also apply to private servants who are in the sole employ of a diplomatic agent, on condition:"
  means private_servant(p) and p.sole_employ = true and servant_not_local(p) and servant_covered_elsewhere(p)
end

rule vcdr.33.2.a "Private servants in the sole employ of a diplomatic agent: social security exemption"
  cites VCDR 33(2)(a), VCDR 33(2)(b), VCDR 33(2)
  text "The exemption provided for in paragraph 1 of this Article shall also apply to private servants who are in the sole employ of a diplomatic agent, on condition:"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent and his private servant"
  for each social_security_demand as s
  applies when s.employee is known and private_servant(s.employee) and holds_articles_29_to_35(s.subject)
           and s.by = receiving_state
  violated when exempt_private_servant(s.employee)
  note "Both conditions are cumulative: a servant who is a national or permanent resident of the receiving State, or who is not covered by another State's social security, is not exempt; the employer then owes the employer's obligations (art. 33(3))."
end

exception vcdr.33.2.a.limits "Voluntary participation or social security agreement (art. 33(4), (5))"
  cites VCDR 33(2)(a), VCDR 33(2), VCDR 33(4), VCDR 33(5)
  text "on condition:"
  to vcdr.33.2.a
  gives compliant
  when social_security_exemption_displaced(s)
end

rule vcdr.33.3 "A diplomatic agent must meet the employer's social security obligations for non-exempt employees"
  cites VCDR 33(3)
  text "A diplomatic agent who employs persons to whom the exemption provided for in paragraph 2 of this Article does not apply shall observe the obligations which the social security provisions of the receiving State impose upon employers."
  duty on "the diplomatic agent as employer"
  owed to receiving_state
  for each social_security_demand as s
  applies when s.employee is known and diplomatic_agent(s.subject) and not exempt_private_servant(s.employee)
  violated when s.complied = false
  note "The receiving State cannot enforce the obligation against the agent (art. 31); the duty is nonetheless his (and art. 41(1))."
end

# ---------------------------------------------------------------- Article 34

rule vcdr.34 "Exemption from all dues and taxes, personal or real, national, regional or municipal"
  cites VCDR 34
  text "A diplomatic agent shall be exempt from all dues and taxes, personal or real, national, regional or municipal, except:"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each tax_levied as t
  # `kind` is stated for places, things, posts and missions, never for a person: the guard keeps other subjects out.
  applies when t.subject.kind is unknown and holds_articles_29_to_35(t.subject) and t.by = receiving_state
  violated when true
  note "The exceptions (a)-(f) are exhaustive. The wording of art. 34 in the project's treaty data is marked for a check against the UNTS print."
end

exception vcdr.34.a "Indirect taxes incorporated in the price of goods or services"
  cites VCDR 34(a)
  text "indirect taxes of a kind which are normally incorporated in the price of goods or services;"
  to vcdr.34
  gives not_applicable
  when t.tax_kind = indirect_tax_in_price
  note "Many receiving States refund VAT to missions and agents by reciprocity or agreement; the Convention does not require it."
end

exception vcdr.34.b "Dues and taxes on private immovable property"
  cites VCDR 34(b)
  text "dues and taxes on private immovable property situated in the territory of the receiving State, unless he holds it on behalf of the sending State for the purposes of the mission;"
  to vcdr.34
  gives not_applicable
  when t.tax_kind = immovable_property_tax and t.held_for_mission = false
end

exception vcdr.34.c "Estate, succession or inheritance duties (subject to art. 39(4))"
  cites VCDR 34(c), VCDR 39(4)
  text "estate, succession or inheritance duties levied by the receiving State, subject to the provisions of paragraph 4 of Article 39;"
  to vcdr.34
  gives not_applicable
  when t.tax_kind = estate_succession_duty and t.present_solely_due_to_mission = false
end

exception vcdr.34.d "Taxes on private income from sources in the receiving State, capital taxes on commercial investments"
  cites VCDR 34(d)
  text "dues and taxes on private income having its source in the receiving State and capital taxes on investments made in commercial undertakings in the receiving State;"
  to vcdr.34
  gives not_applicable
  when t.tax_kind in {private_income_tax, commercial_investment_capital_tax}
  note "Not his salary from the sending State: a tax on those emoluments is a breach."
end

exception vcdr.34.e "Charges levied for specific services rendered"
  cites VCDR 34(e)
  text "charges levied for specific services rendered;"
  to vcdr.34
  gives not_applicable
  when t.tax_kind = charge_for_specific_services
  note "The London congestion charge dispute turns on whether a charge is for a specific service or a tax; the fact tax_kind decides it here."
end

exception vcdr.34.f "Registration, court or record fees, mortgage dues and stamp duty on immovable property"
  cites VCDR 34(f), VCDR 23
  text "registration, court or record fees, mortgage dues and stamp duty, with respect to immovable property, subject to the provisions of Article 23."
  to vcdr.34
  gives not_applicable
  when t.tax_kind = immovable_property_registration_fee and t.held_for_mission = false
  note "Subject to art. 23: property held for the mission (its premises) remains exempt; held_for_mission: false is needed."
end

# ---------------------------------------------------------------- Article 35

rule vcdr.35 "Exemption from personal services, public service and military obligations"
  cites VCDR 35
  text "The receiving State shall exempt diplomatic agents from all personal services, from all public service of any kind whatsoever, and from military obligations such as those connected with requisitioning, military contributions and billeting."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each compulsory_service as c
  applies when holds_articles_29_to_35(c.subject) and c.by = receiving_state
  violated when true
  note "No exception: every personal service, public service and military obligation is excluded. Jury service, civil defence duties, requisitioning of his car or billeting in his residence are all excluded."
end

# ---------------------------------------------------------------- Article 36

rule vcdr.36.1.a "Customs exemption: articles for the official use of the mission"
  cites VCDR 36(1)(a), VCDR 36(1)
  text "The receiving State shall, in accordance with such laws and regulations as it may adopt, permit entry of and grant exemption from all customs duties, taxes, and related charges other than charges for storage, cartage and similar services, on:"
  text "articles for the official use of the mission;"
  duty on receiving_state
  owed to sending_state
  for each customs_charge as c
  applies when c.use = official_use_of_mission and c.by = receiving_state
  violated when c.charge_kind != storage_cartage_or_similar
  note "The receiving State may regulate the procedure (quantities, declarations); it may not charge duties or refuse entry of articles for the mission's official use. Charges for storage, cartage and similar services are due."
end

exception vcdr.36.1.a.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCDR 36(1), VCDR 36(1)(a)
  text "The receiving State shall, in accordance with such laws and regulations as it may adopt, permit entry of and grant exemption"
  to vcdr.36.1.a
  gives compliant
  when c.regulations_not_complied_with = true
  note "The laws and regulations may govern the procedure (declarations, quantities, periods); they may not take the exemption away."
end

rule vcdr.36.1.b "Customs exemption: articles for the personal use of a diplomatic agent or his family"
  cites VCDR 36(1)(b), VCDR 36(1)
  text "articles for the personal use of a diplomatic agent or members of his family forming part of his household, including articles intended for his establishment."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each customs_charge as c
  applies when c.subject.kind is unknown
           and (fully_privileged_agent(c.subject) or privileged_family_of_agent(c.subject))
           and c.use = personal_use and c.by = receiving_state
  violated when c.charge_kind != storage_cartage_or_similar
  note "Administrative and technical staff: only at first installation (vcdr.37.2.installation). Articles for resale are not for personal use."
end

define baggage_of_privileged_person(x) "Personal baggage of a diplomatic agent or of a member of his family"
  cites VCDR 36(2), VCDR 37(1)
  text "The personal baggage of a diplomatic agent"
  means x.kind is known and x.kind = personal_baggage
        and (fully_privileged_agent(x.holder) or privileged_family_of_agent(x.holder))
  note "The members of the family enjoy art. 36 (37(1)); the administrative and technical staff do not enjoy art. 36(2) (37(2))."
end

exception vcdr.36.1.b.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCDR 36(1), VCDR 36(1)(b)
  text "The receiving State shall, in accordance with such laws and regulations as it may adopt, permit entry of and grant exemption"
  to vcdr.36.1.b
  gives compliant
  when c.regulations_not_complied_with = true
end

rule vcdr.36.2 "Personal baggage of a diplomatic agent exempt from inspection"
  cites VCDR 36(2)
  text "The personal baggage of a diplomatic agent shall be exempt from inspection, unless there are serious grounds for presuming that it contains articles not covered by the exemptions mentioned in paragraph 1 of this Article, or articles the import or export of which is prohibited by the law or controlled by the quarantine regulations of the receiving State."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each search as s
  applies when baggage_of_privileged_person(s.subject)
           and s.by = receiving_state
  violated when true
  note "Unlike the diplomatic bag (art. 27), personal baggage may be inspected on serious grounds, and then only in his presence (vcdr.36.2.presence). Scanning without opening is treated by many States as no inspection; the Convention does not say."
end

exception vcdr.36.2.serious-grounds "Serious grounds for presuming non-exempt, prohibited or controlled articles"
  cites VCDR 36(2)
  text "unless there are serious grounds for presuming that it contains articles not covered by the exemptions mentioned in paragraph 1 of this Article, or articles the import or export of which is prohibited by the law or controlled by the quarantine regulations of the receiving State."
  to vcdr.36.2
  gives compliant
  when s.serious_grounds = true and s.in_presence_of_holder = true
  note "Both the serious grounds and the presence of the agent (or his authorised representative) are needed."
end

rule vcdr.36.2.presence "Inspection of personal baggage only in the presence of the agent or his representative"
  cites VCDR 36(2)
  text "Such inspection shall be conducted only in the presence of the diplomatic agent or of his authorized representative."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each search as s
  applies when baggage_of_privileged_person(s.subject)
           and s.by = receiving_state and s.serious_grounds = true
  violated when s.in_presence_of_holder = false
end
