# VCCR Article 70: Exercise of consular functions by diplomatic missions.
#
# Many States exercise consular functions through the consular section of
# their embassy. The VCCR applies to those functions "so far as the context
# permits" (70(1)); the members of the mission keep their diplomatic status
# (70(4)): a diplomat of the consular section is protected by the VCDR, not
# by the weaker arts. 41-43 VCCR.

define mission_member_with_consular_functions(p) "Member of a diplomatic mission assigned to the consular section or otherwise charged with consular functions"
  cites VCCR 70(2)
  text "members of a diplomatic mission assigned to the consular section or otherwise charged with the exercise of the consular functions of the mission"
  means p.assigned_consular_functions is known and member_of_mission(p) and p.assigned_consular_functions = true
  note "Decided only where the facts say whether the member is charged with consular functions (assigned_consular_functions): a diplomat of whom nothing is said is left to the VCDR rules, not made a question under art. 70."
end

# ---------------------------------------------------------------- Article 70(1)
# "The provisions of the present Convention apply also, so far as the context
#  permits, to the exercise of consular functions by a diplomatic mission."

rule vccr.70.1 "Art. 36 applies to consular functions exercised by a diplomatic mission: access to nationals may not be refused"
  cites VCCR 70(1), VCCR 36(1)(a), VCCR 36(1)(c)
  text "The provisions of the present Convention apply also, so far as the context permits, to the exercise of consular functions by a diplomatic mission."
  duty on receiving_state
  owed to sending_state, "the national of the sending State"
  for each access_denied as d
  applies when d.by = receiving_state and d.sought_by is known and mission_member_with_consular_functions(d.sought_by)
  violated when true
  note "Communication with and access to detained nationals (art. 36(1)(a), (c)) is the consular function most often exercised by embassies; the receiving State may not refuse it because the sending State acts through its diplomatic mission rather than a consular post."
  note "'So far as the context permits': what the Convention ties to a consular post as such (consular premises, the exequatur) does not carry over; the members' own status is governed by diplomatic law (70(4))."
end

exception vccr.70.1.national-opposed "The national in prison, custody or detention expressly opposed consular action"
  cites VCCR 70(1), VCCR 36(1)(c)
  text "Nevertheless, consular officers shall refrain from taking action on behalf of a national who is in prison, custody or detention if he expressly opposes such action."
  to vccr.70.1
  gives compliant
  when d.national_opposed = true
end

# ---------------------------------------------------------------- Article 70(2)
# "The names of members of a diplomatic mission assigned to the consular
#  section or otherwise charged with the exercise of the consular functions
#  of the mission shall be notified to the Ministry for Foreign Affairs of
#  the receiving State or to the authority designated by that Ministry."

rule vccr.70.2 "Notification of the names of members of the mission charged with consular functions"
  cites VCCR 70(2)
  text "The names of members of a diplomatic mission assigned to the consular section or otherwise charged with the exercise of the consular functions of the mission shall be notified to the Ministry for Foreign Affairs of the receiving State or to the authority designated by that Ministry."
  duty on sending_state
  owed to receiving_state
  for each person as p
  applies when mission_member_with_consular_functions(p)
  violated when p.consular_assignment_notified = false
  note "The rule speaks only of persons the facts state to be charged (or not) with consular functions."
  note "The notification tells the receiving State who may exercise consular functions for the mission; the Convention attaches no stated sanction to its absence."
end

# ---------------------------------------------------------------- Article 70(3)
# "In the exercise of consular functions a diplomatic mission may address:
#  (a) the local authorities of the consular district;
#  (b) the central authorities of the receiving State if this is allowed by
#  the laws, regulations and usages of the receiving State or by relevant
#  international agreements."

rule vccr.70.3.a "A mission exercising consular functions may address the local authorities of the consular district"
  cites VCCR 70(3)(a)
  text "the local authorities of the consular district;"
  duty on receiving_state
  owed to sending_state
  for each address_to_authorities as a
  applies when a.authority_level = local and mission_member_with_consular_functions(a.subject)
           and a.within_consular_district = true
  violated when a.refused = true
  note "The mission need not go through the Ministry for Foreign Affairs to address local authorities (police, prisons, courts) on consular matters; a refusal to deal with it for that reason is a breach. The authorities need not grant what is asked."
end

rule vccr.70.3.b "A mission exercising consular functions may address the central authorities where allowed"
  cites VCCR 70(3)(b)
  text "the central authorities of the receiving State if this is allowed by the laws, regulations and usages of the receiving State or by relevant international agreements."
  duty on receiving_state
  owed to sending_state
  for each address_to_authorities as a
  applies when a.authority_level = central and mission_member_with_consular_functions(a.subject)
           and a.allowed_by_law_or_agreement = true
  violated when a.refused = true
  note "Only where the receiving State's laws, regulations and usages or an applicable agreement allow it; otherwise the central authorities may insist on the channel of the Ministry for Foreign Affairs (cf. VCDR 41(2))."
end

# ---------------------------------------------------------------- Article 70(4)
# "The privileges and immunities of the members of a diplomatic mission
#  referred to in paragraph 2 of this Article shall continue to be governed
#  by the rules of international law concerning diplomatic relations."

rule vccr.70.4 "A member of the mission charged with consular functions keeps his diplomatic inviolability and immunity"
  cites VCCR 70(4), VCDR 29, VCDR 31(1)
  text "The privileges and immunities of the members of a diplomatic mission referred to in paragraph 2 of this Article shall continue to be governed by the rules of international law concerning diplomatic relations."
  duty on receiving_state
  owed to sending_state, "the member of the mission"
  for each arrest or detention or imprisonment or criminal_proceedings as e
  applies when e.by = receiving_state and mission_member_with_consular_functions(e.subject)
           and (diplomatic_agent(e.subject) or member_of_administrative_technical_staff(e.subject))
           and not national_or_resident_of_receiving_state(e.subject)
  violated when true
  note "Consular work does not reduce a diplomat's status to that of a consular officer: a diplomatic agent or member of the administrative and technical staff (not a national or permanent resident of the receiving State) of the consular section may not be arrested or detained (VCDR 29) and is immune from criminal jurisdiction (VCDR 31(1), 37(2)), even for acts outside his consular functions."
  note "Members who are nationals or permanent residents of the receiving State, and service staff, have only the narrower immunities of VCDR 37(3) and 38; the rule does not apply to them."
end

exception vccr.70.4.waiver "Express waiver of immunity from criminal jurisdiction by the sending State"
  cites VCCR 70(4), VCDR 32(2)
  text "Waiver must always be express."
  to vccr.70.4
  gives excused
  when e in {criminal_proceedings}
       and some waiver as w where (w.subject = e.subject and w.by = sending_state and w.express = true)
  note "VCDR 32(2) requires an express waiver, not a written one (unlike VCCR 45(2))."
  note "Limited to the proceedings: whether a waiver of immunity from jurisdiction also allows arrest or detention is not settled by the text (VCDR 32 speaks of immunity from jurisdiction, art. 29 of inviolability)."
end
