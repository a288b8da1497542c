# VCCR Article 45: Waiver of privileges and immunities
#
# A waiver event: by (the State that declared it), subject (the member of
# the post), express, in_writing, covers (criminal_jurisdiction,
# civil_jurisdiction, jurisdiction, execution). A measure the receiving
# State took relying on a waiver names it: `under_waiver` on the arrest,
# the proceedings, the summons or the measure of execution. A measure that
# names no waiver relied on none: a waiver is an express act in writing
# (45(2)), never presumed.
#
# Only arts. 41, 43 and 44 can be waived (45(1)), only by the sending State,
# expressly and in writing (45(2)), except the counter-claim of 45(3). An
# effective waiver makes the finding of the rule it waives `excused` (the
# exceptions below, and those of arts. 53(4) and 54(1)); a waiver that fails
# 45(1) or 45(2) and was acted on is itself reported (vccr.45.1, vccr.45.2).

define waiver_in_due_form(w) "Waiver express and communicated in writing"
  cites VCCR 45(2)
  text "The waiver shall in all cases be express, except as provided in paragraph 3 of this Article, and shall be communicated to the receiving State in writing."
  means w.express = true and w.in_writing = true
  note "Unlike VCDR 32(2), writing is required: an oral waiver, even express, does not satisfy art. 45(2)."
end

define consular_waiver(w, p) "Waiver by the sending State, in due form, with regard to the member of the post"
  cites VCCR 45(1), VCCR 45(2)
  text "The sending State may waive, with regard to a member of the consular post, any of the privileges and immunities provided for in Articles 41, 43 and 44."
  means w.subject = p and w.by = sending_state and waiver_in_due_form(w)
end

define waived_inviolability(e) "The arrest, detention or imprisonment was made under a waiver of the art. 41 inviolability"
  cites VCCR 45(1)
  means e.under_waiver is known and consular_waiver(e.under_waiver, e.subject)
        and e.under_waiver.date <= e.date
        and (e.under_waiver.covers is unknown or e.under_waiver.covers in {criminal_jurisdiction, jurisdiction})
  note "The waiver must precede the measure: a later waiver does not make a past arrest lawful. A waiver in the criminal matter (covers: criminal_jurisdiction or jurisdiction, or not stated) is read as waiving the art. 41 inviolability, the only personal protection a consular officer has in criminal matters outside official acts."
end

define waived_jurisdiction(j) "The proceedings or measure were taken under a waiver of the immunity from jurisdiction"
  cites VCCR 45(1)
  means j.under_waiver is known and consular_waiver(j.under_waiver, j.subject)
        and (j.under_waiver.covers is unknown
             or j.under_waiver.covers = jurisdiction
             or (j.type = "civil_proceedings" and j.under_waiver.covers = civil_jurisdiction)
             or (j.type != "civil_proceedings" and j.under_waiver.covers = criminal_jurisdiction))
end

define act_jurisdiction_waived(c) "Every measure of criminal jurisdiction over the act was taken under a waiver"
  cites VCCR 45(1)
  means not some arrest or detention or imprisonment or criminal_proceedings as j where (
          measure_concerns_act(j, c) and j.by = receiving_state and not waived_jurisdiction(j))
end

define waived_evidence_privilege(s) "The testimony was required under a waiver of the art. 44 privilege"
  cites VCCR 45(1)
  means s.under_waiver is known and consular_waiver(s.under_waiver, s.subject)
end

define waived_execution(x) "The measure of execution was taken under a separate waiver of the immunity from execution"
  cites VCCR 45(4)
  text "in respect of such measures, a separate waiver shall be necessary."
  means x.under_waiver is known and consular_waiver(x.under_waiver, x.subject)
        and x.under_waiver.covers = execution
end

define relied_on_waiver(w) "The receiving State took a measure relying on the waiver"
  means some arrest or detention or imprisonment or criminal_proceedings or civil_proceedings
            or summons_as_witness or measure_of_execution as m where (
          m.under_waiver = w and m.by = receiving_state)
end

# ---------------------------------------------------------------- Article 45(1)
# "The sending State may waive, with regard to a member of the consular post,
#  any of the privileges and immunities provided for in Articles 41, 43 and 44."

rule vccr.45.1 "Only the sending State may waive the privileges and immunities of a member of the post"
  cites VCCR 45(1)
  text "The sending State may waive, with regard to a member of the consular post, any of the privileges and immunities provided for in Articles 41, 43 and 44."
  duty on receiving_state
  owed to sending_state
  for each waiver as w
  applies when w.subject.status in {consular_officer, consular_employee, consular_service_staff}
  violated when w.by != sending_state and relied_on_waiver(w)
  note "The privileges are the sending State's, not the person's: a waiver declared by the receiving State's authorities (for instance a court deeming the immunity waived by conduct) is no waiver, and the measure taken on it remains a breach of arts. 41, 43 or 44. Record the State that declared the waiver in `by`."
