# VCCR arts. 40-42: protection and personal inviolability of consular officers,
# notification of arrest, detention or prosecution.
#
# Chapter II, section II of the VCCR (posts headed by career consular
# officers). Honorary consular officers: art. 42 applies to them (art.
# 58(2)); arts. 40 and 41 do not (their protection is arts. 63 and 64).
# Officers who are nationals or permanent residents of the receiving State:
# art. 71(1) (inviolability only for official acts; art. 42 applies).
# Beginning and end of the inviolability: art. 53 (after the functions end:
# vccr.53.3). Waiver of the inviolability: art. 45 (exceptions vccr.45.1.*).
#
# Every rule tests the person's status first, so that the arrest of a
# private national (an art. 36 case) is outside these rules, not undetermined.

define lawful_restraint_context(x) "An arrest, detention or imprisonment that art. 41 permits"
  cites VCCR 41(1), VCCR 41(2)
  means ((x.type = "arrest" or x.type = "detention") and x meets grave_crime and x.judicial_decision = true)
        or (x.type = "imprisonment" and x.final_judgment = true)
  note "The event the treatment concerns (`concerning`): an arrest or detention for a grave crime by decision of the competent judicial authority (41(1)), or imprisonment in execution of a final judicial decision (41(2))."
end

# ---------------------------------------------------------------- Article 40
# "The receiving State shall treat consular officers with due respect and
#  shall take all appropriate steps to prevent any attack on their person,
#  freedom or dignity."

define act_of_state_organ(e) "Done by the receiving State's own organs"
  cites VCCR 40
  means e.by = receiving_state and (e.organ_kind is unknown or e.organ_kind != private_persons)
  note "An event `by` the receiving State is the act of its organs unless organ_kind says private_persons (private persons are the subject of vccr.40.protection)."
end

rule vccr.40 "Due respect: no attack by the receiving State's organs on the officer's person, freedom or dignity"
  cites VCCR 40
  text "The receiving State shall treat consular officers with due respect"
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each person as p
  applies when full_regime_officer(p)
  violated when
       some arrest or detention as e where (
         e.subject = p and act_of_state_organ(e) and consular_privileges_current(p, e)
         and not lawful_restraint_context(e) and not waived_inviolability(e))
    or some blindfolding or interrogation as e where (
         e.subject = p and act_of_state_organ(e) and consular_privileges_current(p, e)
         and (e in {blindfolding} or e.coercive = true))
    or some physical_restraint or use_of_force as e where (
         e.subject = p and act_of_state_organ(e) and consular_privileges_current(p, e)
         and (e.proportionate = false or not lawful_restraint_context(e.concerning)))
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Treatment by the receiving State's own organs: an arrest or detention that art. 41 does not permit attacks his freedom; blindfolding and a coercive or intimidating interrogation are never due respect; restraint or force is compatible with due respect only when no more than necessary (proportionate: true) to carry out an arrest, detention or imprisonment that art. 41 permits, stated as the event it concerns."
  note "One finding per officer, on everything the file records about him; undetermined while some treatment is alleged but not established, or while the kinds of treatment not listed in the file are unknown."
  note "Honorary consular officers: art. 64, not art. 40. Nationals or permanent residents of the receiving State: art. 71(1). Only while he holds his privileges (art. 53): not before he came to take up his post, nor after he left or had a reasonable period to leave."
end

rule vccr.40.protection "All appropriate steps to prevent any attack on the person, freedom or dignity"
  cites VCCR 40
  text "shall take all appropriate steps to prevent any attack on their person, freedom or dignity."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each attack or threat as a
  # An attack on premises or property (a place or thing, which has a `kind`) is not in view.
  applies when a.subject.kind is unknown and full_regime_officer(a.subject)
  violated when (a.by = receiving_state and a.organ_kind not in {private_persons})
             or a.protective_steps_taken = false
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "An attack or threat by the receiving State's own organs (organ_kind stated, not private persons) fails the duty itself; an attack or threat by anyone else is a breach when the receiving State did not take appropriate steps to prevent or stop it (Tehran: the inaction of the authorities while militants seized the consulates and their staff)."
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
  applies when full_regime_officer_at(e.subject, e) and e.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "The breach is the arrest or detention itself; it is lawful only under the exception below, whose two conditions are cumulative, or with an express written waiver of the sending State (art. 45)."
  note "Whatever the offence alleged, even an offence caught in the act: without a decision of the competent judicial authority the arrest breaches art. 41(1) even for a grave crime. The Convention has no flagrante delicto or security exception."
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
  applies when full_regime_officer_at(e.subject, e) and e.by = receiving_state
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "`imprisonment` covers prison and any other restriction on personal freedom (house arrest, a ban on leaving a place)."
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
  applies when full_regime_officer_at(e.subject, e) and e.by = receiving_state
  violated when e.respect_for_position = false
  note "The officer must appear before the competent authorities: the proceedings themselves are lawful (a consular officer has no immunity from criminal jurisdiction for private acts)."
