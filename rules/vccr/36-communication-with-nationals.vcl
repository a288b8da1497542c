# VCCR Article 36: Communication and contact with nationals of the sending State
#
# 1. With a view to facilitating the exercise of consular functions relating
#    to nationals of the sending State:
#   (a) consular officers shall be free to communicate with nationals of the
#       sending State and to have access to them. Nationals of the sending
#       State shall have the same freedom with respect to communication with
#       and access to consular officers of the sending State;
#   (b) if he so requests, the competent authorities of the receiving State
#       shall, without delay, inform the consular post of the sending State
#       if, within its consular district, a national of that State is
#       arrested or committed to prison or to custody pending trial or is
#       detained in any other manner. Any communication addressed to the
#       consular post by the person arrested, in prison, custody or detention
#       shall also be forwarded by the said authorities without delay. The
#       said authorities shall inform the person concerned without delay of
#       his rights under this sub-paragraph;
#   (c) consular officers shall have the right to visit a national of the
#       sending State who is in prison, custody or detention, to converse and
#       correspond with him and to arrange for his legal representation. They
#       shall also have the right to visit any national of the sending State
#       who is in prison, custody or detention in their district in pursuance
#       of a judgment. Nevertheless, consular officers shall refrain from
#       taking action on behalf of a national who is in prison, custody or
#       detention if he expressly opposes such action.
# 2. The rights referred to in paragraph 1 of this Article shall be exercised
#    in conformity with the laws and regulations of the receiving State,
#    subject to the proviso, however, that the said laws and regulations must
#    enable full effect to be given to the purposes for which the rights
#    accorded under this Article are intended.
#
# There is NO exception for espionage, terrorism or national security: the
# ICJ so held in Jadhav (2019), and no rule here reads the offence alleged.
# Art. 58(1) applies art. 36 to posts headed by honorary consular officers.
#
# Facts: the arrest, detention or imprisonment (by the receiving State); the
# `information_of_rights`, `request_for_notification`, `notification` (to
# the consular post, the head of post or the mission's consular section),
# `communication_to_post` and `communication_forwarded` events, each with
# the person as `subject` and `concerning` the arrest or detention; an
# `information_obtained` event when the authorities learned only later that
# the person was foreign; `access_request`, `access_denied`, `procedural_bar`.
# Give an information or notification that did not happen as an event with
# occurred: false (what is not stated is unknown).

# ---------------------------------------------------------------- who and when

define national_protected_by_article_36(p) "National of the sending State (not a member of a consular post or of a mission)"
  cites VCCR 36(1)(a)
  text "nationals of the sending State"
  means p.nationality = sending_state
        and p.status not in {consular_officer, consular_employee, consular_service_staff, diplomatic_agent,
                             administrative_technical_staff, mission_service_staff, consular_courier,
                             diplomatic_courier}
  note "Members of a consular post or a mission are outside: the arrest of a member of the consular staff is notified under art. 42, a diplomat's under VCDR 29 (lex specialis). Their families and private staff are covered."
  note "A dual national who also has the receiving State's nationality: the Convention is silent, and receiving States commonly do not apply art. 36 to their own nationals; state the nationality the authorities acted on."
end

define detained_national(e) "A national of the sending State arrested, committed to prison or to custody pending trial, or detained in any other manner, by the receiving State's authorities"
  cites VCCR 36(1)(b)
  text "a national of that State is arrested or committed to prison or to custody pending trial or is detained in any other manner"
  means agent_of_receiving_state(e) and national_protected_by_article_36(e.subject)
end

define about_custody(x, e) "The event concerns the person's arrest or detention e (or the custody e continues or is continued by)"
  means x.subject = e.subject
        and (x.concerning is unknown or x.concerning = e
             or (e.concerning is known and x.concerning = e.concerning)
             or (x.concerning is known and x.concerning.concerning = e))
  note "An arrest followed by a detention (concerning the arrest) is one custody: an information or notification concerning either answers both."
end

