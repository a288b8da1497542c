# VCCR definitions: who is who (VCCR art. 1, art. 71).
#
# Each concept is defined once, with the provision that defines it, and
# used by the rules as a call: consular_officer(e.subject). Parameters are
# persons, places or things of the incident file; the attributes they read
# (status, category, head_of_post, nationality, ...) are the fact
# vocabulary (see `vccheck schema`).

# ------------------------------------------------------------ VCCR art. 1(1)

define consular_post(x) "Consular post"
  cites VCCR 1(1)(a)
  text "\"consular post\" means any consulate-general, consulate, vice-consulate or consular agency;"
  means x.kind in {consulate_general, consulate, vice_consulate, consular_agency}
end

define within_consular_district(x) "Within the consular district of the post"
  cites VCCR 1(1)(b)
  text "\"consular district\" means the area assigned to a consular post for the exercise of consular functions;"
  means x.within_consular_district = true
  note "Read on an event (the exercise of a function, an address to local authorities): the place where it happened lies within the area assigned to the post. Outside it, a consular officer needs the receiving State's consent (art. 6)."
end

define head_of_consular_post(p) "Head of consular post"
  cites VCCR 1(1)(c)
  text "\"head of consular post\" means the person charged with the duty of acting in that capacity;"
  means p.head_of_post = true
end

define consular_officer(p) "Consular officer (including the head of post)"
  cites VCCR 1(1)(d)
  text "\"consular officer\" means any person, including the head of a consular post, entrusted in that capacity with the exercise of consular functions;"
  means p.status = consular_officer or (p.head_of_post is known and head_of_consular_post(p))
  note "The head of a consular post is a consular officer (VCCR 1(1)(d)), whatever the status given."
  note "A person whose stated status is another one (a private national, an employee) is not a consular officer unless stated to be the head of a post: an unstated head_of_post does not make that unknown. With no status stated, it is unknown."
end

define consular_employee(p) "Consular employee"
  cites VCCR 1(1)(e)
  text "\"consular employee\" means any person employed in the administrative or technical service of a consular post;"
  means p.status = consular_employee
end

define member_of_service_staff(p) "Member of the service staff"
  cites VCCR 1(1)(f)
  text "\"member of the service staff\" means any person employed in the domestic service of a consular post;"
  means p.status = consular_service_staff
end

define member_of_consular_post(p) "Member of the consular post"
  cites VCCR 1(1)(g)
  text "\"members of the consular post\" means consular officers, consular employees and members of the service staff;"
  means consular_officer(p) or consular_employee(p) or member_of_service_staff(p)
end

define member_of_consular_staff(p) "Member of the consular staff (not the head of post)"
  cites VCCR 1(1)(h)
  text "\"members of the consular staff\" means consular officers, other than the head of a consular post, consular employees and members of the service staff;"
  means member_of_consular_post(p) and not head_of_consular_post(p)
  note "The head of post is excluded: VCCR 42 treats an arrest of the head separately (notification to the sending State)."
end

define member_of_private_staff(p) "Member of the private staff"
  cites VCCR 1(1)(i)
  text "\"member of the private staff\" means a person who is employed exclusively in the private service of a member of the consular post;"
  means p.status = private_staff
end

define consular_premises(x) "Consular premises"
  cites VCCR 1(1)(j)
  text "\"consular premises\" means the buildings or parts of buildings and the land ancillary thereto, irrespective of ownership, used exclusively for the purposes of the consular post;"
  means x.kind = consular_premises
end

define consular_archives(x) "Consular archives"
  cites VCCR 1(1)(k)
  text "\"consular archives\" includes all the papers, documents, correspondence, books, films, tapes and registers of the consular post"
  means x.kind = consular_archives
end

# ------------------------------------------------------------ VCCR art. 1(2)

define career_consular_officer(p) "Career consular officer"
  cites VCCR 1(2)
  text "Consular officers are of two categories, namely career consular officers and honorary consular officers."
  means consular_officer(p) and p.category = career
end

define honorary_consular_officer(p) "Honorary consular officer"
  cites VCCR 1(2)
  text "Consular officers are of two categories, namely career consular officers and honorary consular officers."
  means consular_officer(p) and p.category = honorary
  note "Chapter III (arts. 58-68) governs posts headed by honorary consular officers; they have no personal inviolability under art. 41."
end

# ------------------------------------------------------------ VCCR art. 71

define national_or_resident_of_receiving_state(p) "National or permanent resident of the receiving State"
  cites VCCR 71(1), VCCR 1(3)
  text "consular officers who are nationals of or permanently resident in the receiving State shall enjoy only immunity from jurisdiction and personal inviolability in respect of official acts performed in the exercise of their functions"
  means p.nationality = receiving_state or p.permanent_resident_of_receiving_state = true
  note "Unknown unless the incident states the person's nationality and, where it is not the receiving State's, whether the person is permanently resident there."
