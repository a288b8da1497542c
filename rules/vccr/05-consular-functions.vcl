# VCCR Article 5: Consular functions
#
# "Consular functions consist in: (a) ... (m) ..."
#
# Each function is defined, with the limits its sub-paragraph sets, in
# definitions.vcl (protecting_interests, ..., other_entrusted_function, and
# consular_function for any of them). Two families of rules use them:
#
# * vccr.5.X: the receiving State may not prevent or hinder the exercise of
#   a consular function within its limits (an `obstruction_of_functions`
#   event by its authorities that states the `consular_function`). The ICJ
#   found Iran in breach of, among others, VCCR arts. 5 and 36 in Tehran.
#   The general duty to accord full facilities is art. 28; the specific
#   rights of art. 36 (detained nationals), 37 and 38 have their own rules.
# * vccr.5.X.exercise: where the sub-paragraph limits the function by
#   international law, lawful means or the receiving State's laws, the
#   sending State's post may not go beyond that limit (a `conduct` of a
#   member of the post that states the `consular_function`). Beyond it the
#   act is no consular function: no immunity under art. 43(1) for it, and the remedy
#   of the receiving State is art. 23 (persona non grata), never a breach of
#   art. 41.
#
# What these rules do not decide: a function exercised outside the consular
# district needs the receiving State's consent (art. 6, vccr.6); a head of
# post enters upon his duties only once admitted (arts. 12(3), 13, 15).

# ================================================================ obstruction by the receiving State

rule vccr.5.a "Consular protection of the interests of the sending State and its nationals may not be prevented"
  cites VCCR 5(a)
  text "protecting in the receiving State the interests of the sending State and of its nationals, both individuals and bodies corporate, within the limits permitted by international law;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = protection_of_interests
  violated when protecting_interests(o)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Protection beyond the limits permitted by international law (e.g. interference in the internal affairs of the receiving State, art. 55(1)) is not a consular function: hindering it is no breach."
  note "In Tehran the Court found Iran in breach of obligations under, among other provisions, VCCR arts. 5 and 36 (paragraph pinpoints not verified here)."
end

rule vccr.5.b "Furthering commercial, economic, cultural and scientific relations may not be prevented"
  cites VCCR 5(b)
  text "furthering the development of commercial, economic, cultural and scientific relations between the sending State and the receiving State and otherwise promoting friendly relations between them in accordance with the provisions of the present Convention;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = furthering_relations
  violated when furthering_relations(o)
  note "Only activities 'in accordance with the provisions of the present Convention' (in particular art. 55: respect for the laws, no interference in internal affairs) are protected."
end

rule vccr.5.c "Ascertaining conditions and developments by lawful means may not be prevented"
  cites VCCR 5(c)
  text "ascertaining by all lawful means conditions and developments in the commercial, economic, cultural and scientific life of the receiving State, reporting thereon to the Government of the sending State and giving information to persons interested;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = ascertaining_conditions
  violated when ascertaining_by_lawful_means(o)
  note "Meeting officials, journalists or business people and reporting home is a consular function; obtaining information by unlawful means is not, and the receiving State may stop it (but may not arrest a career consular officer in breach of art. 41)."
end

rule vccr.5.d "Issuing passports, travel documents and visas may not be prevented"
  cites VCCR 5(d)
  text "issuing passports and travel documents to nationals of the sending State, and visas or appropriate documents to persons wishing to travel to the sending State;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = passports_and_visas
  violated when issuing_passports_and_visas(o)
  note "Passports and travel documents for nationals of the sending State; visas for anyone wishing to travel to it. The Convention makes no exception for a national of the sending State who is also a national of the receiving State."
end

rule vccr.5.e "Helping and assisting nationals may not be prevented"
  cites VCCR 5(e)
  text "helping and assisting nationals, both individuals and bodies corporate, of the sending State;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = assistance_to_nationals
  violated when helping_nationals(o)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "For a national under arrest, in prison or in custody, the specific rights of art. 36 (communication, notification, visits) apply and have their own rules (LaGrand, Avena); record the refusal of access as an access_denied event."
end

