"""The incident as facts: every value keeps where it was written and who asserts it.

A fact absent from the file is unknown; it is never defaulted. A value may
be established (stated plainly) or alleged by one or more States and denied
by others. ``Account`` says whose version of the facts to read:
``ESTABLISHED`` reads only what no State disputes; ``Account("JP")`` reads
Japan's allegations as true and the facts Japan denies as false.
"""

from __future__ import annotations

import datetime as dt

from vccheck.diagnostics import SourcePos
from vccheck.record import field, record


@record
class Duration:
    """A span of time in seconds (e.g. ``time_to_leave: 48h``)."""

    seconds: int
    text: str

    def __str__(self) -> str:
        return self.text


@record
class Provenance:
    """Who says so. Plain values are established; ``alleged_by`` makes them allegations."""

    alleged_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    source: str | None = None

    @property
    def established(self) -> bool:
        return not self.alleged_by and not self.denied_by

    def as_dict(self) -> dict:
        return {"alleged_by": list(self.alleged_by), "denied_by": list(self.denied_by), "source": self.source}


ESTABLISHED_PROV = Provenance()


@record
class Fact:
    """One value of one attribute, e.g. detention.judicial_decision = False."""

    entity: str  # id of the entity or event
    name: str
    value: object  # str | bool | int | float | date | time | Duration | ref id (str)
    pos: SourcePos
    prov: Provenance = ESTABLISHED_PROV

    @property
    def ref(self) -> str:
        return f"{self.entity}.{self.name}"


@record
class Entity:
    """A state, post, mission, person, place, thing or event, with its facts."""

    id: str
    kind: str  # state | post | mission | person | place | thing | event
    pos: SourcePos
    facts: dict[str, Fact] = field(default_factory=dict, hash=False, compare=False)
    type: str | None = None  # the event type, for events
    prov: Provenance = ESTABLISHED_PROV  # whether the entity (the event) exists at all
    explicit_unknown: tuple[str, ...] = ()  # attributes written as `unknown`
    negative: bool = False  # `occurred: false`: the file states that no such event happened

    def get(self, name: str) -> Fact | None:
        return self.facts.get(name)


@record
class Incident:
    """Everything an incident file states."""

    path: str
    title: str
    pos: SourcePos
    date: dt.date | None
    sending_state: str | None
    receiving_state: str | None
    timezone: str | None
    entities: dict[str, Entity] = field(hash=False, compare=False)  # id -> entity, in file order
    events: tuple[Entity, ...] = ()  # in file order
    standards: dict[str, object] = field(default_factory=dict, hash=False, compare=False)  # name -> threshold
    summary: str = ""
    sources: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # source id -> citation
    states_named: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # code -> name
    applicability: tuple = ()  # explicit statements on instruments in force (see the applicability issue)
    incident_facts: dict[str, Fact] = field(default_factory=dict, hash=False, compare=False)

    def of_kind(self, kind: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities.values() if e.kind == kind)

    def events_of(self, types: tuple[str, ...]) -> tuple[Entity, ...]:
        if not types:
            return self.events
        return tuple(e for e in self.events if e.type in types)

    @property
    def parties(self) -> tuple[str, ...]:
        """Every State that alleges or denies something, sorted: the accounts to evaluate."""
        states: set[str] = set()
        for ent in self.entities.values():
            states.update(ent.prov.alleged_by)
            states.update(ent.prov.denied_by)
            for fact in ent.facts.values():
                states.update(fact.prov.alleged_by)
                states.update(fact.prov.denied_by)
        return tuple(sorted(states))


@record
class Account:
    """Whose version of the facts: None = the established facts only."""

    state: str | None = None

    def __str__(self) -> str:
        return self.state or "established"


ESTABLISHED = Account(None)
