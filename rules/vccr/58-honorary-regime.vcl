# VCCR Article 58: General provisions relating to facilities, privileges and
# immunities (Chapter III: honorary consular officers and the posts they head).
#
# Art. 58 sorts the Convention into what applies to a post headed by an
# honorary consular officer (58(1)), what applies to honorary consular
# officers themselves (58(2)), what their families get (nothing: 58(3)) and
# when their posts may exchange bags (58(4)). What is NOT listed does not
# apply: no inviolability of the premises (art. 31; art. 59 instead), no
# inviolability of archives except when kept apart (art. 33; art. 61
# instead), no personal inviolability (art. 41), no exemption from giving
# evidence (art. 44(1)-(2); only 44(3) applies).
#
# The definitions below are used by the rules of arts. 58-67.

# ------------------------------------------------------------ definitions

define post_headed_by_honorary_officer(x) "Consular post headed by an honorary consular officer"
  cites VCCR 58(1), VCCR 1(2)
  text "consular posts headed by an honorary consular officer"
  means x.headed_by = honorary
        or (x.headed_by is unknown and stated_honorary_officer(x.head))
  note "Decided by the post's headed_by, or, when that is not stated, by the category of its head."
end

define stated_consular_officer(p) "Consular officer, by the person's stated status (the head of post when no status is stated)"
  cites VCCR 1(1)(d)
  text "\"consular officer\" means any person, including the head of a consular post, entrusted in that capacity with the exercise of consular functions;"
  means p.status = consular_officer or (p.status is unknown and head_of_consular_post(p))
  note "As consular_officer (definitions.vcl), but the stated status is read first, so that a person stated to be something else (a private national, a diplomat) is outside the rules rather than undetermined because head_of_post is not stated."
end

define stated_honorary_officer(p) "Honorary consular officer, by the person's stated status and category"
  cites VCCR 58(2), VCCR 1(2)
  text "Articles 42 and 43, paragraph 3 of Article 44, Articles 45 and 53 and paragraph 1 of Article 55 shall apply to honorary consular officers."
  means stated_consular_officer(p) and p.category = honorary
end

define honorary_officer_with_chapter_iii_regime(p) "Honorary consular officer who is not a national or permanent resident of the receiving State"
  cites VCCR 58(2), VCCR 71(1)
  text "the facilities, privileges and immunities of such consular officers shall be governed by Articles 63, 64, 65, 66 and 67"
  means stated_honorary_officer(p) and not national_or_resident_of_receiving_state(p)
  note "An honorary consular officer who is a national of or permanently resident in the receiving State enjoys only immunity from jurisdiction and personal inviolability for official acts and the privilege of art. 44(3); the receiving State still owes him the notification of art. 42 and proceedings that hamper consular functions as little as possible (art. 71(1)). Arts. 63 (beyond what art. 71(1) repeats), 64, 65, 66 and 67 do not extend to him."
end

# ---------------------------------------------------------------- Article 58(1)
# "Articles 28, 29, 30, 34, 35, 36, 37, 38 and 39, paragraph 3 of Article 54
#  and paragraphs 2 and 3 of Article 55 shall apply to consular posts headed
#  by an honorary consular officer. In addition, the facilities, privileges
#  and immunities of such consular posts shall be governed by Articles 59,
#  60, 61 and 62."

rule vccr.58.1 "Art. 36 applies to a post headed by an honorary consular officer: access to nationals may not be refused"
  cites VCCR 58(1), VCCR 36(1)(a), VCCR 36(1)(c)
  text "Articles 28, 29, 30, 34, 35, 36, 37, 38 and 39, paragraph 3 of Article 54 and paragraphs 2 and 3 of Article 55 shall apply to consular posts headed by an honorary consular officer."
  duty on receiving_state
  owed to sending_state, "the national of the sending State"
  for each access_denied as d
  applies when d.by = receiving_state and d.sought_by is known and stated_consular_officer(d.sought_by)
           and post_headed_by_honorary_officer(d.sought_by.post)
  violated when true
  note "The rule speaks only where the facts say who sought the access (sought_by)."
  note "Art. 36 is among the articles art. 58(1) applies to posts headed by honorary consular officers: the receiving State may not refuse communication with or access to a national because the post or the officer is honorary."
  note "The denial itself is the breach of art. 36(1)(a) or (c) as applied by art. 58(1); the rules of art. 36 judge the same facts on their own terms (notification, timing)."
  note "Not listed in art. 58(1), and therefore not applicable to such posts: arts. 31 (inviolability of premises; art. 59 instead), 32 (art. 60 instead) and 33 (archives; art. 61 instead)."
end

exception vccr.58.1.national-opposed "The national in prison, custody or detention expressly opposed consular action"
  cites VCCR 58(1), VCCR 36(1)(c)
  text "Nevertheless, consular officers shall refrain from taking action on behalf of a national who is in prison, custody or detention if he expressly opposes such action."
  to vccr.58.1
  gives compliant
  when d.national_opposed = true
end

