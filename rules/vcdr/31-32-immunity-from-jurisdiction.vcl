# VCDR arts. 31 and 32: immunity of the diplomatic agent from the
# jurisdiction of the receiving State, and its waiver.
#
# Who: the diplomatic agent who is not a national or permanent resident of
# the receiving State. The family (37(1)), the administrative and technical
# staff (37(2)), the service staff (37(3)) and agents who are nationals or
# permanent residents (38(1)) are covered by the rules of arts. 37 and 38,
# which use the exceptions defined here.
#
# Facts: criminal_proceedings and civil_proceedings (with action_kind and
# the particulars of art. 31(1)(a)-(c)), summons_as_witness, interrogation,
# measure_of_execution, waiver (express, covers).

# ------------------------------------------------ art. 31(1)(a)-(c): the civil actions outside the immunity

define real_action_private_immovable(c) "Real action relating to private immovable property in the receiving State"
  cites VCDR 31(1)(a)
  text "a real action relating to private immovable property situated in the territory of the receiving State, unless he holds it on behalf of the sending State for the purposes of the mission;"
  means c.action_kind = real_action_immovable_property and c.held_for_mission = false
  note "A real action concerns title to or possession of the property; a claim for rent or other money under a lease is not obviously one (the courts differ)."
  authority "Intpro Properties (UK) Ltd v Sauvel, Court of Appeal of England and Wales, 29 March 1983, [1983] QB 1019"
end

define private_succession_action(c) "Action relating to a succession in which the agent is involved as a private person"
  cites VCDR 31(1)(b)
  text "an action relating to succession in which the diplomatic agent is involved as executor, administrator, heir or legatee as a private person and not on behalf of the sending State;"
  means c.action_kind = succession and c.private_capacity = true
end

define private_commercial_action(c) "Action relating to a professional or commercial activity outside his official functions"
  cites VCDR 31(1)(c)
  text "an action relating to any professional or commercial activity exercised by the diplomatic agent in the receiving State outside his official functions."
  means c.action_kind = professional_or_commercial_activity and c.outside_official_functions = true
  authority "Tabion v. Mufti, 73 F.3d 535 (4th Cir. 1996) (contracts for goods and services incidental to daily life, including a domestic servant's employment, are not 'commercial activity')"
  authority "Reyes v Al-Malki [2017] UKSC 61 (decided under art. 39(2); the Justices' views on art. 31(1)(c) are obiter and divided)"
  note "The activity must be exercised by the agent himself as a business, of the kind art. 42 forbids; contracts incidental to daily life, including the employment of a private servant, are not such an activity (Tabion). Whether profiting from trafficking a domestic worker is one was left open in Reyes v Al-Malki. Record those actions with action_kind employment or contract."
end

define civil_action_outside_immunity(c) "One of the civil actions of art. 31(1)(a)-(c)"
  cites VCDR 31(1)
  text "He shall also enjoy immunity from its civil and administrative jurisdiction, except in the case of:"
  means real_action_private_immovable(c) or private_succession_action(c) or private_commercial_action(c)
end

define civil_jurisdiction_admitted(c) "Civil action outside the immunity, or counter-claim to the person's own action"
  cites VCDR 31(1), VCDR 32(3)
  means civil_action_outside_immunity(c) or c.counterclaim = true
end

# ------------------------------------------------ art. 32: waiver

define expressly_waived(e) "Express waiver by the sending State of the immunity from the jurisdiction exercised"
  cites VCDR 32(1), VCDR 32(2)
  text "may be waived by the sending State."
  text "Waiver must always be express."
  means some waiver as w where (
          w.subject = e.subject and w.by = sending_state and w.express = true
          and (w.covers = jurisdiction
               or (e.type = "criminal_proceedings" and w.covers = criminal_jurisdiction)
               or (e.type = "civil_proceedings" and w.covers = civil_jurisdiction)))
  note "Unlike VCCR 45(2), the VCDR does not require writing: an express oral waiver by the sending State (usually through the head of mission) suffices. When no waiver was given, say so with `- {type: waiver, subject: ..., occurred: false}`."
end

define expressly_waived_execution(x) "Separate express waiver of immunity from execution"
  cites VCDR 32(4)
  text "for which a separate waiver shall be necessary."
  means some waiver as w where (w.subject = x.subject and w.by = sending_state and w.express = true
                                and w.covers = execution)
end

