"""The fact vocabulary: every key an incident file may use, with its type.

This is the single contract between incident files (the loader validates
against it, ``vccheck schema`` exports it as JSON Schema) and rule files
(the rule checker resolves ``e.subject.status`` against it). Add a fact
here, document it, and both sides know it.

Types:
  text, bool, int, number, date (YYYY-MM-DD), time (HH:MM[:SS]),
  timezone (IANA name or +HH:MM), duration (e.g. 48h, 3d, 90m),
  enum (one of ``values``), ref:KIND (the id of a declared state, post,
  mission, person, place, thing or event; ref:any = person, place, thing,
  post or mission), list:ref:KIND.
"""

from __future__ import annotations

from vccheck.record import record, replace


@record
class Attr:
    name: str
    type: str
    doc: str
    values: tuple[str, ...] = ()

    @property
    def ref_kind(self) -> str | None:
        t = self.type.removeprefix("list:")
        return t[4:] if t.startswith("ref:") else None


def attrs(*specs) -> dict[str, Attr]:
    """Attributes from (name, type, doc[, enum values]) tuples."""
    return _attrs(*specs)


def _attrs(*specs) -> dict[str, Attr]:
    out = {}
    for spec in specs:
        name, typ, doc, *rest = spec
        out[name] = Attr(name, typ, doc, tuple(rest[0]) if rest else ())
    return out


# ----------------------------------------------------------------- persons
PERSON_STATUSES = (
    "consular_officer", "consular_employee", "consular_service_staff", "private_staff", "family_member",
    "diplomatic_agent", "administrative_technical_staff", "mission_service_staff", "private_servant",
    "consular_courier", "diplomatic_courier", "private_national", "other",
)

PERSON = _attrs(
    ("name", "text", "Name or description of the person."),
    ("status", "enum", "The person's status under VCCR art. 1 / VCDR art. 1.", PERSON_STATUSES),
    ("category", "enum", "Career or honorary consular officer (VCCR art. 1(2)).", ("career", "honorary")),
    ("head_of_post", "bool", "Head of a consular post (VCCR art. 1(1)(c))."),
    ("head_of_mission", "bool", "Head of a diplomatic mission (VCDR art. 1(a))."),
    ("post", "ref:post", "The consular post the person belongs to."),
    ("mission", "ref:mission", "The diplomatic mission the person belongs to."),
    ("nationality", "ref:state", "State of nationality (a key of 'states')."),
    ("permanent_resident_of_receiving_state", "bool", "Permanently resident in the receiving State (VCCR 71, VCDR 38)."),
    ("family_of", "ref:person", "For a family member: the member of the post or mission."),
    ("part_of_household", "bool", "Forms part of the household of that member."),
    ("private_gainful_occupation", "bool", "Carries on a private gainful occupation in the receiving State (VCCR 57)."),
    ("entered_territory", "date", "Date of entry into the receiving State's territory to take up the post (VCCR 53(1), VCDR 39(1))."),
    ("duties_assumed", "date", "Date the person entered on duties (VCCR 53(1), VCDR 39(1))."),
    ("functions_ended", "date", "Date the functions came to an end (VCCR 53(3), VCDR 39(2))."),
    ("rank", "text", "Title or rank (e.g. consul, first secretary)."),
)

POST = _attrs(
    ("name", "text", "Name of the consular post."),
    ("kind", "enum", "Class of post (VCCR art. 1(1)(a), 9).",
     ("consulate_general", "consulate", "vice_consulate", "consular_agency", "consular_section")),
    ("headed_by", "enum", "Category of the head of post (VCCR art. 1(2)).", ("career", "honorary")),
    ("head", "ref:person", "The head of post."),
    ("sending_state", "ref:state", "The sending State (default: the incident's)."),
    ("city", "text", "Seat of the post."),
)

MISSION = _attrs(
    ("name", "text", "Name of the mission."),
    ("kind", "enum", "Kind of mission.", ("embassy", "permanent_mission", "special_mission", "other")),
    ("head", "ref:person", "The head of the mission."),
    ("sending_state", "ref:state", "The sending State (default: the incident's)."),
    ("city", "text", "Seat of the mission."),
)

PLACE = _attrs(
    ("name", "text", "Name or address."),
    ("kind", "enum", "Kind of place (VCCR 1(1)(j), VCDR 1(i), 30).",
     ("consular_premises", "mission_premises", "residence_of_head_of_mission", "private_residence",
      "residence_of_consular_officer", "other")),
    ("post", "ref:post", "The consular post using it."),
    ("mission", "ref:mission", "The mission using it."),
    ("exclusively_consular_work", "bool", "Part used exclusively for the work of the consular post (VCCR 31(2))."),
    ("occupant", "ref:person", "Person whose residence it is."),
)