define nationality_apparent(e) "The authorities knew, or had grounds to think, that the person held was a foreign national"
  cites VCCR 36(1)(b)
  means some arrest or detention or imprisonment as d where ((d = e or about_custody(d, e)) and d.foreign_national_known = true)
        or some information_obtained as k where (about_custody(k, e))
        or some request_for_notification as r where (about_custody(r, e))
        or some notification as n where (about_custody(n, e) and n.recipient in {consular_post, head_of_post, diplomatic_mission})
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  note "The duty to inform arises once the authorities realise that the person is a foreign national, or once there are grounds to think that he probably is (Avena). Notifying his State's post, or receiving his request for it, shows they knew."
end

define informed_of_rights_without_delay(e) "The person was informed of his rights under art. 36(1)(b) without delay"
  cites VCCR 36(1)(b)
  text "The said authorities shall inform the person concerned without delay of his rights under this sub-paragraph"
  means some information_of_rights as i where (
          about_custody(i, e)
          and (time from e to i meets without_delay
               or (i.without_delay is unknown and e.foreign_national_known = false
                   and some information_obtained as k where (about_custody(k, e) and time from k to i meets without_delay))))
  note "'Without delay' runs from the arrest or detention, or, where the authorities did not then know or have grounds to think the person foreign, from when they did (an information_obtained event). It does not mean 'immediately upon arrest', but a delay of days is a breach (Avena)."
end

define post_notified_without_delay(e) "The consular post was informed of the arrest or detention without delay"
  cites VCCR 36(1)(b)
  text "the competent authorities of the receiving State shall, without delay, inform the consular post of the sending State"
  means some notification as n where (
          about_custody(n, e) and n.recipient in {consular_post, head_of_post, diplomatic_mission}
          and (time from e to n meets without_delay
               or (n.without_delay is unknown
                   and (some request_for_notification as r where (about_custody(r, e) and time from r to n meets without_delay)
                        or (e.foreign_national_known = false
                            and some information_obtained as k where (
                                  about_custody(k, e) and time from k to n meets without_delay))))))
  note "The consular section of the sending State's diplomatic mission counts where it exercises the consular functions (art. 70). Time runs from the arrest, from the person's request, or from when the authorities learned he was foreign, whichever is latest. A decision stated on the notification (without_delay: true|false) settles it whatever the starting point."
end

define notification_of_post_due(e) "The post had to be notified: the person asked, or was not told in time that he could"
  cites VCCR 36(1)(b)
  text "if he so requests"
  means some request_for_notification as r where (about_custody(r, e))
        or (not informed_of_rights_without_delay(e) and nationality_apparent(e))
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  note "The notification is due 'if he so requests'. A person never told of his right cannot be expected to ask, so the absence of a request does not excuse a receiving State that did not inform him: in Jadhav the ICJ held Pakistan in breach of the duty to inform India's post without delay where Mr Jadhav had not been informed of his rights and no request was relied on."
end

define notification_duty_breached(e) "The consular post was not notified without delay although it had to be"
  cites VCCR 36(1)(b)
  means not post_notified_without_delay(e) and notification_of_post_due(e)
end

define in_custody(p, x) "The national was in prison, custody or detention by the receiving State's authorities at the time of the event"
  cites VCCR 36(1)(c)
  text "a national of the sending State who is in prison, custody or detention"
  means some arrest or detention or imprisonment as d where (
          d.subject = p and agent_of_receiving_state(d) and (x.date is unknown or d.date <= x.date))
  note "A refusal whose date is not stated is taken to concern the custody it follows."
end

# ---------------------------------------------------------------- Article 36(1)(a)

