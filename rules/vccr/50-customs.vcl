# VCCR Article 50: Exemption from customs duties and inspection
#
# Facts: customs_charge (charge_kind, use, official_use_of_post,
# first_installation, exceeds_quantities_for_direct_use,
# regulations_not_complied_with; subject: the articles, a thing with its
# post or holder, or the person importing them) and a search of a thing of
# kind personal_baggage (holder, serious_grounds, in_presence_of_holder).
# Posts headed by honorary consular officers: art. 62 (vccr.62.*).

define customs_beneficiary_50_1_b(p, e) "Career consular officer, or member of his household, entitled to art. 50(1)(b)"
  cites VCCR 50(1)(b)
  means full_regime_officer_at(p, e)
        or (privileged_family_at(p, e) and p.family_of.status = consular_officer)
end

define imported_for_50_1_b(c) "Articles imported by or for a person entitled to art. 50(1)(b)"
  means (c.subject.kind is unknown and customs_beneficiary_50_1_b(c.subject, c))
        or (c.subject.kind is known and customs_beneficiary_50_1_b(c.subject.holder, c))
  note "The subject of the customs charge is either the person importing, or the articles (a thing) whose holder is that person."
end

define personal_baggage_item(x) "Personal baggage (a thing)"
  cites VCCR 50(3)
  means x.kind is known and x.kind = personal_baggage
end

# ---------------------------------------------------------------- Article 50(1)
# "The receiving State shall, in accordance with such laws and regulations as
#  it may adopt, permit entry of and grant exemption from all customs duties,
#  taxes, and related charges other than charges for storage, cartage and
#  similar services, on:
#  (a) articles for the official use of the consular post;
#  (b) articles for the personal use of a consular officer or members of his
#      family forming part of his household, including articles intended for
#      his establishment. The articles intended for consumption shall not
#      exceed the quantities necessary for direct utilization by the persons
#      concerned."

rule vccr.50.1.a "Entry and exemption from customs duties of articles for the official use of the post"
  cites VCCR 50(1)(a), VCCR 50(1)
  text "The receiving State shall, in accordance with such laws and regulations as it may adopt, permit entry of and grant exemption from all customs duties, taxes, and related charges other than charges for storage, cartage and similar services, on:"
  text "articles for the official use of the consular post;"
  duty on receiving_state
  owed to sending_state
  for each customs_charge as c
  applies when c.by = receiving_state and c.official_use_of_post = true and career_headed_post(c.subject.post)
  violated when c.charge_kind != storage_cartage_or_similar
  note "Refusing entry, or levying customs duties, taxes or related charges, breaches it; charges for storage, cartage and similar services are due. Honorary posts: art. 62, a closed list."
end

exception vccr.50.1.a.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCCR 50(1)(a), VCCR 50(1)
  text "in accordance with such laws and regulations as it may adopt"
  to vccr.50.1.a
  gives compliant
  when c.regulations_not_complied_with = true
  note "The receiving State may regulate the procedure (declarations, quantities, periods); it may not deny the exemption itself."
end

rule vccr.50.1.b "Entry and exemption of articles for the personal use of a consular officer and his household"
  cites VCCR 50(1)(b), VCCR 50(1)
  text "articles for the personal use of a consular officer or members of his family forming part of his household, including articles intended for his establishment."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each customs_charge as c
  applies when c.by = receiving_state and c.use = personal_use and imported_for_50_1_b(c)
  violated when c.charge_kind != storage_cartage_or_similar
  note "Including the household effects imported on arrival: the privileges run from the entry into the territory to take up the post (art. 53(1))."
end

exception vccr.50.1.b.quantities "Articles for consumption beyond the quantities necessary for direct utilization"
  cites VCCR 50(1)(b)
  text "The articles intended for consumption shall not exceed the quantities necessary for direct utilization by the persons concerned."
  to vccr.50.1.b
  gives compliant
  when c.exceeds_quantities_for_direct_use = true
end

exception vccr.50.1.b.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCCR 50(1)(b), VCCR 50(1)
  text "in accordance with such laws and regulations as it may adopt"
  to vccr.50.1.b
  gives compliant
  when c.regulations_not_complied_with = true
end

# ---------------------------------------------------------------- Article 50(2)

rule vccr.50.2 "Consular employees: exemption for articles imported at the time of first installation"
  cites VCCR 50(2)
  text "Consular employees shall enjoy the privileges and exemptions specified in paragraph 1 of this Article in respect of articles imported at the time of first installation."
  duty on receiving_state
  owed to sending_state, "the consular employee"
  for each customs_charge as c
  applies when c.by = receiving_state and c.use = personal_use
           and ((c.subject.kind is unknown and c.subject.status = consular_employee and privileged_member_at(c.subject, c))
                or (c.subject.kind is known and c.subject.holder.status = consular_employee
                    and privileged_member_at(c.subject.holder, c)))
  violated when c.first_installation = true and c.charge_kind != storage_cartage_or_similar
  note "Only articles imported at the time of first installation; later imports are dutiable (compliant here). The receiving State may regulate the procedure, e.g. the period counted as first installation (exception vccr.50.2.regulations)."
end

exception vccr.50.2.regulations "Entry or exemption refused for failure to follow the receiving State's procedure"
  cites VCCR 50(2), VCCR 50(1)
  text "in accordance with such laws and regulations as it may adopt"
  to vccr.50.2
  gives compliant
  when c.regulations_not_complied_with = true
end

# ---------------------------------------------------------------- Article 50(3)
# "Personal baggage accompanying consular officers and members of their
#  families forming part of their households shall be exempt from inspection.
#  It may be inspected only if there is serious reason to believe that it
#  contains articles other than those referred to in sub-paragraph (b) of
#  paragraph 1 of this Article, or articles the import or export of which is
#  prohibited by the laws and regulations of the receiving State or which are
#  subject to its quarantine laws and regulations. Such inspection shall be
#  carried out in the presence of the consular officer or member of his
#  family concerned."

rule vccr.50.3 "Personal baggage of consular officers and their households exempt from inspection"
  cites VCCR 50(3)
  text "Personal baggage accompanying consular officers and members of their families forming part of their households shall be exempt from inspection."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each search as s
  applies when s.by = receiving_state
           and personal_baggage_item(s.subject)
           and customs_beneficiary_50_1_b(s.subject.holder, s)
  violated when true
  note "The baggage accompanying the officer or his family member (its holder). Unlike the consular bag (art. 35(3)), it may be inspected, but only on the two cumulative conditions of the exception."
end

exception vccr.50.3.serious-reason "Serious reason to believe it holds other articles, and inspection in the owner's presence"
  cites VCCR 50(3)
  text "It may be inspected only if there is serious reason to believe that it contains articles other than those referred to in sub-paragraph (b) of paragraph 1 of this Article, or articles the import or export of which is prohibited by the laws and regulations of the receiving State or which are subject to its quarantine laws and regulations. Such inspection shall be carried out in the presence of the consular officer or member of his family concerned."
  to vccr.50.3
  gives compliant
  when s.serious_grounds = true and s.in_presence_of_holder = true
  note "Both conditions: a serious reason, and the presence of the officer or family member concerned. An inspection in his absence breaches art. 50(3) even with serious reason."
end