THING = _attrs(
    ("name", "text", "Description."),
    ("kind", "enum", "Kind of thing (VCCR 1(1)(k), 33, 35; VCDR 24, 27).",
     ("consular_archives", "mission_archives", "documents", "official_correspondence", "consular_bag",
      "diplomatic_bag", "means_of_transport", "property", "other")),
    ("post", "ref:post", "The consular post it belongs to."),
    ("mission", "ref:mission", "The mission it belongs to."),
    ("kept_apart", "bool", "Archives kept separate from private papers (VCCR 61)."),
    ("visible_marks", "bool", "The bag bears visible external marks of its character (VCCR 35(4), VCDR 27(4))."),
    ("holder", "ref:person", "Person carrying or owning it."),
)

STATE = _attrs(
    ("name", "text", "Name of the State as it was on the incident's date."),
)

# ------------------------------------------------------------------ events
ORGAN_KINDS = ("police", "security_service", "military", "judicial", "prosecution", "executive",
               "customs", "immigration", "private_persons", "other")

EVENT_COMMON = _attrs(
    ("id", "text", "Identifier of the event, unique in the file."),
    ("type", "text", "Event type (see the list of event types)."),
    ("date", "date", "Date the event happened (or began)."),
    ("time", "time", "Local time of day, quoted: \"14:30\"."),
    ("timezone", "timezone", "Time zone of date/time (default: the incident's)."),
    ("end_date", "date", "Date the event ended (for detention, restriction)."),
    ("end_time", "time", "Local time it ended."),
    ("by", "ref:state", "The State whose organ acted (or whose national acted, for private conduct)."),
    ("organ", "text", "The acting organ (e.g. Federal Security Service)."),
    ("organ_kind", "enum", "Kind of acting organ.", ORGAN_KINDS),
    ("subject", "ref:any", "The person, place or thing acted upon."),
    ("place", "ref:place", "Where it happened."),
    ("concerning", "ref:event", "The earlier event this one relates to (e.g. the arrest a notification concerns)."),
    ("description", "text", "What happened, in the file author's words."),
    ("occurred", "bool", "false states that no such event happened (default: the event happened)."),
)

_OFFENCE = (
    ("suspected_offence", "text", "The offence alleged."),
    ("max_penalty_years", "number", "Maximum penalty for the offence, in years of imprisonment."),
    ("judicial_decision", "bool", "Ordered by a decision of the competent judicial authority (VCCR 41(1))."),
    ("flagrante_delicto", "bool", "The person was caught in the act."),
    ("foreign_national_known", "bool", "The authorities knew or had grounds to think the person a foreign national."),
)

