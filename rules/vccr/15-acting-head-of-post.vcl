# VCCR Article 15: Temporary exercise of the functions of the head of a
# consular post
#
# The sending State's designation of an acting head is a
# `designation_of_acting_head` event (subject: the person); a refusal by the
# receiving State to admit him is an `admission_of_head` event with form
# acting_head and granted false; an objection is a `protest` of the
# receiving State concerning the designation.

# ---------------------------------------------------------------- Article 15(1)
# "If the head of a consular post is unable to carry out his functions or the
#  position of head of consular post is vacant, an acting head of post may act
#  provisionally as head of the consular post."

rule vccr.15.1 "An acting head only when the head is unable to act or the position is vacant"
  cites VCCR 15(1)
  text "If the head of a consular post is unable to carry out his functions or the position of head of consular post is vacant, an acting head of post may act provisionally as head of the consular post."
  duty on sending_state
  owed to receiving_state
  for each designation_of_acting_head as d
  violated when d.head_unable = false and d.post_vacant = false
  note "An acting head acts provisionally, in the two cases the paragraph states. Designating one while the admitted head is present and able (e.g. to have a person the receiving State refused an exequatur run the post) is outside art. 15."
end

# ---------------------------------------------------------------- Article 15(2)
# "The full name of the acting head of post shall be notified either by the
#  diplomatic mission of the sending State or, if that State has no such
#  mission in the receiving State, by the head of the consular post, or, if he
#  is unable to do so, by any competent authority of the sending State, to the
#  Ministry for Foreign Affairs of the receiving State or to the authority
#  designated by that Ministry. As a general rule, this notification shall be
#  given in advance. The receiving State may make the admission as acting head
#  of post of a person who is neither a diplomatic agent nor a consular officer
#  of the sending State in the receiving State conditional on its consent."

rule vccr.15.2 "The acting head's full name notified to the Ministry for Foreign Affairs"
  cites VCCR 15(2)
  text "The full name of the acting head of post shall be notified either by the diplomatic mission of the sending State or, if that State has no such mission in the receiving State, by the head of the consular post, or, if he is unable to do so, by any competent authority of the sending State, to the Ministry for Foreign Affairs of the receiving State or to the authority designated by that Ministry."
  duty on sending_state
  owed to receiving_state
  for each designation_of_acting_head as d
  violated when not some notification as n where (
         n.concerning = d and n.by = sending_state and n.recipient = foreign_ministry)
  note "Record a notification to the authority the Ministry designated with recipient foreign_ministry too. 'As a general rule, this notification shall be given in advance': a later notification is not by itself a breach, so the timing is not encoded."
end

rule vccr.15.2.consent "Admission as acting head may be made conditional on consent only for a person neither a diplomatic agent nor a consular officer"
  cites VCCR 15(2)
  text "The receiving State may make the admission as acting head of post of a person who is neither a diplomatic agent nor a consular officer of the sending State in the receiving State conditional on its consent."
  duty on receiving_state
  owed to sending_state
  for each admission_of_head as a
  applies when a.form = acting_head and a.granted = false
  violated when consular_officer(a.subject) or a.subject.status = diplomatic_agent
  note "A consular officer or diplomatic agent of the sending State in the receiving State takes charge as acting head on notification; only for anyone else may the receiving State require its consent, and so refuse. (It may still declare a person persona non grata or not acceptable, art. 23.)"
end

# ---------------------------------------------------------------- Article 15(3)
# "The competent authorities of the receiving State shall afford assistance and
#  protection to the acting head of post. While he is in charge of the post,
#  the provisions of the present Convention shall apply to him on the same
#  basis as to the head of the consular post concerned. The receiving State
#  shall not, however, be obliged to grant to an acting head of post any
#  facility, privilege or immunity which the head of the consular post enjoys
#  only subject to conditions not fulfilled by the acting head of post."

rule vccr.15.3 "Assistance and protection to the acting head of post"
  cites VCCR 15(3)
  text "The competent authorities of the receiving State shall afford assistance and protection to the acting head of post."
  duty on receiving_state
  owed to sending_state, "the acting head of post"
  for each designation_of_acting_head as d
  violated when some obstruction_of_functions as o where (
           o.officer = d.subject and o.by = receiving_state and o.ground = status_not_recognised and o.date >= d.date)
        or some attack as t where (
           t.subject = d.subject and t.protective_steps_taken = false and t.date >= d.date)
  note "Refusing to deal with the acting head as the person in charge of the post, or leaving him without protection against an attack, fails this duty."
  note "Not encoded: the second and third sentences (the Convention applies to him as to the head, save facilities, privileges and immunities the head enjoys only on conditions the acting head does not fulfil, e.g. career status or not being a national or permanent resident of the receiving State, arts. 58, 71). The rules of those articles decide his privileges from his own status."
  note "Facts: list the obstructions and attacks after the designation; none listed leaves the finding undetermined (state one with occurred: false when there was none)."
end

# ---------------------------------------------------------------- Article 15(4)
# "When, in the circumstances referred to in paragraph 1 of this Article, a
#  member of the diplomatic staff of the diplomatic mission of the sending State
#  in the receiving State is designated by the sending State as an acting head
#  of post, he shall, if the receiving State does not object thereto, continue
#  to enjoy diplomatic privileges and immunities."

rule vccr.15.4 "A diplomat designated acting head keeps his diplomatic inviolability"
  cites VCCR 15(4)
  text "When, in the circumstances referred to in paragraph 1 of this Article, a member of the diplomatic staff of the diplomatic mission of the sending State in the receiving State is designated by the sending State as an acting head of post, he shall, if the receiving State does not object thereto, continue to enjoy diplomatic privileges and immunities."
  duty on receiving_state
  owed to sending_state, "the acting head of post"
  for each designation_of_acting_head as d
  applies when d.subject.status = diplomatic_agent
  violated when some arrest or detention as e where (
         e.subject = d.subject and e.by = receiving_state and e.date >= d.date)
  note "Diplomatic privileges and immunities include the absolute inviolability of VCDR art. 29 (no arrest or detention in any form); immunity from jurisdiction is decided by the VCDR 31 and 32 rules, which apply to him as a diplomatic agent."
  note "Facts: list the arrests and detentions after the designation; none listed leaves the finding undetermined (state one with occurred: false when there was none)."
end

exception vccr.15.4.objection "The receiving State objected to his keeping diplomatic privileges and immunities"
  cites VCCR 15(4)
  text "if the receiving State does not object thereto"
  to vccr.15.4
  gives not_applicable
  when some protest as p where (p.concerning = d and p.by = receiving_state)
  note "After such an objection, art. 15(3) governs his privileges and immunities as acting head, not the VCDR."
end
