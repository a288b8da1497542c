# VCCR arts. 9 and 16: classes of heads of consular posts; precedence among them.
#
# A ranking by the receiving State (its protocol: seating, lists, ceremonies)
# is a `precedence_ranking` event: `subject` the head of post placed below,
# `ranked_below` the person placed above him. The facts that decide it are
# the heads' classes (consular_class), categories (career or honorary), the
# receiving State's admissions (admission_of_head), the presentation of
# their commissions (presentation_of_commission) and the designations of
# acting heads (designation_of_acting_head).
#
# Art. 9(2) (designation of officers other than heads of posts) is out of
# scope: see vccr_general.scope.yaml.

# ---------------------------------------------------------------- Article 9(1): classes

define consul_general_class(p) "Head of consular post of the class of consuls-general"
  cites VCCR 9(1)(a)
  text "consuls-general;"
  means consular_officer(p) and head_of_consular_post(p) and p.consular_class = consul_general
end

define consul_class(p) "Head of consular post of the class of consuls"
  cites VCCR 9(1)(b)
  text "consuls;"
  means consular_officer(p) and head_of_consular_post(p) and p.consular_class = consul
end

define vice_consul_class(p) "Head of consular post of the class of vice-consuls"
  cites VCCR 9(1)(c)
  text "vice-consuls;"
  means consular_officer(p) and head_of_consular_post(p) and p.consular_class = vice_consul
end

define consular_agent_class(p) "Head of consular post of the class of consular agents"
  cites VCCR 9(1)(d)
  text "consular agents."
  means consular_officer(p) and head_of_consular_post(p) and p.consular_class = consular_agent
end

define same_consular_class(p, q) "Two heads of consular posts of the same class"
  cites VCCR 9(1)(a), VCCR 9(1)(b), VCCR 9(1)(c), VCCR 9(1)(d)
  means (consul_general_class(p) and consul_general_class(q)) or (consul_class(p) and consul_class(q))
        or (vice_consul_class(p) and vice_consul_class(q)) or (consular_agent_class(p) and consular_agent_class(q))
end

# ---------------------------------------------------------------- Article 16: definitions

define same_category(p, q) "Two consular officers of the same category (both career or both honorary)"
  cites VCCR 16(5), VCCR 1(2)
  text "Honorary consular officers who are heads of consular posts shall rank in each class after career heads of consular posts, in the order and according to the rules laid down in the foregoing paragraphs."
  means (career_consular_officer(p) and career_consular_officer(q))
        or (honorary_consular_officer(p) and honorary_consular_officer(q))
end

define admitted_first(p, q) "Head of post p was admitted, even provisionally, before head of post q"
  cites VCCR 16(1), VCCR 16(2)
  means some admission_of_head as a where (
          a.subject = p and admission_to_functions(a)
          and some admission_of_head as b where (b.subject = q and admission_to_functions(b))
          and not some admission_of_head as c where (
                c.subject = q and admission_to_functions(c) and c.date <= a.date))
  note "Compares each head's earliest admission: the exequatur, or the provisional admission where it came first (art. 16(2): that precedence is kept after the exequatur)."
end

define admitted_same_day(p, q) "Heads of post p and q were first admitted on the same date"
  cites VCCR 16(3)
  means some admission_of_head as a where (
          a.subject = p and admission_to_functions(a)
          and not some admission_of_head as a2 where (
                a2.subject = p and admission_to_functions(a2) and a2.date < a.date)
          and some admission_of_head as b where (
                b.subject = q and admission_to_functions(b) and b.date = a.date
                and not some admission_of_head as b2 where (
                      b2.subject = q and admission_to_functions(b2) and b2.date < b.date)))
end

define commission_presented_first(p, q) "The commission (or notification) of head p was presented before that of head q"
  cites VCCR 16(3)
  means some presentation_of_commission as a where (
          a.subject = p
          and some presentation_of_commission as b where (b.subject = q)
          and not some presentation_of_commission as c where (c.subject = q and c.date <= a.date))
end

define acting_head_of_post(p) "Acting head of a consular post (designated under art. 15)"
  cites VCCR 15(1)
  text "an acting head of post may act provisionally as head of the consular post"
  means some designation_of_acting_head as d where (d.subject = p)
end

define took_charge_first(p, q) "Acting head p assumed his functions before acting head q"
  cites VCCR 16(4)
  means some designation_of_acting_head as a where (
          a.subject = p
          and some designation_of_acting_head as b where (b.subject = q)
          and not some designation_of_acting_head as c where (c.subject = q and c.date <= a.date))
  note "The date of each designation stands for the date on which the acting head assumed his functions as notified under art. 15(2)."
end

