# VCCR Article 49: Exemption from taxation
#
# Fact: tax_levied (tax_kind, held_for_mission, present_solely_due_to_mission,
# transfer_duty, registration_or_stamp_duty, employee, complied). A tax laid
# on a person as employer (withholding income tax on the wages of his staff)
# names the employee; it is art. 49(3), not an exemption. Honorary consular
# officers: art. 66 (vccr.66). Consular premises and the residence of the
# career head of post: art. 32.

# ---------------------------------------------------------------- Article 49(1)
# "Consular officers and consular employees and members of their families
#  forming part of their households shall be exempt from all dues and taxes,
#  personal or real, national, regional or municipal, except:
#  (a) indirect taxes of a kind which are normally incorporated in the price
#      of goods or services;
#  (b) dues or taxes on private immovable property situated in the territory
#      of the receiving State, subject to the provisions of Article 32;
#  (c) estate, succession or inheritance duties, and duties on transfers,
#      levied by the receiving State, subject to the provisions of paragraph
#      (b) of Article 51;
#  (d) dues and taxes on private income, including capital gains, having its
#      source in the receiving State and capital taxes relating to investments
#      made in commercial or financial undertakings in the receiving State;
#  (e) charges levied for specific services rendered;
#  (f) registration, court or record fees, mortgage dues and stamp duties,
#      subject to the provisions of Article 32."

rule vccr.49.1 "Exemption of consular officers, employees and their households from dues and taxes"
  cites VCCR 49(1)
  text "Consular officers and consular employees and members of their families forming part of their households shall be exempt from all dues and taxes, personal or real, national, regional or municipal, except:"
  duty on receiving_state
  owed to sending_state, "the member of the post or of his family"
  for each tax_levied as t
  applies when t.by = receiving_state and t.employee is unknown
           and ((t.subject.status in {consular_officer, consular_employee} and privileged_member_at(t.subject, t))
                or (privileged_family_at(t.subject, t)
                    and t.subject.family_of.status in {consular_officer, consular_employee}))
  violated when true
  note "All dues and taxes, save the six kinds listed in (a)-(f) (the exceptions below): the tax is lawful only when it is shown to be of one of those kinds; a tax whose kind is not stated is undetermined."
  note "Members of the service staff: only their wages are exempt (vccr.49.2)."
end

exception vccr.49.1.a "Indirect taxes normally incorporated in the price of goods or services"
  cites VCCR 49(1)(a)
  text "indirect taxes of a kind which are normally incorporated in the price of goods or services;"
  to vccr.49.1
  gives compliant
  when t.tax_kind = indirect_tax_in_price
end

exception vccr.49.1.b "Dues or taxes on private immovable property in the receiving State"
  cites VCCR 49(1)(b)
  text "dues or taxes on private immovable property situated in the territory of the receiving State, subject to the provisions of Article 32;"
  to vccr.49.1
  gives compliant
  when t.tax_kind = immovable_property_tax and t.held_for_mission = false
  note "Private property only: property the member holds for the sending State as consular premises or as the residence of the career head of post is exempt under art. 32 (held_for_mission)."
end

exception vccr.49.1.c "Estate, succession or inheritance duties and duties on transfers"
  cites VCCR 49(1)(c)
  text "estate, succession or inheritance duties, and duties on transfers, levied by the receiving State, subject to the provisions of paragraph (b) of Article 51;"
  to vccr.49.1
  gives compliant
  when (t.tax_kind = estate_succession_duty or (t.tax_kind = other and t.transfer_duty = true))
       and not t.present_solely_due_to_mission = true
  note "Subject to art. 51(b): never on movable property present in the receiving State solely because of the deceased's presence there as a member of the post or of his family (present_solely_due_to_mission)."
end

exception vccr.49.1.d "Dues and taxes on private income and capital gains, and capital taxes on investments, in the receiving State"
  cites VCCR 49(1)(d)
  text "dues and taxes on private income, including capital gains, having its source in the receiving State and capital taxes relating to investments made in commercial or financial undertakings in the receiving State;"
  to vccr.49.1
  gives compliant
  when t.tax_kind in {private_income_tax, commercial_investment_capital_tax}
  note "Private income with its source in the receiving State; the salary paid by the sending State is not private income (tax_kind: tax_on_emoluments)."
end

exception vccr.49.1.e "Charges levied for specific services rendered"
  cites VCCR 49(1)(e)
  text "charges levied for specific services rendered;"
  to vccr.49.1
  gives compliant
  when t.tax_kind = charge_for_specific_services
end

exception vccr.49.1.f "Registration, court or record fees, mortgage dues and stamp duties"
  cites VCCR 49(1)(f)
  text "registration, court or record fees, mortgage dues and stamp duties, subject to the provisions of Article 32."
  to vccr.49.1
  gives compliant
  when (t.tax_kind = immovable_property_registration_fee or (t.tax_kind = other and t.registration_or_stamp_duty = true))
       and not (t.tax_kind = immovable_property_registration_fee and t.held_for_mission = true)
  note "Unlike VCDR 34(f), not limited to immovable property. Subject to art. 32: not on consular premises or the residence of the career head of post held for the sending State."
end

# ---------------------------------------------------------------- Article 49(2)

rule vccr.49.2 "Service staff exempt from dues and taxes on their wages"
  cites VCCR 49(2)
  text "Members of the service staff shall be exempt from dues and taxes on the wages which they receive for their services."
  duty on receiving_state
  owed to sending_state, "the member of the service staff"
  for each tax_levied as t
  applies when t.by = receiving_state and t.employee is unknown
           and t.subject.status = consular_service_staff and privileged_member_at(t.subject, t)
  violated when t.tax_kind = tax_on_emoluments
  note "Only the wages for their services at the post; other taxes are due (compliant here)."
end

# ---------------------------------------------------------------- Article 49(3)

define wages_exempt_from_income_tax(p) "Person whose wages are exempt from income tax under art. 49"
  cites VCCR 49(1), VCCR 49(2)
  means p.status in {consular_officer, consular_employee, consular_service_staff} and privileged_member_of_post(p)
end

rule vccr.49.3 "Members employing persons with taxable wages observe the employer's income tax obligations"
  cites VCCR 49(3)
  text "Members of the consular post who employ persons whose wages or salaries are not exempt from income tax in the receiving State shall observe the obligations which the laws and regulations of that State impose upon employers concerning the levying of income tax."
  duty on "the member of the consular post who employs"
  owed to receiving_state
  for each tax_levied as t
  applies when t.employee is known
           and t.subject.status in {consular_officer, consular_employee, consular_service_staff}
           and not wages_exempt_from_income_tax(t.employee)
  violated when t.complied = false
  note "E.g. a consul who employs a domestic worker who is a national of the receiving State must withhold and pay the income tax the law requires of employers."
end
