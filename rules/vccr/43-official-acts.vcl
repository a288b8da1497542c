# VCCR Article 43: Immunity from jurisdiction
#
# The measure of jurisdiction (arrest, detention, imprisonment, criminal or
# civil or administrative proceedings) is linked to the act it is about by
# `concerning` (a conduct event, whose official_function says whether the
# act was performed in the exercise of consular functions). Honorary
# consular officers: art. 43 applies through art. 58(2) (rule vccr.58.2).
# After the functions end: vccr.53.4. Waiver and counter-claims: art. 45.

define official_acts_immunity(p) "Consular officer or consular employee with immunity for official acts"
  cites VCCR 43(1)
  text "Consular officers and consular employees"
  means p.status = consular_officer
        or (p.status = consular_employee and career_headed_post(p.post)
            and not national_or_resident_of_receiving_state(p)
            and not gainfully_occupied_staff(p))
  note "Every consular officer, career or honorary (art. 58(2)), national of the receiving State or not (art. 71(1)). A consular employee of a post headed by a career officer, unless he is a national or permanent resident of the receiving State (art. 71(2)) or carries on a private gainful occupation (art. 57(2)(a)). Members of the service staff have no immunity under art. 43."
end

define measure_concerns_act(j, c) "The measure of jurisdiction is about this act"
  cites VCCR 43(1)
  means j.subject = c.subject and (j.concerning = c or j.concerning is unknown)
  note "The measure names the act it concerns (`concerning`). A measure against the same person that names no act is taken to concern the acts the file records for him."
end

define jurisdiction_over_act(c) "The receiving State exercised criminal or administrative jurisdiction over the act while the person was in office"
  means some arrest or detention or imprisonment or criminal_proceedings as j where (
          measure_concerns_act(j, c) and j.by = receiving_state
          and not consular_functions_ended_before(j.subject, j))
end

define official_act_concerned(j) "The measure concerns an act performed in the exercise of consular functions"
  cites VCCR 43(1)
  text "in respect of acts performed in the exercise of consular functions"
  means (j.concerning is known and j.concerning.official_function = true)
        or (j.concerning is unknown
            and some conduct as c where (c.subject = j.subject and c.official_function = true))
  note "The act is the event the measure concerns. When the file does not link the measure to an act, the conduct recorded for the same person is taken as what the measure is about."
end

# ---------------------------------------------------------------- Article 43(1)

rule vccr.43.1 "No jurisdiction over acts performed in the exercise of consular functions"
  cites VCCR 43(1), VCCR 5(c)
  text "Consular officers and consular employees shall not be amenable to the jurisdiction of the judicial or administrative authorities of the receiving State in respect of acts performed in the exercise of consular functions."
  duty on receiving_state
  owed to sending_state, "the consular officer or employee"
  for each conduct as c
  applies when official_acts_immunity(c.subject) and jurisdiction_over_act(c)
  violated when c.official_function = true
  authority "Bayerisches Oberstes Landesgericht (Bavarian Supreme Court), decision of 1 July 2024, 201 ObOWi 405/24 (honorary consul, a German national: immunity only for official acts; a drive that only prepared a consular act, to collect a national not yet in the car, is not one)"
  note "One finding per act: the receiving State arrested, detained, imprisoned or prosecuted the person for it. Consular functions include ascertaining conditions and developments in the receiving State 'by all lawful means' (VCCR 5(c)); an act outside the functions is not covered. Whether the act was official is often the disputed fact, and decides the finding."
  note "Immunity ratione materiae: for an act outside the functions a consular officer is amenable to the jurisdiction (an arrest still needs art. 41). Honorary consular officers too (art. 58(2)). Civil and administrative actions: vccr.43.1.civil. Proceedings begun after the functions ended: vccr.53.4."
end

rule vccr.43.1.civil "No civil or administrative jurisdiction over acts performed in the exercise of consular functions"
  cites VCCR 43(1)
  text "Consular officers and consular employees shall not be amenable to the jurisdiction of the judicial or administrative authorities of the receiving State in respect of acts performed in the exercise of consular functions."
  duty on receiving_state
  owed to sending_state, "the consular officer or employee"
  for each civil_proceedings as j
  applies when official_acts_immunity(j.subject) and j.by = receiving_state
           and not consular_functions_ended_before(j.subject, j)
  violated when official_act_concerned(j)
  note "One finding per civil action or administrative proceedings, with the exceptions of art. 43(2) and the counter-claim of art. 45(3)."
end

# ---------------------------------------------------------------- Article 43(2)
# "The provisions of paragraph 1 of this Article shall not, however, apply in
#  respect of a civil action either:
#  (a) arising out of a contract concluded by a consular officer or a consular
#      employee in which he did not contract expressly or impliedly as an agent
#      of the sending State; or
#  (b) by a third party for damage arising from an accident in the receiving
#      State caused by a vehicle, vessel or aircraft."

exception vccr.43.2.a "Civil action on a contract not concluded as agent of the sending State"
  cites VCCR 43(2)(a)
  text "arising out of a contract concluded by a consular officer or a consular employee in which he did not contract expressly or impliedly as an agent of the sending State"
  to vccr.43.1.civil
  gives not_applicable
  when j.action_kind = contract and j.contracted_as_agent = false
  note "A civil action only: the exception does not reach criminal proceedings about the same contract."
end

exception vccr.43.2.b "Third-party action for damage from an accident caused by a vehicle, vessel or aircraft"
  cites VCCR 43(2)(b)
  text "by a third party for damage arising from an accident in the receiving State caused by a vehicle, vessel or aircraft."
  to vccr.43.1.civil
  gives not_applicable
  when j.concerning in {vehicle_accident}
  note "Even when the journey was official: the victim of the accident may sue. The action concerns the accident (a vehicle_accident event); the insurance the member must hold is art. 56."
end
