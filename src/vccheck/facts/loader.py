"""Load an incident file (or a mapping) into an ``Incident``, reporting every problem at once.

    text --yamltree--> node tree (raw text + positions) --this module--> Incident
                                         values.py converts each value by its vocabulary type
                                         crosscheck.py resolves references and checks the timeline

Any problem becomes a ``Diagnostic`` (``path:line:column``, a code, a message
and a hint); all of them are raised together in one ``DiagnosticError``.
"""

from __future__ import annotations

from collections.abc import Mapping as AbcMapping

from vccheck.diagnostics import Collector, DiagnosticError, SourcePos, did_you_mean
from vccheck.facts import crosscheck
from vccheck.facts.assume import apply_assumptions, parse_thresholds
from vccheck.facts.convert import Invalid, to_id
from vccheck.facts.format import (APPLICABILITY, EVENT_STRUCTURAL, EVENT_TYPE_SYNONYMS, FORMAT_VERSION, INCIDENT,
                                  REQUIRED_APPLICABILITY, REQUIRED_TOP_LEVEL, TOP_LEVEL)
from vccheck.facts.model import ESTABLISHED_PROV, Entity, Fact, Incident, Provenance
from vccheck.facts.values import ValueReader
from vccheck.facts.vocabulary import (ENTITY_SECTIONS, EVENT_COMMON, EVENT_TYPES, PROVENANCE_KEYS, STANDARDS, Attr,
                                      event_attrs)
from vccheck.facts.yamltree import Mapping, Node, Scalar, Sequence, describe, from_python, parse_tree, read_text

__all__ = ["load_incident", "load_mapping", "load_text", "load_node", "apply_assumptions", "parse_thresholds"]

_EMPTY_HINT = "run `vccheck new` for a template"


def load_incident(path: str) -> Incident:
    """Read and validate the incident file at ``path``; raise ``DiagnosticError`` listing every problem."""
    out = Collector(path)
    text = read_text(path, out)
    if text is None:
        raise DiagnosticError(out.items)
    return load_text(text, path, out)


def load_text(text: str, path: str = "<text>", out: Collector | None = None) -> Incident:
    """Load an incident from the text of a YAML file (``path`` is used in messages)."""
    from vccheck.gcpause import paused

    out = out or Collector(path)
    with paused():  # many small acyclic objects (see vccheck.gcpause)
        root = parse_tree(text, out)
        if (root is None or (isinstance(root, Scalar) and root.is_null)) and not out.items:
            out.add(1, 1, "empty-file", "the file is empty", _EMPTY_HINT)
        out.raise_if_errors()
        return _IncidentBuilder(out, ValueReader(out)).build(root)


def load_mapping(data: dict, path: str = "<mapping>") -> Incident:
    """Load an incident from a mapping shaped like an incident file (positions are line 0)."""
    out = Collector(path)
    if not isinstance(data, AbcMapping):
        out.add(0, 0, "wrong-type", f"an incident must be a mapping, found {type(data).__name__}")
        raise DiagnosticError(out.items)
    root = from_python(dict(data), path, out)
    out.raise_if_errors()
    return _IncidentBuilder(out, ValueReader(out)).build(root)


def load_node(root: Node, out: Collector) -> Incident:
    """Load an incident from an already parsed node tree (e.g. the facts of a rule scenario)."""
    out.raise_if_errors()
    return _IncidentBuilder(out, ValueReader(out)).build(root)