rule vccr.36.1.a "Consular officers free to communicate with and have access to nationals of the sending State"
  cites VCCR 36(1)(a)
  text "consular officers shall be free to communicate with nationals of the sending State and to have access to them. Nationals of the sending State shall have the same freedom with respect to communication with and access to consular officers of the sending State;"
  duty on receiving_state
  owed to sending_state, "the national of the sending State"
  for each access_denied as x
  applies when agent_of_receiving_state(x) and national_protected_by_article_36(x.subject)
  violated when true
  authority "ICJ, LaGrand (Germany v. United States of America), Judgment, I.C.J. Reports 2001, p. 466"
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  note "No exception for espionage or security: in Jadhav the ICJ held that Pakistan, by refusing consular access to a national accused of espionage, breached art. 36(1)(a) and (c). A bilateral agreement does not displace art. 36 unless it confirms, supplements, extends or amplifies it (art. 73)."
  note "The freedom is the national's as well (second sentence): a refusal by the authorities is a breach whichever side sought the contact."
end

exception vccr.36.1.a.national-opposed "The detained national expressly opposed the consular contact"
  cites VCCR 36(1)(a), VCCR 36(1)(c)
  text "Nationals of the sending State shall have the same freedom with respect to communication with and access to consular officers of the sending State"
  text "Nevertheless, consular officers shall refrain from taking action on behalf of a national who is in prison, custody or detention if he expressly opposes such action."
  to vccr.36.1.a
  gives compliant
  when x.national_opposed = true
  note "The national's freedom includes declining the contact, and the consular officers must refrain from action on behalf of a detained national who expressly opposes it (36(1)(c)): the authorities' refusal that rests on his express opposition is not a breach. Only express opposition counts, not silence or an opposition the authorities assume."
end

rule vccr.36.1.a.no-notification "Communication and access frustrated by the failure to notify the consular post without delay"
  cites VCCR 36(1)(a), VCCR 36(1)(b)
  text "consular officers shall be free to communicate with nationals of the sending State and to have access to them."
  duty on receiving_state
  owed to sending_state, "the national of the sending State"
  for each arrest or detention or imprisonment as e
  applies when detained_national(e)
  violated when notification_duty_breached(e)
  authority "ICJ, LaGrand (Germany v. United States of America), Judgment, I.C.J. Reports 2001, p. 466"
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  note "When the sending State does not know of the detention because the receiving State failed to notify its post without delay, it is prevented for all practical purposes from communicating with and having access to its national: the ICJ held that the failure under art. 36(1)(b) thereby also breached art. 36(1)(a) (LaGrand; Avena, in the cases where the post was not notified without delay)."
end

# ---------------------------------------------------------------- Article 36(1)(b)

rule vccr.36.1.b "Information of the detained national of his rights, without delay"
  cites VCCR 36(1)(b)
  text "The said authorities shall inform the person concerned without delay of his rights under this sub-paragraph"
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each arrest or detention or imprisonment as e
  applies when detained_national(e)
  violated when not informed_of_rights_without_delay(e) and nationality_apparent(e)
  authority "ICJ, LaGrand (Germany v. United States of America), Judgment, I.C.J. Reports 2001, p. 466"
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  note "Art. 36(1) creates individual rights of the detained national as well as rights of the sending State (LaGrand). No exception for espionage or security (Jadhav)."
  note "The duty arises once the authorities know, or have grounds to think, that the person is a foreign national (Avena); 'without delay' does not mean immediately upon arrest, but days are too long. Decide the standard with a threshold (--standard without_delay=...) or on the information event (without_delay: true|false)."
end

rule vccr.36.1.b.notify "Notification of the consular post without delay, at the national's request"
  cites VCCR 36(1)(b)
  text "if he so requests, the competent authorities of the receiving State shall, without delay, inform the consular post of the sending State if, within its consular district, a national of that State is arrested or committed to prison or to custody pending trial or is detained in any other manner."
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each arrest or detention or imprisonment as e
  applies when detained_national(e)
  violated when notification_duty_breached(e)
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  note "Due when the national asks, and also where he was not told in time that he could ask (see notification_of_post_due; Jadhav). Where he was told and chose not to ask, no notification is due (state the request_for_notification with occurred: false)."
  note "No exception for espionage or security (Jadhav: notification some three weeks after the arrest was not 'without delay')."