EVENT_TYPES: dict[str, tuple[str, dict[str, Attr]]] = {
    # deprivation of liberty
    "arrest": ("Arrest of a person.", _attrs(*_OFFENCE)),
    "detention": ("Detention (custody pending trial or otherwise).", _attrs(*_OFFENCE)),
    "release": ("Release from arrest or detention.", {}),
    "imprisonment": ("Imprisonment or other restriction of liberty.", _attrs(
        ("final_judgment", "bool", "In execution of a final judicial decision (VCCR 41(2))."),
    )),
    "restriction_of_movement": ("Restriction of freedom of movement or travel.", _attrs(
        ("security_zone", "bool", "Entry into a zone prohibited or regulated for national security (VCCR 34, VCDR 26)."),
    )),
    # treatment
    "interrogation": ("Questioning of a person.", _attrs(
        ("capacity", "enum", "Questioned as suspect or as witness.", ("suspect", "witness")),
        ("coercive", "bool", "Coercive or intimidating manner."),
        ("about_official_acts", "bool", "Concerning matters connected with the exercise of functions (VCCR 44(3))."),
    )),
    "blindfolding": ("Blindfolding of a person.", {}),
    "physical_restraint": ("Physical restraint (hands, head held down, handcuffs).", {}),
    "use_of_force": ("Use of force against a person.", {}),
    "threat": ("Threat or intimidation.", {}),
    "attack": ("Attack on a person, premises or property.", _attrs(
        ("protective_steps_taken", "bool", "The receiving State took appropriate steps to prevent or stop it."),
    )),
    # premises and property
    "entry": ("Entry into premises by agents of a State.", _attrs(
        ("consent", "bool", "Consent of the head of post / mission (or a person designated) was given."),
        ("emergency", "enum", "An emergency at the time of entry.", ("fire", "disaster", "none")),
        ("prompt_protective_action_required", "bool", "The emergency required prompt protective action (VCCR 31(2))."),
    )),
    "search": ("Search of a person, premises, vehicle or thing.", _attrs(
        ("consent", "bool", "Consent was given."),
    )),
    "seizure": ("Seizure, requisition or attachment of property, documents or archives.", _attrs(
        ("read_or_copied", "bool", "Documents were read or copied."),
    )),
    "bag_opened": ("Opening of a consular or diplomatic bag.", _attrs(
        ("serious_reason", "bool", "Serious reason to believe the bag holds other things than official material (VCCR 35(3))."),
        ("opening_requested", "bool", "The authorities requested that the bag be opened in their presence by an authorised representative."),
        ("sending_state_refused", "bool", "The sending State's authorities refused the request."),
        ("in_presence_of_representative", "bool", "Opened in the presence of an authorised representative of the sending State."),
    )),
    "bag_detained": ("Detention of a bag (held, not returned).", _attrs(
        ("serious_reason", "bool", "Serious reason (VCCR 35(3))."),
        ("opening_requested", "bool", "Opening in the presence of a representative was requested."),
        ("sending_state_refused", "bool", "The sending State refused the request."),
        ("returned", "bool", "The bag was returned to its place of origin."),
    )),
    # consular rights of nationals (VCCR 36, 37)
    "information_of_rights": ("The person was informed of the right to consular notification and communication.", {}),
    "request_for_notification": ("The detained national asked that the consular post be informed.", {}),
    "notification": ("Notification of an event to the consular post, head of post, mission or sending State.", _attrs(
        ("recipient", "enum", "Who was notified.",
         ("head_of_post", "consular_post", "diplomatic_mission", "sending_state", "family", "other")),
        ("channel", "enum", "Channel used.", ("diplomatic", "direct", "other")),
    )),
    "communication_forwarded": ("A communication of the detained national to the post was forwarded.", {}),
    "access_request": ("A consular officer asked to communicate with or visit a national.", {}),
    "consular_visit": ("A consular officer visited the national.", {}),
    "access_denied": ("Consular communication or access was refused or obstructed.", _attrs(
        ("national_opposed", "bool", "The national expressly opposed consular action (VCCR 36(1)(c))."),
    )),
    "procedural_bar": ("A procedural rule barred review of a breach of VCCR 36 (LaGrand, Avena).", _attrs(
        ("review_and_reconsideration", "bool", "Review and reconsideration of conviction and sentence was available."),
    )),
    "death": ("Death of a national of the sending State.", {}),
    "guardianship_case": ("Appointment of a guardian or trustee for a minor or incapable national.", {}),
    "wreck": ("Wreck or grounding of a vessel, or an aircraft accident (VCCR 37(c)).", {}),
    # status and departure
    "persona_non_grata": ("Declaration that a person is persona non grata or not acceptable.", _attrs(
        ("time_to_leave", "duration", "Time given to leave (e.g. 48h)."),
        ("reasons_given", "bool", "Reasons were given."),
    )),
    "departure": ("Departure of the person from the receiving State.", {}),
    "obstruction_of_departure": ("The person was prevented or hindered from leaving.", {}),
    "recall": ("The sending State recalled the person or ended the functions.", {}),
    # proceedings
    "criminal_proceedings": ("Criminal proceedings instituted against a person.", _attrs(
        ("respect_for_position", "bool", "Conducted with the respect due to the official position (VCCR 41(3))."),
        ("minimum_hindrance", "bool", "Conducted so as to hamper the exercise of consular functions as little as possible."),
        ("charges", "bool", "Charges were brought."),
    )),
    "judicial_decision": ("A decision of a judicial authority.", _attrs(
        ("final", "bool", "A final decision."),
        ("orders_detention", "bool", "It ordered arrest or detention."),
    )),
    "summons_as_witness": ("A person was called to give evidence.", _attrs(
        ("declined", "bool", "The person declined to give evidence."),
        ("coercive_measure", "bool", "A coercive measure or penalty was applied."),
        ("about_official_acts", "bool", "The evidence concerned matters connected with the exercise of functions (VCCR 44(3))."),
    )),
    "waiver": ("Waiver of a privilege or immunity by the sending State.", _attrs(
        ("express", "bool", "The waiver was express."),
        ("in_writing", "bool", "The waiver was communicated in writing."),
    )),
    # conduct of the person
    "conduct": ("Conduct of a member of a post or mission (e.g. alleged illegal activity).", _attrs(
        ("unlawful", "bool", "The conduct broke the receiving State's laws and regulations (VCCR 55(1), VCDR 41(1))."),
        ("official_function", "bool", "An act performed in the exercise of consular or diplomatic functions (VCCR 43, VCDR 31)."),
        ("interference_in_internal_affairs", "bool", "Interference in the internal affairs of the receiving State."),
    )),
    "protest": ("A diplomatic protest or statement by a State.", {}),
}

ENTITY_SECTIONS = {  # section of the incident file -> (kind, attributes)
    "states": ("state", STATE),
    "posts": ("post", POST),
    "missions": ("mission", MISSION),
    "persons": ("person", PERSON),
    "places": ("place", PLACE),
    "things": ("thing", THING),
}
KIND_ATTRS = {kind: attrs for kind, attrs in ENTITY_SECTIONS.values()}

