# VCCR arts. 31-33: inviolability of the consular premises, their exemption
# from taxation, inviolability of the consular archives and documents.
#
# Chapter II, section I: posts headed by career consular officers. For posts
# headed by honorary consular officers art. 58(1) replaces them by arts. 59
# (protection of the premises, no inviolability), 60 (taxation) and 61
# (archives kept apart): see rules/vccr/59-62-honorary-posts.vcl.

define post_headed_by_career_officer(x) "Consular post headed by a career consular officer"
  means x.headed_by = career or (x.headed_by is unknown and career_consular_officer(x.head))
  note "Decided by the post's headed_by, or, when that is not stated, by the category of its head (the counterpart of post_headed_by_honorary_officer, art. 58)."
end

# ---------------------------------------------------------------- Article 31(1)
# "Consular premises shall be inviolable to the extent provided in this
#  Article."

define inviolable_consular_premises(x) "Consular premises of a post headed by a career consular officer"
  cites VCCR 31(1)
  text "Consular premises shall be inviolable to the extent provided in this Article."
  means x.kind is known and consular_premises(x) and post_headed_by_career_officer(x.post)
  note "Only 'to the extent provided in this Article': the inviolability of consular premises is narrower than that of a mission (VCDR 22). The authorities may not enter the part used exclusively for the work of the post without consent (31(2)); the whole premises must be protected (31(3)) and are immune from requisition (31(4))."
end

# ---------------------------------------------------------------- Article 31(2)
# "The authorities of the receiving State shall not enter that part of the
#  consular premises which is used exclusively for the purpose of the work of
#  the consular post except with the consent of the head of the consular post
#  or of his designee or of the head of the diplomatic mission of the sending
#  State. The consent of the head of the consular post may, however, be
#  assumed in case of fire or other disaster requiring prompt protective
#  action."

rule vccr.31.2 "No entry into the part of the consular premises used exclusively for consular work without consent"
  cites VCCR 31(2)
  text "The authorities of the receiving State shall not enter that part of the consular premises which is used exclusively for the purpose of the work of the consular post except with the consent of the head of the consular post or of his designee or of the head of the diplomatic mission of the sending State."
  duty on receiving_state
  owed to sending_state
  for each entry or search as e
  applies when inviolable_consular_premises(e.subject) and e.subject.exclusively_consular_work = true
  violated when agent_of_receiving_state(e) and not e.consent = true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Consent may come from the head of post, a person he designates, or the head of the diplomatic mission of the sending State. Parts of the premises not used exclusively for the work of the post (e.g. a residence in the same building) are outside this paragraph, but within the duty of protection (31(3))."
  note "The offence pursued, a court warrant or a security concern does not allow entry: the only exception is the assumed consent in case of fire or other disaster requiring prompt protective action."
end

exception vccr.31.2.fire-or-disaster "Consent assumed in case of fire or other disaster requiring prompt protective action"
  cites VCCR 31(2)
  text "The consent of the head of the consular post may, however, be assumed in case of fire or other disaster requiring prompt protective action."
  to vccr.31.2
  gives compliant
  when e.emergency in {fire, disaster} and e.prompt_protective_action_required = true
  note "Both conditions are needed: a fire or other disaster, and one requiring prompt protective action. There is no such exception for embassies (VCDR 22). Whether the assumption survives an express refusal by the head of post is not settled by the text."
end

# ---------------------------------------------------------------- Article 31(3)
# "Subject to the provisions of paragraph 2 of this Article, the receiving
#  State is under a special duty to take all appropriate steps to protect the
#  consular premises against any intrusion or damage and to prevent any
#  disturbance of the peace of the consular post or impairment of its
#  dignity."

