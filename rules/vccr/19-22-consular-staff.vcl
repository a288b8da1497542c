# VCCR arts. 19-22: appointment of the members of the consular staff, size of
# the staff, nationality of consular officers.
#
# Art. 19(3), 19(4), 21 and 22(1) are out of scope: see vccr_facilities.scope.yaml.
# Facts: `appointment` events (subject: the person), `notification` events
# to the receiving State (recipient foreign_ministry, subject the person,
# matter appointment), `size_limitation` and `refusal_of_category` events.

# ---------------------------------------------------------------- Article 19(1)
# "Subject to the provisions of Articles 20, 22 and 23, the sending State may
#  freely appoint the members of the consular staff."

rule vccr.19.1 "The sending State appoints the members of the consular staff freely: no refusal of a whole category"
  cites VCCR 19(1)
  text "Subject to the provisions of Articles 20, 22 and 23, the sending State may freely appoint the members of the consular staff."
  duty on receiving_state
  owed to sending_state
  for each refusal_of_category as r
  applies when agent_of_receiving_state(r) and r.post is known
  violated when true
  note "The freedom is limited only by arts. 20 (size of the staff), 22 (nationality of consular officers) and 23 (persons declared non grata or not acceptable). Unlike VCDR 11(2), the VCCR gives the receiving State no power to refuse officials of a whole category: refusing or restricting the appointment or engagement of a category of members of the post (e.g. a ban on engaging local employees) breaches art. 19(1) unless it applies art. 20 or art. 22."
  note "Refusing one particular person (a visa, accreditation or registration refused) is in substance a declaration that he is not acceptable, which art. 23(1) and (3) allow at any time and without reasons: state it as a persona_non_grata event; it is not judged here."
end

exception vccr.19.1.size "The refusal applies a limit on the size of the staff (art. 20)"
  cites VCCR 19(1), VCCR 20
  text "Subject to the provisions of Articles 20, 22 and 23"
  to vccr.19.1
  gives compliant
  when r.size_limit_applied = true
  note "Whether the limit itself was lawful is judged by rule vccr.20 on the size_limitation event."
end

exception vccr.19.1.nationality "The category refused is one art. 22 lets the receiving State refuse"
  cites VCCR 19(1), VCCR 22(2), VCCR 22(3)
  text "Subject to the provisions of Articles 20, 22 and 23"
  to vccr.19.1
  gives compliant
  when r.nationality_category = true
  note "Consular officers having the nationality of the receiving State (22(2)), or nationals of a third State who are not also nationals of the sending State where the receiving State reserved that right (22(3)). Art. 22 concerns consular officers only, not consular employees or the service staff."
end

# ---------------------------------------------------------------- Article 19(2)
# "The full name, category and class of all consular officers, other than the
#  head of a consular post, shall be notified by the sending State to the
#  receiving State in sufficient time for the receiving State, if it so
#  wishes, to exercise its rights under paragraph 3 of Article 23."

rule vccr.19.2 "Notification of consular officers other than the head of post, in sufficient time"
  cites VCCR 19(2)
  text "The full name, category and class of all consular officers, other than the head of a consular post, shall be notified by the sending State to the receiving State in sufficient time for the receiving State, if it so wishes, to exercise its rights under paragraph 3 of Article 23."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.subject.status = consular_officer and a.subject.head_of_post = false
  violated when not some notification as n where (
         n.subject = a.subject and n.recipient = foreign_ministry and n.matter = appointment
         and n meets sufficient_time)
  note "The time is sufficient when the receiving State can still use its right under art. 23(3) to declare the officer unacceptable before he arrives or, if he is already in its territory, before he enters on his duties. A notification made after he entered on his duties is never sufficient."
  note "The head of post is admitted by exequatur (arts. 10-12) and is outside this paragraph."
end

standard sufficient_time "in sufficient time"
  cites VCCR 19(2)
  measures duration at least
  note "Sufficient for the receiving State to exercise its right under art. 23(3) (a declaration of unacceptability before the officer arrives or enters on his duties). The Convention fixes no period. Decide it on the notification (sufficient_time: true|false); a threshold does not decide it, since the time that matters runs to the arrival or the entry on duties, which the rule does not measure."
end

# ---------------------------------------------------------------- Article 20
# "In the absence of an express agreement as to the size of the consular
#  staff, the receiving State may require that the size of the staff be kept
#  within limits considered by it to be reasonable and normal, having regard
#  to circumstances and conditions in the consular district and to the needs
#  of the particular post."

rule vccr.20 "Limits on the size of the consular staff: reasonable and normal, having regard to the district and the post"
  cites VCCR 20
  text "In the absence of an express agreement as to the size of the consular staff, the receiving State may require that the size of the staff be kept within limits considered by it to be reasonable and normal, having regard to circumstances and conditions in the consular district and to the needs of the particular post."
  duty on receiving_state
  owed to sending_state
  for each size_limitation as s
  applies when s.by = receiving_state and consular_post(s.subject)
  compliant when s.reasonable_and_normal = true
  note "A power of the receiving State. The limits are those it considers reasonable and normal, but having regard to circumstances and conditions in the consular district and to the needs of the particular post: a ceiling that leaves the post unable to perform its functions is outside the power."
  note "'Reasonable and normal' is open-textured and not measured by a number: it is stated per incident (reasonable_and_normal: true|false, the fact VCDR 11(1) uses for the same words); the staff ceiling alone does not decide it."
end

exception vccr.20.agreement "An express agreement governs the size of the staff"
  cites VCCR 20
  text "In the absence of an express agreement as to the size of the consular staff"
  to vccr.20
  gives not_applicable
  when s.specific_agreement = true
  note "Where the States have expressly agreed the size of the staff, the agreement (an overlay rule pack), not art. 20, decides whether the limit is lawful."
end

# ---------------------------------------------------------------- Article 22(2)
# "Consular officers may not be appointed from among persons having the
#  nationality of the receiving State except with the express consent of that
#  State which may be withdrawn at any time."

rule vccr.22.2 "No national of the receiving State appointed consular officer without its express consent"
  cites VCCR 22(2)
  text "Consular officers may not be appointed from among persons having the nationality of the receiving State except with the express consent of that State which may be withdrawn at any time."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.subject.status = consular_officer and a.subject.nationality = receiving_state
  compliant when a.receiving_state_consent = true and a.consent_express = true
  note "'Having the nationality' covers dual nationals: state the receiving State's nationality where the person has it. Tacit acceptance is not enough: the consent must be express (consent_express); a consent withdrawn is stated as receiving_state_consent: false."
  note "Applies to career and honorary officers alike (chapter I). Such an officer, once appointed, has only the limited status of art. 71(1)."
end

# ---------------------------------------------------------------- Article 22(3)
# "The receiving State may reserve the same right with regard to nationals of
#  a third State who are not also nationals of the sending State."

rule vccr.22.3 "Nationals of a third State as consular officers where the receiving State reserved its express consent"
  cites VCCR 22(3), VCCR 22(2)
  text "The receiving State may reserve the same right with regard to nationals of a third State who are not also nationals of the sending State."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.subject.status = consular_officer and a.consent_reserved = true
           and a.subject.nationality != receiving_state and a.subject.nationality != sending_state
  compliant when a.receiving_state_consent = true and a.consent_express = true
  note "Only where the receiving State reserved the right (consent_reserved). Nationals of the third State who are also nationals of the sending State are outside it: state the sending State's nationality for them."
end
