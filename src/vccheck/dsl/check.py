"""Semantic checks on parsed rule files: names, references, cycles, citations, quotes.

``check_ruleset(files)`` returns every problem of every file as a
``Diagnostic`` with a stable ``code`` (listed in ``CHECKS``, documented in
docs/rule-language.md), pointing at the exact token. Expressions are typed
against ``facts.vocabulary``: a ``for each`` / ``some`` variable is an event
of the listed types or an entity kind, ``sending_state`` / ``receiving_state``
are states, definition parameters are untyped (any attribute known to any
kind is accepted, so misspellings are still caught). Nothing here runs rule
text; it only walks the frozen model.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

from vccheck import treaty
from vccheck.diagnostics import Diagnostic, Level, SourcePos, did_you_mean, line_of
from vccheck.dsl import model as m
from vccheck.facts import vocabulary as vocab

E, W = Level.ERROR, Level.WARNING


@dataclass(frozen=True)
class Check:
    code: str
    level: Level
    summary: str


CHECKS = {c.code: c for c in (
    Check("missing-clause", E, "a rule, exception, definition or standard lacks a required clause"),
    Check("conflicting-clauses", E, "a rule has both 'violated when' and 'compliant when'"),
    Check("duplicate-id", E, "two rules or exceptions share an id"),
    Check("duplicate-definition", E, "two definitions share a name"),
    Check("duplicate-standard", E, "two standards share a name"),
    Check("duplicate-parameter", E, "a definition names the same parameter twice"),
    Check("id-citation-mismatch", E, "an id does not begin with its first citation (vccr.41 for VCCR 41(1))"),
    Check("unknown-citation", E, "a citation that does not exist in the authentic treaty text"),
    Check("overlay-citation", W, "a citation of an overlay instrument, whose text cannot be verified"),
    Check("quote-mismatch", E, "a 'text' quote that is not in the authentic text of the item's citations"),
    Check("unknown-rule", E, "'to' or 'overrides' names no rule"),
    Check("unknown-exception", E, "'prevails over' names no exception"),
    Check("invalid-gives", E, "'gives' is not compliant, excused or not_applicable"),
    Check("definition-cycle", E, "definitions that call themselves, directly or indirectly"),
    Check("prevails-cycle", E, "exceptions that prevail over each other in a circle"),
    Check("overrides-cycle", E, "rules that override each other in a circle"),
    Check("unknown-party", E, "'duty on' / 'owed to' names an unknown party"),
    Check("unknown-kind", E, "'for each' / 'some' ranges over an unknown event type or entity kind"),
    Check("mixed-kinds", E, "'for each' / 'some' mixes events and entities"),
    Check("unknown-attribute", E, "a path names an attribute the fact vocabulary does not have"),
    Check("unbound-variable", E, "a variable that no 'for each', 'some' or parameter binds"),
    Check("unknown-name", E, "a bare name that is neither a variable nor a known constant"),
    Check("unknown-enum-value", E, "a constant that is not a value of the attribute it is compared with"),
    Check("unknown-definition", E, "a call of a definition that does not exist"),
    Check("wrong-arguments", E, "a call with the wrong number of arguments"),
    Check("unknown-standard", E, "a standard name that is not in the fact vocabulary"),
    Check("standard-mismatch", E, "a standard that measures something other than the vocabulary says"),
    Check("meets-mismatch", E, "'meets' applied to a value the standard cannot measure"),
    Check("undeclared-standard", W, "'meets' names a standard that no 'standard' item declares"),
    Check("type-mismatch", E, "a comparison of values of different types"),
    Check("not-a-condition", E, "a value used where a condition (true/false) is needed"),
    Check("not-an-event", E, "'time from A to B' with something other than events"),
    Check("shadowed-variable", W, "a 'some' variable hides a variable of the same name"),
)}
REFERENCE_CODES = frozenset({"unknown-rule", "unknown-exception", "unknown-definition", "undeclared-standard"})
GIVES = ("compliant", "excused", "not_applicable")
PARTIES = ("receiving_state", "sending_state", "third_state")
VERIFIABLE = tuple(treaty.INSTRUMENT_FILES)


# ------------------------------------------------------------------ types
@dataclass(frozen=True)
class Ty:
    kind: str  # "event" | "entity" | "value" | "untyped" | "const" (a bare unbound name)
    name: str = ""  # entity kind, value type (bool, enum, ...), or the constant
    events: tuple[str, ...] = ()  # event types (empty: any event)
    values: tuple[str, ...] = ()  # enum values

    def describe(self) -> str:
        if self.kind == "event":
            return " or ".join(self.events) + " events" if self.events else "events"
        if self.kind == "entity":
            return "a person, place, thing, post or mission" if self.name == "any" else f"a {self.name}"
        return {"enum": "a choice", "int": "a number"}.get(self.name, f"a {self.name}") if self.kind == "value" \
            else "a value"


UNTYPED, BOOL, DURATION = Ty("untyped"), Ty("value", "bool"), Ty("value", "duration")
STATE = Ty("entity", "state")
_ORDERED = {"number", "int", "duration", "date", "time"}


@lru_cache(maxsize=1)
def _all_attrs() -> dict[str, tuple[vocab.Attr, ...]]:
    out: dict[str, list] = {}
    for attrs in (*vocab.KIND_ATTRS.values(), vocab.EVENT_COMMON, *(a for _, a in vocab.EVENT_TYPES.values())):
        for attr in attrs.values():
            out.setdefault(attr.name, []).append(attr)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _all_enum_values() -> frozenset[str]:
    return frozenset(v for attrs in _all_attrs().values() for a in attrs for v in a.values)


def _attr_ty(attr: vocab.Attr) -> Ty:
    ref = attr.ref_kind
    if ref == "event":
        return Ty("event")
    if ref:
        return Ty("entity", ref)
    return Ty("value", attr.type, values=attr.values)


def _attrs_of(ty: Ty) -> dict[str, vocab.Attr] | None:
    if ty.kind == "event":
        return vocab.attrs_of("event", ty.events)
    if ty.kind == "entity":
        return vocab.attrs_of(ty.name)
    return None


def _step(ty: Ty, name: str) -> Ty | None:
    """The type of ``x.name`` for ``x`` of type ``ty`` (None: no such attribute)."""
    if ty.kind == "untyped":
        cands = _all_attrs().get(name)
        if not cands:
            return None
        types = {a.type for a in cands}
        if types == {"enum"}:
            return Ty("value", "enum", values=tuple(sorted({v for a in cands for v in a.values})))
        return _attr_ty(cands[0]) if len(types) == 1 else UNTYPED
    attrs = _attrs_of(ty)
    return _attr_ty(attrs[name]) if attrs and name in attrs else None


def _category(ty: Ty) -> str | None:
    if ty.kind == "event":
        return "event"
    if ty.kind == "entity":
        return "state" if ty.name == "state" else "entity"
    if ty.kind == "value":
        return "number" if ty.name in ("int", "number") else ty.name
    return None


# ------------------------------------------------------------------ token positions
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|#[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|\S')


class _Tokens:
    """Finds the exact token inside a node the model keeps only a start position for."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def after(self, pos: SourcePos) -> Iterator[tuple[str, SourcePos]]:
        if pos.line < 1 or pos.line > len(self.starts):
            return
        start = self.starts[pos.line - 1] + max(pos.column, 1) - 1
        for mt in _TOKEN.finditer(self.text, start):
            if not mt.group().startswith("#"):
                line = bisect.bisect_right(self.starts, mt.start())
                yield mt.group(), SourcePos(pos.file, line, mt.start() - self.starts[line - 1] + 1)

    def path_steps(self, pos: SourcePos, count: int) -> list[SourcePos]:
        out, want_name = [], True
        for tok, tpos in self.after(pos):
            if want_name and (tok[0].isalpha() or tok[0] == "_"):
                out.append(tpos)
            elif want_name or tok != ".":
                break
            want_name = not want_name
            if len(out) == count:
                break
        return out + [pos] * (count - len(out))

    def names(self, pos: SourcePos, count: int, skip=("for", "each", "some", "or", "(", ",")) -> list[SourcePos]:
        """Positions of the names in ``for each a or b as``, ``some a as``, ``define f(a, b)``."""
        out = []
        for tok, tpos in self.after(pos):
            if tok in ("as", ")") or len(out) == count:
                break
            if tok not in skip:
                out.append(tpos)
        return out + [pos] * (count - len(out))

    def after_keyword(self, pos: SourcePos, keyword: str) -> list[SourcePos]:
        """Positions of the tokens after the first ``keyword`` outside brackets (for ``{...}``: its items)."""
        depth, found, out = 0, False, []
        for tok, tpos in self.after(pos):
            if found:
                if tok in ("}", "end") or keyword != "{" and out:
                    break
                if tok != ",":
                    out.append(tpos)
            elif tok == keyword and depth == 0:
                found = True
            elif tok in "({":
                depth += 1
            elif tok in ")}":
                depth -= 1
        return out