rule vccr.31.3 "Special duty to protect the consular premises against any intrusion or damage"
  cites VCCR 31(3)
  text "Subject to the provisions of paragraph 2 of this Article, the receiving State is under a special duty to take all appropriate steps to protect the consular premises against any intrusion or damage"
  duty on receiving_state
  owed to sending_state
  for each attack as a
  applies when inviolable_consular_premises(a.subject)
  violated when a.protective_steps_taken = false or agent_of_receiving_state(a)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "State an intrusion into, or damage to, the premises by demonstrators, a mob or armed groups as an attack on the premises. The breach is the failure to take all appropriate steps to prevent or stop it (Tehran: the consulates at Tabriz and Shiraz were seized as well as the embassy, and the Iranian authorities took no appropriate steps); an attack by the receiving State's own agents is a breach in itself."
  note "'Subject to the provisions of paragraph 2': the duty to protect does not authorise the authorities to enter the part used exclusively for consular work without consent."
end

rule vccr.31.3.peace "Prevention of any disturbance of the peace of the consular post or impairment of its dignity"
  cites VCCR 31(3)
  text "and to prevent any disturbance of the peace of the consular post or impairment of its dignity."
  duty on receiving_state
  owed to sending_state
  for each disturbance as d
  applies when inviolable_consular_premises(d.subject)
  violated when d.protective_steps_taken = false
  note "A peaceful demonstration near the post is not in itself a disturbance of its peace; the breach is failing to take the appropriate steps against a disturbance or impairment of dignity (blockade, siege, intimidation, defacing)."
end

# ---------------------------------------------------------------- Article 31(4)
# "The consular premises, their furnishings, the property of the consular
#  post and its means of transport shall be immune from any form of
#  requisition for purposes of national defence or public utility. If
#  expropriation is necessary for such purposes, all possible steps shall be
#  taken to avoid impeding the performance of consular functions, and prompt,
#  adequate and effective compensation shall be paid to the sending State."

define immune_from_requisition(x) "Consular premises, their furnishings, property and means of transport of a career post"
  cites VCCR 31(4)
  text "The consular premises, their furnishings, the property of the consular post and its means of transport"
  means x.kind is known and post_headed_by_career_officer(x.post)
        and (consular_premises(x) or x.kind in {property, means_of_transport})
  note "Furnishings and other property are stated as things of kind property belonging to the post (`post`)."
end

rule vccr.31.4 "Premises, furnishings, property and means of transport immune from any form of requisition"
  cites VCCR 31(4)
  text "The consular premises, their furnishings, the property of the consular post and its means of transport shall be immune from any form of requisition for purposes of national defence or public utility."
  duty on receiving_state
  owed to sending_state
  for each seizure as s
  applies when immune_from_requisition(s.subject) and s.form = requisition
  violated when agent_of_receiving_state(s)
  note "Any form of requisition (for defence or public utility) is barred; expropriation is allowed when necessary for such purposes, on the conditions of the second sentence (rules vccr.31.4.expropriation.*). Other measures against the property (attachment, confiscation) are not governed by this paragraph."
end

rule vccr.31.4.expropriation.steps "Expropriation: all possible steps to avoid impeding consular functions"
  cites VCCR 31(4)
  text "If expropriation is necessary for such purposes, all possible steps shall be taken to avoid impeding the performance of consular functions"
  duty on receiving_state
  owed to sending_state
  for each expropriation as x
  applies when x.by = receiving_state and immune_from_requisition(x.subject)
  violated when x.steps_to_avoid_impeding = false
  note "The text assumes the expropriation is necessary for national defence or public utility; whether it was is not encoded."
end

rule vccr.31.4.expropriation.compensation "Expropriation: prompt, adequate and effective compensation to the sending State"
  cites VCCR 31(4)
  text "and prompt, adequate and effective compensation shall be paid to the sending State."
  duty on receiving_state
  owed to sending_state
  for each expropriation as x
  applies when x.by = receiving_state and immune_from_requisition(x.subject)
  violated when x.compensation_paid = false
  note "All three qualities are needed; compensation_paid: true states that compensation that was prompt, adequate and effective was paid."
end