# ---------------------------------------------------------------- Article 16(1)
# "Heads of consular posts shall rank in each class according to the date of
#  the grant of the exequatur."

rule vccr.16.1 "Precedence in each class by the date of the exequatur"
  cites VCCR 16(1)
  text "Heads of consular posts shall rank in each class according to the date of the grant of the exequatur."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_consular_class(x.subject, x.ranked_below)
           and same_category(x.subject, x.ranked_below)
  violated when admitted_first(x.subject, x.ranked_below)
  note "Between heads of different classes the class decides; between a career and an honorary head of the same class, art. 16(5) decides."
end

# ---------------------------------------------------------------- Article 16(2)
# "If, however, the head of a consular post before obtaining the exequatur is
#  admitted to the exercise of his functions provisionally, his precedence
#  shall be determined according to the date of the provisional admission;
#  this precedence shall be maintained after the granting of the exequatur."

rule vccr.16.2 "Precedence of a head provisionally admitted by the date of that admission, kept after the exequatur"
  cites VCCR 16(2)
  text "If, however, the head of a consular post before obtaining the exequatur is admitted to the exercise of his functions provisionally, his precedence shall be determined according to the date of the provisional admission; this precedence shall be maintained after the granting of the exequatur."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_consular_class(x.subject, x.ranked_below)
           and same_category(x.subject, x.ranked_below)
           and some admission_of_head as a where (
                 a.subject = x.subject and a.form = provisional_admission and a.granted = true)
  violated when admitted_first(x.subject, x.ranked_below)
end

# ---------------------------------------------------------------- Article 16(3)
# "The order of precedence as between two or more heads of consular posts who
#  obtained the exequatur or provisional admission on the same date shall be
#  determined according to the dates on which their commissions or similar
#  instruments or the notifications referred to in paragraph 3 of Article 11
#  were presented to the receiving State."

rule vccr.16.3 "Same date of admission: precedence by the date the commissions were presented"
  cites VCCR 16(3)
  text "The order of precedence as between two or more heads of consular posts who obtained the exequatur or provisional admission on the same date shall be determined according to the dates on which their commissions or similar instruments or the notifications referred to in paragraph 3 of Article 11 were presented to the receiving State."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_consular_class(x.subject, x.ranked_below)
           and same_category(x.subject, x.ranked_below) and admitted_same_day(x.subject, x.ranked_below)
  violated when commission_presented_first(x.subject, x.ranked_below)
end

# ---------------------------------------------------------------- Article 16(4)
# "Acting heads of posts shall rank after all heads of consular posts and, as
#  between themselves, they shall rank according to the dates on which they
#  assumed their functions as acting heads of posts as indicated in the
#  notifications given under paragraph 2 of Article 15."

rule vccr.16.4 "Acting heads of posts rank after all heads of consular posts"
  cites VCCR 16(4)
  text "Acting heads of posts shall rank after all heads of consular posts"
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and consular_officer(x.subject) and head_of_consular_post(x.subject)
           and x.ranked_below.head_of_post = false and acting_head_of_post(x.ranked_below)
  violated when true
end

rule vccr.16.4.acting-heads "Acting heads of posts rank among themselves by the date they took charge"
  cites VCCR 16(4)
  text "as between themselves, they shall rank according to the dates on which they assumed their functions as acting heads of posts as indicated in the notifications given under paragraph 2 of Article 15"
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and x.subject.head_of_post = false and x.ranked_below.head_of_post = false
           and acting_head_of_post(x.subject) and acting_head_of_post(x.ranked_below)
  violated when took_charge_first(x.subject, x.ranked_below)
end

# ---------------------------------------------------------------- Article 16(5)
# "Honorary consular officers who are heads of consular posts shall rank in
#  each class after career heads of consular posts, in the order and according
#  to the rules laid down in the foregoing paragraphs."

rule vccr.16.5 "Honorary heads of posts rank after career heads of the same class"
  cites VCCR 16(5)
  text "Honorary consular officers who are heads of consular posts shall rank in each class after career heads of consular posts"
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_consular_class(x.subject, x.ranked_below)
           and career_consular_officer(x.subject) and honorary_consular_officer(x.ranked_below)
  violated when true
  note "Among honorary heads of the same class, paragraphs 1-3 apply (vccr.16.1-16.3)."
end

# ---------------------------------------------------------------- Article 16(6)
# "Heads of consular posts shall have precedence over consular officers not
#  having that status."

rule vccr.16.6 "Heads of consular posts have precedence over consular officers who are not heads"
  cites VCCR 16(6)
  text "Heads of consular posts shall have precedence over consular officers not having that status."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and consular_officer(x.subject) and head_of_consular_post(x.subject)
           and consular_officer(x.ranked_below) and x.ranked_below.head_of_post = false
  violated when true
end
