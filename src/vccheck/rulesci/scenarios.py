"""Rule scenarios: test files beside the rules, in the incident format, with expected findings.

A scenario file (YAML, under a ``tests/`` folder of a rule directory)::

    base:                       # optional: facts shared by every scenario of the file
      sending_state: JP
      receiving_state: RU
      states: {JP: Japan, RU: Russian Federation}
      persons: {consul: {status: consular_officer, category: career, nationality: JP}}
    scenarios:
      - name: detention without a judicial decision
        description: the FSB detains a career consul; no judge ordered it
        facts:                  # merged over base (mappings key by key; lists replace)
          events:
            - {id: d, type: detention, subject: consul, by: RU, judicial_decision: false}
        expect:
          vccr.41.1: violated                   # every finding of the rule has this status
          vccr.42: {status: undetermined, subject: d}
          vccr.40: {status: violated, todo: "treatment facts not modelled yet"}

``todo`` marks a known gap: reported, not failed. A list of expectations
may be given for a rule with several subjects.
"""

from __future__ import annotations

from dataclasses import field

from vccheck.diagnostics import Collector, DiagnosticError, SourcePos, did_you_mean
from vccheck.engine.findings import Status
from vccheck.facts.yamltree import Mapping, Node, Scalar, Sequence, describe, parse_tree, read_text
from vccheck.record import record

STATUSES = tuple(s.value for s in Status)
_SCENARIO_KEYS = ("name", "description", "facts", "expect")
_EXPECT_KEYS = ("status", "subject", "todo")
_FILE_KEYS = ("base", "scenarios")


@record
class Expectation:
    rule: str
    status: str
    subject: str | None
    todo: str | None
    pos: SourcePos


@record
class Scenario:
    name: str
    description: str
    file: str
    pos: SourcePos
    facts: Mapping | None  # the merged facts node, ready for the loader (None once the scenario has run)
    expectations: tuple[Expectation, ...]
    text: str = field(default="", repr=False, compare=False)  # the file's text, for carets


def load_scenario_file(path: str) -> tuple[Scenario, ...]:
    """Parse one scenario file; raise DiagnosticError with every problem of its shape."""
    out = Collector(path)
    text = read_text(path, out)
    if text is None:
        raise DiagnosticError(out.items)
    out.text = text
    root = parse_tree(text, out)
    out.raise_if_errors()
    if not isinstance(root, Mapping):
        out.add(1, 1, "scenario-shape", "a scenario file must be a mapping with 'scenarios:'",
                "see docs/rule-testing.md")
        raise DiagnosticError(out.items)
    for key, _ in root.items:
        if key.text not in _FILE_KEYS:
            out.add_at(key.pos, "scenario-shape", f"unknown key '{key.text}' in a scenario file",
                       did_you_mean(key.text, _FILE_KEYS) or "a scenario file has 'base' and 'scenarios'")
    base = root.get("base")
    if base is not None and not isinstance(base, Mapping):
        out.add_at(base.pos, "scenario-shape", f"'base' must be a mapping of incident facts, found {describe(base)}")
        base = None
    items = root.get("scenarios")
    scenarios: list[Scenario] = []
    if not isinstance(items, Sequence):
        out.add_at(items.pos if items is not None else root.pos, "scenario-shape",
                   "the file needs 'scenarios:', a list of scenarios")
    else:
        for node in items.items:
            sc = _scenario(node, base, path, out, text)
            if sc is not None:
                scenarios.append(sc)
    out.raise_if_errors()
    return tuple(scenarios)


def _scenario(node: Node, base: Mapping | None, path: str, out: Collector, text: str) -> Scenario | None:
    if not isinstance(node, Mapping):
        out.add_at(node.pos, "scenario-shape", f"a scenario must be a mapping, found {describe(node)}")
        return None
    for key, _ in node.items:
        if key.text not in _SCENARIO_KEYS:
            out.add_at(key.pos, "scenario-shape", f"unknown key '{key.text}' in a scenario",
                       did_you_mean(key.text, _SCENARIO_KEYS) or "a scenario has name, description, facts, expect")
    name = _text(node.get("name"))
    if not name:
        out.add_at(node.pos, "scenario-shape", "a scenario needs a 'name'")
        name = f"scenario at line {node.pos.line}"
    facts = node.get("facts")
    if facts is not None and not isinstance(facts, Mapping):
        out.add_at(facts.pos, "scenario-shape", f"'facts' must be a mapping, found {describe(facts)}")
        return None
    merged = merge(base, facts, node.pos, name)
    expect = node.get("expect")
    if not isinstance(expect, Mapping) or not expect.items:
        out.add_at((expect or node).pos, "scenario-shape", f"scenario '{name}' has no 'expect' mapping",
                   "write `expect: {vccr.41.1: violated}`")
        return None
    expectations = []
    for key, value in expect.items:
        for item in (value.items if isinstance(value, Sequence) else (value,)):
            e = _expectation(key, item, out)
            if e is not None:
                expectations.append(e)
    return Scenario(name, _text(node.get("description")) or "", path, node.pos, merged, tuple(expectations), text)


def _expectation(key: Scalar, node: Node, out: Collector) -> Expectation | None:
    if isinstance(node, Scalar):
        status, subject, todo, pos = node.text, None, None, node.pos
    elif isinstance(node, Mapping):
        for k, _ in node.items:
            if k.text not in _EXPECT_KEYS:
                out.add_at(k.pos, "scenario-shape", f"unknown key '{k.text}' in an expectation",
                           did_you_mean(k.text, _EXPECT_KEYS) or "use status, subject and todo")
        status, subject, todo = _text(node.get("status")), _text(node.get("subject")), _text(node.get("todo"))
        pos = (node.get("status") or node).pos
    else:
        out.add_at(node.pos, "scenario-shape", f"an expectation must be a status or a mapping, found {describe(node)}")
        return None
    if status not in STATUSES:
        out.add_at(pos, "scenario-status", f"'{status}' is not a status",
                   did_you_mean(status or "", STATUSES) or "one of: " + ", ".join(STATUSES))
        return None
    return Expectation(key.text, status, subject, todo, key.pos)


def _text(node: Node | None) -> str | None:
    return node.text if isinstance(node, Scalar) and not node.is_null else None


def merge(base: Mapping | None, facts: Mapping | None, pos: SourcePos, name: str) -> Mapping:
    """Scenario facts over the file's base: mappings key by key, anything else replaced."""
    merged = _merge(base, facts) if base is not None and facts is not None else (facts or base or Mapping((), pos))
    keys = {k.text for k, _ in merged.items}
    extra = []
    if "vccheck" not in keys:
        extra.append((Scalar("vccheck", True, pos), Scalar("incident/1", True, pos)))
    if "title" not in keys:
        extra.append((Scalar("title", True, pos), Scalar(name, False, pos)))
    return Mapping(tuple(extra) + merged.items, merged.pos)


def _merge(a: Node, b: Node) -> Node:
    if not (isinstance(a, Mapping) and isinstance(b, Mapping)):
        return b
    out = []
    over = {k.text: (k, v) for k, v in b.items}
    for k, v in a.items:
        if k.text in over:
            bk, bv = over.pop(k.text)
            out.append((bk, _merge(v, bv)))
        else:
            out.append((k, v))
    out.extend(item for item in b.items if item[0].text in over)
    return Mapping(tuple(out), b.pos)