define execution_permitted(x) "Measure of execution in a case of art. 31(1)(a)-(c), without infringing inviolability"
  cites VCDR 31(3)
  text "except in the cases coming under sub-paragraphs (a), (b) and (c) of paragraph 1 of this Article, and provided that the measures concerned can be taken without infringing the inviolability of his person or of his residence."
  means civil_action_outside_immunity(x.concerning) and x.infringes_inviolability = false
  note "The measure of execution points (concerning) at the civil proceedings whose judgment it enforces."
end

# ---------------------------------------------------------------- Article 31(1)

rule vcdr.31.1.criminal "Immunity of a diplomatic agent from criminal jurisdiction"
  cites VCDR 31(1)
  text "A diplomatic agent shall enjoy immunity from the criminal jurisdiction of the receiving State."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each criminal_proceedings as e
  # Proceedings in the sending State are brought in only so that art. 31(4) can say they are outside the immunity.
  applies when fully_privileged_agent(e.subject) and (e.by = receiving_state or e.by = sending_state)
  violated when true
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3 (the threatened trial of the hostages)"
  note "Absolute: no exception for the gravity of the offence. The immunity bars proceedings, not liability: the receiving State may ask for a waiver (art. 32) or declare the agent persona non grata (art. 9); the sending State may prosecute (art. 31(4))."
end

exception vcdr.31.4 "Proceedings in the sending State"
  cites VCDR 31(4)
  text "The immunity of a diplomatic agent from the jurisdiction of the receiving State does not exempt him from the jurisdiction of the sending State."
  to vcdr.31.1.criminal
  gives not_applicable
  when e.by = sending_state
end

exception vcdr.32.1.criminal "Express waiver of the immunity from criminal jurisdiction"
  cites VCDR 32(1), VCDR 32(2)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  to vcdr.31.1.criminal
  gives excused
  when expressly_waived(e)
end

exception vcdr.39.2.lapsed.criminal "After the immunity ceased, for an act outside his functions (art. 39(2))"
  cites VCDR 39(2)
  text "such privileges and immunities shall normally cease at the moment when he leaves the country, or on expiry of a reasonable period in which to do so"
  to vcdr.31.1.criminal
  gives not_applicable
  when privileges_lapsed(e.subject, e) and e.concerning.official_function = false
  note "For an act performed in the exercise of his functions as a member of the mission the immunity continues (art. 39(2), second sentence)."
end

rule vcdr.31.1.civil "Immunity of a diplomatic agent from civil and administrative jurisdiction"
  cites VCDR 31(1)
  text "He shall also enjoy immunity from its civil and administrative jurisdiction, except in the case of:"
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each civil_proceedings as e
  applies when fully_privileged_agent(e.subject) and e.by = receiving_state
  violated when true
  note "Administrative jurisdiction includes administrative penalties (e.g. traffic fines imposed as penalties); the agent nonetheless owes respect for the laws (art. 41(1))."
end

exception vcdr.31.1.a "Real action relating to private immovable property"
  cites VCDR 31(1)(a)
  text "a real action relating to private immovable property situated in the territory of the receiving State, unless he holds it on behalf of the sending State for the purposes of the mission;"
  to vcdr.31.1.civil
  gives not_applicable
  when real_action_private_immovable(e)
end

exception vcdr.31.1.b "Action relating to a succession, as a private person"
  cites VCDR 31(1)(b)
  text "an action relating to succession in which the diplomatic agent is involved as executor, administrator, heir or legatee as a private person and not on behalf of the sending State;"
  to vcdr.31.1.civil
  gives not_applicable
  when private_succession_action(e)
end

exception vcdr.31.1.c "Action relating to a professional or commercial activity outside his functions"
  cites VCDR 31(1)(c)
  text "an action relating to any professional or commercial activity exercised by the diplomatic agent in the receiving State outside his official functions."
  to vcdr.31.1.civil
  gives not_applicable
  when private_commercial_action(e)
end

exception vcdr.32.3 "Counter-claim directly connected with his own claim"
  cites VCDR 32(3)
  text "The initiation of proceedings by a diplomatic agent or by a person enjoying immunity from jurisdiction under Article 37 shall preclude him from invoking immunity from jurisdiction in respect of any counter-claim directly connected with the principal claim."
  to vcdr.31.1.civil
  gives not_applicable
  when e.counterclaim = true
end

exception vcdr.32.1.civil "Express waiver of the immunity from civil and administrative jurisdiction"
  cites VCDR 32(1), VCDR 32(2)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  to vcdr.31.1.civil
  gives excused
  when expressly_waived(e)
end

# ---------------------------------------------------------------- Article 31(2)