end

define inviolable_consular_officer(p) "Consular officer with the personal inviolability of art. 41"
  cites VCCR 41, VCCR 1(2), VCCR 71(1)
  note "Art. 41 is in Chapter II, section II (career consular officers); art. 71(1) limits the inviolability of officers who are nationals or permanent residents of the receiving State to official acts."
  means career_consular_officer(p) and not national_or_resident_of_receiving_state(p)
end

# ------------------------------------------------------------ VCCR art. 5
#
# The consular functions, each read on an event that states the
# `consular_function` concerned (a `conduct` of a member of the post, or an
# `obstruction_of_functions` by the authorities), with the limits
# the sub-paragraph itself sets. An activity outside its limits is not a
# consular function. Art. 5(m) makes the list open: other functions
# entrusted by the sending State qualify on the conditions it states.

define protecting_interests(x) "Protecting the interests of the sending State and of its nationals, within the limits permitted by international law"
  cites VCCR 5(a)
  text "protecting in the receiving State the interests of the sending State and of its nationals, both individuals and bodies corporate, within the limits permitted by international law;"
  means x.consular_function = protection_of_interests and x.within_limits_of_international_law = true
end

define furthering_relations(x) "Furthering commercial, economic, cultural and scientific relations and promoting friendly relations, in accordance with the Convention"
  cites VCCR 5(b)
  text "furthering the development of commercial, economic, cultural and scientific relations between the sending State and the receiving State and otherwise promoting friendly relations between them in accordance with the provisions of the present Convention;"
  means x.consular_function = furthering_relations and x.in_accordance_with_convention = true
end

define ascertaining_by_lawful_means(x) "Ascertaining by all lawful means conditions and developments in the receiving State, and reporting thereon"
  cites VCCR 5(c)
  text "ascertaining by all lawful means conditions and developments in the commercial, economic, cultural and scientific life of the receiving State, reporting thereon to the Government of the sending State and giving information to persons interested;"
  means x.consular_function = ascertaining_conditions and x.by_lawful_means = true
  note "Information obtained by unlawful means (espionage, paying for secrets) is not a consular function: no immunity for it under art. 43(1); the receiving State's remedy is art. 23, and personal inviolability (art. 41) is unaffected."
end

define issuing_passports_and_visas(x) "Issuing passports and travel documents to nationals, and visas or appropriate documents to persons wishing to travel to the sending State"
  cites VCCR 5(d)
  text "issuing passports and travel documents to nationals of the sending State, and visas or appropriate documents to persons wishing to travel to the sending State;"
  means x.consular_function = passports_and_visas
        and ((x.document = passport_or_travel_document and x.beneficiary.nationality = sending_state)
             or x.document = visa)
  note "Passports and travel documents: for nationals of the sending State (a dual national of the receiving State included: the Convention makes no exception). Visas: for anyone wishing to travel to the sending State."
end

define helping_nationals(x) "Helping and assisting nationals of the sending State"
  cites VCCR 5(e)
  text "helping and assisting nationals, both individuals and bodies corporate, of the sending State;"
  means x.consular_function = assistance_to_nationals and x.beneficiary.nationality = sending_state
  note "For a national under arrest or detention, art. 36 sets the specific rights (communication, notification, visits)."
end

define notarial_and_registration_functions(x) "Acting as notary and civil registrar and in similar capacities, and administrative functions, where the receiving State's laws do not prohibit it"
  cites VCCR 5(f)
  text "acting as notary and civil registrar and in capacities of a similar kind, and performing certain functions of an administrative nature, provided that there is nothing contrary thereto in the laws and regulations of the receiving State;"
  means x.consular_function = notarial_and_civil_registration and x.contrary_to_local_law = false
end

define safeguarding_succession_interests(x) "Safeguarding the interests of nationals in cases of succession, in accordance with the receiving State's laws"
  cites VCCR 5(g)
  text "safeguarding the interests of nationals, both individuals and bodies corporate, of the sending State in cases of succession mortis causa in the territory of the receiving State, in accordance with the laws and regulations of the receiving State;"
  means x.consular_function = succession and x.beneficiary.nationality = sending_state and x.contrary_to_local_law = false
  note "Art. 37(a) obliges the receiving State to inform the post of the death of a national; this function is what the post does with it."
end

define safeguarding_minors(x) "Safeguarding the interests of minors and persons lacking full capacity who are nationals, within the limits of the receiving State's laws"
  cites VCCR 5(h)
  text "safeguarding, within the limits imposed by the laws and regulations of the receiving State, the interests of minors and other persons lacking full capacity who are nationals of the sending State, particularly where any guardianship or trusteeship is required with respect to such persons;"
  means x.consular_function = minors_and_incapable_persons and x.beneficiary.nationality = sending_state
        and x.contrary_to_local_law = false
  note "Art. 37(b) obliges the receiving State to inform the post of any case where a guardian or trustee is to be appointed for such a national."