class _IncidentBuilder:
    """Walks the top-level mapping section by section."""

    def __init__(self, out: Collector, reader: ValueReader):
        self.out = out
        self.reader = reader
        self.kinds: dict[str, str] = {}  # id -> kind, for references
        self.first_pos: dict[str, SourcePos] = {}
        self.entities: dict[str, Entity] = {}

    def build(self, root: Node) -> Incident:
        if not isinstance(root, Mapping):
            self.out.add_at(root.pos, "wrong-type", f"an incident file must be a mapping of keys such as "
                            f"'vccheck:' and 'title:', found {describe(root)}", _EMPTY_HINT)
            raise DiagnosticError(self.out.items)
        self.check_top_level(root)
        title = self.read_title(root)
        summary = self.plain_text(root, "summary") or ""
        states_named = self.read_states(root.get("states"))
        sources = self.read_sources(root.get("sources"))
        for section, (kind, attrs) in ENTITY_SECTIONS.items():
            if section != "states":
                self.read_section(root.get(section), section, kind, attrs)
        events = self.read_events(root.get("events"))
        incident_facts = self.read_incident_facts(root)
        standards = self.read_standards(root.get("standards"))
        applicability = self.read_applicability(root.get("applicability"))
        crosscheck.resolve_refs(self.reader.refs, self.kinds, self.out)
        self.check_states_differ(incident_facts)
        default_tz = incident_facts["timezone"].value if "timezone" in incident_facts else None
        crosscheck.check_timeline(events, default_tz, self.out)
        self.out.raise_if_errors()

        def value(name):
            return incident_facts[name].value if name in incident_facts else None

        return Incident(path=self.out.file, title=title or "", pos=root.pos, date=value("date"),
                        sending_state=value("sending_state"), receiving_state=value("receiving_state"),
                        timezone=value("timezone"), entities=self.entities, events=events,
                        standards=standards, summary=summary, sources=sources, states_named=states_named,
                        applicability=applicability, incident_facts=incident_facts)

    # ------------------------------------------------------------ top level

    def check_top_level(self, root: Mapping) -> None:
        for key, _ in root.items:
            if key.text not in TOP_LEVEL:
                hint = did_you_mean(key.text, TOP_LEVEL)
                if not hint and key.text in EVENT_COMMON:
                    hint = f"'{key.text}' is an event attribute: put it on an event under 'events'"
                self.reader.unknown_key(key, TOP_LEVEL, "at the top level of the incident file",
                                        hint or "see docs/incident-format.md for the sections of a file")
        for name in REQUIRED_TOP_LEVEL:
            if root.get(name) is None:
                line_hint = f"add the line '{name}: {FORMAT_VERSION if name == 'vccheck' else '...'}'"
                self.out.add_at(root.pos, "missing-key", f"the incident file has no '{name}'", line_hint)
        version = root.get("vccheck")
        if version is not None:
            text = self.reader.text(version, "'vccheck'")
            if text is not None and text != FORMAT_VERSION:
                self.out.add_at(version.pos, "format-version",
                                f"unsupported format version '{text}'; this vccheck reads {FORMAT_VERSION}",
                                f"write vccheck: {FORMAT_VERSION}")

    def read_title(self, root: Mapping) -> str | None:
        title = self.plain_text(root, "title")
        if title is not None and not title.strip():
            self.out.add_at(root.get("title").pos, "missing-value", "the title is empty", "write a short title")
        return title

    def plain_text(self, root: Mapping, key: str) -> str | None:
        node = root.get(key)
        return None if node is None else self.reader.text(node, f"'{key}'")

    def section(self, node: Node | None, name: str) -> Mapping | None:
        if node is None or (isinstance(node, Scalar) and node.is_null):
            return None
        if not isinstance(node, Mapping):
            self.out.add_at(node.pos, "wrong-type", f"'{name}' must be a mapping of id: ..., found {describe(node)}",
                            "list each entry on its own line, indented: `  some-id: ...`")
            return None
        return node

    def declare(self, key: Scalar, kind: str) -> str | None:
        try:
            ident = to_id(key.text)
        except Invalid as exc:
            self.out.add_at(key.pos, exc.code, f"{kind} id: {exc.message}", exc.hint)
            return None
        if ident in self.kinds:
            first = self.first_pos[ident]
            where = f"line {first.line}" if first.line else "earlier"
            self.out.add_at(key.pos, "duplicate-id",
                            f"the id '{ident}' is already used by {crosscheck.ARTICLE[self.kinds[ident]]} ({where})",
                            "give every state, post, mission, person, place, thing and event its own id")
            return None
        self.kinds[ident] = kind
        self.first_pos[ident] = key.pos
        return ident

    # ------------------------------------------------------------- entities

    def read_states(self, node: Node | None) -> dict[str, str]:
        named: dict[str, str] = {}
        mapping = self.section(node, "states")
        for key, value in mapping.items if mapping else ():
            if isinstance(value, Scalar) and value.is_null:
                self.out.add_at(key.pos, "missing-value", f"the State '{key.text}' has no name",
                                f"write its name: `{key.text}: ...`")
                continue
            if isinstance(value, Scalar):
                value = Mapping(((Scalar("name", True, value.pos), value),), value.pos)
            entity = self.read_entity(key, value, "state", ENTITY_SECTIONS["states"][1])
            if entity is not None and "name" in entity.facts:
                named[entity.id] = str(entity.facts["name"].value)
            elif entity is not None:
                named[entity.id] = entity.id
        return named

    def read_sources(self, node: Node | None) -> dict[str, str]:
        sources: dict[str, str] = {}
        mapping = self.section(node, "sources")
        for key, value in mapping.items if mapping else ():
            text = self.reader.text(value, f"source '{key.text}'")
            if text is not None:
                sources[key.text] = text
        return sources

    def read_section(self, node: Node | None, section: str, kind: str, attrs: dict[str, Attr]) -> None:
        mapping = self.section(node, section)
        for key, value in mapping.items if mapping else ():
            self.read_entity(key, value, kind, attrs)

    def read_entity(self, key: Scalar, node: Node, kind: str, attrs: dict[str, Attr]) -> Entity | None:
        ident = self.declare(key, kind)
        if not isinstance(node, Mapping):
            self.out.add_at(node.pos, "wrong-type", f"{kind} '{key.text}' must be a mapping of attributes, "
                            f"found {describe(node)}", "write its attributes below it, e.g. `    name: ...`")
            return None
        facts, unknown = {}, []
        for attr_key, value in node.items:
            name = attr_key.text
            if name in PROVENANCE_KEYS:
                continue
            if name not in attrs:
                self.reader.unknown_key(attr_key, tuple(attrs) + PROVENANCE_KEYS, f"for {crosscheck.ARTICLE[kind]}")
                continue
            reading = self.reader.attribute(key.text, attrs[name], value, f"'{name}' of {kind} '{key.text}'")
            unknown += [name] if reading.unknown else []
            if reading.fact is not None:
                facts[name] = reading.fact
        prov = self.reader.provenance(node, f"{kind} '{key.text}'")
        if ident is None:
            return None
        entity = Entity(ident, kind, key.pos, facts, prov=prov, explicit_unknown=tuple(unknown))
        self.entities[ident] = entity
        return entity

    # --------------------------------------------------------------- events

    def read_events(self, node: Node | None) -> tuple[Entity, ...]:
        if node is None or (isinstance(node, Scalar) and node.is_null):
            return ()
        if not isinstance(node, Sequence):
            self.out.add_at(node.pos, "wrong-type", f"'events' must be a list, found {describe(node)}",
                            "start each event with '- ' on its own line, e.g. `  - type: arrest`")
            return ()
        events = []
        for index, item in enumerate(node.items, start=1):
            event = self.read_event(index, item)
            if event is not None:
                events.append(event)
                self.entities[event.id] = event
        return tuple(events)

    def read_event(self, index: int, item: Node) -> Entity | None:
        if not isinstance(item, Mapping):
            self.out.add_at(item.pos, "wrong-type", f"event {index} must be a mapping of attributes, "
                            f"found {describe(item)}", "write `- type: ...` followed by its attributes")
            return None
        event_type = self.event_type(item, index)
        id_node = item.get("id")
        id_key = Scalar(f"event-{index}", True, item.pos)
        if id_node is not None:
            id_scalar = self.reader.scalar(id_node, f"'id' of event {index}")
            id_key = id_scalar if id_scalar is not None else Scalar(f"event-{index}", True, item.pos)
        ident = self.declare(id_key, "event")
        label = ident or id_key.text
        attrs = event_attrs(event_type) if event_type else EVENT_COMMON
        facts, unknown = {}, []
        for key, value in item.items:
            name = key.text
            if name in EVENT_STRUCTURAL or name in PROVENANCE_KEYS:
                continue
            if name not in attrs:
                if event_type:
                    self.unknown_event_key(key, event_type, attrs)
                continue
            reading = self.reader.attribute(label, attrs[name], value, f"'{name}' of event '{label}'")
            unknown += [name] if reading.unknown else []
            if reading.fact is not None:
                facts[name] = reading.fact
        prov = self.reader.provenance(item, f"event '{label}'")
        prov, negative = self.occurrence(facts.get("occurred"), prov, label)
        if ident is None:
            return None
        return Entity(ident, "event", item.pos, facts, type=event_type, prov=prov,
                      explicit_unknown=tuple(unknown), negative=negative)

    def event_type(self, item: Mapping, index: int) -> str | None:
        node = item.get("type")
        if node is None:
            self.out.add_at(item.pos, "missing-key", f"event {index} has no 'type'",
                            "add e.g. `type: arrest`; see docs/incident-format.md for the event types")
            return None
        text = self.reader.text(node, f"'type' of event {index}")
        if text is None:
            return None
        if text not in EVENT_TYPES:
            synonym = EVENT_TYPE_SYNONYMS.get(text.lower().replace(" ", "_").replace("-", "_"))
            hint = (f"did you mean '{synonym}'?" if synonym else did_you_mean(text, EVENT_TYPES)) \
                or "see docs/incident-format.md for the event types"
            self.out.add_at(node.pos, "unknown-event-type", f"unknown event type '{text}'", hint)
            return None
        return text

    def unknown_event_key(self, key: Scalar, event_type: str, attrs: dict[str, Attr]) -> None:
        hint = did_you_mean(key.text, tuple(attrs) + PROVENANCE_KEYS)
        owners = [t for t, (_, particular) in EVENT_TYPES.items() if key.text in particular]
        if not hint and owners:
            hint = f"'{key.text}' is an attribute of {', '.join(owners[:4])} events"
        self.reader.unknown_key(key, (), f"for {crosscheck.with_article(event_type)} event",
                                hint or "see docs/incident-format.md for the attributes of each event type")

    def occurrence(self, occurred: Fact | None, prov: Provenance, label: str) -> tuple[Provenance, bool]:
        """``occurred: false`` marks a negative event; the provenance of ``occurred`` is the event's own."""
        if occurred is None:
            return prov, False
        if not occurred.prov.established or occurred.prov.source:
            if prov is not ESTABLISHED_PROV:
                self.out.add_at(occurred.pos, "contradiction",
                                f"event '{label}' gives its provenance twice (on the event and on 'occurred')",
                                "keep source / alleged_by / denied_by in one place")
            prov = occurred.prov
        return prov, occurred.value is False

    # --------------------------------------------------- incident-wide facts

    def read_incident_facts(self, root: Mapping) -> dict[str, Fact]:
        facts = {}
        for name, attr in INCIDENT.items():
            node = root.get(name)
            if node is not None:
                reading = self.reader.attribute("incident", attr, node, f"'{name}'")
                if reading.fact is not None:
                    facts[name] = reading.fact
        return facts

    def check_states_differ(self, facts: dict[str, Fact]) -> None:
        sending, receiving = facts.get("sending_state"), facts.get("receiving_state")
        if sending and receiving and sending.value == receiving.value:
            self.out.add_at(receiving.pos, "same-state",
                            f"the sending and the receiving State are both '{sending.value}'",
                            "the sending State is the State of the post, mission or national; the receiving "
                            "State is the State where it operates")

    def read_standards(self, node: Node | None) -> dict[str, object]:
        standards: dict[str, object] = {}
        mapping = self.section(node, "standards")
        for key, value in mapping.items if mapping else ():
            if key.text not in STANDARDS:
                self.reader.unknown_key(key, STANDARDS, "in 'standards'", f"the standards are: {', '.join(STANDARDS)}")
                continue
            scalar = self.reader.scalar(value, f"standard '{key.text}'")
            if scalar is not None:
                kind = STANDARDS[key.text][0]
                parsed = self.reader.convert(Attr(key.text, kind, ""), scalar, f"standard '{key.text}'")
                if parsed is not None:
                    standards[key.text] = parsed
        return standards

    def read_applicability(self, node: Node | None) -> tuple[dict, ...]:
        if node is None or (isinstance(node, Scalar) and node.is_null):
            return ()
        if not isinstance(node, Sequence):
            self.out.add_at(node.pos, "wrong-type", f"'applicability' must be a list, found {describe(node)}",
                            "e.g. `  - {instrument: VCCR, in_force: true, reason: ...}`")
            return ()
        return tuple(s for s in (self.read_statement(i, item) for i, item in enumerate(node.items, 1)) if s)

    def read_statement(self, index: int, item: Node) -> dict | None:
        where = f"applicability statement {index}"
        if not isinstance(item, Mapping):
            self.out.add_at(item.pos, "wrong-type", f"{where} must be a mapping, found {describe(item)}")
            return None
        statement: dict = {}
        for key, value in item.items:
            if key.text not in APPLICABILITY:
                self.reader.unknown_key(key, APPLICABILITY, f"in {where}")
                continue
            what = f"'{key.text}' of {where}"
            scalar = self.reader.scalar(value, what)
            parsed = None if scalar is None else self.reader.convert(APPLICABILITY[key.text], scalar, what)
            if parsed is not None:
                statement[key.text] = parsed
        missing = [name for name in REQUIRED_APPLICABILITY if item.get(name) is None]
        for name in missing:
            self.out.add_at(item.pos, "missing-key", f"{where} has no '{name}'")
        return statement if not missing else None