# ------------------------------------------------------------------ reporting
class _Report:
    def __init__(self, files: Sequence[m.RuleFile], partial: bool):
        self.texts = {f.path: f.text for f in files}
        self.tokens = {f.path: _Tokens(f.text) for f in files}
        self.partial = partial
        self.items: list[Diagnostic] = []

    def __call__(self, code: str, pos: SourcePos, message: str, hint: str = "") -> None:
        if self.partial and code in REFERENCE_CODES:
            return  # another file failed to parse: the name may be defined there
        self.items.append(Diagnostic(pos, code, message, hint, CHECKS[code].level,
                                     line_of(self.texts.get(pos.file, ""), pos.line)))

    def tok(self, pos: SourcePos) -> _Tokens:
        return self.tokens.get(pos.file) or _Tokens("")


# ------------------------------------------------------------------ the ruleset
def check_ruleset(files: Sequence[m.RuleFile], *, partial: bool = False) -> list[Diagnostic]:
    """Every semantic problem in ``files`` (errors and warnings), sorted by position.

    ``partial``: some files of the corpus failed to parse, so references to
    names that may be defined in them are not reported.
    """
    report = _Report(files, partial)
    items = [item for f in files for item in f.items]
    rules = _index(report, [i for i in items if isinstance(i, (m.Rule, m.Exception_))], "duplicate-id", "id",
                   "id")
    definitions = _index(report, [i for i in items if isinstance(i, m.Definition)], "duplicate-definition",
                         "name", "definition")
    standards = _index(report, [i for i in items if isinstance(i, m.Standard)], "duplicate-standard", "name",
                       "standard")
    ctx = _Corpus(report, rules, definitions, standards)
    for item in items:
        _clauses(report, item)
        _citations(report, item)
        if isinstance(item, m.Rule):
            ctx.rule(item)
        elif isinstance(item, m.Exception_):
            ctx.exception(item)
        elif isinstance(item, m.Definition):
            ctx.definition(item)
        else:
            _standard(report, item)
    _report_cycles(report, {d.name: _calls(d.means) for d in definitions.values() if d.means is not None},
                   "definition-cycle", "definition '{0}' calls itself: {1}")
    _report_cycles(report, {x.id: [(r.id, r.pos) for r in x.prevails_over] for x in rules.values()
                            if isinstance(x, m.Exception_)}, "prevails-cycle",
                   "exceptions prevail over each other in a circle: {1}")
    _report_cycles(report, {x.id: [(r.id, r.pos) for r in x.overrides] for x in rules.values()
                            if isinstance(x, m.Rule)}, "overrides-cycle", "rules override each other in a circle: {1}")
    return sorted(report.items, key=Diagnostic.sort_key)


