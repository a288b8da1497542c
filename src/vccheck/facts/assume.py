"""Facts and thresholds given on the command line: ``--assume ENTITY.ATTR=VALUE`` and ``--standard NAME=VALUE``."""

from __future__ import annotations

from collections.abc import Sequence

from vccheck.diagnostics import Collector, SourcePos, did_you_mean
from vccheck.facts.convert import Invalid, convert_scalar
from vccheck.facts.crosscheck import ANY_KINDS, ARTICLE, with_article
from vccheck.facts.format import ASSUMED_SOURCE, EVENT_STRUCTURAL
from vccheck.facts.model import Entity, Fact, Incident, Provenance
from vccheck.facts.vocabulary import KIND_ATTRS, STANDARDS, Attr, event_attrs
from vccheck.record import replace

ASSUME_POS = SourcePos("--assume", 0, 0)
ASSUMED = Provenance(source=ASSUMED_SOURCE)


def _attrs_of(entity: Entity) -> dict[str, Attr]:
    if entity.kind == "event":
        attrs = event_attrs(entity.type) if entity.type else {}
        return {name: attr for name, attr in attrs.items() if name not in EVENT_STRUCTURAL}
    return KIND_ATTRS[entity.kind]


def apply_assumptions(incident: Incident, statements: Sequence[str]) -> Incident:
    """A new Incident where each ``ENTITY.ATTR=VALUE`` is set as an established fact, marked as assumed."""
    out = Collector("--assume")
    changed: dict[str, Entity] = {}
    for statement in statements:
        parsed = _parse_assumption(statement, incident, changed, out)
        if parsed is not None:
            entity, attr, value = parsed
            changed[entity.id] = _assume(entity, attr, value)
    out.raise_if_errors()
    if not changed:
        return incident
    entities = {ident: changed.get(ident, entity) for ident, entity in incident.entities.items()}
    events = tuple(entities[event.id] for event in incident.events)
    return replace(incident, entities=entities, events=events)


def _parse_assumption(statement: str, incident: Incident, changed: dict[str, Entity], out: Collector):
    target, sep, text = statement.partition("=")
    ident, dot, name = target.strip().partition(".")
    if not sep or not dot or not ident or not name:
        out.add(0, 0, "bad-assumption", f"cannot read the assumption '{statement}'",
                "write ENTITY.ATTRIBUTE=VALUE, e.g. detention.judicial_decision=true")
        return None
    entity = changed.get(ident) or incident.entities.get(ident)
    if entity is None:
        hint = did_you_mean(ident, incident.entities) or "name the id of a state, post, person, ... or event"
        out.add(0, 0, "undeclared", f"'{statement}': no state, person, event or other entity has the id '{ident}'",
                hint)
        return None
    attrs = _attrs_of(entity)
    if name not in attrs:
        what = f"{with_article(entity.type)} event" if entity.kind == "event" else ARTICLE[entity.kind]
        out.add(0, 0, "unknown-key", f"'{statement}': '{ident}' is {what}, which has no attribute '{name}'",
                did_you_mean(name, attrs))
        return None
    text = text.strip()
    if text == "unknown":
        return entity, attrs[name], None
    try:
        value = convert_scalar(attrs[name].type, text, True, attrs[name].values)
    except Invalid as exc:
        out.add(0, 0, exc.code, f"'{statement}': {exc.message}", exc.hint)
        return None
    if attrs[name].ref_kind and not _ref_ok(attrs[name].ref_kind, value, incident):
        out.add(0, 0, "undeclared", f"'{statement}': '{value}' is not declared in the incident",
                did_you_mean(value, incident.entities))
        return None
    return entity, attrs[name], value


def _ref_ok(kind: str, ident: str, incident: Incident) -> bool:
    entity = incident.entities.get(ident)
    wanted = ANY_KINDS if kind == "any" else (kind,)
    return entity is not None and entity.kind in wanted


def _assume(entity: Entity, attr: Attr, value: object) -> Entity:
    facts = dict(entity.facts)
    unknown = tuple(n for n in entity.explicit_unknown if n != attr.name)
    if value is None:
        facts.pop(attr.name, None)
        unknown += (attr.name,)
    else:
        facts[attr.name] = Fact(entity.id, attr.name, value, ASSUME_POS, ASSUMED)
    changes: dict = {"facts": facts, "explicit_unknown": unknown}
    if attr.name == "occurred" and value is not None:
        changes.update(negative=value is False, prov=ASSUMED)
    return replace(entity, **changes)


def parse_thresholds(statements: Sequence[str], incident: Incident | None) -> dict[str, object]:
    """The incident's ``standards:`` overridden by ``NAME=VALUE`` statements (e.g. ``without_delay=48h``)."""
    out = Collector("--standard")
    thresholds = dict(incident.standards) if incident is not None else {}
    for statement in statements:
        name, sep, text = (part.strip() for part in statement.partition("="))
        if not sep or not name or not text:
            out.add(0, 0, "bad-standard", f"cannot read the standard '{statement}'",
                    "write NAME=VALUE, e.g. without_delay=48h or grave_crime=5")
            continue
        if name not in STANDARDS:
            out.add(0, 0, "unknown-key", f"'{statement}': there is no standard '{name}'",
                    did_you_mean(name, STANDARDS) or f"the standards are: {', '.join(STANDARDS)}")
            continue
        try:
            thresholds[name] = convert_scalar(STANDARDS[name][0], text, True)
        except Invalid as exc:
            out.add(0, 0, exc.code, f"'{statement}': {exc.message}", exc.hint)
    out.raise_if_errors()
    return thresholds
