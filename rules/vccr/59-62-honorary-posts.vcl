# VCCR arts. 59-62: facilities, privileges and immunities of consular posts
# headed by honorary consular officers (art. 58(1), second sentence).
#
# These replace, for such posts, arts. 31 (inviolability of the premises),
# 32 (tax exemption of the premises), 33 (archives) and 50(1)(a) (customs):
# the premises are protected but not inviolable, the archives are inviolable
# only if kept apart, and the customs exemption covers a closed list of
# articles.
#
# Guard used below: a place or thing is stated with its `kind`, a person has
# none; `x.kind is known` keeps a rule about premises or archives from
# speaking about an event whose subject is a person.

define premises_of_honorary_post(x) "Consular premises of a post headed by an honorary consular officer"
  cites VCCR 59
  text "the consular premises of a consular post headed by an honorary consular officer"
  means x.kind is known and consular_premises(x) and post_headed_by_honorary_officer(x.post)
end

define archives_of_honorary_post(x) "Consular archives and documents of a post headed by an honorary consular officer"
  cites VCCR 61
  text "The consular archives and documents of a consular post headed by an honorary consular officer"
  means x.kind is known and x.kind in {consular_archives, documents}
        and post_headed_by_honorary_officer(x.post)
end

# ---------------------------------------------------------------- Article 59
# "The receiving State shall take such steps as may be necessary to protect
#  the consular premises of a consular post headed by an honorary consular
#  officer against any intrusion or damage and to prevent any disturbance of
#  the peace of the consular post or impairment of its dignity."

rule vccr.59 "Protection of the premises of an honorary post against intrusion or damage"
  cites VCCR 59
  text "The receiving State shall take such steps as may be necessary to protect the consular premises of a consular post headed by an honorary consular officer against any intrusion or damage"
  duty on receiving_state
  owed to sending_state
  for each attack as a
  applies when premises_of_honorary_post(a.subject)
  violated when a.protective_steps_taken = false
  note "The same duty to protect as art. 31(3) for career posts, but without the inviolability of art. 31(1)-(2): entry by the receiving State's authorities under its law is not as such a breach; the archives kept apart stay inviolable (art. 61)."
  note "No judgment interprets art. 59 as such; on the duty to protect premises against attack by private persons, cf. ICJ, United States Diplomatic and Consular Staff in Tehran, I.C.J. Reports 1980, p. 3 (arts. 22 VCDR and 31 VCCR)."
end

rule vccr.59.peace "Prevention of disturbance of the peace or impairment of the dignity of an honorary post"
  cites VCCR 59
  text "and to prevent any disturbance of the peace of the consular post or impairment of its dignity."
  duty on receiving_state
  owed to sending_state
  for each disturbance as d
  applies when premises_of_honorary_post(d.subject)
  violated when d.protective_steps_taken = false
  note "A demonstration is not in itself a breach; the breach is the failure to take the steps necessary to prevent the disturbance of the peace or impairment of dignity."
end

# ---------------------------------------------------------------- Article 60
# "1. Consular premises of a consular post headed by an honorary consular
#  officer of which the sending State is the owner or lessee shall be exempt
#  from all national, regional or municipal dues and taxes whatsoever, other
#  than such as represent payment for specific services rendered.
#  2. The exemption from taxation referred to in paragraph 1 of this Article
#  shall not apply to such dues and taxes if, under the laws and regulations
#  of the receiving State, they are payable by the person who contracted with
#  the sending State."

rule vccr.60.1 "Exemption from taxation of premises of an honorary post owned or leased by the sending State"
  cites VCCR 60(1)
  text "Consular premises of a consular post headed by an honorary consular officer of which the sending State is the owner or lessee shall be exempt from all national, regional or municipal dues and taxes whatsoever, other than such as represent payment for specific services rendered."
  duty on receiving_state
  owed to sending_state
  for each taxation as t
  applies when t.by = receiving_state and premises_of_honorary_post(t.subject)
           and t.subject.sending_state_owner_or_lessee = true
  violated when t.payment_for_specific_services = false
  note "Premises owned or leased by the honorary consular officer himself (often his own office) are not exempt: only the sending State's ownership or lease counts (unlike art. 32(1), 'any person acting on its behalf' is not mentioned)."
end

exception vccr.60.2 "Dues payable by the person who contracted with the sending State"
  cites VCCR 60(2)
  text "The exemption from taxation referred to in paragraph 1 of this Article shall not apply to such dues and taxes if, under the laws and regulations of the receiving State, they are payable by the person who contracted with the sending State."
  to vccr.60.1
  gives not_applicable
  when t.payable_by_contractor = true
  note "E.g. a property tax the receiving State's law puts on the landlord, even if passed on in the rent."
end

# ---------------------------------------------------------------- Article 61
# "The consular archives and documents of a consular post headed by an
#  honorary consular officer shall be inviolable at all times and wherever
#  they may be, provided that they are kept separate from other papers and
#  documents and, in particular, from the private correspondence of the head
#  of a consular post and of any person working with him, and from the
#  materials, books or documents relating to their profession or trade."

