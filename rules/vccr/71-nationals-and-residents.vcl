# VCCR Article 71: Nationals or permanent residents of the receiving State.
#
# Art. 71 applies to career and honorary officers alike. A consular officer
# who is a national of or permanently resident in the receiving State keeps
# only immunity from jurisdiction and personal inviolability for official
# acts and art. 44(3) (71(1), first sentence); the receiving State must
# still notify under art. 42 (second sentence: rule vccr.42) and conduct
# proceedings with as little hindrance as possible (third sentence). Other
# members of the post, families and private staff who are nationals or
# permanent residents enjoy only what the receiving State grants, but its
# jurisdiction over them must not hinder the post unduly (71(2)).

# ---------------------------------------------------------------- Article 71(1)
# "Except in so far as additional facilities, privileges and immunities may
#  be granted by the receiving State, consular officers who are nationals of
#  or permanently resident in the receiving State shall enjoy only immunity
#  from jurisdiction and personal inviolability in respect of official acts
#  performed in the exercise of their functions, and the privilege provided
#  in paragraph 3 of Article 44. So far as these consular officers are
#  concerned, the receiving State shall likewise be bound by the obligation
#  laid down in Article 42. If criminal proceedings are instituted against
#  such a consular officer, the proceedings shall, except when he is under
#  arrest or detention, be conducted in a manner which will hamper the
#  exercise of consular functions as little as possible."

define measure_about_official_act(e) "The measure is about an act performed in the exercise of consular functions"
  cites VCCR 71(1), VCCR 43(1)
  text "in respect of official acts performed in the exercise of their functions"
  means (e.concerning is known and e.concerning.official_function = true)
     or (e.concerning is unknown
         and some conduct as c where (c.subject = e.subject and c.unlawful = true and c.official_function = true))
  note "The measure names the act it is about with `concerning`. When it does not, the person's conduct that the facts state to be unlawful stands for it: the measure is about an official act if some such conduct was performed in the exercise of consular functions, and is not if none of it was."
end

rule vccr.71.1 "Consular officer who is a national or permanent resident: immunity and inviolability for official acts only"
  cites VCCR 71(1)
  text "consular officers who are nationals of or permanently resident in the receiving State shall enjoy only immunity from jurisdiction and personal inviolability in respect of official acts performed in the exercise of their functions"
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each arrest or detention or imprisonment or criminal_proceedings as e
  applies when stated_consular_officer(e.subject) and national_or_resident_of_receiving_state(e.subject)
           and e.by = receiving_state
  violated when measure_about_official_act(e)
  authority "Oberlandesgericht Zweibrücken, decision of 10 June 2013, 1 Ss Bs 15/13 (honorary consul of Romania, a German national: art. 71(1) covers only the official act itself, narrower than art. 43(1), which also covers acts closely connected with a consular function)"
  authority "Bayerisches Oberstes Landesgericht, decision of 1 July 2024, 201 ObOWi 405/24 (honorary consul, German national resident in Germany: immunity only for official acts; a drive to collect a national of the sending State, who was not yet in the car, only prepared an official act)"
  note "German courts read 'official acts performed in the exercise of their functions' (71(1)) more narrowly than 'acts performed in the exercise of consular functions' (43(1)): only the official act itself, not acts preparing it. Decide official_function on the conduct accordingly."
  note "An arrest, detention or prosecution for a private act is compliant: such an officer has no other inviolability or immunity under the Convention (art. 41 does not protect him)."
  note "'Except in so far as additional facilities, privileges and immunities may be granted by the receiving State': more generous treatment under the receiving State's own law or an agreement is not encoded here (an overlay pack can encode it)."
  note "Civil and administrative proceedings about official acts are judged under art. 43 (with its exceptions in 43(2))."
end

