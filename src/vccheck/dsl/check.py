"""Semantic checks on parsed rule files: names, references, cycles, citations, quotes.

``check_ruleset(files)`` returns every problem of every file as a
``Diagnostic`` with a stable ``code`` (listed in ``CHECKS``, documented in
docs/rule-language.md), pointing at the exact token. Expressions are typed
against ``facts.vocabulary`` by ``dsl.typecheck``. Nothing here runs rule
text; it only walks the frozen model.
"""

from __future__ import annotations

from collections.abc import Sequence

from vccheck import treaty
from vccheck.diagnostics import Diagnostic, Level, SourcePos, did_you_mean, line_of
from vccheck.dsl import model as m
from vccheck.dsl.typecheck import UNTYPED, Tokens, Ty, TypeChecker
from vccheck.facts import vocabulary as vocab
from vccheck.record import record

E, W = Level.ERROR, Level.WARNING


@record
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


# ------------------------------------------------------------------ reporting
class _Report:
    def __init__(self, files: Sequence[m.RuleFile], partial: bool):
        self.texts = {f.path: f.text for f in files}
        self.tokens = {f.path: Tokens(f.text) for f in files}
        self.partial = partial
        self.items: list[Diagnostic] = []

    def __call__(self, code: str, pos: SourcePos, message: str, hint: str = "") -> None:
        if self.partial and code in REFERENCE_CODES:
            return  # another file failed to parse: the name may be defined there
        self.items.append(Diagnostic(pos, code, message, hint, CHECKS[code].level,
                                     line_of(self.texts.get(pos.file, ""), pos.line)))

    def tok(self, pos: SourcePos) -> Tokens:
        return self.tokens.get(pos.file) or Tokens("")


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


# ------------------------------------------------------------------ items
class _Corpus(TypeChecker):
    """Checks each item against the others (references) and its expressions against the vocabulary."""

    def __init__(self, report: _Report, ids: dict, definitions: dict, standards: dict):
        super().__init__(report, definitions, standards)
        self.ids = ids
        self.rule_ids = sorted(k for k, v in ids.items() if isinstance(v, m.Rule))
        self.exception_ids = sorted(k for k, v in ids.items() if isinstance(v, m.Exception_))
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