end

exception vccr.45.1.arrest "Express written waiver of the personal inviolability"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.41.1
  gives excused
  when waived_inviolability(e)
end

exception vccr.45.1.imprisonment "Express written waiver of the personal inviolability"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.41.2
  gives excused
  when waived_inviolability(e)
end

exception vccr.45.1.jurisdiction "Express written waiver of the immunity from jurisdiction"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.43.1
  gives excused
  when act_jurisdiction_waived(c)
end

exception vccr.45.1.civil "Express written waiver of the immunity from civil and administrative jurisdiction"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.43.1.civil
  gives excused
  when waived_jurisdiction(j)
end

exception vccr.45.1.evidence "Express written waiver of the privilege to decline to give evidence"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.44.1
  gives excused
  when waived_evidence_privilege(s)
end

exception vccr.45.1.official-evidence "Express written waiver of the privilege of art. 44(3)"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.44.3
  gives excused
  when waived_evidence_privilege(s)
end

exception vccr.45.1.expert-evidence "Express written waiver of the privilege of art. 44(3)"
  cites VCCR 45(1), VCCR 45(2)
  text "any of the privileges and immunities provided for in Articles 41, 43 and 44."
  to vccr.44.3.expert
  gives excused
  when waived_evidence_privilege(s)
end

# ---------------------------------------------------------------- Article 45(2)
# "The waiver shall in all cases be express, except as provided in paragraph 3
#  of this Article, and shall be communicated to the receiving State in
#  writing."

rule vccr.45.2 "A waiver acted on must be express and communicated in writing"
  cites VCCR 45(2)
  text "The waiver shall in all cases be express, except as provided in paragraph 3 of this Article, and shall be communicated to the receiving State in writing."
  duty on receiving_state
  owed to sending_state
  for each waiver as w
  applies when w.subject.status in {consular_officer, consular_employee, consular_service_staff}
           and w.by = sending_state
  violated when not waiver_in_due_form(w) and relied_on_waiver(w)
  note "The form is a condition of the waiver's effect: the sending State breaches nothing by an informal waiver, but the receiving State cannot rely on it. A waiver is never implied from conduct (appearing without objection, silence); an oral waiver, even express, is not enough under the VCCR."
end

# ---------------------------------------------------------------- Article 45(3)
# "The initiation of proceedings by a consular officer or a consular employee
#  in a matter where he might enjoy immunity from jurisdiction under Article
#  43 shall preclude him from invoking immunity from jurisdiction in respect
#  of any counter-claim directly connected with the principal claim."

exception vccr.45.3 "Counter-claim directly connected with the person's own claim"
  cites VCCR 45(3)
  text "The initiation of proceedings by a consular officer or a consular employee in a matter where he might enjoy immunity from jurisdiction under Article 43 shall preclude him from invoking immunity from jurisdiction in respect of any counter-claim directly connected with the principal claim."
  to vccr.43.1.civil
  gives excused
  when j.counterclaim = true
  note "The one case where no express waiver is needed (45(2): 'except as provided in paragraph 3'). Only a counter-claim directly connected with the principal claim; any other claim against the person still meets the immunity."
end

# ---------------------------------------------------------------- Article 45(4)
# "The waiver of immunity from jurisdiction for the purposes of civil or
#  administrative proceedings shall not be deemed to imply the waiver of
#  immunity from the measures of execution resulting from the judicial
#  decision; in respect of such measures, a separate waiver shall be
#  necessary."

rule vccr.45.4 "A waiver for civil or administrative proceedings does not extend to measures of execution"
  cites VCCR 45(4)
  text "The waiver of immunity from jurisdiction for the purposes of civil or administrative proceedings shall not be deemed to imply the waiver of immunity from the measures of execution resulting from the judicial decision; in respect of such measures, a separate waiver shall be necessary."
  duty on receiving_state
  owed to sending_state, "the member of the consular post"
  for each measure_of_execution as x
  applies when official_acts_immunity(x.subject) and x.by = receiving_state
           and x.concerning in {civil_proceedings} and waived_jurisdiction(x.concerning)
  violated when not waived_execution(x)
  note "The measure of execution points (`concerning`) at the civil or administrative proceedings whose decision it enforces, which the receiving State conducted under a waiver of the immunity (so about an act in the exercise of consular functions). Executing the judgment needs a separate waiver, covering execution, named in the measure's `under_waiver`."
end