rule vccr.5.f "Notarial, civil registration and administrative functions may not be prevented where local law allows them"
  cites VCCR 5(f)
  text "acting as notary and civil registrar and in capacities of a similar kind, and performing certain functions of an administrative nature, provided that there is nothing contrary thereto in the laws and regulations of the receiving State;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = notarial_and_civil_registration
  violated when notarial_and_registration_functions(o)
  note "Proviso: the receiving State may stop such acts where its laws and regulations are contrary to them (e.g. marriages before a consul that local law does not recognise)."
end

rule vccr.5.g "Safeguarding nationals' interests in successions may not be prevented"
  cites VCCR 5(g)
  text "safeguarding the interests of nationals, both individuals and bodies corporate, of the sending State in cases of succession mortis causa in the territory of the receiving State, in accordance with the laws and regulations of the receiving State;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = succession
  violated when safeguarding_succession_interests(o)
end

rule vccr.5.h "Safeguarding the interests of minors and incapable nationals may not be prevented"
  cites VCCR 5(h)
  text "safeguarding, within the limits imposed by the laws and regulations of the receiving State, the interests of minors and other persons lacking full capacity who are nationals of the sending State, particularly where any guardianship or trusteeship is required with respect to such persons;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = minors_and_incapable_persons
  violated when safeguarding_minors(o)
  note "Typical incidents: child-protection proceedings concerning children of foreign nationals. The post acts within the limits of the receiving State's laws; the receiving State must also inform it of guardianship cases (art. 37(b))."
end

rule vccr.5.i "Representing nationals before tribunals for provisional measures may not be prevented"
  cites VCCR 5(i)
  text "subject to the practices and procedures obtaining in the receiving State, representing or arranging appropriate representation for nationals of the sending State before the tribunals and other authorities of the receiving State"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = representation_before_tribunals
  violated when representing_nationals(o)
  note "Limited to provisional measures for a national who, because of absence or another reason, cannot defend his rights in time, and subject to the receiving State's practices and procedures."
end

rule vccr.5.j "Transmitting judicial documents and executing letters rogatory may not be prevented when done in the agreed or a lawful manner"
  cites VCCR 5(j)
  text "transmitting judicial and extra-judicial documents or executing letters rogatory or commissions to take evidence for the courts of the sending State in accordance with international agreements in force or, in the absence of such international agreements, in any other manner compatible with the laws and regulations of the receiving State;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = judicial_documents
  violated when transmitting_judicial_documents(o)
end

rule vccr.5.k "Supervision and inspection of the sending State's vessels and aircraft may not be prevented"
  cites VCCR 5(k)
  text "exercising rights of supervision and inspection provided for in the laws and regulations of the sending State in respect of vessels having the nationality of the sending State, and of aircraft registered in that State, and in respect of their crews;"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = supervision_of_vessels_and_aircraft
  violated when supervising_vessels_and_aircraft(o)
  note "Only rights the sending State's own laws provide for, over vessels of its nationality and aircraft of its registry and their crews."
end

rule vccr.5.l "Assistance to the sending State's vessels and aircraft and their crews may not be prevented"
  cites VCCR 5(l)
  text "extending assistance to vessels and aircraft mentioned in subparagraph (k) of this Article and to their crews, taking statements regarding the voyage of a vessel, examining and stamping the ship's papers"
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = assistance_to_vessels_and_aircraft
  violated when assisting_vessels_and_aircraft(o)
  note "Settling disputes between master, officers and seamen is a function only in so far as the sending State's laws authorise it. Arts. 37(c) and 38 govern wrecks and measures on board."
end

exception vccr.5.l.own-powers "The receiving State's authorities exercised their own powers"
  cites VCCR 5(l)
  text "without prejudice to the powers of the authorities of the receiving State"
  to vccr.5.l
  gives compliant
  when o.receiving_state_own_powers = true
  note "The post's investigation of incidents on the voyage does not displace the receiving State's own jurisdiction: a measure the authorities take in the exercise of their own powers over the vessel, aircraft or crew is no breach."
end

