"""Generate the vocabulary tables of docs/incident-format.md from the fact vocabulary.

    python tests/facts/gen_incident_reference.py      # rewrite the generated part of the doc

The part between the BEGIN/END markers is generated; test_facts_docs.py fails
when it is out of date with src/vccheck/facts/vocabulary.py.
"""

from __future__ import annotations

import pathlib
import sys

from vccheck.facts.format import INCIDENT, TOP_LEVEL
from vccheck.facts.vocabulary import ENTITY_SECTIONS, EVENT_COMMON, EVENT_TYPES, STANDARDS, Attr

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "incident-format.md"
BEGIN = "<!-- BEGIN GENERATED: python tests/facts/gen_incident_reference.py -->"
END = "<!-- END GENERATED -->"
TYPE_WORDS = {
    "text": "text", "bool": "true / false", "int": "whole number", "number": "number",
    "date": "date YYYY-MM-DD", "time": "time \"HH:MM\"", "timezone": "time zone", "duration": "duration (48h)",
}


def _type(attr: Attr) -> str:
    if attr.type == "enum":
        return "one of: " + ", ".join(f"`{v}`" for v in attr.values)
    if attr.ref_kind == "state":
        return "State code (key of `states`)"
    if attr.ref_kind == "any":
        return "id of a person, place, thing, post or mission"
    if attr.ref_kind:
        return f"id of a {attr.ref_kind}"
    return TYPE_WORDS.get(attr.type, attr.type)


def _table(attrs: dict[str, Attr], skip: tuple[str, ...] = ()) -> list[str]:
    lines = ["| key | value | meaning |", "|---|---|---|"]
    for name, attr in attrs.items():
        if name not in skip:
            lines.append(f"| `{name}` | {_type(attr)} | {attr.doc.replace('|', '/')} |")
    return lines


def generated() -> str:
    out = ["### Top-level keys", "", "| key | meaning |", "|---|---|"]
    out += [f"| `{name}` | {doc} |" for name, doc in TOP_LEVEL.items()]
    out += ["", "Types of the incident-wide facts:", ""] + _table(INCIDENT)
    for section, (kind, attrs) in ENTITY_SECTIONS.items():
        out += ["", f"### `{section}`: attributes of a {kind}", ""] + _table(attrs)
    out += ["", "### Attributes common to every event", ""] + _table(EVENT_COMMON)
    out += ["", "### Event types", ""]
    out += [f"- [`{t}`](#event-{t}): {doc}" for t, (doc, _) in EVENT_TYPES.items()]
    for event_type, (doc, attrs) in EVENT_TYPES.items():
        out += ["", f"#### Event `{event_type}`", "", doc, ""]
        out += _table(attrs) if attrs else ["No attributes besides the common ones."]
    out += ["", "### Standards", "", "| name | threshold | meaning |", "|---|---|---|"]
    for name, (kind, doc) in STANDARDS.items():
        words = "duration (48h)" if kind == "duration" else "years of the maximum penalty (5)"
        out.append(f"| `{name}` | {words} | {doc} |")
    return "\n".join(out)


def current_doc() -> str:
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{generated()}\n{END}{tail}"


if __name__ == "__main__":
    DOC.write_text(current_doc(), encoding="utf-8")
    print(f"wrote {DOC}", file=sys.stderr)
