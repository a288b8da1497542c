"""Build Incident objects directly (no YAML) for engine unit tests."""

from __future__ import annotations

import datetime as dt

from vccheck.diagnostics import SourcePos
from vccheck.dsl.model import RuleSet
from vccheck.dsl.parser import parse_text
from vccheck.facts.model import Duration, Entity, Fact, Incident, Provenance

_line = [0]


def pos() -> SourcePos:
    _line[0] += 1
    return SourcePos("t.yaml", _line[0], 3)


def fact(entity: str, name: str, value, alleged_by=(), denied_by=()) -> Fact:
    return Fact(entity, name, value, pos(), Provenance(tuple(alleged_by), tuple(denied_by)))


def entity(id, kind, type=None, alleged_by=(), denied_by=(), negative=False, **attrs) -> Entity:
    facts = {}
    for name, value in attrs.items():
        if isinstance(value, dict):  # {"value": v, "alleged_by": [...], "denied_by": [...]}
            facts[name] = fact(id, name, value["value"], value.get("alleged_by", ()), value.get("denied_by", ()))
        else:
            facts[name] = fact(id, name, value)
    return Entity(id, kind, pos(), facts, type, Provenance(tuple(alleged_by), tuple(denied_by)), (), negative)


def event(id, type, **attrs) -> Entity:
    return entity(id, "event", type, **attrs)


def incident(*entities: Entity, sending="JP", receiving="RU", timezone=None, standards=None) -> Incident:
    states = [entity(sending, "state", name="Sending"), entity(receiving, "state", name="Receiving")]
    all_ents = {e.id: e for e in [*states, *entities]}
    events = tuple(e for e in entities if e.kind == "event")
    return Incident("t.yaml", "test", SourcePos("t.yaml", 1, 1), dt.date(2022, 9, 22), sending, receiving, timezone,
                    all_ents, events, standards or {}, states_named={sending: "Sending", receiving: "Receiving"})


def rules(text: str) -> RuleSet:
    return RuleSet((parse_text(text, "t.vcl"),))


def consul(id="consul", **extra):
    base = dict(status="consular_officer", category="career", nationality="JP")
    base.update(extra)
    return entity(id, "person", **base)


def hours(n):
    return Duration(int(n * 3600), f"{n}h")