rule vccr.5.m "Other functions entrusted by the sending State may not be prevented where the Convention admits them"
  cites VCCR 5(m)
  text "performing any other functions entrusted to a consular post by the sending State which are not prohibited by the laws and regulations of the receiving State or to which no objection is taken by the receiving State or which are referred to in the international agreements in force between the sending State and the receiving State."
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when o.consular_function is known and o.by = receiving_state and o.consular_function = other_entrusted_function
  violated when other_entrusted_function(o)
  note "The obstruction is itself the receiving State's objection: it is a breach only if the function is not prohibited by the receiving State's laws or is referred to in an agreement in force between the two States."
end

# ================================================================ limits on the exercise by the post

rule vccr.5.a.exercise "Consular protection only within the limits permitted by international law"
  cites VCCR 5(a)
  text "within the limits permitted by international law"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = protection_of_interests
  violated when x.within_limits_of_international_law = false
  note "E.g. removing a national from the receiving State's jurisdiction, or pressing the authorities in a way that amounts to interference in its internal affairs (art. 55(1)). The remedy is persona non grata (art. 23); immunities are not lifted."
end

rule vccr.5.c.exercise "Conditions and developments ascertained only by lawful means"
  cites VCCR 5(c)
  text "ascertaining by all lawful means conditions and developments"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = ascertaining_conditions
  violated when x.by_lawful_means = false
  note "Espionage, or buying restricted information, is outside the consular functions: no immunity under art. 43(1) for it, and it normally breaches art. 55(1) as well. The receiving State's remedy is art. 23 (persona non grata); a career consular officer still may not be arrested save under art. 41(1)."
  note "State `by_lawful_means` for this rule; whether the act also broke the receiving State's laws is `unlawful` on the same conduct (art. 55(1)); whether it was an official act is `official_function` (art. 43)."
end

rule vccr.5.f.exercise "Notarial, registration and administrative acts only where the receiving State's laws do not forbid them"
  cites VCCR 5(f)
  text "provided that there is nothing contrary thereto in the laws and regulations of the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = notarial_and_civil_registration
  violated when x.contrary_to_local_law = true
  note "E.g. a consular marriage, a registration or an administrative service (licences, records) that the receiving State's law reserves to its own authorities."
end

rule vccr.5.g.exercise "Safeguarding interests in successions only in accordance with the receiving State's laws"
  cites VCCR 5(g)
  text "in accordance with the laws and regulations of the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = succession
  violated when x.contrary_to_local_law = true
end

rule vccr.5.h.exercise "Safeguarding minors and incapable persons only within the limits of the receiving State's laws"
  cites VCCR 5(h)
  text "within the limits imposed by the laws and regulations of the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = minors_and_incapable_persons
  violated when x.contrary_to_local_law = true
  note "E.g. a post removing a child from the receiving State against a decision of its courts or child-protection authorities."
end

rule vccr.5.i.exercise "Representation of nationals only as the receiving State's practices, procedures and laws allow"
  cites VCCR 5(i)
  text "subject to the practices and procedures obtaining in the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = representation_before_tribunals
  violated when x.contrary_to_local_law = true
  note "State `contrary_to_local_law: true` when the representation departed from the receiving State's practices and procedures or laws."
end

rule vccr.5.j.exercise "Judicial documents and letters rogatory only under an agreement or in a manner compatible with local law"
  cites VCCR 5(j)
  text "in accordance with international agreements in force or, in the absence of such international agreements, in any other manner compatible with the laws and regulations of the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = judicial_documents
  violated when x.international_agreement = false and x.contrary_to_local_law = true
  note "E.g. a consul serving process or taking evidence for a court of the sending State where no agreement allows it and the receiving State's law reserves such acts to its own authorities."
end

rule vccr.5.m.exercise "Other functions only if not prohibited, not objected to, or provided by an agreement"
  cites VCCR 5(m)
  text "which are not prohibited by the laws and regulations of the receiving State or to which no objection is taken by the receiving State or which are referred to in the international agreements in force between the sending State and the receiving State"
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and x.consular_function = other_entrusted_function
  violated when x.contrary_to_local_law = true and x.international_agreement = false
                and some protest as p where (p.concerning = x and p.by = receiving_state)
  note "All three alternatives must fail: the function is prohibited by the receiving State's laws, the receiving State objected (a protest concerning the activity), and no agreement in force refers to it."
end
