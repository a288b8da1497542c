# VCCR arts. 63-67: facilities, privileges and immunities of honorary
# consular officers (art. 58(2), second sentence).
#
# An honorary consular officer has no personal inviolability (art. 41 does
# not apply) and may be arrested and prosecuted; arts. 63 and 64 govern how
# he is treated, arts. 65-67 what he is exempt from. Immunity for official
# acts (art. 43) and notification of the head of post (art. 42) apply
# through art. 58(2) (rule vccr.58.2; rule vccr.42).
#
# Officers who are nationals of or permanently resident in the receiving
# State: art. 71(1) limits them to immunity and inviolability for official
# acts, art. 44(3), art. 42 and the 'as little as possible' duty of
# art. 71(1), third sentence (rule vccr.71.1.hindrance). The rules below use
# honorary_officer_with_chapter_iii_regime (58-honorary-regime.vcl), which
# leaves them out.

# ---------------------------------------------------------------- Article 63
# "If criminal proceedings are instituted against an honorary consular
#  officer, he must appear before the competent authorities. Nevertheless,
#  the proceedings shall be conducted with the respect due to him by reason
#  of his official position and, except when he is under arrest or
#  detention, in a manner which will hamper the exercise of consular
#  functions as little as possible. When it has become necessary to detain
#  an honorary consular officer, the proceedings against him shall be
#  instituted with the minimum of delay."

rule vccr.63 "Criminal proceedings against an honorary consular officer conducted with the respect due to his official position"
  cites VCCR 63
  text "If criminal proceedings are instituted against an honorary consular officer, he must appear before the competent authorities. Nevertheless, the proceedings shall be conducted with the respect due to him by reason of his official position"
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each criminal_proceedings as e
  applies when honorary_officer_with_chapter_iii_regime(e.subject) and e.by = receiving_state
  violated when e.respect_for_position = false
  note "The proceedings themselves are lawful (he must appear before the competent authorities), save for acts performed in the exercise of consular functions (art. 43, applied by art. 58(2): rule vccr.58.2)."
end

rule vccr.63.hindrance "Criminal proceedings against an honorary consular officer hampering consular functions as little as possible"
  cites VCCR 63
  text "except when he is under arrest or detention, in a manner which will hamper the exercise of consular functions as little as possible."
  duty on receiving_state
  owed to sending_state
  for each criminal_proceedings as e
  applies when honorary_officer_with_chapter_iii_regime(e.subject) and e.by = receiving_state
  violated when e.minimum_hindrance = false
end

exception vccr.63.hindrance.custody "The honorary consular officer is under arrest or detention"
  cites VCCR 63
  text "except when he is under arrest or detention"
  to vccr.63.hindrance
  gives not_applicable
  when e.subject_in_custody = true
  note "Unlike art. 41(3) for career officers, the exception is not tied to a grave crime or a judicial decision: honorary officers have no personal inviolability, and any lawful arrest or detention suspends the duty."
end

rule vccr.63.delay "Proceedings against a detained honorary consular officer instituted with the minimum of delay"
  cites VCCR 63
  text "When it has become necessary to detain an honorary consular officer, the proceedings against him shall be instituted with the minimum of delay."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each arrest or detention as d
  applies when honorary_officer_with_chapter_iii_regime(d.subject) and d.by = receiving_state
  compliant when
       some criminal_proceedings as c where (
         c.subject = d.subject and time from d to c meets minimum_of_delay)
    or some release as r where (
         (r.concerning = d or r.subject = d.subject) and r.date >= d.date
         and time from d to r meets minimum_of_delay)
  note "The duty arises from the detention: the proceedings must follow it with the minimum of delay. A release within that time ends the detention the duty is about; releasing the officer without prosecuting him is not a breach of this sentence (the equally authentic French text speaks of 'détention préventive', detention pending trial)."
  note "Unlike art. 41(3), no grave crime or judicial decision is required: the sentence applies to any detention of an honorary consular officer."
end

