"""The commented incident template written by ``vccheck new``, generated from the vocabulary.

The template loads without errors as it stands (a test proves it): every
fact in it is either ``unknown`` or a commented-out line to fill in.
"""

from __future__ import annotations

import textwrap

from vccheck.facts.format import EVENT_STRUCTURAL, FORMAT_VERSION, PROVENANCE_DOCS
from vccheck.facts.vocabulary import EVENT_COMMON, EVENT_TYPES, MISSION, PERSON, PLACE, POST, STANDARDS, THING, Attr

SCHEMA_FILE = "incident.schema.json"

_EXAMPLE_BY_TYPE = {
    "text": "...", "bool": "true", "int": "5", "number": "5", "date": "2022-09-22", "time": '"14:30"',
    "timezone": "Europe/Moscow", "duration": "48h",
    "ref:state": "AA", "ref:person": "person-1", "ref:post": "post-1", "ref:mission": "mission-1",
    "ref:place": "place-1", "ref:thing": "thing-1", "ref:event": "event-1", "ref:any": "person-1",
}

_HEADER = f"""\
# yaml-language-server: $schema={SCHEMA_FILE}
# ^ Editor support: create the schema beside this file with
#       vccheck schema > {SCHEMA_FILE}
#   and editors that use the YAML language server (for example VS Code with
#   the YAML extension) will check this file and complete its keys as you type.
#
# A vccheck incident file (format {FORMAT_VERSION}); the reference is docs/incident-format.md.
# Replace the TODO values, uncomment the lines you can fill in ('# key: value'
# -> 'key: value', keeping the indentation) and leave out what you do not know.
# A fact that is absent is unknown; you may also write `unknown`. Nothing is
# ever assumed to be false.
#
# How values are read:
#   - yes/no facts take true or false (never yes, no, on or off);
#   - dates are YYYY-MM-DD; times of day are quoted: time: "14:30";
#   - durations have a unit: 48h, 3d, 90m, 2w;
#   - ids (of states, persons, events, ...) use letters, digits, '-' and '_'.
#
# Who says so: any value may be given with its source, and as alleged by one
# State (and denied by another) instead of established:
#   coercive: {{value: true, source: statement-1, alleged_by: AA, denied_by: BB}}
# An event (or any entity) may carry the same keys itself, when whether it
# happened at all is alleged:  source: ..., alleged_by: AA
# `occurred: false` on an event states that no such event happened.

vccheck: {FORMAT_VERSION}
title: "TODO: a short title of the incident"
summary: >
  TODO: a few sentences saying what happened, in your own words.
# date: 2022-09-22              # date of the incident (or of its first event)
# timezone: Europe/Moscow       # default time zone of the events (IANA name or +HH:MM)
sending_state: AA               # the State of the post, mission or national
receiving_state: BB             # the State where the incident happened

states:                         # code: name. Codes are yours to choose (JP, RU, NO, ...)
  AA: "TODO: name of the sending State"
  BB: "TODO: name of the receiving State"

sources:                        # id: full reference (text or URL); cite the id in `source:`
  statement-1: "TODO: e.g. Ministry of Foreign Affairs, press statement, 27 September 2022"
"""


def _example(attr: Attr) -> str:
    if attr.type == "enum":
        return attr.values[0]
    return _EXAMPLE_BY_TYPE.get(attr.type.removeprefix("list:"), "...")


def _commented(attrs: dict[str, Attr], indent: str, skip: tuple[str, ...] = ()) -> list[str]:
    lines = []
    for name, attr in attrs.items():
        if name in skip:
            continue
        lines.append(f"{indent}# {name}: {_example(attr)}".ljust(40) + f"  # {attr.doc}")
        if attr.type == "enum":
            lines += [f"{indent}#     {chunk}" for chunk in textwrap.wrap("one of: " + ", ".join(attr.values), 90)]
    return lines


def _section(title: str, comment: str, ident: str, attrs: dict[str, Attr], given: dict[str, str],
             active: bool = True) -> list[str]:
    """A section with one entry; an inactive section is entirely commented out."""
    mark = "" if active else "# "
    lines = ["", f"{mark}{title}:".ljust(32) + f"# {comment}", f"{mark}  {ident}:"]
    lines += [f"{mark}    {name}: {value}" for name, value in given.items()]
    lines += _commented(attrs, f"{mark}    ", tuple(given))
    return lines


def _event_types() -> list[str]:
    lines = ["", "# Event types, and the attributes each takes besides the common ones above:"]
    for event_type, (doc, attrs) in EVENT_TYPES.items():
        lines.append(f"#   {event_type}: {doc}")
        if attrs:
            lines += [f"#       {chunk}" for chunk in textwrap.wrap(", ".join(attrs), 86)]
    return lines


def template() -> str:
    """The text of a new incident file."""
    lines = _HEADER.rstrip("\n").splitlines()
    lines += _section("posts", "consular posts", "post-1", POST, {"name": '"Consulate-General of AA in ..."'}, False)
    lines += _section("missions", "diplomatic missions", "mission-1", MISSION, {"name": '"Embassy of AA in ..."'},
                      False)
    lines += _section("persons", "the people involved", "person-1", PERSON,
                      {"name": '"TODO: name or description"', "status": "unknown"})
    lines += _section("places", "premises, residences", "place-1", PLACE, {"name": '"name or address"'}, False)
    lines += _section("things", "archives, bags, documents, vehicles", "thing-1", THING,
                      {"name": '"description"'}, False)
    lines += ["", "events:".ljust(32) + "# the timeline, in order; one '- type: ...' per event",
              "  - id: event-1", "    type: arrest", "    date: unknown", "    subject: person-1"]
    lines += _commented(EVENT_COMMON, "    ", EVENT_STRUCTURAL + ("date", "subject"))
    lines += [f"    # {name}: {example}".ljust(40) + f"  # {PROVENANCE_DOCS[name]}"
              for name, example in (("source", "statement-1"), ("alleged_by", "AA"), ("denied_by", "BB"))]
    lines += _event_types()
    lines += ["", "# Thresholds for the open-textured standards (or give them with --standard NAME=VALUE):",
              "# standards:"]
    lines += [f"#   {name}: {'5' if kind != 'duration' else '48h'}".ljust(32) + f"# {doc}"
              for name, (kind, doc) in STANDARDS.items()]
    lines += ["", "# Explicit statements on the instruments in force (override the party data):",
              "# applicability:",
              "#   - {instrument: VCCR, in_force: true, reason: \"...\", source: statement-1}", ""]
    return "\n".join(line.rstrip() for line in lines)