# ---------------------------------------------------------------- Article 32
# "1. Consular premises and the residence of the career head of consular post
#  of which the sending State or any person acting on its behalf is the owner
#  or lessee shall be exempt from all national, regional or municipal dues
#  and taxes whatsoever, other than such as represent payment for specific
#  services rendered.
#  2. The exemption from taxation referred to in paragraph 1 of this Article
#  shall not apply to such dues and taxes if, under the law of the receiving
#  State, they are payable by the person who contracted with the sending
#  State or with the person acting on its behalf."

define tax_exempt_consular_property(x) "Consular premises or residence of the career head of post owned or leased by or for the sending State"
  cites VCCR 32(1)
  text "Consular premises and the residence of the career head of consular post of which the sending State or any person acting on its behalf is the owner or lessee"
  means x.kind is known
        and (inviolable_consular_premises(x)
             or (residence_of_head_of_post(x) and career_consular_officer(x.occupant)))
        and (x.sending_state_owner_or_lessee = true or x.owner_or_lessee_on_behalf = true)
  note "The owner or lessee may be the sending State or any person acting on its behalf (unlike art. 60(1) for honorary posts)."
end

rule vccr.32.1 "Consular premises and the career head's residence exempt from national, regional or municipal dues and taxes"
  cites VCCR 32(1)
  text "shall be exempt from all national, regional or municipal dues and taxes whatsoever, other than such as represent payment for specific services rendered."
  duty on receiving_state
  owed to sending_state
  for each taxation as t
  applies when t.by = receiving_state and tax_exempt_consular_property(t.subject)
  violated when true
  note "Regional and municipal authorities are organs of the receiving State: a city's property tax on the consulate is the receiving State's breach."
end

exception vccr.32.1.specific-services "Payment for specific services rendered"
  cites VCCR 32(1)
  text "other than such as represent payment for specific services rendered."
  to vccr.32.1
  gives compliant
  when t.payment_for_specific_services = true
  note "A charge for a service actually rendered (refuse collection, water) may be levied; a general tax labelled a charge may not."
end

exception vccr.32.2 "Dues and taxes payable by the person who contracted with the sending State"
  cites VCCR 32(2)
  text "The exemption from taxation referred to in paragraph 1 of this Article shall not apply to such dues and taxes if, under the law of the receiving State, they are payable by the person who contracted with the sending State or with the person acting on its behalf."
  to vccr.32.1
  gives not_applicable
  when t.payable_by_contractor = true
  note "E.g. a property tax the receiving State's law puts on the landlord of leased premises, even if the lease passes it on in the rent."
end

# ---------------------------------------------------------------- Article 33
# "The consular archives and documents shall be inviolable at all times and
#  wherever they may be."

define inviolable_consular_archives(x) "Consular archives and documents of a post headed by a career consular officer"
  cites VCCR 33
  text "The consular archives and documents"
  means x.kind is known and x.kind in {consular_archives, documents, official_correspondence}
        and post_headed_by_career_officer(x.post)
  note "The archives include the papers, documents, correspondence, books, films, tapes and registers of the post (art. 1(1)(k)); documents and correspondence count when stated as belonging to a post (thing with `post`)."
end

rule vccr.33 "Consular archives and documents inviolable at all times and wherever they may be"
  cites VCCR 33
  text "The consular archives and documents shall be inviolable at all times and wherever they may be."
  duty on receiving_state
  owed to sending_state
  for each search or seizure as s
  applies when inviolable_consular_archives(s.subject)
  violated when agent_of_receiving_state(s)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "'At all times': also after the severance of consular relations or the closure of the post (art. 27) and in armed conflict. 'Wherever they may be': on or off the premises, carried by a member of the post or not. Reading or copying them (read_or_copied) is a breach whether or not they are kept."
  note "The text provides no exception (no consent, no emergency). Consent given by the sending State may preclude wrongfulness under general international law (ILC Articles on State Responsibility, art. 20); that is not encoded."
end
