# VCCR Article 72: Non-discrimination.
#
# "1. In the application of the provisions of the present Convention the
#  receiving State shall not discriminate as between States.
#  2. However, discrimination shall not be regarded as taking place:
#  (a) where the receiving State applies any of the provisions of the present
#  Convention restrictively because of a restrictive application of that
#  provision to its consular posts in the sending State;
#  (b) where by custom or agreement States extend to each other more
#  favourable treatment than is required by the provisions of the present
#  Convention."
#
# Facts: a `differential_treatment` event (the receiving State applied a
# provision less favourably to the sending State than to others), with
# `convention: vccr`; the same event with `convention: vcdr` is judged under
# VCDR 47.

rule vccr.72.1 "No discrimination between States in applying the Convention"
  cites VCCR 72(1)
  text "In the application of the provisions of the present Convention the receiving State shall not discriminate as between States."
  duty on receiving_state
  owed to sending_state
  for each differential_treatment as d
  applies when d.convention = vccr
  violated when true
  note "Typical cases: travel notification or movement regimes, bag or customs controls, limits on staff or premises imposed on the consular posts of one State only."
end

exception vccr.72.2.a "Restrictive application in reciprocity"
  cites VCCR 72(2)(a)
  text "where the receiving State applies any of the provisions of the present Convention restrictively because of a restrictive application of that provision to its consular posts in the sending State;"
  to vccr.72.1
  gives compliant
  when d.reciprocal_restriction = true
  note "Reciprocity covers only a restrictive application of the same provision, and only within what the provision allows: it does not excuse a breach of the provision itself (inviolabilities are, moreover, beyond countermeasures: ILC Articles on State Responsibility, art. 50(2)(b))."
end

exception vccr.72.2.b "More favourable treatment extended by custom or agreement"
  cites VCCR 72(2)(b)
  text "where by custom or agreement States extend to each other more favourable treatment than is required by the provisions of the present Convention."
  to vccr.72.1
  gives compliant
  when d.more_favourable_by_custom_or_agreement = true
  note "Treating the sending State as the Convention requires while giving other States more by custom or agreement is not discrimination."
end
