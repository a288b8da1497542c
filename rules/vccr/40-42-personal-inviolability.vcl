# VCCR arts. 40-42: protection and personal inviolability of consular officers,
# notification of arrest, detention or prosecution.
#
# Chapter II, section II of the VCCR (career consular officers). Honorary
# consular officers: art. 42 applies to them (art. 58(2)); arts. 40 and 41 do
# not (their protection is arts. 63 and 64). Officers who are nationals or
# permanent residents of the receiving State: art. 71(1).

# ---------------------------------------------------------------- Article 40
# "The receiving State shall treat consular officers with due respect and
#  shall take all appropriate steps to prevent any attack on their person,
#  freedom or dignity."

rule vccr.40 "Due respect for consular officers and protection against any attack"
  cites VCCR 40
  text "The receiving State shall treat consular officers with due respect and shall take all appropriate steps to prevent any attack on their person, freedom or dignity."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each person as p
  applies when career_consular_officer(p)
  violated when
       some arrest or detention as e where (
         e.subject = p and e.by = receiving_state and e.judicial_decision = false)
    or some blindfolding or physical_restraint or use_of_force or threat as e where (
         e.subject = p and e.by = receiving_state)
    or some attack as a where (
         a.subject = p and a.protective_steps_taken = false)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Treatment by the receiving State's own organs (arrest without a judicial decision, blindfolding, restraint, force, threats) is a failure of due respect; an attack by anyone else is a breach when the receiving State took no appropriate steps to prevent or stop it."
  note "Honorary consular officers: art. 64, not art. 40."
end

# ---------------------------------------------------------------- Article 41(1)
# "Consular officers shall not be liable to arrest or detention pending trial,
#  except in the case of a grave crime and pursuant to a decision by the
#  competent judicial authority."

rule vccr.41.1 "No arrest or detention pending trial of a consular officer"
  cites VCCR 41(1)
  text "Consular officers shall not be liable to arrest or detention pending trial, except in the case of a grave crime and pursuant to a decision by the competent judicial authority."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each arrest or detention as e
  applies when inviolable_consular_officer(e.subject) and e.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "The breach is the arrest or detention itself; it is lawful only under the exception below, whose two conditions are cumulative."
  note "Whatever the offence alleged: without a decision of the competent judicial authority the arrest breaches art. 41(1) even for a grave crime."
end

exception vccr.41.1.grave-crime "Grave crime and decision of the competent judicial authority"
  cites VCCR 41(1)
  text "except in the case of a grave crime and pursuant to a decision by the competent judicial authority"
  to vccr.41.1
  gives compliant
  when e meets grave_crime and e.judicial_decision = true
  note "Both conditions are needed: a grave crime alone, or a judicial decision alone, does not make the arrest or detention lawful."
end

# ---------------------------------------------------------------- Article 41(2)
# "Except in the case specified in paragraph 1 of this Article, consular
#  officers shall not be committed to prison or liable to any other form of
#  restriction on their personal freedom save in execution of a judicial
#  decision of final effect."

rule vccr.41.2 "No imprisonment or other restriction of personal freedom save a final judicial decision"
  cites VCCR 41(2)
  text "consular officers shall not be committed to prison or liable to any other form of restriction on their personal freedom save in execution of a judicial decision of final effect."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each imprisonment as e
  applies when inviolable_consular_officer(e.subject) and e.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
end

exception vccr.41.2.final-judgment "In execution of a judicial decision of final effect"
  cites VCCR 41(2)
  text "save in execution of a judicial decision of final effect"
  to vccr.41.2
  gives compliant
  when e.final_judgment = true
end

exception vccr.41.2.paragraph-1 "The case specified in paragraph 1 (grave crime and judicial decision)"
  cites VCCR 41(2), VCCR 41(1)
  text "Except in the case specified in paragraph 1 of this Article"
  to vccr.41.2
  gives compliant
  when some arrest or detention as d where (
         d.subject = e.subject and d meets grave_crime and d.judicial_decision = true)
end