rule vccr.61 "Inviolability of the archives and documents of an honorary post kept separate"
  cites VCCR 61
  text "The consular archives and documents of a consular post headed by an honorary consular officer shall be inviolable at all times and wherever they may be, provided that they are kept separate from other papers and documents"
  duty on receiving_state
  owed to sending_state
  for each seizure or search as e
  applies when e.by = receiving_state and archives_of_honorary_post(e.subject) and e.subject.kept_apart = true
  violated when true
  note "The inviolability depends on the archives being kept separate from other papers and documents, in particular from the private correspondence of the head of post and of those working with him and from the materials of their profession or trade; archives mixed with business papers are not protected by art. 61."
  note "At all times and wherever they may be: at the honorary consul's business office or home as much as at the post. A search or entry of the premises themselves is not barred (art. 31 does not apply, art. 58(1)); searching, seizing or reading the separated archives is."
  note "The text provides no exception (no emergency, no security exception)."
end

exception vccr.61.waiver "The sending State expressly waived the inviolability of the archives or consented to the search"
  cites VCCR 61
  to vccr.61
  gives excused
  when some waiver as w where (
         w.by = sending_state and w.express = true and (w.subject = e.subject or w.concerning = e))
  authority "Hoge Raad (Supreme Court of the Netherlands), 21 November 2017, ECLI:NL:HR:2017:2970 (search of an office housing the honorary consulate of Montenegro, with the written consent of Montenegro's ambassador, in the presence of an embassy secretary who set the consular documents apart: complaint dismissed)"
  note "Not in the text of art. 61 (and art. 45 does not list it): the inviolability protects the sending State, whose consent to the search or seizure precludes its wrongfulness (ILC Articles on State Responsibility, art. 20). The honorary consul's own consent is not the sending State's."
end

# ---------------------------------------------------------------- Article 62
# "The receiving State shall, in accordance with such laws and regulations as
#  it may adopt, permit entry of, and grant exemption from all customs
#  duties, taxes, and related charges other than charges for storage, cartage
#  and similar services on the following articles, provided that they are for
#  the official use of a consular post headed by an honorary consular
#  officer: coats-of-arms, flags, signboards, seals and stamps, books,
#  official printed matter, office furniture, office equipment and similar
#  articles supplied by or at the instance of the sending State to the
#  consular post."

define article_of_article_62(c) "Article of the list of art. 62, supplied by or at the instance of the sending State for the official use of an honorary post"
  cites VCCR 62
  text "provided that they are for the official use of a consular post headed by an honorary consular officer: coats-of-arms, flags, signboards, seals and stamps, books, official printed matter, office furniture, office equipment and similar articles supplied by or at the instance of the sending State to the consular post."
  means c.subject.kind is known and post_headed_by_honorary_officer(c.subject.post)
        and c.official_use_of_post = true and c.supplied_by_sending_state = true
        and c.article_kind in {coats_of_arms, flags, signboards, seals_and_stamps, books, official_printed_matter,
                               office_furniture, office_equipment, similar_article}
  note "A closed list (with 'similar articles'): motor vehicles and other articles for the official use of the post, which art. 50(1)(a) exempts for career posts, are not covered."
end

rule vccr.62.entry "Entry of official articles of an honorary post to be permitted"
  cites VCCR 62
  text "The receiving State shall, in accordance with such laws and regulations as it may adopt, permit entry of"
  duty on receiving_state
  owed to sending_state
  for each customs_charge as c
  applies when c.by = receiving_state and article_of_article_62(c)
  violated when c.charge_kind = entry_refused
end

rule vccr.62.exemption "Exemption of official articles of an honorary post from customs duties, taxes and related charges"
  cites VCCR 62
  text "grant exemption from all customs duties, taxes, and related charges other than charges for storage, cartage and similar services"
  duty on receiving_state
  owed to sending_state
  for each customs_charge as c
  applies when c.by = receiving_state and article_of_article_62(c)
  violated when c.charge_kind = customs_duty_or_tax
  note "Charges for storage, cartage and similar services may be levied (charge_kind: storage_cartage_or_similar)."
end

exception vccr.62.regulations "Entry and exemption granted in accordance with the receiving State's laws and regulations"
  cites VCCR 62
  text "in accordance with such laws and regulations as it may adopt"
  to vccr.62.entry
  gives compliant
  when c.regulations_not_complied_with = true
  note "The receiving State may regulate the procedure (declarations, quantities, time limits); a refusal that rests on the post's failure to follow those rules is lawful. Regulations may not take away the exemption itself."
end

exception vccr.62.exemption.regulations "Exemption granted in accordance with the receiving State's laws and regulations"
  cites VCCR 62
  text "in accordance with such laws and regulations as it may adopt"
  to vccr.62.exemption
  gives compliant
  when c.regulations_not_complied_with = true
  note "As for entry: a charge that rests on the post's failure to follow the procedure the receiving State has laid down is lawful; the regulations may not take away the exemption itself."
end