exception vccr.71.1.waiver "Express waiver by the sending State, communicated in writing (art. 45)"
  cites VCCR 71(1), VCCR 45(1), VCCR 45(2)
  text "The waiver shall in all cases be express, except as provided in paragraph 3 of this Article, and shall be communicated to the receiving State in writing."
  to vccr.71.1
  gives excused
  when some waiver as w where (
         w.subject = e.subject and w.by = sending_state and w.express = true and w.in_writing = true
         and w.date <= e.date)
  note "Only the sending State may waive (art. 45(1)); an implied waiver, or one by the officer himself, does not count. A waiver given after the measure does not excuse it."
end

rule vccr.71.1.hindrance "Proceedings against a national or resident consular officer hampering consular functions as little as possible"
  cites VCCR 71(1)
  text "If criminal proceedings are instituted against such a consular officer, the proceedings shall, except when he is under arrest or detention, be conducted in a manner which will hamper the exercise of consular functions as little as possible."
  duty on receiving_state
  owed to sending_state
  for each criminal_proceedings as e
  applies when stated_consular_officer(e.subject) and national_or_resident_of_receiving_state(e.subject)
           and e.by = receiving_state
  violated when e.minimum_hindrance = false
  note "Unlike art. 41(3) and 63, no duty of respect due to the official position: only the functions of the post are protected."
end

exception vccr.71.1.hindrance.custody "The consular officer is under arrest or detention"
  cites VCCR 71(1)
  text "except when he is under arrest or detention"
  to vccr.71.1.hindrance
  gives not_applicable
  when e.subject_in_custody = true
end

# ---------------------------------------------------------------- Article 71(2)
# "Other members of the consular post who are nationals of or permanently
#  resident in the receiving State and members of their families, as well as
#  members of the families of consular officers referred to in paragraph 1
#  of this Article, shall enjoy facilities, privileges and immunities only in
#  so far as these are granted to them by the receiving State. Those members
#  of the families of members of the consular post and those members of the
#  private staff who are themselves nationals of or permanently resident in
#  the receiving State shall likewise enjoy facilities, privileges and
#  immunities only in so far as these are granted to them by the receiving
#  State. The receiving State shall, however, exercise its jurisdiction over
#  those persons in such a way as not to hinder unduly the performance of
#  the functions of the consular post."

define consular_local_staff_or_family(p) "Member of the post (not a consular officer), family member or private staff under art. 71(2)"
  cites VCCR 71(2)
  text "Other members of the consular post who are nationals of or permanently resident in the receiving State and members of their families, as well as members of the families of consular officers referred to in paragraph 1 of this Article"
  text "Those members of the families of members of the consular post and those members of the private staff who are themselves nationals of or permanently resident in the receiving State"
  means ((consular_employee(p) or member_of_service_staff(p) or member_of_private_staff(p))
         and national_or_resident_of_receiving_state(p))
     or (p.status = family_member and member_of_consular_post(p.family_of)
         and (national_or_resident_of_receiving_state(p.family_of) or national_or_resident_of_receiving_state(p)))
end

rule vccr.71.2 "Jurisdiction over local staff and families exercised without hindering the post unduly"
  cites VCCR 71(2)
  text "The receiving State shall, however, exercise its jurisdiction over those persons in such a way as not to hinder unduly the performance of the functions of the consular post."
  duty on receiving_state
  owed to sending_state
  for each arrest or detention or criminal_proceedings or civil_proceedings or measure_of_execution as e
  applies when consular_local_staff_or_family(e.subject) and e.by = receiving_state
  violated when e.undue_interference = true
  note "These persons enjoy facilities, privileges and immunities only in so far as the receiving State grants them: the arrest or prosecution of a consular employee who is a national of the receiving State is not in itself a breach (not even for official acts: art. 43 does not extend to him). What the Convention requires is that the jurisdiction be exercised without hindering the post's functions unduly."
  note "The fact undue_interference (shared with VCDR 37(4), 38(2)) records whether the exercise of jurisdiction hindered the post's functions unduly."
end
