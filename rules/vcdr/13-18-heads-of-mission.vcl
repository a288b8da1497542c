# VCDR Articles 13-18: heads of mission: taking up of functions, classes,
# precedence, reception.
#
# Art. 15 (class agreed between the States) and art. 17 (the head of mission
# notifies the precedence of his diplomatic staff) are out of scope: see
# vcdr_mission.scope.yaml.
#
# Facts: `credentials_presentation` events (the date and time a head of
# mission presented his credentials, or notified his arrival and presented a
# true copy), `arrival` events, `precedence_ranking` and
# `differential_treatment` events, and the person's head_of_mission_class.

# ---------------------------------------------------------------- Article 14(1): classes

define ambassador_class(p) "Head of mission of the class of ambassadors or nuncios"
  cites VCDR 14(1)(a)
  text "that of ambassadors or nuncios accredited to Heads of State, and other heads of mission of equivalent rank;"
  means head_of_mission(p) and p.head_of_mission_class in {ambassador, nuncio}
end

define envoy_class(p) "Head of mission of the class of envoys, ministers and internuncios"
  cites VCDR 14(1)(b)
  text "that of envoys, ministers and internuncios accredited to Heads of State;"
  means head_of_mission(p) and p.head_of_mission_class in {envoy, minister, internuncio}
end

define charge_d_affaires_class(p) "Head of mission of the class of chargés d'affaires"
  cites VCDR 14(1)(c)
  text "that of chargés d'affaires accredited to Ministers for Foreign Affairs."
  means head_of_mission(p) and p.head_of_mission_class = charge_d_affaires
  note "A charge d'affaires en titre, accredited to the Minister for Foreign Affairs; a charge d'affaires ad interim (art. 19(1)) acts provisionally as head and is not a class of head of mission."
end

define same_class(p, q) "Two heads of mission of the same class"
  cites VCDR 14(1)(a), VCDR 14(1)(b), VCDR 14(1)(c)
  means (ambassador_class(p) and ambassador_class(q)) or (envoy_class(p) and envoy_class(q))
        or (charge_d_affaires_class(p) and charge_d_affaires_class(q))
end

define took_up_functions_first(p, q) "Head of mission p took up his functions before head of mission q (art. 13)"
  cites VCDR 13(1)
  means some credentials_presentation as a where (
          a.subject = p
          and some credentials_presentation as b where (b.subject = q)
          and not some credentials_presentation as c where (c.subject = q and time from c to a >= 0 minutes))
  note "Compares each head's earliest presentation (credentials, or notification of arrival and a true copy): later presentations of altered credentials do not count (art. 16(2))."
end

define arrived_first(p, q) "Person p arrived in the receiving State before person q"
  cites VCDR 13(2)
  means some arrival as a where (
          a.subject = p and some arrival as b where (b.subject = q and time from a to b > 0 minutes))
end

# ---------------------------------------------------------------- Article 13

rule vcdr.13.1 "Taking up of functions: the prevailing practice applied in a uniform manner"
  cites VCDR 13(1)
  text "The head of the mission is considered as having taken up his functions in the receiving State either when he has presented his credentials or when he has notified his arrival and a true copy of his credentials has been presented to the Ministry for Foreign Affairs of the receiving State, or such other ministry as may be agreed, in accordance with the practice prevailing in the receiving State which shall be applied in a uniform manner."
  duty on receiving_state
  owed to sending_state
  for each credentials_presentation as c
  applies when head_of_mission(c.subject)
  violated when c.functions_recognized = false
            and some credentials_presentation as q where (
                  q.subject != c.subject and q.true_copy = c.true_copy and q.functions_recognized = true)
  note "The receiving State chooses its practice (credentials, or notification and a true copy) but must apply it to every head of mission alike: not recognising one head as having taken up his functions by the same act that suffices for others breaks uniformity. A refusal to receive a particular person at all is in substance a declaration that he is persona non grata (art. 9(1)); state that as a persona_non_grata event."
end

rule vcdr.13.2 "Order of presentation of credentials determined by the date and time of arrival"
  cites VCDR 13(2)
  text "The order of presentation of credentials or of a true copy thereof will be determined by the date and time of the arrival of the head of the mission."
  duty on receiving_state
  owed to sending_state
  for each credentials_presentation as c
  applies when head_of_mission(c.subject)
  violated when some credentials_presentation as q where (
         q.subject != c.subject and head_of_mission(q.subject) and time from q to c > 0 minutes
         and arrived_first(c.subject, q.subject))
  note "Checked against every other presentation in the facts: a head who arrived earlier must not be made to present after one who arrived later. Presentations of altered credentials (art. 16(2)) should not be listed as first presentations."
end

# ---------------------------------------------------------------- Article 14(2)

rule vcdr.14.2 "No differentiation between heads of mission by reason of their class, except precedence and etiquette"
  cites VCDR 14(2)
  text "Except as concerns precedence and etiquette, there shall be no differentiation between heads of mission by reason of their class."
  duty on receiving_state
  owed to sending_state
  for each differential_treatment as t
  applies when t.by = receiving_state and head_of_mission(t.subject) and t.by_reason_of_class = true
  violated when t.aspect not in {precedence, etiquette}
end

# ---------------------------------------------------------------- Article 16

rule vcdr.16.1 "Precedence within each class in the order of taking up functions"
  cites VCDR 16(1)
  text "Heads of mission shall take precedence in their respective classes in the order of the date and time of taking up their functions in accordance with Article 13."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_class(x.subject, x.ranked_below)
  violated when took_up_functions_first(x.subject, x.ranked_below)
  note "Between heads of different classes, precedence follows the class (arts. 14(1), 16(1): 'in their respective classes'); this rule compares heads of the same class."
end

rule vcdr.16.2 "Altered credentials without a change of class do not affect precedence"
  cites VCDR 16(2)
  text "Alterations in the credentials of a head of mission not involving any change of class shall not affect his precedence."
  duty on receiving_state
  owed to sending_state
  for each precedence_ranking as x
  applies when x.by = receiving_state and same_class(x.subject, x.ranked_below)
           and some credentials_presentation as r where (r.subject = x.subject and r.alteration = true)
  violated when took_up_functions_first(x.subject, x.ranked_below)
  note "A head who presented new credentials (e.g. on a change of Head of State) keeps the precedence of his first presentation."
end

exception vcdr.16.3 "Practice of the receiving State on the precedence of the representative of the Holy See"
  cites VCDR 16(3)
  text "This article is without prejudice to any practice accepted by the receiving State regarding the precedence of the representative of the Holy See."
  to vcdr.16.1
  gives compliant
  when x.ranked_below.head_of_mission_class in {nuncio, internuncio} and x.holy_see_practice = true
  note "In many States the apostolic nuncio is dean of the diplomatic corps whatever the date he took up his functions."
end

# ---------------------------------------------------------------- Article 18

rule vcdr.18 "Uniform procedure for the reception of heads of mission of each class"
  cites VCDR 18
  text "The procedure to be observed in each State for the reception of heads of mission shall be uniform in respect of each class."
  duty on receiving_state
  owed to sending_state
  for each differential_treatment as t
  applies when t.by = receiving_state and head_of_mission(t.subject) and t.aspect = reception_procedure
  violated when same_class(t.subject, t.compared_with)
  note "A different reception for heads of mission of different classes is allowed; within a class it must be the same."
end