# ---------------------------------------------------------------- Article 58(2)
# "Articles 42 and 43, paragraph 3 of Article 44, Articles 45 and 53 and
#  paragraph 1 of Article 55 shall apply to honorary consular officers. In
#  addition, the facilities, privileges and immunities of such consular
#  officers shall be governed by Articles 63, 64, 65, 66 and 67."

rule vccr.58.2 "Honorary consular officer: immunity for acts performed in the exercise of consular functions (art. 43 applied by art. 58(2))"
  cites VCCR 58(2), VCCR 43(1)
  text "Articles 42 and 43, paragraph 3 of Article 44, Articles 45 and 53 and paragraph 1 of Article 55 shall apply to honorary consular officers."
  text "Consular officers and consular employees shall not be amenable to the jurisdiction of the judicial or administrative authorities of the receiving State in respect of acts performed in the exercise of consular functions."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each arrest or detention or imprisonment or criminal_proceedings as e
  applies when stated_honorary_officer(e.subject) and e.by = receiving_state
  violated when measure_about_official_act(e)
  authority "Bayerisches Oberstes Landesgericht, decision of 1 July 2024, 201 ObOWi 405/24 (honorary consul prosecuted for a traffic offence committed while driving to collect a national of the sending State: not an official act, no immunity)"
  note "Whether the act was performed in the exercise of consular functions is often the disputed fact; link the measure to the act with `concerning` (see measure_about_official_act, 71-nationals-and-residents.vcl)."
  note "Art. 41 is not among the articles art. 58(2) applies: an honorary consular officer has no personal inviolability, and his arrest, detention or prosecution for a private act is lawful (compliant here); the proceedings must still respect art. 63 and the head of post must be notified (art. 42)."
end

exception vccr.58.2.waiver "Express waiver by the sending State, communicated in writing (art. 45 applied by art. 58(2))"
  cites VCCR 58(2), VCCR 45(1), VCCR 45(2)
  text "The waiver shall in all cases be express, except as provided in paragraph 3 of this Article, and shall be communicated to the receiving State in writing."
  to vccr.58.2
  gives excused
  when some waiver as w where (
         w.subject = e.subject and w.by = sending_state and w.express = true and w.in_writing = true
         and w.date <= e.date)
  note "Only the sending State may waive (art. 45(1)); an implied waiver, or one by the officer himself, does not count. A waiver given after the measure does not excuse it."
end

# ---------------------------------------------------------------- Article 58(3)
# "Privileges and immunities provided in the present Convention shall not be
#  accorded to members of the family of an honorary consular officer or of a
#  consular employee employed at a consular post headed by an honorary
#  consular officer."

define family_at_honorary_post(p) "Member of the family of an honorary consular officer, or of a consular employee at a post headed by an honorary consular officer"
  cites VCCR 58(3)
  text "members of the family of an honorary consular officer or of a consular employee employed at a consular post headed by an honorary consular officer"
  means p.status = family_member
        and (stated_honorary_officer(p.family_of)
             or (consular_employee(p.family_of) and post_headed_by_honorary_officer(p.family_of.post)))
end

rule vccr.58.3 "No Convention privileges or immunities for the family of an honorary consular officer or of an employee at an honorary post"
  # lint: disable=no-violated-scenario -- a limit of the Convention: the receiving State owes these family members nothing under it, so no measure against them can breach it
  cites VCCR 58(3)
  text "Privileges and immunities provided in the present Convention shall not be accorded to members of the family of an honorary consular officer or of a consular employee employed at a consular post headed by an honorary consular officer."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings or registration_requirement or taxation or tax_levied
           or customs_charge or compulsory_service or social_security_demand as e
  applies when e.by = receiving_state and e.subject.kind is unknown and family_at_honorary_post(e.subject)
  compliant when true
  note "A limit, not a duty: the exemptions that members of the families of career consular officers and employees enjoy (arts. 46, 48, 49, 50(1)(b), 52) are not owed to these family members; a measure against them is compliant with the Convention, whatever the receiving State's own law grants."
  note "A family member who is himself a member of the post (e.g. employed as a consular employee) enjoys the privileges of his own status: state that status instead of family_member."
end

# ---------------------------------------------------------------- Article 58(4)
# "The exchange of consular bags between two consular posts headed by honorary
#  consular officers in different States shall not be allowed without the
#  consent of the two receiving States concerned."

rule vccr.58.4 "No exchange of consular bags between honorary posts in different States without the consent of both receiving States"
  cites VCCR 58(4)
  text "The exchange of consular bags between two consular posts headed by honorary consular officers in different States shall not be allowed without the consent of the two receiving States concerned."
  duty on sending_state
  owed to "the two receiving States concerned"
  for each bag_dispatch as x
  applies when post_headed_by_honorary_officer(x.from_post) and post_headed_by_honorary_officer(x.to_post)
           and x.from_post.located_in != x.to_post.located_in
  violated when not (x.origin_state_consented = true and x.destination_state_consented = true)
  note "Both consents are needed. Bags between an honorary post and a career post, or between posts in the same State, are outside the paragraph."
  note "The consequence for the bag itself is not stated by the Convention; a receiving State that has not consented need not allow the exchange, but art. 35 (applied by art. 58(1)) still governs how it may treat a bag it has accepted."
end
