# VCDR definitions: who is who, and what the premises of the mission are
# (VCDR art. 1).
#
# Each expression of art. 1 is defined once, with the sub-paragraph that
# defines it, and used by the rules as a call: diplomatic_agent(e.subject).
# Parameters are persons and places of the incident file; the attributes
# they read (status, head_of_mission, kind, ...) are the fact vocabulary
# (see `vccheck schema`).
#
# Convention of the fact vocabulary: every diplomatic agent, the head of the
# mission included, has `status: diplomatic_agent`; the head also has
# `head_of_mission: true`. The definitions below are written so that a
# person stated to be a diplomatic agent is a diplomatic agent and a member
# of the mission even when `head_of_mission` is not stated.

# ------------------------------------------------------------ VCDR art. 1

define head_of_mission(p) "Head of the mission"
  cites VCDR 1(a)
  text "the \"head of the mission\" is the person charged by the sending State with the duty of acting in that capacity;"
  means p.status = diplomatic_agent and p.head_of_mission = true
  note "The head of the mission is a diplomatic agent (1(e)); a charge d'affaires ad interim acting provisionally as head of the mission (art. 19(1)) is stated with head_of_mission: true for the time he so acts."
end

define member_of_mission(p) "Member of the mission (the head of the mission and the members of the staff)"
  cites VCDR 1(b)
  text "the \"members of the mission\" are the head of the mission and the members of the staff of the mission;"
  means diplomatic_agent(p) or member_of_staff_of_mission(p)
  note "The head of the mission is a diplomatic agent (1(e)), so 'a diplomatic agent or a member of the staff' is exactly 'the head of the mission or a member of the staff', and stays true when head_of_mission is not stated."
  note "Members of the family and private servants are not members of the mission (1(b), (h))."
end

define member_of_staff_of_mission(p) "Member of the staff of the mission"
  cites VCDR 1(c)
  text "the \"members of the staff of the mission\" are the members of the diplomatic staff, of the administrative and technical staff and of the service staff of the mission;"
  means member_of_diplomatic_staff(p) or member_of_administrative_technical_staff(p)
        or member_of_service_staff_of_mission(p)
end

define member_of_diplomatic_staff(p) "Member of the diplomatic staff (a member of the staff having diplomatic rank, not the head)"
  cites VCDR 1(d)
  text "the \"members of the diplomatic staff\" are the members of the staff of the mission having diplomatic rank;"
  means p.status = diplomatic_agent and not p.head_of_mission = true
  note "Unknown for a diplomatic agent whose head_of_mission is not stated: the head of the mission is not a member of the staff (1(b), (c)). Rules that concern every diplomatic agent use diplomatic_agent(p)."
end

define diplomatic_agent(p) "Diplomatic agent (the head of the mission or a member of the diplomatic staff)"
  cites VCDR 1(e)
  text "a \"diplomatic agent\" is the head of the mission or a member of the diplomatic staff of the mission;"
  means p.status = diplomatic_agent
  note "The vocabulary gives the head of the mission the status diplomatic_agent (with head_of_mission: true), so the status alone decides."
end

define member_of_administrative_technical_staff(p) "Member of the administrative and technical staff"
  cites VCDR 1(f)
  text "the \"members of the administrative and technical staff\" are the members of the staff of the mission employed in the administrative and technical service of the mission;"
  means p.status = administrative_technical_staff
end

define member_of_service_staff_of_mission(p) "Member of the service staff of the mission"
  cites VCDR 1(g)
  text "the \"members of the service staff\" are the members of the staff of the mission in the domestic service of the mission;"
  means p.status = mission_service_staff
  note "Named apart from the consular member_of_service_staff (VCCR 1(1)(f))."
end

define private_servant(p) "Private servant of a member of the mission"
  cites VCDR 1(h)
  text "a \"private servant\" is a person who is in the domestic service of a member of the mission and who is not an employee of the sending State;"
  means p.status = private_servant
  note "An employee of the sending State in domestic service is a member of the service staff (1(g)), not a private servant."
end

define premises_of_mission(x) "Premises of the mission (including the residence of the head of the mission)"
  cites VCDR 1(i)
  text "the \"premises of the mission\" are the buildings or parts of buildings and the land ancillary thereto, irrespective of ownership, used for the purposes of the mission including the residence of the head of the mission."
  means x.kind in {mission_premises, residence_of_head_of_mission}
  note "Irrespective of ownership: leased premises are premises of the mission. Unlike consular premises (VCCR 1(1)(j)) they need not be used exclusively for the mission. The private residence of a diplomatic agent other than the head is protected by art. 30, not art. 22."
  note "A building becomes premises of the mission by its actual use for the purposes of the mission; the receiving State may prevent it by an objection that is timely, non-arbitrary and non-discriminatory (ICJ, Immunities and Criminal Proceedings (Equatorial Guinea v. France), Judgment, I.C.J. Reports 2020, p. 300). State a building whose status the receiving State validly refused with another kind."
end

# ------------------------------------------------------------ acts of the receiving State

define agent_of_receiving_state(e) "An act of the agents (organs) of the receiving State"
  cites VCDR 22(1)
  text "The agents of the receiving State may not enter them"
  means e.by = receiving_state and (e.organ_kind is unknown or e.organ_kind != private_persons)
  note "`by` names the State whose organ acted; private conduct is marked organ_kind: private_persons (`by` then names the State of the persons' nationality). An act whose kind of organ is not stated is taken as an act of the organs of the State named in `by`."
end