end

rule vccr.41.3.hindrance "Criminal proceedings hampering consular functions as little as possible"
  cites VCCR 41(3)
  text "in a manner which will hamper the exercise of consular functions as little as possible"
  duty on receiving_state
  owed to sending_state
  for each criminal_proceedings as e
  applies when full_regime_officer_at(e.subject, e) and e.by = receiving_state
  violated when e.minimum_hindrance = false
end

exception vccr.41.3.hindrance.paragraph-1 "Officer detained in the case specified in paragraph 1"
  cites VCCR 41(3), VCCR 41(1)
  text "except in the case specified in paragraph 1 of this Article"
  to vccr.41.3.hindrance
  gives not_applicable
  when e.subject_in_custody = true
       and some arrest or detention as d where (d.subject = e.subject and lawful_restraint_context(d))
  note "The officer is in custody during the proceedings (subject_in_custody) after an arrest or detention that art. 41(1) permits."
end

rule vccr.41.3.delay "Proceedings against a detained officer instituted with the minimum of delay"
  cites VCCR 41(3)
  text "When, in the circumstances mentioned in paragraph 1 of this Article, it has become necessary to detain a consular officer, the proceedings against him shall be instituted with the minimum of delay."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each arrest or detention as d
  applies when full_regime_officer_at(d.subject, d) and d.by = receiving_state
           and d meets grave_crime and d.judicial_decision = true
  violated when not some criminal_proceedings as c where (
         c.subject = d.subject and time from d to c meets minimum_of_delay)
  note "Measured from the arrest or detention to the institution of the proceedings: decide it with `minimum_of_delay: true|false` on the proceedings, or set a threshold."
end

# ---------------------------------------------------------------- Article 42
# "In the event of the arrest or detention, pending trial, of a member of the
#  consular staff, or of criminal proceedings being instituted against him, the
#  receiving State shall promptly notify the head of the consular post. Should
#  the latter be himself the object of any such measure, the receiving State
#  shall notify the sending State through the diplomatic channel."

define staff_member_owed_article_42(p) "Member of the consular staff whose arrest or prosecution must be notified"
  cites VCCR 42, VCCR 58(2), VCCR 71(1)
  means p.status in {consular_officer, consular_employee, consular_service_staff}
        and member_of_consular_staff(p)
        and (p.status = consular_officer
             or (career_headed_post(p.post) and not national_or_resident_of_receiving_state(p)))
  note "Consular officers of either category (honorary officers: art. 58(2)) and whatever their nationality (art. 71(1)); consular employees and service staff of a post headed by a career officer who are not nationals or permanent residents of the receiving State (for those, art. 71(2))."
end

rule vccr.42 "Prompt notification of the head of post"
  cites VCCR 42, VCCR 58(2), VCCR 71(1)
  text "In the event of the arrest or detention, pending trial, of a member of the consular staff, or of criminal proceedings being instituted against him, the receiving State shall promptly notify the head of the consular post."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings as e
  applies when staff_member_owed_article_42(e.subject) and e.by = receiving_state
           and not consular_privileges_lapsed(e.subject, e)
  violated when not some notification as n where (
         n.concerning = e and n.recipient = head_of_post and time from e to n meets promptly)
  note "Applies to honorary consular officers too (art. 58(2)) and to consular officers who are nationals or permanent residents of the receiving State (art. 71(1)); for other members of the staff who are nationals or permanent residents, art. 71(2) governs. Not once the person, his functions ended, has left or had a reasonable period to leave (art. 53(3))."
  note "'Promptly' is undefined: decide it with `promptly: true|false` on the notification, or set a threshold."
end

rule vccr.42.head-of-post "Notification of the sending State when the head of post is the object"
  cites VCCR 42, VCCR 58(2), VCCR 71(1)
  text "Should the latter be himself the object of any such measure, the receiving State shall notify the sending State through the diplomatic channel."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings as e
  applies when e.subject.status = consular_officer and head_of_consular_post(e.subject) and e.by = receiving_state
           and not consular_privileges_lapsed(e.subject, e)
  violated when not some notification as n where (
         n.concerning = e and n.recipient in {sending_state, diplomatic_mission} and n.channel = diplomatic)
  note "Through the diplomatic channel: a note to the sending State's ministry or to its diplomatic mission. The second sentence does not repeat 'promptly'; the timing of this notification is not encoded."
end