def _index(report: _Report, items: list, code: str, attr: str, noun: str) -> dict:
    out: dict = {}
    for item in items:
        key = getattr(item, attr)
        if key in out:
            report(code, item.pos, f"{noun} '{key}' is already used" if noun == "id" else
                   f"{noun} '{key}' is defined twice", f"first defined at {out[key].pos}")
        else:
            out[key] = item
    return out


_REQUIRED = {
    m.Rule: (("citations", "cites", "cites VCCR 41(1)"), ("duty_on", "duty on", "duty on receiving_state")),
    m.Exception_: (("citations", "cites", "cites VCCR 41(1)"), ("target", "to", "to vccr.41.1"),
                   ("gives", "gives", "gives compliant"), ("when", "when", "when e.judicial_decision = true")),
    m.Definition: (("means", "means", "means p.status = consular_officer"),),
    m.Standard: (("citations", "cites", "cites VCCR 42"),),
}


def _clauses(report: _Report, item: m.Item) -> None:
    noun = {m.Rule: "rule", m.Exception_: "exception", m.Definition: "definition", m.Standard: "standard"}[type(item)]
    name = getattr(item, "id", None) or item.name
    for attr, word, example in _REQUIRED[type(item)]:
        if not getattr(item, attr):
            report("missing-clause", item.pos, f"{noun} '{name}' has no '{word}' clause", f"add, e.g.: {example}")
    if isinstance(item, m.Rule):
        if item.violated is None and item.compliant is None:
            report("missing-clause", item.pos, f"rule '{name}' has neither 'violated when' nor 'compliant when'",
                   "add one, e.g.: violated when true")
        elif item.violated is not None and item.compliant is not None:
            report("conflicting-clauses", item.compliant.pos,
                   f"rule '{name}' has both 'violated when' and 'compliant when'",
                   "keep one: 'compliant when C' means 'violated when not C'")
    if isinstance(item, (m.Rule, m.Exception_)) and item.citations:
        cit = item.citations[0].citation
        prefix = f"{cit.instrument}.{cit.article}".lower()
        if item.id != prefix and not item.id.startswith(prefix + "."):
            report("id-citation-mismatch", item.pos,
                   f"{noun} id '{item.id}' does not begin with its first citation {cit.short} ('{prefix}')",
                   f"name it after the provision, e.g. '{cit.rule_id.lower()}', or cite the provision it encodes first")