end

define representing_nationals(x) "Representing or arranging representation of nationals before tribunals, for provisional measures, where they cannot defend their rights in time"
  cites VCCR 5(i)
  text "subject to the practices and procedures obtaining in the receiving State, representing or arranging appropriate representation for nationals of the sending State before the tribunals and other authorities of the receiving State, for the purpose of obtaining, in accordance with the laws and regulations of the receiving State, provisional measures for the preservation of the rights and interests of these nationals, where, because of absence or any other reason, such nationals are unable at the proper time to assume the defence of their rights and interests;"
  means x.consular_function = representation_before_tribunals and x.beneficiary.nationality = sending_state
        and x.national_unable_to_defend = true and x.contrary_to_local_law = false
  note "Only provisional measures, only where the national cannot act in time, and subject to the receiving State's practices and procedures. Arranging legal representation for a detained national is also art. 36(1)(c)."
end

define transmitting_judicial_documents(x) "Transmitting judicial and extra-judicial documents, executing letters rogatory, under an agreement or compatibly with the receiving State's laws"
  cites VCCR 5(j)
  text "transmitting judicial and extra-judicial documents or executing letters rogatory or commissions to take evidence for the courts of the sending State in accordance with international agreements in force or, in the absence of such international agreements, in any other manner compatible with the laws and regulations of the receiving State;"
  means x.consular_function = judicial_documents
        and (x.international_agreement = true
             or (x.international_agreement = false and x.contrary_to_local_law = false))
  note "Under an agreement in force between the two States (e.g. on service abroad or taking of evidence) its terms govern; without one, only a manner compatible with the receiving State's laws (some States treat service of process or taking of evidence on their territory for a foreign court as an official act reserved to their own authorities)."
end

define supervising_vessels_and_aircraft(x) "Exercising rights of supervision and inspection over the sending State's vessels and aircraft and their crews, as provided by its laws"
  cites VCCR 5(k)
  text "exercising rights of supervision and inspection provided for in the laws and regulations of the sending State in respect of vessels having the nationality of the sending State, and of aircraft registered in that State, and in respect of their crews;"
  means x.consular_function = supervision_of_vessels_and_aircraft and x.authorised_by_sending_state_law = true
end

define assisting_vessels_and_aircraft(x) "Extending assistance to the sending State's vessels and aircraft and their crews"
  cites VCCR 5(l)
  text "extending assistance to vessels and aircraft mentioned in subparagraph (k) of this Article and to their crews, taking statements regarding the voyage of a vessel, examining and stamping the ship's papers, and, without prejudice to the powers of the authorities of the receiving State, conducting investigations into any incidents which occurred during the voyage, and settling disputes of any kind between the master, the officers and the seamen in so far as this may be authorized by the laws and regulations of the sending State;"
  means x.consular_function = assistance_to_vessels_and_aircraft
  note "Investigations are 'without prejudice to the powers of the authorities of the receiving State' (see the exception vccr.5.l.own-powers); arts. 37(c) and 38 (wrecks, measures on board) complete it."
end

define other_entrusted_function(x) "Another function entrusted by the sending State, not prohibited by the receiving State's laws, not objected to, or provided for by an agreement"
  cites VCCR 5(m)
  text "performing any other functions entrusted to a consular post by the sending State which are not prohibited by the laws and regulations of the receiving State or to which no objection is taken by the receiving State or which are referred to in the international agreements in force between the sending State and the receiving State."
  means x.consular_function = other_entrusted_function
        and (x.contrary_to_local_law = false or x.international_agreement = true
             or (x.type = "conduct"
                 and not some protest as p where (p.concerning = x and p.by = receiving_state)))
  note "Three alternatives, any one of which suffices: not prohibited by the receiving State's laws; no objection by the receiving State; referred to in an agreement in force. On an obstruction, the obstruction is itself the receiving State's objection, so only the first and third can hold."
end

define consular_function(x) "An activity within the consular functions (art. 5)"
  cites VCCR 5
  means protecting_interests(x) or furthering_relations(x) or ascertaining_by_lawful_means(x)
        or issuing_passports_and_visas(x) or helping_nationals(x) or notarial_and_registration_functions(x)
        or safeguarding_succession_interests(x) or safeguarding_minors(x) or representing_nationals(x)
        or transmitting_judicial_documents(x) or supervising_vessels_and_aircraft(x)
        or assisting_vessels_and_aircraft(x) or other_entrusted_function(x)
  note "For the rules that turn on 'the functions of the consular post' (e.g. art. 28 facilities, art. 43 acts performed in the exercise of consular functions, art. 55(2) use of premises). An activity whose function is not stated is unknown, never outside the functions."
end
