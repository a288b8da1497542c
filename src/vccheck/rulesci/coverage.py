"""Coverage of the conventions by the rules: which provision units are encoded and tested both ways.

A unit is a paragraph, or each lettered sub-paragraph where a paragraph has
them (VCCR arts. 1-73: 210 units; VCDR arts. 1-47: 126). A unit is
``encoded`` when a rule, exception or definition cites it exactly;
``tested_both_ways`` when a rule citing it passes a violated and a
non-violated scenario (an exception: it held in a passing scenario of a rule
tested both ways; a definition: a rule using it is tested both ways; a pure
power that nothing can violate, marked so with a reasoned
``# lint: disable=no-violated-scenario -- why``: it passes scenarios where
it applies and where it does not, and the listing shows the reason);
``out_of_scope`` when a scope file says so, with the reason; else ``missing``.
"""

from __future__ import annotations


from vccheck import treaty
from vccheck.dsl import model as m
from vccheck.record import record

SCOPE = {"VCCR": 73, "VCDR": 47}
STATES = ("tested_both_ways", "encoded", "missing", "out_of_scope")


@record
class Unit:
    citation: treaty.Citation
    state: str
    items: tuple[str, ...]  # ids of the rules, exceptions and definitions citing it
    reason: str | None = None
    note: str | None = None  # e.g. why a power cannot be violated

    def as_dict(self) -> dict:
        c = self.citation
        return {"instrument": c.instrument, "article": c.article, "paragraph": c.paragraph,
                "subparagraph": c.subparagraph, "cite": c.short, "state": self.state, "reason": self.reason,
                "encoded_by": list(self.items), "note": self.note}


@record
class Coverage:
    units: tuple[Unit, ...]

    def totals(self, instrument: str | None = None) -> dict:
        units = [u for u in self.units if instrument is None or u.citation.instrument == instrument]
        counts = {s: sum(1 for u in units if u.state == s) for s in STATES}
        in_scope = len(units) - counts["out_of_scope"]
        encoded = counts["tested_both_ways"] + counts["encoded"]
        return {"units": len(units), "in_scope": in_scope, **counts,
                "encoded_total": encoded,
                "encoded_percent": _pct(encoded, in_scope),
                "tested_both_ways_percent": _pct(counts["tested_both_ways"], in_scope)}

    def as_dict(self) -> dict:
        return {"provisions": [u.as_dict() for u in self.units],
                "totals": {"all": self.totals(), **{i: self.totals(i) for i in SCOPE}}}


def _pct(n: int, d: int) -> float:
    return round(100.0 * n / d, 1) if d else 100.0


def units_in_scope() -> list[treaty.Citation]:
    out = []
    for instrument, last in SCOPE.items():
        out.extend(u for u in treaty.provision_units(instrument) if u.article.isdigit() and int(u.article) <= last)
    return out


def _calls(expr, out: set[str]) -> None:
    stack = [expr]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if isinstance(node, m.Call):
            out.add(node.name)
        stack.extend(m.subexpressions(node))


def definitions_used_by(rule: m.Rule, exceptions, definitions: dict) -> set[str]:
    """Definitions a rule (and its exceptions) uses, directly or through other definitions."""
    todo: set[str] = set()
    for e in (rule.applies, rule.violated, rule.compliant, *(x.when for x in exceptions)):
        _calls(e, todo)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in definitions:
            continue
        seen.add(name)
        _calls(definitions[name].means, todo)
    return seen


def compute(ruleset: m.RuleSet, tested_both_ways: set[str], exercised: set[str], out_of_scope,
            powers: dict[str, str] | None = None) -> Coverage:
    """``powers``: rule id -> why it cannot be violated, for rules tested as powers (see above)."""
    powers = powers or {}
    tested_both_ways = set(tested_both_ways) | set(powers)
    by_unit: dict[treaty.Citation, list[str]] = {}
    good: set[treaty.Citation] = set()
    definitions = ruleset.definitions
    by_target: dict[str, list[m.Exception_]] = {}
    for x in ruleset.exceptions:
        if x.target:
            by_target.setdefault(x.target.id, []).append(x)
    good_defs: set[str] = set()
    for rule in ruleset.rules:
        if rule.id in tested_both_ways:
            good_defs |= definitions_used_by(rule, by_target.get(rule.id, []), definitions)
    for rule in ruleset.rules:
        for c in rule.citations:
            by_unit.setdefault(c.citation, []).append(rule.id)
            if rule.id in tested_both_ways:
                good.add(c.citation)
    for x in ruleset.exceptions:
        for c in x.citations:
            by_unit.setdefault(c.citation, []).append(x.id)
            if x.id in exercised and x.target and x.target.id in tested_both_ways:
                good.add(c.citation)
    for name, d in definitions.items():
        for c in d.citations:
            by_unit.setdefault(c.citation, []).append(f"define {name}")
            if name in good_defs:
                good.add(c.citation)
    scope = {o.citation: o.reason for o in out_of_scope}
    units = []
    for cit in units_in_scope():
        items = tuple(sorted(set(by_unit.get(cit, ())), key=m.id_key))
        if cit in good:
            state = "tested_both_ways"
        elif items:
            state = "encoded"
        elif cit in scope:
            state = "out_of_scope"
        else:
            state = "missing"
        note = None
        if state == "tested_both_ways":
            rules_here = [i for i in items if i in powers]
            if rules_here and not any(i in tested_both_ways and i not in powers for i in items):
                note = "cannot be violated: " + powers[rules_here[0]]
        units.append(Unit(cit, state, items, scope.get(cit) if state == "out_of_scope" else None, note))
    return Coverage(tuple(units))
