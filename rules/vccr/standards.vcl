# Open-textured standards of the VCCR (legal model, section 5).
#
# A standard is decided, in this order: by an explicit fact of the same
# name on the event (e.g. `promptly: true` on a notification), by a
# threshold the user sets (`--standard promptly=24h`, or `standards:` in
# the incident file), or not at all: the finding is then undetermined and
# names the standard. No rule pack sets a default threshold.
#
# `measures duration at most`: met when the time measured is at most the
# threshold. `measures max_penalty_years at least`: met when the event's
# max_penalty_years is at least the threshold.

standard without_delay "without delay"
  cites VCCR 36(1)(b), VCCR 37(a), VCCR 37(b), VCCR 37(c)
  measures duration at most
  authority "ICJ, Avena and Other Mexican Nationals (Mexico v. United States of America), Judgment, I.C.J. Reports 2004, p. 12"
  authority "ICJ, Jadhav (India v. Pakistan), Judgment, I.C.J. Reports 2019, p. 418"
  note "The duty to inform arises once the authorities know, or have grounds to think, that the person is a foreign national (Avena). 'Without delay' does not mean 'immediately upon arrest', but a delay of days is a breach (Avena; Jadhav). Paragraph pinpoints are to be added once verified against the I.C.J. Reports."
end

standard promptly "promptly"
  cites VCCR 42
  measures duration at most
  note "Not defined in the Convention and, as far as the rule authors know, not interpreted by the ICJ. Decide it per incident (promptly: true|false on the notification) or set a threshold."
end

standard minimum_of_delay "with the minimum of delay"
  cites VCCR 41(3)
  measures duration at most
  note "Applies to the institution of proceedings against a consular officer detained under art. 41(1). Decide it per incident or set a threshold."
end

standard reasonable_period "a reasonable period"
  cites VCCR 53(3), VCDR 39(2)
  measures duration at least
  note "Measures the time allowed to leave the receiving State: met when that time is at least the threshold (hence 'at least', unlike the delay standards)."
end

standard grave_crime "grave crime"
  cites VCCR 41(1)
  measures max_penalty_years at least
  note "The Convention does not define 'grave crime'; some bilateral consular conventions define it by the maximum penalty. Decide it per incident (grave_crime: true|false on the arrest or detention) or set a threshold in years of the maximum penalty."
end

standard immediately "immediately"
  cites VCCR 14
  measures duration at most
  note "Art. 14: once the head of a consular post is admitted, even provisionally, the receiving State notifies the competent authorities of the consular district 'immediately'. Stricter in wording than 'without delay' or 'promptly', but not defined by the Convention; no judicial interpretation is known to the rule authors. Decide it per incident (immediately: true|false on the notification) or set a threshold."
end
