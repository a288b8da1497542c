"""The shape of an incident file around the fact vocabulary: top-level keys and their meaning.

The loader, ``vccheck schema``, ``vccheck new`` and docs/incident-format.md
all read these tables, so the format is described once.
"""

from __future__ import annotations

from vccheck.facts.vocabulary import Attr
from vccheck.treaty import INSTRUMENT_FILES


def _table(*specs: tuple) -> dict[str, Attr]:
    return {spec[0]: Attr(spec[0], spec[1], spec[2], tuple(spec[3]) if len(spec) > 3 else ()) for spec in specs}


FORMAT_VERSION = "incident/1"
ASSUMED_SOURCE = "assumed (--assume)"

# Top-level facts about the incident as a whole (stored in Incident.incident_facts).
INCIDENT = _table(
    ("date", "date", "Date of the incident (or of its first event), YYYY-MM-DD."),
    ("timezone", "timezone", "Default time zone of the events' dates and times (IANA name or +HH:MM)."),
    ("sending_state", "ref:state",
     "The sending State (a key of 'states'): the State of the post, mission or national."),
    ("receiving_state", "ref:state", "The receiving State (a key of 'states'): where the incident happened."),
)

# Every top-level key, in the order a file is expected to use them.
TOP_LEVEL: dict[str, str] = {
    "vccheck": f"Format version; must be '{FORMAT_VERSION}'. Required.",
    "title": "Short title of the incident. Required.",
    "summary": "A few sentences describing the incident.",
    **{name: attr.doc for name, attr in INCIDENT.items()},
    "states": "The States involved: code -> name (or a mapping with 'name'). Codes are free, e.g. JP, RU, NO.",
    "sources": "Citations: source id -> full reference (text or URL). Name a source id in any 'source:'.",
    "posts": "Consular posts: id -> attributes.",
    "missions": "Diplomatic missions: id -> attributes.",
    "persons": "Persons: id -> attributes.",
    "places": "Places (premises, residences): id -> attributes.",
    "things": "Things (archives, bags, documents, vehicles): id -> attributes.",
    "events": "The timeline: a list of events, each with a 'type' and its attributes.",
    "standards": "Thresholds for open-textured standards, e.g. without_delay: 48h, grave_crime: 5 (years).",
    "applicability": "Explicit statements on the instruments in force between the States (override the party data).",
}
REQUIRED_TOP_LEVEL = ("vccheck", "title")

PROVENANCE_DOCS = {
    "source": "Where this comes from: a key of 'sources', or free text or a URL.",
    "alleged_by": "The State (or list of States) that alleges it; without this the fact is established.",
    "denied_by": "The State (or list of States) that denies it.",
}
VALUE_KEY_DOC = "The value itself (when the value is given with its provenance)."

APPLICABILITY = _table(
    ("instrument", "enum", "The instrument the statement is about.", tuple(INSTRUMENT_FILES)),
    ("in_force", "bool", "Whether the instrument was in force between the sending and receiving States."),
    ("reason", "text", "Why (e.g. a bilateral agreement, or a correction to the party data)."),
    ("source", "text", "Where this comes from: a key of 'sources', or free text or a URL."),
    ("from", "date", "First day the statement covers (default: from the beginning)."),
    ("until", "date", "Last day the statement covers (default: open-ended)."),
)
REQUIRED_APPLICABILITY = ("instrument", "in_force")

# Event attributes the loader does not store as facts (they are the event's id and type).
EVENT_STRUCTURAL = ("id", "type")
# Events that may well precede the event they concern (a warrant before the arrest, a waiver before the trial).
MAY_PRECEDE_CONCERNED = ("judicial_decision", "waiver", "notification")  # prior notification: VCCR 24(2), VCDR 10(2)
# Words people use for an event type, mapped to the type vccheck calls it (for did-you-mean hints).
EVENT_TYPE_SYNONYMS = {
    "png": "persona_non_grata", "expulsion": "persona_non_grata", "declaration_persona_non_grata": "persona_non_grata",
    "visit": "consular_visit", "consular_access": "consular_visit", "questioning": "interrogation",
    "interview": "interrogation", "custody": "detention", "raid": "entry", "notify": "notification",
    "rights": "information_of_rights", "denial": "access_denied", "refusal": "access_denied",
    "trial": "criminal_proceedings", "prosecution": "criminal_proceedings", "charge": "criminal_proceedings",
    "handcuffing": "physical_restraint", "restraint": "physical_restraint", "force": "use_of_force",
    "assault": "use_of_force", "confiscation": "seizure", "bag_opening": "bag_opened", "expelled": "persona_non_grata",
}
