# VCDR Article 9: Persons declared "non grata" or "not acceptable"
#
# The declaration itself is a power the receiving State may use at any time,
# without reasons, even before the person arrives: no rule finds it unlawful.
# The rules check what follows it: the sending State's duty to recall the
# person or end his functions (9(1)), and the receiving State's power to
# refuse to recognise him once the sending State refuses or fails within a
# reasonable period (9(2)).

rule vcdr.9.1 "Persona non grata: the sending State must recall the person or terminate his functions"
  cites VCDR 9(1)
  text "The receiving State may at any time and without having to explain its decision, notify the sending State that the head of the mission or any member of the diplomatic staff of the mission is persona non grata or that any other member of the staff of the mission is not acceptable. In any such case, the sending State shall, as appropriate, either recall the person concerned or terminate his functions with the mission."
  duty on sending_state
  owed to receiving_state
  for each persona_non_grata as d
  applies when d.by = receiving_state and member_of_mission(d.subject)
  violated when not some recall or departure as r where (r.subject = d.subject and r.date >= d.date)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "No reasons are needed (reasons_given does not change any finding) and the declaration may come before the person arrives. In Tehran the ICJ described the declaration of persona non grata as the receiving State's remedy against abuse of diplomatic functions, within the self-contained regime of diplomatic law."
  note "Art. 9(1) sets no time limit; a sending State that has not recalled the person within a reasonable period exposes him to art. 9(2). The breach is established when the facts state that no recall or departure followed (events with occurred: false); a stated refusal (sending_state_refused) matters under 9(2)."
end

rule vcdr.9.2 "Refusal to recognise a member of the mission only after the sending State refuses or fails within a reasonable period"
  cites VCDR 9(2)
  text "If the sending State refuses or fails within a reasonable period to carry out its obligations under paragraph 1 of this Article, the receiving State may refuse to recognize the person concerned as a member of the mission."
  duty on receiving_state
  owed to sending_state
  for each refusal_to_recognise as r
  applies when r.by = receiving_state and member_of_mission(r.subject)
  compliant when some persona_non_grata as d where (
         d.subject = r.subject and d.by = receiving_state and d.date <= r.date
         and not some recall or departure as x where (
               x.subject = r.subject and x.date >= d.date and x.date <= r.date)
         and (d.sending_state_refused = true or time from d to r meets reasonable_period))
  note "A power with a condition: a prior declaration under 9(1), then either the sending State's refusal or its failure to recall the person within a reasonable period. Refusing recognition sooner, or after the person was recalled, is outside the power."
  note "'Reasonable period' is measured from the declaration to the refusal of recognition (standard reasonable_period, decided on the refusal event or by a threshold). What follows the refusal (end of functions, art. 43(b); immunities until departure, art. 39(2)) is in those articles."
end
