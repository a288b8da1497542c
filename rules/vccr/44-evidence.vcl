# VCCR Article 44: Liability to give evidence
#
# A summons_as_witness event: declined, coercive_measure, compulsory,
# about_official_acts, expert_on_sending_state_law, interfered_with_functions.
# Art. 44(1) and (2) protect the career consular officer who is not a
# national or permanent resident of the receiving State; art. 44(3) protects
# every member of the post, including honorary consular officers (art.
# 58(2)) and consular officers who are nationals or permanent residents
# (art. 71(1)). Waiver: art. 45 (exceptions vccr.45.1.evidence and
# vccr.45.1.official-evidence).

define entitled_to_article_44_3(p) "Member of the post who may decline evidence on official matters"
  cites VCCR 44(3)
  means p.status = consular_officer or privileged_member_of_post(p)
  note "Every consular officer, career or honorary, national or not (arts. 58(2), 71(1)); consular employees and service staff who enjoy Chapter II (not nationals or permanent residents of the receiving State, art. 71(2); no private gainful occupation, art. 57(2)(a))."
end

# ---------------------------------------------------------------- Article 44(1)
# "Members of a consular post may be called upon to attend as witnesses in the
#  course of judicial or administrative proceedings. A consular employee or a
#  member of the service staff shall not, except in the cases mentioned in
#  paragraph 3 of this Article, decline to give evidence. If a consular
#  officer should decline to do so, no coercive measure or penalty may be
#  applied to him."

rule vccr.44.1 "No coercive measure or penalty on a consular officer who declines to give evidence"
  cites VCCR 44(1)
  text "If a consular officer should decline to do so, no coercive measure or penalty may be applied to him."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each summons_as_witness as s
  applies when full_regime_officer_at(s.subject, s) and s.by = receiving_state and s.declined = true
  violated when s.coercive_measure = true
  note "A consular officer may be called as a witness (first sentence): the summons is lawful, even in a form that purports to oblige him. If he declines, he may not be compelled, fined or punished, whatever the matter."
end

rule vccr.44.1.staff "Consular employees and service staff shall not decline to give evidence, save under art. 44(3)"
  cites VCCR 44(1)
  text "A consular employee or a member of the service staff shall not, except in the cases mentioned in paragraph 3 of this Article, decline to give evidence."
  duty on "the consular employee or member of the service staff"
  owed to receiving_state
  for each summons_as_witness as s
  applies when chapter_ii_member(s.subject) and s.subject.status in {consular_employee, consular_service_staff}
           and s.by = receiving_state
  violated when s.declined = true
  note "Unlike a consular officer, an employee or member of the service staff who refuses to testify on other matters breaches the Convention and may be compelled under the receiving State's law."
end

exception vccr.44.1.staff.paragraph-3 "Evidence on matters connected with the functions, or as an expert on the law of the sending State"
  cites VCCR 44(1), VCCR 44(3)
  text "except in the cases mentioned in paragraph 3 of this Article"
  to vccr.44.1.staff
  gives compliant
  when privileged_member_of_post(s.subject)
       and (s.about_official_acts = true or s.expert_on_sending_state_law = true)
end

# ---------------------------------------------------------------- Article 44(2)
# "The authority requiring the evidence of a consular officer shall avoid
#  interference with the performance of his functions. It may, when possible,
#  take such evidence at his residence or at the consular post or accept a
#  statement from him in writing."

rule vccr.44.2 "The authority requiring a consular officer's evidence shall avoid interference with his functions"
  cites VCCR 44(2)
  text "The authority requiring the evidence of a consular officer shall avoid interference with the performance of his functions."
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each summons_as_witness as s
  applies when full_regime_officer_at(s.subject, s) and s.by = receiving_state
  violated when s.interfered_with_functions = true
  note "It may, when possible, take the evidence at his residence or at the consular post, or accept a written statement; insisting on attendance in court when one of these was possible, at a time that disrupts the post's work, is the kind of interference to avoid."
end

# ---------------------------------------------------------------- Article 44(3)
# "Members of a consular post are under no obligation to give evidence
#  concerning matters connected with the exercise of their functions or to
#  produce official correspondence and documents relating thereto. They are
#  also entitled to decline to give evidence as expert witnesses with regard
#  to the law of the sending State."

rule vccr.44.3 "No obligation to give evidence on matters connected with the functions, or to produce official papers"
  cites VCCR 44(3)
  text "Members of a consular post are under no obligation to give evidence concerning matters connected with the exercise of their functions or to produce official correspondence and documents relating thereto."
  duty on receiving_state
  owed to sending_state, "the member of the consular post"
  for each summons_as_witness as s
  applies when entitled_to_article_44_3(s.subject) and s.by = receiving_state and s.about_official_acts = true
  violated when s.coercive_measure = true
  note "A demand to produce official correspondence or documents relating to the functions is a matter connected with the functions (about_official_acts: true). The breach is compelling the member: a coercive measure or a penalty."
end

rule vccr.44.3.expert "Entitled to decline to give evidence as an expert on the law of the sending State"
  cites VCCR 44(3)
  text "They are also entitled to decline to give evidence as expert witnesses with regard to the law of the sending State."
  duty on receiving_state
  owed to sending_state, "the member of the consular post"
  for each summons_as_witness as s
  applies when entitled_to_article_44_3(s.subject) and s.by = receiving_state
           and s.expert_on_sending_state_law = true and s.declined = true
  violated when s.coercive_measure = true
end
