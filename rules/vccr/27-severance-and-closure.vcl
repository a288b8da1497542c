# VCCR Article 27: Protection of consular premises and archives and of the
# interests of the sending State in exceptional circumstances.
#
# 1. In the event of the severance of consular relations between two States:
#   (a) the receiving State shall, even in case of armed conflict, respect and
#       protect the consular premises, together with the property of the
#       consular post and the consular archives;
#   (b) the sending State may entrust the custody of the consular premises,
#       together with the property contained therein and the consular
#       archives, to a third State acceptable to the receiving State;
#   (c) the sending State may entrust the protection of its interests and
#       those of its nationals to a third State acceptable to the receiving
#       State.
# 2. In the event of the temporary or permanent closure of a consular post,
#    the provisions of sub-paragraph (a) of paragraph 1 of this Article shall
#    apply. In addition,
#   (a) if the sending State, although not represented in the receiving State
#       by a diplomatic mission, has another consular post in the territory of
#       that State, that consular post may be entrusted with the custody of
#       the premises of the consular post which has been closed, together with
#       the property contained therein and the consular archives, and, with
#       the consent of the receiving State, with the exercise of consular
#       functions in the district of that consular post; or
#   (b) if the sending State has no diplomatic mission and no other consular
#       post in the receiving State, the provisions of sub-paragraphs (b) and
#       (c) of paragraph 1 of this Article shall apply.
#
# Facts: a `severance_of_consular_relations` event (the severance of
# diplomatic relations does not by itself sever consular relations, art.
# 2(3)), or a `closure_of_post` event (subject: the post);
# then the entries, searches, seizures and attacks concerning the premises,
# property and archives, and the `protection_entrusted` events. Chapter I:
# posts headed by career and by honorary officers alike.

define property_of_consular_post(x) "Consular premises, property of the consular post, consular archives"
  cites VCCR 27(1)(a)
  text "the consular premises, together with the property of the consular post and the consular archives"
  means x.kind is known
        and (consular_premises(x) or consular_archives(x)
             or (x.kind in {property, means_of_transport, documents} and x.post is known))
end

# ---------------------------------------------------------------- Article 27(1)(a) and 27(2)

rule vccr.27.1.a "After severance or closure: respect and protect the premises, property and archives of the post"
  cites VCCR 27(1)(a), VCCR 27(2)
  text "the receiving State shall, even in case of armed conflict, respect and protect the consular premises, together with the property of the consular post and the consular archives;"
  text "In the event of the temporary or permanent closure of a consular post, the provisions of sub-paragraph (a) of paragraph 1 of this Article shall apply."
  duty on receiving_state
  owed to sending_state
  for each severance_of_consular_relations or closure_of_post as b
  violated when some entry or search or seizure or attack as e where (
          property_of_consular_post(e.subject) and e.date >= b.date
          and (b.type = "severance_of_consular_relations" or e.subject.post = b.subject or e.subject = b.subject)
          and ((e in {entry, search, seizure} and agent_of_receiving_state(e) and not e.consent = true)
               or (e in {attack} and (e.protective_steps_taken = false or agent_of_receiving_state(e)))))
  note "Once relations are severed or the post closed, the premises are no longer used for consular purposes and art. 31 no longer applies, but they must still be respected (no entry, search or seizure by the receiving State's authorities without the consent of the sending State or of the custodian entrusted under (b) or 27(2)(a)) and protected against attacks by others, even in armed conflict."
  note "Reading 'respect' as excluding entry without consent follows the parallel VCDR 45(a) and practice after breaks of relations; it has been contested after forced closures of consulates (entries into closed premises protested by the sending State)."
  note "Facts: list the entries, searches, seizures and attacks after the severance or closure; one with none listed is undetermined (state one with occurred: false when there was none)."
end

# ---------------------------------------------------------------- Article 27(1)(b)

rule vccr.27.1.b "Custody of the premises entrusted only to a third State acceptable to the receiving State"
  cites VCCR 27(1)(b)
  text "the sending State may entrust the custody of the consular premises, together with the property contained therein and the consular archives, to a third State acceptable to the receiving State;"
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.entrusted = custody_of_premises and p.protecting_state is known
           and some severance_of_consular_relations as b where (b.date <= p.date)
  violated when p.acceptable_to_receiving_state = false
  note "A power of the sending State, within one limit: the custodian must be acceptable to the receiving State. 'violated' means the power was used outside that limit; the entrustment then binds the receiving State to nothing. After a closure (not a severance), see 27(2)."
end

# ---------------------------------------------------------------- Article 27(1)(c)

rule vccr.27.1.c "Protection of interests entrusted only to a third State acceptable to the receiving State"
  cites VCCR 27(1)(c)
  text "the sending State may entrust the protection of its interests and those of its nationals to a third State acceptable to the receiving State."
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.entrusted = protection_of_interests
           and some severance_of_consular_relations as b where (b.date <= p.date)
  violated when p.acceptable_to_receiving_state = false
  note "E.g. a protecting power's interests section. 'violated' means the power was used outside its limit."
end

# ---------------------------------------------------------------- Article 27(2)(a)

rule vccr.27.2.a "Closed post: consular functions in its district entrusted to another post only with the receiving State's consent"
  cites VCCR 27(2)(a)
  text "that consular post may be entrusted with the custody of the premises of the consular post which has been closed, together with the property contained therein and the consular archives, and, with the consent of the receiving State, with the exercise of consular functions in the district of that consular post"
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.custodian_post is known and p.consular_functions_entrusted = true
           and some closure_of_post as c where (c.diplomatic_mission_present = false and c.date <= p.date)
  violated when p.receiving_state_consent = false
  note "Where the sending State has no diplomatic mission but another consular post in the receiving State, that post may take custody of the closed post's premises, property and archives without further consent; exercising consular functions in the closed post's district needs the receiving State's consent."
end

# ---------------------------------------------------------------- Article 27(2)(b)

rule vccr.27.2.b "Closed post, no mission and no other post: custody and protection entrusted only to an acceptable third State"
  cites VCCR 27(2)(b), VCCR 27(1)(b), VCCR 27(1)(c)
  text "if the sending State has no diplomatic mission and no other consular post in the receiving State, the provisions of subparagraphs (b) and (c) of paragraph 1 of this Article shall apply."
  duty on sending_state
  owed to receiving_state
  for each protection_entrusted as p
  applies when p.protecting_state is known
           and some closure_of_post as c where (
                 c.diplomatic_mission_present = false and c.other_post_present = false and c.date <= p.date)
  violated when p.acceptable_to_receiving_state = false
end