def _citations(report: _Report, item: m.Item) -> None:
    found = []
    for ref in item.citations:
        cit = ref.citation
        if cit.instrument not in VERIFIABLE:
            report("overlay-citation", ref.pos, f"{cit.short} cites an overlay instrument; its text cannot be verified",
                   "only " + ", ".join(VERIFIABLE) + " are checked against the authentic text")
        elif treaty.lookup(cit) is None:
            near = treaty.nearest(cit)
            hint = ("that article has: " + ", ".join(c.short for c in near)) if near else (
                f"{cit.instrument} has articles {_article_range(cit.instrument)}")
            report("unknown-citation", ref.pos, f"{cit.short} does not exist in the authentic text", hint)
        else:
            found.append(cit)
    for quote in getattr(item, "quotes", ()):
        if found and not any(treaty.quote_matches(quote.value, c) for c in found):
            best = max(found, key=lambda c: _matched_prefix(quote.value, c))
            report("quote-mismatch", quote.pos,
                   "the quoted text does not match the authentic text of " + ", ".join(c.short for c in found),
                   treaty.mismatch_point(quote.value, best))


def _article_range(instrument: str) -> str:
    arts = [c.article for c in treaty.provision_units(instrument)]
    return f"{arts[0]} to {arts[-1]}" if arts else "none"


def _matched_prefix(quote: str, cit: treaty.Citation) -> int:
    text, q = treaty.normalise(treaty.lookup(cit).text), treaty.normalise(quote.split("...")[0])
    lo, hi = 0, len(q)
    while lo < hi:  # the longest prefix of q found in text (monotone, so bisect)
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if q[:mid] in text else (lo, mid - 1)
    return lo


def _standard(report: _Report, std: m.Standard) -> None:
    known = vocab.STANDARDS.get(std.name)
    if known is None:
        report("unknown-standard", std.pos, f"'{std.name}' is not a standard of the fact vocabulary",
               did_you_mean(std.name, vocab.STANDARDS) or "standards: " + ", ".join(vocab.STANDARDS))
    elif std.measures is not None and std.measures != known[0]:
        pos = (report.tok(std.pos).after_keyword(std.pos, "measures") or [std.pos])[0]
        report("standard-mismatch", pos, f"'{std.name}' measures {known[0]} in the fact vocabulary, "
               f"not {std.measures}", f"write: measures {known[0]} ...")


def _calls(expr) -> list[tuple[str, SourcePos]]:
    out, stack = [], [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, m.Call):
            out.append((node.name, node.pos))
        stack.extend(reversed(_children(node)))
    return out