end

rule vccr.36.1.b.forward "Communications of the detained national to the consular post forwarded without delay"
  cites VCCR 36(1)(b)
  text "Any communication addressed to the consular post by the person arrested, in prison, custody or detention shall also be forwarded by the said authorities without delay."
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each communication_to_post as c
  applies when national_protected_by_article_36(c.subject) and in_custody(c.subject, c)
  violated when not some communication_forwarded as f where (
         f.concerning = c and time from c to f meets without_delay)
  note "Facts: the communication the national addressed to the post (communication_to_post), and its forwarding (communication_forwarded, concerning it). A letter withheld or held back for days is the breach."
end

# ---------------------------------------------------------------- Article 36(1)(c)

rule vccr.36.1.c "Consular officers' right to visit a detained national, converse and correspond with him, and arrange his legal representation"
  cites VCCR 36(1)(c)
  text "consular officers shall have the right to visit a national of the sending State who is in prison, custody or detention, to converse and correspond with him and to arrange for his legal representation. They shall also have the right to visit any national of the sending State who is in prison, custody or detention in their district in pursuance of a judgment."
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each access_denied as x
  applies when agent_of_receiving_state(x) and national_protected_by_article_36(x.subject) and in_custody(x.subject, x)
  violated when true
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  note "No exception for espionage or security (Jadhav: visits and legal representation refused to a national accused of espionage). Visiting rules of the receiving State may regulate the exercise (art. 36(2)), not refuse it."
end

exception vccr.36.1.c.national-opposed "The detained national expressly opposed consular action"
  cites VCCR 36(1)(c)
  text "Nevertheless, consular officers shall refrain from taking action on behalf of a national who is in prison, custody or detention if he expressly opposes such action."
  to vccr.36.1.c
  gives compliant
  when x.national_opposed = true
  note "Only express opposition by the national himself; the authorities may not presume it."
end

rule vccr.36.1.c.no-notification "Visits frustrated by the failure to notify the consular post without delay"
  cites VCCR 36(1)(c), VCCR 36(1)(b)
  text "consular officers shall have the right to visit a national of the sending State who is in prison, custody or detention"
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each arrest or detention or imprisonment as e
  applies when detained_national(e)
  violated when notification_duty_breached(e)
  authority "ICJ, LaGrand (Germany v. United States of America), Judgment, I.C.J. Reports 2001, p. 466"
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  note "The ICJ held that the failure to notify the post without delay also breached the right to visit the detained national (LaGrand; Avena). The right to arrange his legal representation was held breached only where the failure kept the post from arranging it in time (Avena): that depends on the proceedings and is not decided here."
end

# ---------------------------------------------------------------- Article 36(2)

rule vccr.36.2 "Laws and regulations must enable full effect to be given to the rights of art. 36"
  cites VCCR 36(2)
  text "The rights referred to in paragraph 1 of this Article shall be exercised in conformity with the laws and regulations of the receiving State, subject to the proviso, however, that the said laws and regulations must enable full effect to be given to the purposes for which the rights accorded under this Article are intended."
  duty on receiving_state
  owed to sending_state, "the detained national"
  for each procedural_bar as b
  applies when agent_of_receiving_state(b) and national_protected_by_article_36(b.subject)
  violated when b.review_and_reconsideration = false
  authority "ICJ, LaGrand (Germany v. United States of America), Judgment, I.C.J. Reports 2001, p. 466"
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  note "A procedural default rule is not in itself contrary to art. 36; the breach is its application so as to prevent any review of the conviction and sentence in the light of a breach of art. 36(1) (LaGrand). The remedy is effective review and reconsideration by the courts (Avena; Jadhav); clemency procedures alone are not enough (Avena)."
  note "The first part of the paragraph allows the receiving State to regulate the exercise of the rights (e.g. prison visiting rules); a regulation that leaves a right without effect is judged as a denial under 36(1)(a) or (c)."
end