# Provenance keys allowed on any entity, event or value mapping.
PROVENANCE_KEYS = ("source", "alleged_by", "denied_by")

# Top-level names every rule may use.
INCIDENT_NAMES = {
    "sending_state": "ref:state",
    "receiving_state": "ref:state",
}


def event_attrs(event_type: str) -> dict[str, Attr]:
    """Common event attributes plus those particular to ``event_type``."""
    return {**EVENT_COMMON, **EVENT_TYPES[event_type][1]}


def attrs_of(kind: str, event_types: tuple[str, ...] = ()) -> dict[str, Attr]:
    """Attributes readable on an entity of ``kind`` (``event``: union over ``event_types``)."""
    if kind == "event":
        return _union([EVENT_COMMON] + [EVENT_TYPES[et][1] for et in event_types or tuple(EVENT_TYPES)])
    if kind == "any":
        return _union([KIND_ATTRS[k] for k in ("person", "place", "thing", "post", "mission")])
    return KIND_ATTRS[kind]


def _union(tables) -> dict[str, Attr]:
    """Attributes of several kinds; an enum named alike in several takes all their values."""
    out: dict[str, Attr] = {}
    for table in tables:
        for name, attr in table.items():
            old = out.get(name)
            if old is not None and old.type == attr.type == "enum":
                attr = replace(old, values=old.values + tuple(v for v in attr.values
                                                                          if v not in old.values))
            out[name] = attr
    return out


def kind_of_name(name: str) -> tuple[str, tuple[str, ...]] | None:
    """What ``for each NAME`` ranges over: an entity kind, or events of that type."""
    if name in KIND_ATTRS:
        return name, ()
    if name == "event":
        return "event", ()
    if name in EVENT_TYPES:
        return "event", (name,)
    return None


RANGE_NAMES = tuple(sorted(set(KIND_ATTRS) | {"event"} | set(EVENT_TYPES)))

# Open-textured standards (see docs and legal-model section 5). An event may
# decide one explicitly with a bool attribute of the same name (e.g. on a
# notification, ``promptly: true``); otherwise a threshold set by the user
# (``--standard promptly=24h`` or the incident's ``standards:``) decides it,
# or the finding is undetermined and names the standard.
STANDARDS = {
    "without_delay": ("duration", "'without delay' (VCCR 36(1)(b), 37)"),
    "promptly": ("duration", "'promptly' (VCCR 42)"),
    "minimum_of_delay": ("duration", "'with the minimum of delay' (VCCR 41(3))"),
    "reasonable_period": ("duration", "'a reasonable period' (VCCR 53(3), VCDR 39(2))"),
    "grave_crime": ("max_penalty_years", "'grave crime' (VCCR 41(1)); threshold in years of the maximum penalty"),
}


# ------------------------------------------------------------ extensions
# Each area of the rule corpus adds its facts in its own module under
# vccheck/facts/vocab/ (one owner per file); they are merged here, once.
def _merge_extensions() -> None:
    from vccheck.facts.vocab import (examples, vccr_facilities, vccr_general, vccr_honorary, vccr_officers,
                                     vcdr_mission, vcdr_persons)

    modules = (vccr_general, vccr_facilities, vccr_officers, vccr_honorary, vcdr_mission, vcdr_persons, examples)
    for ext in modules:  # first pass: types and attributes, so that any module may extend any other's
        for name, spec in ext.EVENT_TYPES.items():
            if name in EVENT_TYPES:
                desc, old = EVENT_TYPES[name]
                EVENT_TYPES[name] = (desc, {**old, **spec[1]})
            else:
                EVENT_TYPES[name] = spec
        EVENT_COMMON.update(ext.EVENT_ATTRS)
        for kind, extra in ext.KIND_ATTRS.items():
            KIND_ATTRS[kind].update(extra)
        STANDARDS.update(ext.STANDARDS)
    for ext in modules:  # second pass: extra enum values
        for (where, attr), values in ext.ENUM_VALUES.items():
            if where == "event":
                table = EVENT_COMMON
            elif where.startswith("event:"):
                table = EVENT_TYPES[where[6:]][1]
            else:
                table = KIND_ATTRS[where]
            old_attr = table[attr]
            table[attr] = replace(old_attr, values=old_attr.values + tuple(
                v for v in values if v not in old_attr.values))
    for std, (_kind, doc) in STANDARDS.items():
        EVENT_COMMON[std] = Attr(std, "bool", f"Explicit decision of the standard {doc} for this event.")


_merge_extensions()
RANGE_NAMES = tuple(sorted(set(KIND_ATTRS) | {"event"} | set(EVENT_TYPES)))
