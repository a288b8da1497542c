# VCDR art. 39: beginning and end of the privileges and immunities; death
# of a member of the mission.
#
# The start and the end are read from the person's dates (entered_territory,
# appointment_notified, duties_assumed, functions_ended) and from the events
# that end the functions (art. 43: recall notified by the sending State,
# refusal to recognise by the receiving State) and the departure. A date not
# stated never makes the privileges begin or end: the definitions below are
# false unless the facts establish the start or the end.

define privileges_begun(p, e) "The privileges had begun at the time of the event"
  cites VCDR 39(1)
  text "from the moment he enters the territory of the receiving State on proceeding to take up his post or, if already in its territory, from the moment when his appointment is notified to the Ministry for Foreign Affairs or such other ministry as may be agreed."
  means (p.entered_territory is known and p.entered_territory <= e.date)
        or (p.appointment_notified is known and p.appointment_notified <= e.date)
end

define privileges_not_yet_begun(p, e) "The privileges had not yet begun at the time of the event"
  cites VCDR 39(1)
  text "shall enjoy them from the moment he enters the territory of the receiving State on proceeding to take up his post or, if already in its territory, from the moment when his appointment is notified"
  means not privileges_begun(p, e)
        and ((p.entered_territory is known and p.entered_territory > e.date)
             or (p.appointment_notified is known and p.appointment_notified > e.date))
  note "Only when the facts give a start (entry, or notification of the appointment for a person already in the territory) after the event, and none before it."
end

define privileges_lapsed(p, e) "The privileges had ceased at the time of the event (functions ended and the person left, or a reasonable period expired)"
  cites VCDR 39(2)
  text "such privileges and immunities shall normally cease at the moment when he leaves the country, or on expiry of a reasonable period in which to do so"
  means p.functions_ended is known and p.functions_ended < e.date
        and ((some departure as x where (x.subject = p and x.date >= p.functions_ended and x.date <= e.date))
             or (some recall or refusal_to_recognise as d where (
                   d.subject = p and time from d to e meets reasonable_period)))
  note "'time from the end of the functions to the event meets reasonable_period' means that a reasonable period to leave had elapsed by then (the standard measures at least). Decide it with `reasonable_period: true|false` on the later event, or set a threshold."
end

# ---------------------------------------------------------------- Article 39(1)

rule vcdr.39.1 "Privileges and immunities from entry into the territory, before taking up duties"
  cites VCDR 39(1)
  text "Every person entitled to privileges and immunities shall enjoy them from the moment he enters the territory of the receiving State on proceeding to take up his post or, if already in its territory, from the moment when his appointment is notified to the Ministry for Foreign Affairs or such other ministry as may be agreed."
  duty on receiving_state
  owed to sending_state, "the person entitled"
  for each arrest or detention as e
  applies when holds_articles_29_to_35(e.subject) and e.by = receiving_state and privileges_begun(e.subject, e)
           and not (e.subject.duties_assumed is known and e.subject.duties_assumed <= e.date)
  violated when true
  note "The privileges do not wait for the presentation of credentials, the agrément of the person or the assumption of duties: an arrest between the entry (or the notification) and the taking up of duties breaches them as much as one afterwards (art. 29). Later measures are reported under arts. 29 and 37."
end

# ---------------------------------------------------------------- Article 39(2)

rule vcdr.39.2 "Privileges subsist until departure or a reasonable period after the functions end"
  cites VCDR 39(2), VCDR 43(a), VCDR 43(b)
  text "When the functions of a person enjoying privileges and immunities have come to an end, such privileges and immunities shall normally cease at the moment when he leaves the country, or on expiry of a reasonable period in which to do so, but shall subsist until that time, even in case of armed conflict."
  duty on receiving_state
  owed to sending_state, "the departing person"
  for each recall or refusal_to_recognise as d
  applies when function_ended_by(d) and holds_articles_29_to_35(d.subject)
  violated when some arrest or detention or imprisonment or criminal_proceedings as a where (
          a.subject = d.subject and a.by = receiving_state and a.date >= d.date
          and not (some departure as x where (x.subject = d.subject and x.date <= a.date))
          and not (time from d to a meets reasonable_period))
  note "Even in case of armed conflict: no exception. A measure taken after the end of the functions but before the person left and before a reasonable period expired still meets the immunities."
  note "'time from d to a meets reasonable_period': a reasonable period to leave had elapsed by the time of the measure; decide it with `reasonable_period: true|false` on the measure or set a threshold. When the person left later, state the departure."