rule vcdr.31.2 "A diplomatic agent is not obliged to give evidence as a witness"
  cites VCDR 31(2)
  text "A diplomatic agent is not obliged to give evidence as a witness."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each summons_as_witness or interrogation as s
  applies when fully_privileged_agent(s.subject) and s.by = receiving_state
           and (s in {summons_as_witness} or s.capacity = witness)
  violated when (s in {summons_as_witness} and (s.compulsory = true or s.coercive_measure = true))
             or (s in {interrogation} and s.coercive = true)
  note "He may be invited to testify and may agree to; a summons that purports to oblige him, or any coercive measure or penalty, is a breach. Unlike VCCR 44, there is no duty to give evidence even on private matters."
end

# ---------------------------------------------------------------- Article 31(3)

rule vcdr.31.3 "No measures of execution against a diplomatic agent"
  cites VCDR 31(3)
  text "No measures of execution may be taken in respect of a diplomatic agent except in the cases coming under sub-paragraphs (a), (b) and (c) of paragraph 1 of this Article, and provided that the measures concerned can be taken without infringing the inviolability of his person or of his residence."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each measure_of_execution as x
  applies when x.subject.kind is unknown and fully_privileged_agent(x.subject) and x.by = receiving_state
  violated when true
  note "Both conditions are needed: a judgment in a case of art. 31(1)(a)-(c), and a measure that does not touch his person or residence. Execution against members of the family or the administrative and technical staff is not encoded here."
end

exception vcdr.31.3.cases "Execution of a judgment in a case of art. 31(1)(a)-(c), without infringing inviolability"
  cites VCDR 31(3)
  text "except in the cases coming under sub-paragraphs (a), (b) and (c) of paragraph 1 of this Article, and provided that the measures concerned can be taken without infringing the inviolability of his person or of his residence."
  to vcdr.31.3
  gives compliant
  when execution_permitted(x)
end

exception vcdr.32.4.waiver "Separate express waiver of immunity from execution"
  cites VCDR 32(4), VCDR 32(2)
  text "for which a separate waiver shall be necessary."
  to vcdr.31.3
  gives excused
  when expressly_waived_execution(x)
end

# ---------------------------------------------------------------- Article 32

define immune_from_jurisdiction(p) "Person with some immunity from jurisdiction under arts. 31, 37 or 38"
  cites VCDR 32(1)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37"
  means diplomatic_agent(p) or privileged_family_of_agent(p) or privileged_admin_technical(p)
        or privileged_service_staff(p)
end

rule vcdr.32.1 "Immunity may be waived only by the sending State"
  cites VCDR 32(1)
  text "The immunity from jurisdiction of diplomatic agents and of persons enjoying immunity under Article 37 may be waived by the sending State."
  duty on receiving_state
  owed to sending_state
  for each waiver as w
  # `kind` is stated for places, things, posts and missions, never for a person: the guard keeps other subjects out.
  applies when w.subject.kind is unknown and immune_from_jurisdiction(w.subject)
  violated when w.by != sending_state
  note "The immunity is the sending State's, not the person's: a waiver found by the receiving State's authorities, or declared by the person himself without the sending State's authority, is no waiver. Record the State that declared it in `by` (a waiver that the receiving State's courts deem given: by the receiving State)."
end

rule vcdr.32.2 "Waiver must be express: no proceedings on an implied waiver"
  cites VCDR 32(2)
  text "Waiver must always be express."
  duty on receiving_state
  owed to sending_state
  for each waiver as w
  # `kind` is stated for places, things, posts and missions, never for a person: the guard keeps other subjects out.
  applies when w.subject.kind is unknown and immune_from_jurisdiction(w.subject)
  violated when w.express = false
             and some criminal_proceedings or civil_proceedings or measure_of_execution as p where (
                   p.subject = w.subject and p.by = receiving_state)
  note "A waiver is never implied from conduct (appearing without objection, silence, a statement of the person). Initiating proceedings is governed by art. 32(3) (counter-claims)."
end

rule vcdr.32.4 "Waiver for the proceedings does not extend to execution"
  cites VCDR 32(4)
  text "Waiver of immunity from jurisdiction in respect of civil or administrative proceedings shall not be held to imply waiver of immunity in respect of the execution of the judgment, for which a separate waiver shall be necessary."
  duty on receiving_state
  owed to sending_state, "the diplomatic agent"
  for each measure_of_execution as x
  applies when x.subject.kind is unknown and immune_from_jurisdiction(x.subject) and x.by = receiving_state
           and some waiver as w where (w.subject = x.subject and w.by = sending_state and w.express = true
                                      and w.covers in {civil_jurisdiction, jurisdiction})
  violated when not expressly_waived_execution(x)
end