# ---------------------------------------------------------------- Article 41(3)
# "If criminal proceedings are instituted against a consular officer, he must
#  appear before the competent authorities. Nevertheless, the proceedings shall
#  be conducted with the respect due to him by reason of his official position
#  and, except in the case specified in paragraph 1 of this Article, in a manner
#  which will hamper the exercise of consular functions as little as possible.
#  When, in the circumstances mentioned in paragraph 1 of this Article, it has
#  become necessary to detain a consular officer, the proceedings against him
#  shall be instituted with the minimum of delay."

rule vccr.41.3 "Criminal proceedings conducted with the respect due to the official position"
  cites VCCR 41(3)
  text "the proceedings shall be conducted with the respect due to him by reason of his official position"
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each criminal_proceedings as e
  applies when inviolable_consular_officer(e.subject) and e.by = receiving_state
  violated when e.respect_for_position = false
  note "The officer must appear before the competent authorities: the proceedings themselves are lawful."
end

rule vccr.41.3.hindrance "Criminal proceedings hampering consular functions as little as possible"
  cites VCCR 41(3)
  text "in a manner which will hamper the exercise of consular functions as little as possible"
  duty on receiving_state
  owed to sending_state
  for each criminal_proceedings as e
  applies when inviolable_consular_officer(e.subject) and e.by = receiving_state
  violated when e.minimum_hindrance = false
end

exception vccr.41.3.hindrance.paragraph-1 "Officer detained in the case specified in paragraph 1"
  cites VCCR 41(3), VCCR 41(1)
  text "except in the case specified in paragraph 1 of this Article"
  to vccr.41.3.hindrance
  gives not_applicable
  when some arrest or detention as d where (
         d.subject = e.subject and d meets grave_crime and d.judicial_decision = true)
end

rule vccr.41.3.delay "Proceedings against a detained officer instituted with the minimum of delay"
  cites VCCR 41(3)
  text "When, in the circumstances mentioned in paragraph 1 of this Article, it has become necessary to detain a consular officer, the proceedings against him shall be instituted with the minimum of delay."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each arrest or detention as d
  applies when inviolable_consular_officer(d.subject) and d.by = receiving_state
           and d meets grave_crime and d.judicial_decision = true
  violated when not some criminal_proceedings as c where (
         c.subject = d.subject and time from d to c meets minimum_of_delay)
end

# ---------------------------------------------------------------- Article 42
# "In the event of the arrest or detention, pending trial, of a member of the
#  consular staff, or of criminal proceedings being instituted against him, the
#  receiving State shall promptly notify the head of the consular post. Should
#  the latter be himself the object of any such measure, the receiving State
#  shall notify the sending State through the diplomatic channel."

rule vccr.42 "Prompt notification of the head of post"
  cites VCCR 42, VCCR 58(2), VCCR 71(1)
  text "In the event of the arrest or detention, pending trial, of a member of the consular staff, or of criminal proceedings being instituted against him, the receiving State shall promptly notify the head of the consular post."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings as e
  applies when member_of_consular_staff(e.subject) and e.by = receiving_state
           and (consular_officer(e.subject) or not national_or_resident_of_receiving_state(e.subject))
  violated when not some notification as n where (
         n.concerning = e and n.recipient = head_of_post and time from e to n meets promptly)
  note "Applies to honorary consular officers too (art. 58(2)) and to consular officers who are nationals or permanent residents of the receiving State (art. 71(1)); for other members of the staff who are nationals or permanent residents, art. 71(2) governs."
end

rule vccr.42.head-of-post "Notification of the sending State when the head of post is the object"
  cites VCCR 42, VCCR 58(2), VCCR 71(1)
  text "Should the latter be himself the object of any such measure, the receiving State shall notify the sending State through the diplomatic channel."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings as e
  applies when head_of_consular_post(e.subject) and e.by = receiving_state
  violated when not some notification as n where (
         n.concerning = e and n.recipient in {sending_state} and n.channel = diplomatic)
  note "The second sentence does not repeat 'promptly'; the timing of this notification is not encoded."
end