end

rule vcdr.39.2.official-acts "Immunity continues for acts performed in the exercise of the functions"
  cites VCDR 39(2)
  text "However, with respect to acts performed by such a person in the exercise of his functions as a member of the mission, immunity shall continue to subsist."
  duty on receiving_state
  owed to sending_state, "the former member of the mission"
  for each arrest or detention or criminal_proceedings or civil_proceedings as e
  applies when member_of_mission(e.subject) and e.by = receiving_state
           and e.subject.functions_ended is known and e.subject.functions_ended < e.date
  violated when e.concerning.official_function = true
  authority "Reyes v Al-Malki [2017] UKSC 61 (a former agent's employment of a domestic worker was not an act performed in the exercise of his functions)"
  note "The continuing immunity is ratione materiae: it covers acts performed as a member of the mission, not private acts during the posting. State the act as a conduct event (official_function) and point the measure at it with concerning."
end

# ---------------------------------------------------------------- Article 39(3)

rule vcdr.39.3 "Family of a deceased member: privileges until a reasonable period to leave"
  cites VCDR 39(3)
  text "In case of the death of a member of the mission, the members of his family shall continue to enjoy the privileges and immunities to which they are entitled until the expiry of a reasonable period in which to leave the country."
  duty on receiving_state
  owed to sending_state, "the members of the family"
  for each death as d
  applies when member_of_mission(d.subject)
  violated when some arrest or detention or imprisonment or criminal_proceedings as a where (
          a.subject.family_of = d.subject and a.by = receiving_state and a.date >= d.date
          and (privileged_family_of_agent(a.subject) or privileged_admin_technical(a.subject))
          and not (time from d to a meets reasonable_period))
  note "'time from the death to the measure meets reasonable_period': a reasonable period to leave had elapsed; decide it on the measure (`reasonable_period: true|false`) or set a threshold."
end

# ---------------------------------------------------------------- Article 39(4)

define deceased_of_mission(p) "Deceased member of the mission (not a national or permanent resident) or member of his household"
  cites VCDR 39(4)
  text "a member of the mission not a national of or permanently resident in the receiving State or a member of his family forming part of his household"
  means (member_of_mission(p) and not receiving_state_national_or_resident(p))
        or (p.status = family_member and p.part_of_household = true and member_of_mission(p.family_of))
end

rule vcdr.39.4 "Withdrawal of the movable property of a deceased member of the mission or of his family"
  cites VCDR 39(4)
  text "In the event of the death of a member of the mission not a national of or permanently resident in the receiving State or a member of his family forming part of his household, the receiving State shall permit the withdrawal of the movable property of the deceased, with the exception of any property acquired in the country the export of which was prohibited at the time of his death."
  duty on receiving_state
  owed to sending_state, "the heirs of the deceased"
  for each property_withdrawal_refused as r
  applies when deceased_of_mission(r.subject) and r.by = receiving_state
  violated when true
end

exception vcdr.39.4.export-prohibited "Property acquired in the country whose export was prohibited at the time of death"
  cites VCDR 39(4)
  text "with the exception of any property acquired in the country the export of which was prohibited at the time of his death."
  to vcdr.39.4
  gives compliant
  when r.export_prohibited_local_acquisition = true
end

rule vcdr.39.4.estate-duties "No estate duties on movable property present only because of the mission"
  cites VCDR 39(4)
  text "Estate, succession and inheritance duties shall not be levied on movable property the presence of which in the receiving State was due solely to the presence there of the deceased as a member of the mission or as a member of the family of a member of the mission."
  duty on receiving_state
  owed to sending_state, "the heirs of the deceased"
  for each tax_levied as t
  applies when t.tax_kind = estate_succession_duty and t.by = receiving_state
           and t.subject.kind is unknown and deceased_of_mission(t.subject)
  violated when t.present_solely_due_to_mission = true
  note "The subject of the tax is the deceased (his estate). Immovable property and movables present for other reasons may be taxed (art. 34(c))."
end