# ---------------------------------------------------------------- Article 64
# "The receiving State is under a duty to accord to an honorary consular
#  officer such protection as may be required by reason of his official
#  position."

rule vccr.64 "Protection of an honorary consular officer required by reason of his official position"
  cites VCCR 64
  text "The receiving State is under a duty to accord to an honorary consular officer such protection as may be required by reason of his official position."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each attack or threat as a
  applies when a.subject.kind is unknown and honorary_officer_with_chapter_iii_regime(a.subject)
           and a.related_to_official_position = true
  violated when a.protective_steps_taken = false
  note "Narrower than art. 40 for career officers: no duty of 'due respect', and protection only as required by the official position (threats or attacks because of the office, not ordinary crime)."
  note "An attack by the receiving State's own organs is a failure to accord the protection (no protective steps were taken)."
  note "Doubt: art. 71(1) read with art. 58(2) leaves an honorary officer who is a national or permanent resident of the receiving State without art. 64; the rule follows that text and does not apply to him."
end

# ---------------------------------------------------------------- Article 65
# "Honorary consular officers, with the exception of those who carry on for
#  personal profit any professional or commercial activity in the receiving
#  State, shall be exempt from all obligations under the laws and regulations
#  of the receiving State in regard to the registration of aliens and
#  residence permits."

rule vccr.65 "Honorary consular officer exempt from registration of aliens and residence permits"
  cites VCCR 65
  text "Honorary consular officers, with the exception of those who carry on for personal profit any professional or commercial activity in the receiving State, shall be exempt from all obligations under the laws and regulations of the receiving State in regard to the registration of aliens and residence permits."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each registration_requirement as r
  applies when honorary_officer_with_chapter_iii_regime(r.subject) and r.by = receiving_state
  violated when true
  note "The exemption is the honorary officer's only; his family has none (art. 58(3))."
end

exception vccr.65.profit "Honorary consular officer carrying on a professional or commercial activity for personal profit"
  cites VCCR 65
  text "with the exception of those who carry on for personal profit any professional or commercial activity in the receiving State"
  to vccr.65
  gives not_applicable
  when r.subject.private_gainful_occupation = true
  note "Most honorary consular officers carry on a profession or business in the receiving State; they remain subject to the registration and permit laws."
end

# ---------------------------------------------------------------- Article 66
# "An honorary consular officer shall be exempt from all dues and taxes on
#  the remuneration and emoluments which he receives from the sending State
#  in respect of the exercise of consular functions."

rule vccr.66 "Honorary consular officer exempt from taxes on the remuneration from the sending State for consular functions"
  cites VCCR 66
  text "An honorary consular officer shall be exempt from all dues and taxes on the remuneration and emoluments which he receives from the sending State in respect of the exercise of consular functions."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each tax_levied as t
  applies when t.by = receiving_state and t.subject.kind is unknown and honorary_officer_with_chapter_iii_regime(t.subject)
  violated when t.tax_kind = tax_on_emoluments
  note "Only the remuneration and emoluments from the sending State for the consular functions are exempt (record the tax with tax_kind: tax_on_emoluments); his other income, from his profession or business, is taxable (private_income_tax and the other kinds: compliant)."
end

# ---------------------------------------------------------------- Article 67
# "The receiving State shall exempt honorary consular officers from all
#  personal services and from all public services of any kind whatsoever and
#  from military obligations such as those connected with requisitioning,
#  military contributions and billeting."

rule vccr.67 "Honorary consular officer exempt from personal and public services and military obligations"
  cites VCCR 67
  text "The receiving State shall exempt honorary consular officers from all personal services and from all public services of any kind whatsoever and from military obligations such as those connected with requisitioning, military contributions and billeting."
  duty on receiving_state
  owed to sending_state, "the honorary consular officer"
  for each compulsory_service as s
  applies when honorary_officer_with_chapter_iii_regime(s.subject) and s.by = receiving_state
  violated when true
  note "Any personal or public service (e.g. jury service) and any military obligation; the exemption does not extend to the officer's family (art. 58(3))."
end