def _children(node) -> tuple:
    if isinstance(node, (m.And, m.Or)):
        return node.operands
    if isinstance(node, m.Not):
        return (node.operand,)
    if isinstance(node, m.Compare):
        return (node.left, node.right)
    if isinstance(node, (m.Member, m.Known, m.Meets)):
        return (node.value,)
    if isinstance(node, m.Call):
        return node.args
    if isinstance(node, m.Some):
        return (node.condition,)
    if isinstance(node, m.TimeBetween):
        return (node.start, node.end)
    return ()


def _report_cycles(report: _Report, graph: dict[str, list[tuple[str, SourcePos]]], code: str, message: str) -> None:
    """One diagnostic per cycle, at the edge that closes it (iterative DFS, so no recursion limit)."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    seen: set[frozenset] = set()
    for root in graph:
        if root in state:
            continue
        path, stack = [root], [iter(graph[root])]
        state[root] = 1
        while stack:
            for target, pos in stack[-1]:
                if target not in graph:
                    continue
                if state.get(target) == 1:
                    cycle = path[path.index(target):]
                    if frozenset(cycle) not in seen:
                        seen.add(frozenset(cycle))
                        report(code, pos, message.format(target, " → ".join(cycle + [target])),
                               "break the circle: one of them must not depend on the other")
                elif target not in state:
                    state[target] = 1
                    path.append(target)
                    stack.append(iter(graph[target]))
                    break
            else:
                state[path.pop()] = 2
                stack.pop()


# ------------------------------------------------------------------ items and expressions
class _Corpus:
    """Checks each item against the others (references) and its expressions against the vocabulary."""

    def __init__(self, report: _Report, ids: dict, definitions: dict, standards: dict):
        self.report, self.ids, self.definitions, self.standards = report, ids, definitions, standards
        self.rule_ids = sorted(k for k, v in ids.items() if isinstance(v, m.Rule))
        self.exception_ids = sorted(k for k, v in ids.items() if isinstance(v, m.Exception_))
        self.lenient = False  # True while checking an exception whose rule (and so its variables) is unknown
        self.scopes: dict[int, dict[str, Ty]] = {}

    def _ref(self, ref: m.Ref, want, code: str, noun: str, clause: str) -> None:
        target = self.ids.get(ref.id)
        if isinstance(target, want):
            return
        pool = self.rule_ids if want is m.Rule else self.exception_ids
        if target is None:
            self.report(code, ref.pos, f"'{clause}' names {noun} '{ref.id}', which does not exist",
                        did_you_mean(ref.id, pool))
        else:
            self.report(code, ref.pos, f"'{clause}' must name {noun}; '{ref.id}' is not one",
                        did_you_mean(ref.id, pool))

    def _parties(self, parties, scope) -> None:
        for party in parties:
            text = self.report.texts.get(party.pos.file, "")
            quoted = line_of(text, party.pos.line)[party.pos.column - 1:party.pos.column] == '"'
            if not quoted and party.value not in PARTIES and party.value not in scope:
                self.report("unknown-party", party.pos, f"unknown party '{party.value}'",
                            did_you_mean(party.value, [*PARTIES, *scope]) or
                            'use receiving_state, sending_state, third_state or a description in quotes')

    def rule(self, rule: m.Rule) -> None:
        for ref in rule.overrides:
            self._ref(ref, m.Rule, "unknown-rule", "a rule", "overrides")
        scope = self.scope_of(rule)
        self._parties([p for p in (rule.duty_on,) if p] + list(rule.owed_to), scope)
        for expr in (rule.applies, rule.violated, rule.compliant):
            if expr is not None:
                self.cond(expr, scope)

    def scope_of(self, rule: m.Rule) -> dict[str, Ty]:
        """The rule's binding (computed, and its range errors reported, once per rule)."""
        if id(rule) not in self.scopes:
            fe = rule.for_each
            self.scopes[id(rule)] = {fe.var: self.range_ty(fe.kinds, fe.pos)} if fe else {}
        return self.scopes[id(rule)]

    def exception(self, exc: m.Exception_) -> None:
        for ref in exc.prevails_over:
            self._ref(ref, m.Exception_, "unknown-exception", "an exception", "prevails over")
        target = self.ids.get(exc.target.id) if exc.target else None
        if exc.target:
            self._ref(exc.target, m.Rule, "unknown-rule", "a rule", "to")
        if exc.gives and exc.gives.value not in GIVES:
            self.report("invalid-gives", exc.gives.pos, f"'gives {exc.gives.value}' is not an outcome",
                        did_you_mean(exc.gives.value, GIVES) or "use compliant, excused or not_applicable")
        if exc.when is not None:  # evaluated in the target rule's binding
            scope = self.scope_of(target) if isinstance(target, m.Rule) else {}
            self.lenient = not isinstance(target, m.Rule)
            self.cond(exc.when, scope)
            self.lenient = False

    def definition(self, d: m.Definition) -> None:
        seen = set()
        for name, pos in zip(d.params, self.report.tok(d.pos).names(d.pos, len(d.params) + 1)[1:]):
            if name in seen:
                self.report("duplicate-parameter", pos, f"parameter '{name}' is given twice")
            seen.add(name)
        if d.means is not None:
            self.cond(d.means, {p: UNTYPED for p in d.params})

    # ---------------------------------------------------------- expressions
    def range_ty(self, kinds: tuple[str, ...], pos: SourcePos) -> Ty:
        resolved, positions = [], self.report.tok(pos).names(pos, len(kinds))
        for kind, kpos in zip(kinds, positions):
            r = vocab.kind_of_name(kind)
            if r is None:
                self.report("unknown-kind", kpos, f"'{kind}' is not an event type or entity kind",
                            did_you_mean(kind, vocab.RANGE_NAMES) or "see 'vccheck schema' for the event types")
            else:
                resolved.append(r)
        if not resolved:
            return UNTYPED
        if len({r[0] for r in resolved}) > 1:
            self.report("mixed-kinds", positions[0], "'" + " or ".join(kinds) + "' mixes events and entities",
                        "range over events or over one kind of entity")
            return UNTYPED
        if resolved[0][0] != "event":
            return Ty("entity", resolved[0][0])
        if any(not r[1] for r in resolved):
            return Ty("event")
        return Ty("event", events=tuple(dict.fromkeys(t for r in resolved for t in r[1])))

    def cond(self, expr, scope: dict[str, Ty]) -> None:
        """``expr`` must be a condition (true / false / unknown)."""
        ty = self.value(expr, scope)
        if ty.kind == "const":
            self.report("unknown-name", expr.pos, f"'{ty.name}' is not a variable or a condition",
                        did_you_mean(ty.name, [*scope, "true", "false", *self.definitions]))
        elif ty.kind != "untyped" and not (ty.kind == "value" and ty.name == "bool"):
            self.report("not-a-condition", expr.pos, f"'{expr.text}' is {ty.describe()}, not a condition",
                        f"compare it (e.g. {expr.text} = ...) or test '{expr.text} is known'")

    def bound(self, expr, scope: dict[str, Ty], what: str) -> Ty:
        """A value that must come from a variable (not a bare constant)."""
        ty = self.value(expr, scope)
        if ty.kind == "const":
            self.report("unbound-variable", expr.pos, f"'{ty.name}' is not bound here",
                        did_you_mean(ty.name, [*scope, *vocab.INCIDENT_NAMES]) or f"{what}")
            return UNTYPED
        return ty

    def value(self, expr, scope: dict[str, Ty]) -> Ty:  # noqa: C901 (one branch per node type)
        if isinstance(expr, m.Path):
            return self.path(expr, scope)
        if isinstance(expr, m.Literal):
            return Ty("value", {"string": "text"}.get(expr.kind, expr.kind))
        if isinstance(expr, m.DurationLiteral):
            return DURATION
        if isinstance(expr, (m.And, m.Or)):
            for op in expr.operands:
                self.cond(op, scope)
        elif isinstance(expr, m.Not):
            self.cond(expr.operand, scope)
        elif isinstance(expr, m.Compare):
            self.compare(expr, scope)
        elif isinstance(expr, m.Member):
            self.member(expr, scope)
        elif isinstance(expr, m.Known):
            self.bound(expr.value, scope, "'is known' tests a fact: write e.g. e.date is known")
        elif isinstance(expr, m.Meets):
            self.meets(expr, scope)
        elif isinstance(expr, m.Call):
            self.call(expr, scope)
        elif isinstance(expr, m.Some):
            ty = self.range_ty(expr.kinds, expr.pos)
            if expr.var in scope or expr.var in vocab.INCIDENT_NAMES:
                self.report("shadowed-variable", expr.pos, f"'{expr.var}' hides a variable of the same name",
                            "choose another name")
            self.cond(expr.condition, {**scope, expr.var: ty})
        elif isinstance(expr, m.TimeBetween):
            for end in (expr.start, expr.end):
                ty = self.bound(end, scope, "'time from A to B' measures between two events")
                if ty.kind not in ("event", "untyped"):
                    self.report("not-an-event", end.pos, f"'{end.text}' is {ty.describe()}, not an event",
                                "'time from A to B' measures between two events")
            return DURATION
        return BOOL

    def path(self, path: m.Path, scope: dict[str, Ty]) -> Ty:
        head = path.names[0]
        if head in scope:
            ty = scope[head]
        elif head in vocab.INCIDENT_NAMES:
            ty = STATE
        elif self.lenient:
            return UNTYPED
        elif len(path.names) == 1:
            return Ty("const", head)
        else:
            self.report("unbound-variable", path.pos, f"'{head}' is not bound here",
                        did_you_mean(head, [*scope, *vocab.INCIDENT_NAMES]) or
                        f"bind it with 'for each KIND as {head}' or 'some KIND as {head} where (...)'")
            return UNTYPED
        positions = None
        for i, name in enumerate(path.names[1:], 1):
            nxt = _step(ty, name)
            if nxt is None:
                positions = positions or self.report.tok(path.pos).path_steps(path.pos, len(path.names))
                attrs = _attrs_of(ty) if ty.kind != "untyped" else _all_attrs()
                so_far = ".".join(path.names[:i])
                if attrs is None:
                    msg = f"'{so_far}' is {ty.describe()}; it has no attribute '{name}'"
                elif ty.kind == "untyped":
                    msg = f"'{name}' is not an attribute of anything in the fact vocabulary"
                else:
                    msg = f"'{name}' is not an attribute of {ty.describe()} ('{so_far}')"
                self.report("unknown-attribute", positions[i], msg, did_you_mean(name, attrs or ()))
                return UNTYPED
            ty = nxt
        return ty

    def compare(self, cmp: m.Compare, scope: dict[str, Ty]) -> None:
        left, right = self.value(cmp.left, scope), self.value(cmp.right, scope)
        for const, const_expr, other in ((left, cmp.left, right), (right, cmp.right, left)):
            if const.kind == "const":
                self.constant(const.name, const_expr.pos, other, scope)
        if "const" in (left.kind, right.kind):
            return
        cl, cr = _category(left), _category(right)
        for ty, lit in ((left, cmp.right), (right, cmp.left)):
            if ty.name == "enum" and isinstance(lit, m.Literal) and lit.kind == "string" and ty.values \
                    and lit.value not in ty.values:
                self.report("unknown-enum-value", lit.pos, f"'{lit.value}' is not one of the values",
                            did_you_mean(str(lit.value), ty.values) or "values: " + ", ".join(ty.values))
                return
        if cl and cr and cl != cr and not {cl, cr} <= {"enum", "text"}:
            hint = ""
            for expr, other in ((cmp.left, right), (cmp.right, left)):
                if isinstance(expr, m.Path) and expr.text in vocab.INCIDENT_NAMES and expr.text in other.values:
                    hint = (f"here '{expr.text}' is the State itself; to compare with the value {expr.text} "
                            f'write: "{expr.text}" or in {{{expr.text}}}')
            self.report("type-mismatch", cmp.pos, f"cannot compare '{cmp.left.text}' ({left.describe()}) "
                        f"with '{cmp.right.text}' ({right.describe()})", hint)
        elif cmp.op in ("<", "<=", ">", ">=") and {cl, cr} - {None} and not ({left.name, right.name} & _ORDERED):
            self.report("type-mismatch", cmp.pos, f"'{cmp.op}' compares numbers, durations, dates or times",
                        "use = or != for other values")

    def constant(self, name: str, pos: SourcePos, other: Ty, scope) -> None:
        if other.kind == "value" and other.name == "enum":
            if name not in other.values:
                self.report("unknown-enum-value", pos, f"'{name}' is not one of the values it is compared with",
                            did_you_mean(name, other.values) or "values: " + ", ".join(other.values))
        elif other.kind in ("untyped", "const"):
            if name not in _all_enum_values():
                self.report("unknown-enum-value" if other.kind == "untyped" else "unknown-name", pos,
                            f"'{name}' is not a variable or a value known to the fact vocabulary",
                            did_you_mean(name, [*_all_enum_values(), *scope, *vocab.INCIDENT_NAMES]))
        else:
            hint = {"bool": "compare with true or false", "text": 'write text in double quotes: "..."'}.get(
                other.name, did_you_mean(name, [*scope, *vocab.INCIDENT_NAMES]))
            self.report("unknown-name", pos, f"'{name}' is not a variable, and {other.describe()} has no named "
                        "values", hint)

    def member(self, mem: m.Member, scope: dict[str, Ty]) -> None:
        ty = self.bound(mem.value, scope, "'in' tests the value of a fact")
        if ty.kind == "event":
            pool = tuple(ty.events or vocab.EVENT_TYPES)
        elif ty.kind == "value" and ty.name == "enum":
            pool = ty.values
        elif ty.kind == "untyped":  # a definition parameter: an enum value, or an event type
            pool = tuple(sorted(_all_enum_values() | set(vocab.EVENT_TYPES)))
        else:
            return
        positions = self.report.tok(mem.pos).after_keyword(mem.pos, "{")
        for i, item in enumerate(mem.items):
            if item not in pool and not (ty.kind == "untyped" and self.lenient):
                pos = positions[i] if i < len(positions) else mem.pos
                self.report("unknown-enum-value", pos, f"'{item}' is not one of the values of '{mem.value.text}'",
                            did_you_mean(item, pool) or ("values: " + ", ".join(pool) if len(pool) < 20 else ""))

    def meets(self, meets: m.Meets, scope: dict[str, Ty]) -> None:
        ty = self.bound(meets.value, scope, "'meets' applies to an event or to 'time from A to B'")
        pos = (self.report.tok(meets.pos).after_keyword(meets.pos, "meets") or [meets.pos])[0]
        known = vocab.STANDARDS.get(meets.standard)
        if known is None:
            self.report("unknown-standard", pos, f"'{meets.standard}' is not a standard of the fact vocabulary",
                        did_you_mean(meets.standard, vocab.STANDARDS) or "standards: " + ", ".join(vocab.STANDARDS))
            return
        if meets.standard not in self.standards:
            self.report("undeclared-standard", pos, f"no 'standard {meets.standard}' item declares this standard",
                        "declare it with its citation and authority (see rules/vccr/standards.vcl)")
        measure = known[0]
        if ty.kind == "untyped" or ty.kind == "event" and (measure == "duration" or measure in _attrs_of(ty)):
            return
        if measure == "duration" and ty == DURATION or measure != "duration" and ty.kind == "entity" \
                and measure in (_attrs_of(ty) or {}):
            return
        self.report("meets-mismatch", meets.pos, f"'{meets.standard}' measures {measure}, which "
                    f"'{meets.value.text}' ({ty.describe()}) does not have",
                    "write: time from A to B meets " + meets.standard if measure == "duration"
                    else f"apply it to an event with {measure}")

    def call(self, call: m.Call, scope: dict[str, Ty]) -> None:
        for arg in call.args:
            ty = self.value(arg, scope)
            if ty.kind == "const" and ty.name not in _all_enum_values():
                self.report("unbound-variable", arg.pos, f"'{ty.name}' is not bound here",
                            did_you_mean(ty.name, [*scope, *vocab.INCIDENT_NAMES]))
        d = self.definitions.get(call.name)
        if d is None:
            self.report("unknown-definition", call.pos, f"no definition named '{call.name}'",
                        did_you_mean(call.name, self.definitions))
        elif len(d.params) != len(call.args):
            n = len(d.params)
            self.report("wrong-arguments", call.pos, f"'{call.name}' takes {n} argument{'s' if n != 1 else ''} "
                        f"({', '.join(d.params)}), {len(call.args)} given", f"defined at {d.pos}")

