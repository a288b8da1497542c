# VCCR arts. 10-14: appointment and admission of heads of consular posts,
# the exequatur, provisional admission, notification to the authorities of
# the consular district.
#
# The receiving State's decisions are `admission_of_head` events (form:
# exequatur, provisional_admission or acting_head; granted: true or false).
# Art. 10(2) (formalities under each State's law) and art. 11 (the consular
# commission) are out of scope: see vccr_general.scope.yaml.

# ---------------------------------------------------------------- definitions

define admission_to_functions(a) "Admission of the head of a consular post to the exercise of his functions by the receiving State"
  cites VCCR 10(1)
  text "Heads of consular posts are appointed by the sending State and are admitted to the exercise of their functions by the receiving State."
  means a.granted = true and a.form in {exequatur, provisional_admission}
  note "Admission, final (exequatur, art. 12) or provisional (art. 13), is the receiving State's act; appointment is the sending State's."
end

define exequatur_granted(a) "Exequatur: the receiving State's authorization, whatever its form"
  cites VCCR 12(1)
  text "The head of a consular post is admitted to the exercise of his functions by an authorization from the receiving State termed an exequatur, whatever the form of this authorization."
  means a.form = exequatur and a.granted = true
  note "Whatever the form: a formal document, a note, a publication, or any other authorization by the receiving State is an exequatur."
end

# ---------------------------------------------------------------- Article 12(2)
# "A State which refuses to grant an exequatur is not obliged to give to the
#  sending State reasons for such refusal."

rule vccr.12.2 "Refusal of the exequatur: no obligation to give reasons"
  # lint: disable=no-violated-scenario -- a power of the receiving State with no limit in the text: a refusal, with or without reasons, can never breach it
  cites VCCR 12(2)
  text "A State which refuses to grant an exequatur is not obliged to give to the sending State reasons for such refusal."
  duty on receiving_state
  owed to sending_state
  for each admission_of_head as a
  applies when a.form = exequatur and a.granted = false
  compliant when true
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "The refusal itself is within the receiving State's discretion (art. 10(1)); the sending State's protest or demand for reasons creates no duty. Compare art. 23(4) (persona non grata) and VCDR 4(2) (agrément)."
end

# ---------------------------------------------------------------- Article 12(3)
# "Subject to the provisions of Articles 13 and 15, the head of a consular post
#  shall not enter upon his duties until he has received an exequatur."

rule vccr.12.3 "The head of post enters upon his duties only once he has received the exequatur"
  cites VCCR 12(3)
  text "Subject to the provisions of Articles 13 and 15, the head of a consular post shall not enter upon his duties until he has received an exequatur."
  duty on sending_state
  owed to receiving_state
  for each conduct as x
  applies when x.consular_function is known and head_of_consular_post(x.subject)
  violated when not some admission_of_head as a where (
         a.subject = x.subject and exequatur_granted(a) and a.date <= x.date)
  authority "ILC, Draft articles on consular relations, with commentaries, Yearbook of the International Law Commission, 1961, vol. II, p. 92"
  note "Facts: list the receiving State's decisions on the head's admission (admission_of_head events); a head acting with none listed is undetermined (state one with occurred: false when there was none)."
end

exception vccr.12.3.provisional "Provisionally admitted pending the exequatur"
  cites VCCR 12(3), VCCR 13
  text "Pending delivery of the exequatur, the head of a consular post may be admitted on a provisional basis to the exercise of his functions."
  to vccr.12.3
  gives compliant
  when some admission_of_head as a where (
         a.subject = x.subject and a.form = provisional_admission and a.granted = true and a.date <= x.date)
end

exception vccr.12.3.acting-head "Acting provisionally as head of post under art. 15"
  cites VCCR 12(3), VCCR 15(1)
  text "an acting head of post may act provisionally as head of the consular post"
  to vccr.12.3
  gives compliant
  when some designation_of_acting_head or admission_of_head as d where (
         d.subject = x.subject and d.date <= x.date
         and (d.type = "designation_of_acting_head" or (d.form = acting_head and d.granted = true)))
  note "Art. 15 applies on its own terms: the head unable to act or the position vacant (15(1)), the name notified (15(2)); see the rules of art. 15."
end

# ---------------------------------------------------------------- Article 13
# "Pending delivery of the exequatur, the head of a consular post may be
#  admitted on a provisional basis to the exercise of his functions. In that
#  case, the provisions of the present Convention shall apply."

rule vccr.13 "A provisionally admitted head of post has the benefit of the Convention"
  cites VCCR 13
  text "In that case, the provisions of the present Convention shall apply."
  duty on receiving_state
  owed to sending_state
  for each admission_of_head as a
  applies when a.form = provisional_admission and a.granted = true
  violated when some obstruction_of_functions as o where (
         o.officer = a.subject and o.by = receiving_state and o.ground = no_exequatur and o.date >= a.date)
  note "Once admitted provisionally, the head may not be denied the exercise of his functions, or the Convention's protections, because the exequatur has not yet been delivered. The other rules (e.g. arts. 40-42) apply to him as to any head of post."
  note "Facts: list the obstructions of his functions after the provisional admission; none listed leaves the finding undetermined (state one with occurred: false when there was none)."
end

# ---------------------------------------------------------------- Article 14
# "As soon as the head of a consular post is admitted even provisionally to the
#  exercise of his functions, the receiving State shall immediately notify the
#  competent authorities of the consular district. It shall also ensure that
#  the necessary measures are taken to enable the head of a consular post to
#  carry out the duties of his office and to have the benefit of the
#  provisions of the present Convention."

rule vccr.14.notify "Immediate notification of the admission to the authorities of the consular district"
  cites VCCR 14
  text "As soon as the head of a consular post is admitted even provisionally to the exercise of his functions, the receiving State shall immediately notify the competent authorities of the consular district."
  duty on receiving_state
  owed to sending_state
  for each admission_of_head as a
  applies when admission_to_functions(a)
  violated when not some notification as n where (
         n.concerning = a and n.recipient = consular_district_authorities and time from a to n meets immediately)
  note "'Immediately' is open-textured (standard immediately): decide it on the notification, or set a threshold. Local police unaware of a new head of post's status is the typical consequence of a breach."
end

rule vccr.14.measures "Necessary measures so that the admitted head of post can carry out his duties"
  cites VCCR 14
  text "It shall also ensure that the necessary measures are taken to enable the head of a consular post to carry out the duties of his office and to have the benefit of the provisions of the present Convention."
  duty on receiving_state
  owed to sending_state
  for each admission_of_head as a
  applies when admission_to_functions(a)
  violated when some obstruction_of_functions as o where (
         o.officer = a.subject and o.by = receiving_state and o.ground = status_not_recognised and o.date >= a.date)
  note "The breach shows when authorities of the receiving State, after the admission, prevent the head from carrying out his duties because they do not know or do not recognise his status. Obstructions on other grounds are decided by the rules of art. 5 and others."
  note "Facts: list the obstructions after the admission; none listed leaves the finding undetermined (state one with occurred: false when there was none)."
end
