# VCCR Article 23: Persons declared "non grata"
#
# The declaration is a power the receiving State may use at any time, without
# reasons, even before the person arrives (vccr.23.1 finds any such use
# compliant). The other rules check what follows it: the sending State's duty
# to recall the person or end his functions (23(1)), or to withdraw the
# appointment (23(3)), whether or not reasons were given (23(4)); and the
# receiving State's power to withdraw the exequatur or cease to consider the
# person a member of the staff once the sending State refuses or fails to act
# within a reasonable time (23(2)).

# ---------------------------------------------------------------- Article 23(1)
# "The receiving State may at any time notify the sending State that a
#  consular officer is persona non grata or that any other member of the
#  consular staff is not acceptable. In that event, the sending State shall,
#  as the case may be, either recall the person concerned or terminate his
#  functions with the consular post."

rule vccr.23.1 "Persona non grata: the receiving State may notify at any time"
  # lint: disable=no-violated-scenario -- a power without limits in the text: any declaration about a member of the consular post is lawful, with or without reasons (23(4))
  cites VCCR 23(1)
  text "The receiving State may at any time notify the sending State that a consular officer is persona non grata or that any other member of the consular staff is not acceptable."
  duty on receiving_state
  owed to sending_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_post_by_status(d.subject)
  compliant when true
  note "A declaration needs no reasons (23(4)) and may be made at any time, including in answer to an incident the sending State protests; the Convention gives no ground to contest it."
  note "In Tehran the ICJ described the declaration as the receiving State's remedy against abuse of diplomatic or consular functions, within the self-contained regime of diplomatic and consular law."
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
end

rule vccr.23.1.recall "Persona non grata: the sending State must recall the person or end his functions"
  cites VCCR 23(1)
  text "In that event, the sending State shall, as the case may be, either recall the person concerned or terminate his functions with the consular post."
  duty on sending_state
  owed to receiving_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_post_by_status(d.subject)
  violated when not some recall or departure as r where (r.subject = d.subject and r.date >= d.date)
             or (d.sending_state_refused = true
                 and some recall or departure as r where (r.subject = d.subject and r.date >= d.date) is unknown)
  note "Art. 23(1) sets no time limit; if the sending State refuses, or fails to act within a reasonable time, the receiving State may withdraw the exequatur or cease to consider the person a member of the staff (23(2))."
  note "Facts: the recall (or the person's departure) after the declaration; a declaration with neither listed is undetermined. A refusal by the sending State is stated on the declaration (sending_state_refused): it is a breach unless a recall or departure is listed after all."
end

# ---------------------------------------------------------------- Article 23(2)
# "If the sending State refuses or fails within a reasonable time to carry
#  out its obligations under paragraph 1 of this Article, the receiving State
#  may, as the case may be, either withdraw the exequatur from the person
#  concerned or cease to consider him as a member of the consular staff."

rule vccr.23.2 "Withdrawal of the exequatur, or ceasing to consider the person a member, only after the sending State refuses or fails within a reasonable time"
  cites VCCR 23(2)
  text "If the sending State refuses or fails within a reasonable time to carry out its obligations under paragraph 1 of this Article, the receiving State may, as the case may be, either withdraw the exequatur from the person concerned or cease to consider him as a member of the consular staff."
  duty on receiving_state
  owed to sending_state
  for each withdrawal_of_exequatur or refusal_to_recognise as w
  applies when w.by = receiving_state and member_of_post_by_status(w.subject)
  compliant when some persona_non_grata as d where (
         d.subject = w.subject and d.by = receiving_state and d.date <= w.date
         and (d.sending_state_refused = true
              or (time from d to w meets reasonable_period
                  and not some recall or departure as x where (x.subject = w.subject and x.date <= w.date))))
  note "A power with a condition: a declaration under 23(1), then the sending State's refusal, or its failure to recall the person or end his functions within a reasonable time. Withdrawing the exequatur sooner, without a declaration, or after the person was recalled, is outside the power."
  note "'Reasonable time' is measured from the declaration to the withdrawal (standard reasonable_period, decided on the withdrawal event or by a threshold). The functions then end (art. 25(b), (c)); the immunities subsist until departure or a reasonable period (art. 53(3))."
end

# ---------------------------------------------------------------- Article 23(3)
# "A person appointed as a member of a consular post may be declared
#  unacceptable before arriving in the territory of the receiving State or,
#  if already in the receiving State, before entering on his duties with the
#  consular post. In any such case, the sending State shall withdraw his
#  appointment."

rule vccr.23.3 "Declared unacceptable before arrival or entry on duties: the sending State must withdraw the appointment"
  cites VCCR 23(3)
  text "A person appointed as a member of a consular post may be declared unacceptable before arriving in the territory of the receiving State or, if already in the receiving State, before entering on his duties with the consular post. In any such case, the sending State shall withdraw his appointment."
  duty on sending_state
  owed to receiving_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_post_by_status(d.subject) and d.before_entering_on_duties = true
  violated when not some recall as r where (r.subject = d.subject and r.date >= d.date)
             or (d.sending_state_refused = true
                 and some recall as r where (r.subject = d.subject and r.date >= d.date) is unknown)
  note "The declaration itself is within the power of art. 23(1) ('at any time'); this paragraph adds that it may come before the person arrives or takes up his duties, and that the sending State must then withdraw the appointment (stated as a recall event)."
  note "A refusal of a visa to a person appointed to the post is in substance such a declaration."
end

# ---------------------------------------------------------------- Article 23(4)
# "In the cases mentioned in paragraphs 1 and 3 of this Article, the
#  receiving State is not obliged to give to the sending State reasons for its
#  decision."

rule vccr.23.4 "A declaration without reasons binds the sending State all the same"
  cites VCCR 23(4), VCCR 23(1), VCCR 23(3)
  text "In the cases mentioned in paragraphs 1 and 3 of this Article, the receiving State is not obliged to give to the sending State reasons for its decision."
  duty on sending_state
  owed to receiving_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_post_by_status(d.subject) and d.reasons_given = false
  violated when not some recall or departure as r where (r.subject = d.subject and r.date >= d.date)
             or (d.sending_state_refused = true
                 and some recall or departure as r where (r.subject = d.subject and r.date >= d.date) is unknown)
  note "The receiving State owes no reasons: a declaration without them is compliant (vccr.23.1), and the sending State may not make its recall depend on them. A recall refused or not made after a declaration without reasons is the breach this paragraph rules out; the same facts are judged under 23(1) and 23(3)."
end
