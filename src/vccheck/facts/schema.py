"""The JSON Schema (draft 2020-12) of incident files, generated from the fact vocabulary.

Editors (e.g. the YAML language server) use it to validate and complete
incident files: ``vccheck schema > incident.schema.json``. It describes the
file as an editor reads it with the YAML 1.2 core schema: dates, times and
durations are strings, ``true``/``false`` are booleans. The loader is
stricter (it rejects impossible dates, for instance); the schema never
accepts what the loader refuses by design, except where JSON Schema cannot
say it.
"""

from __future__ import annotations

from vccheck.facts.format import (APPLICABILITY, EVENT_STRUCTURAL, FORMAT_VERSION, INCIDENT, PROVENANCE_DOCS,
                                  REQUIRED_APPLICABILITY, REQUIRED_TOP_LEVEL, TOP_LEVEL, VALUE_KEY_DOC)
from vccheck.facts.vocabulary import ENTITY_SECTIONS, EVENT_COMMON, EVENT_TYPES, STANDARDS, Attr, event_attrs

ID_PATTERN = "^[A-Za-z0-9_][A-Za-z0-9_-]*$"
_DURATION = r"^\s*([0-9]+(\.[0-9]+)?\s*[A-Za-z]+\s*,?\s*)+$"

BASE_TYPES: dict[str, dict] = {
    "text": {"type": ["string", "number", "boolean"]},
    "bool": {"type": "boolean"},
    "int": {"type": "integer"},
    "number": {"type": "number"},
    "date": {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "time": {"type": "string", "pattern": r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"},
    "timezone": {"type": "string",
                 "pattern": r"^([A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*|(UTC|GMT)?[+-][0-9]{1,2}:?[0-9]{2})$"},
    "duration": {"type": "string", "pattern": _DURATION},
    "max_penalty_years": {"type": ["number", "string"], "pattern": r"^[0-9]+(\.[0-9]+)?\s*(y|yr|yrs|year|years)?$"},
    "ref": {"type": "string", "pattern": ID_PATTERN},
}


def _base(attr: Attr) -> dict:
    type_name = attr.type.removeprefix("list:")
    if type_name == "enum":
        base = {"enum": list(attr.values)}
    elif type_name.startswith("ref:"):
        base = {"$ref": "#/$defs/id"}
    else:
        base = dict(BASE_TYPES[type_name])
    if attr.type.startswith("list:"):
        return {"anyOf": [base, {"type": "array", "items": base}]}
    return base


def _description(attr: Attr) -> str:
    if attr.type == "enum":
        return f"{attr.doc} One of: {', '.join(attr.values)}."
    if attr.ref_kind == "state":
        return f"{attr.doc} (A key of 'states'.)"
    if attr.ref_kind:
        return f"{attr.doc} (The id of a declared {attr.ref_kind}.)"
    return attr.doc


def value_schema(attr: Attr) -> dict:
    """A value: plain, the word unknown, or a mapping with the value and its provenance."""
    if attr.type == "enum" or attr.type.startswith("list:"):
        return {"description": _description(attr), **_any_value(_base(attr))}
    type_name = "ref" if attr.ref_kind else attr.type
    return {"description": _description(attr), "$ref": f"#/$defs/value.{type_name}"}


def _any_value(base: dict) -> dict:
    unknown = {"$ref": "#/$defs/unknown"}
    with_provenance = {
        "type": "object",
        "description": "The value with its source, and the States that allege or deny it.",
        "properties": {"value": {"description": VALUE_KEY_DOC, "anyOf": [base, unknown]},
                       **_provenance_properties()},
        "required": ["value"],
        "additionalProperties": False,
    }
    return {"anyOf": [base, unknown, with_provenance]}


def _provenance_properties() -> dict:
    return {name: {"$ref": f"#/$defs/{name}"} for name in PROVENANCE_DOCS}


def _provenance_defs() -> dict:
    states = {"anyOf": [{"$ref": "#/$defs/id"}, {"type": "array", "items": {"$ref": "#/$defs/id"}}]}
    return {
        "source": {"description": PROVENANCE_DOCS["source"], "type": ["string", "number"]},
        "alleged_by": {"description": PROVENANCE_DOCS["alleged_by"], **states},
        "denied_by": {"description": PROVENANCE_DOCS["denied_by"], **states},
    }


def _object(properties: dict, description: str, required: tuple[str, ...] = ()) -> dict:
    out = {"type": "object", "description": description, "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = list(required)
    return out


def _entity_schema(kind: str, attrs: dict[str, Attr]) -> dict:
    properties = {name: value_schema(attr) for name, attr in attrs.items()}
    properties.update(_provenance_properties())
    return _object(properties, f"A {kind}: its attributes, and optionally the provenance of the {kind} itself.")


def _section(kind: str, description: str) -> dict:
    ref = {"$ref": f"#/$defs/{kind}"}
    items = {"anyOf": [{"type": "string"}, ref]} if kind == "state" else ref
    return {"type": ["object", "null"], "description": description, "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": items}


def _event_schema(event_type: str) -> dict:
    """What an event of ``event_type`` adds to the common attributes, and the keys it allows."""
    doc, particular = EVENT_TYPES[event_type]
    allowed = [name for name in event_attrs(event_type)] + list(PROVENANCE_DOCS)
    return {
        "description": f"{event_type}: {doc}",
        "properties": {name: value_schema(attr) for name, attr in particular.items()},
        "propertyNames": {"enum": allowed},
    }


def _events_schema() -> dict:
    """Each event: the common attributes, plus (by if/then on its type) those particular to the type.

    Unknown keys are refused by ``propertyNames`` in the type's branch, so the
    common attributes are described once rather than once per event type.
    """
    common = {name: value_schema(attr) for name, attr in EVENT_COMMON.items() if name not in EVENT_STRUCTURAL}
    common["id"] = {"description": "Identifier of the event, unique in the file (default: event-N, "
                                   "N its position in the list from 1).", "$ref": "#/$defs/id"}
    common["type"] = {"description": "The event type.", "enum": list(EVENT_TYPES)}
    item = {
        "type": "object",
        "description": "An event: its 'type' decides which attributes it takes.",
        "required": ["type"],
        "properties": {**common, **_provenance_properties()},
        "allOf": [{"if": {"properties": {"type": {"const": t}}, "required": ["type"]},
                   "then": {"$ref": f"#/$defs/event.{t}"}} for t in EVENT_TYPES],
    }
    return {"type": ["array", "null"], "description": TOP_LEVEL["events"], "items": item}


def _standards_schema() -> dict:
    properties = {name: {"description": f"Threshold for {doc}.", **BASE_TYPES[kind]}
                  for name, (kind, doc) in STANDARDS.items()}
    return {**_object(properties, TOP_LEVEL["standards"]), "type": ["object", "null"]}


def _applicability_schema() -> dict:
    properties = {name: {"description": _description(attr), **_base(attr)} for name, attr in APPLICABILITY.items()}
    statement = _object(properties, "An explicit statement about an instrument in force.", REQUIRED_APPLICABILITY)
    return {"type": ["array", "null"], "description": TOP_LEVEL["applicability"], "items": statement}


def json_schema() -> dict:
    """The JSON Schema of incident files (draft 2020-12)."""
    defs: dict[str, dict] = {
        "id": {"type": "string", "pattern": ID_PATTERN,
               "description": "An id: letters, digits, '-' and '_' (no spaces or dots)."},
        "unknown": {"const": "unknown", "description": "The fact is not known (the same as leaving it out)."},
        **_provenance_defs(),
        **{f"value.{name}": _any_value({"$ref": "#/$defs/id"} if name == "ref" else base)
           for name, base in BASE_TYPES.items()},
    }
    properties: dict[str, dict] = {
        "vccheck": {"description": TOP_LEVEL["vccheck"], "const": FORMAT_VERSION},
        "title": {"description": TOP_LEVEL["title"], "type": ["string", "number"]},
        "summary": {"description": TOP_LEVEL["summary"], "type": "string"},
        **{name: value_schema(attr) for name, attr in INCIDENT.items()},
        "sources": {"type": ["object", "null"], "description": TOP_LEVEL["sources"],
                    "additionalProperties": {"type": ["string", "number"]}},
    }
    for section, (kind, attrs) in ENTITY_SECTIONS.items():
        defs[kind] = _entity_schema(kind, attrs)
        properties[section] = _section(kind, TOP_LEVEL[section])
    for event_type in EVENT_TYPES:
        defs[f"event.{event_type}"] = _event_schema(event_type)
    properties["events"] = _events_schema()
    properties["standards"] = _standards_schema()
    properties["applicability"] = _applicability_schema()
    ordered = {name: properties[name] for name in TOP_LEVEL}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"vccheck incident file ({FORMAT_VERSION})",
        "description": "An incident for the Vienna Convention compliance checker. Absent facts are unknown.",
        "type": "object",
        "required": list(REQUIRED_TOP_LEVEL),
        "properties": ordered,
        "additionalProperties": False,
        "$defs": defs,
    }
