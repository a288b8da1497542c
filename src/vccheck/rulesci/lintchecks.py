"""Lint checks over the corpus and its tests (issue 7), and suppressions.

Each check has a stable id and a level. A check can be disabled for one
rule, exception or definition with a comment inside it that gives the
reason::

    rule vccr.23.4 "..."
      # lint: disable=unsatisfiable-rule -- a power: any use is lawful
      ...

A suppression without a reason (after ``--``) is itself an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vccheck.diagnostics import Diagnostic, Level, SourcePos, line_of
from vccheck.dsl import model as m
from vccheck.dsl.check import CHECKS, Check
from vccheck.rulesci.coverage import _calls
from vccheck.rulesci.runner import TestRun
from vccheck.record import record

E, W = Level.ERROR, Level.WARNING

TEST_CHECKS = {c.code: c for c in (
    Check("untested-rule", E, "a rule that no scenario tests"),
    Check("no-violated-scenario", E, "a rule with no passing scenario where it is violated"),
    Check("no-compliant-scenario", E, "a rule with no passing scenario where it is not violated"),
    Check("exception-not-exercised", E, "an exception that holds in no passing scenario"),
    Check("unused-definition", W, "a definition that no rule, exception or definition uses"),
    Check("unsatisfiable-rule", W, "a rule whose conditions can never be met"),
    Check("suppression-without-reason", E, "a '# lint: disable=...' comment without '-- reason'"),
    Check("unknown-check", E, "a '# lint: disable=...' names no check"),
)}
ALL_CHECKS = {**CHECKS, **TEST_CHECKS}

_DISABLE = re.compile(r"#\s*lint:\s*disable=([\w,\s-]+?)(?:\s+--\s*(.*))?\s*$")


@record
class Suppression:
    codes: tuple[str, ...]
    reason: str
    pos: SourcePos


def _items(ruleset: m.RuleSet):
    for f in ruleset.files:
        for item in f.items:
            yield f, item


def suppressions(ruleset: m.RuleSet) -> tuple[dict[tuple[str, int], set[str]], list[Diagnostic]]:
    """(file, item line) -> disabled codes; and the problems of the comments themselves."""
    out: dict[tuple[str, int], set[str]] = {}
    problems: list[Diagnostic] = []
    for f in ruleset.files:
        spans = [(i.pos.line, i.end_line or i.pos.line) for i in f.items]
        for c in f.comments:
            mt = _DISABLE.search(c.text)
            if not mt:
                continue
            codes = tuple(x.strip() for x in mt.group(1).split(",") if x.strip())
            src = line_of(f.text, c.pos.line)
            for code in codes:
                if code not in ALL_CHECKS:
                    problems.append(Diagnostic(c.pos, "unknown-check", f"'{code}' is not a lint check", 
                                               "run 'vccheck lint --list-checks'", E, src))
            if not (mt.group(2) or "").strip():
                problems.append(Diagnostic(c.pos, "suppression-without-reason",
                                           "a lint suppression must say why: '# lint: disable=CODE -- reason'",
                                           "", E, src))
                continue
            for start, end in spans:
                if start <= c.pos.line <= end:
                    out.setdefault((f.path, start), set()).update(codes)
    return out, problems


def powers(ruleset: m.RuleSet) -> dict[str, str]:
    """Rules that carry a reasoned '# lint: disable=no-violated-scenario': rule id -> the reason."""
    out: dict[str, str] = {}
    for f in ruleset.files:
        for c in f.comments:
            mt = _DISABLE.search(c.text)
            if not mt or "no-violated-scenario" not in mt.group(1) or not (mt.group(2) or "").strip():
                continue
            for item in f.items:
                if isinstance(item, m.Rule) and item.pos.line <= c.pos.line <= (item.end_line or item.pos.line):
                    out[item.id] = mt.group(2).strip()
    return out


def _diag(item, f: m.RuleFile, code: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(item.pos, code, message, hint, ALL_CHECKS[code].level, line_of(f.text, item.pos.line))


def test_checks(ruleset: m.RuleSet, run: TestRun) -> list[Diagnostic]:
    """Checks that need the scenario results."""
    out: list[Diagnostic] = []
    tested = {r.expectation.rule for r in run.results}
    passed = [r for r in run.results if r.outcome == "passed"]
    violated = {r.expectation.rule for r in passed if r.expectation.status == "violated"}
    other = {r.expectation.rule for r in passed if r.expectation.status in ("compliant", "excused", "not_applicable")}
    rule_ids = {r.id for r in ruleset.rules}
    for f, item in _items(ruleset):
        if isinstance(item, m.Rule):
            if item.id not in tested:
                out.append(_diag(item, f, "untested-rule", f"rule {item.id} has no scenario",
                                 "add a scenario under rules/tests/ (docs/rule-testing.md)"))
                continue
            if item.id not in violated:
                out.append(_diag(item, f, "no-violated-scenario",
                                 f"rule {item.id} has no passing scenario where it is violated",
                                 "add one: a rule never seen to fire may never fire"))
            if item.id not in other:
                out.append(_diag(item, f, "no-compliant-scenario",
                                 f"rule {item.id} has no passing scenario where it is not violated",
                                 "add one where it is compliant, excused or not_applicable"))
        elif isinstance(item, m.Exception_) and item.id not in run.exercised:
            if item.target and item.target.id in rule_ids:
                out.append(_diag(item, f, "exception-not-exercised",
                                 f"exception {item.id} holds in no passing scenario of {item.target.id}",
                                 "add a scenario where its conditions are established"))
    return out


def corpus_checks(ruleset: m.RuleSet) -> list[Diagnostic]:
    """Checks on the corpus alone: unused definitions, rules that can never be met."""
    out: list[Diagnostic] = []
    used: set[str] = set()
    for _f, item in _items(ruleset):
        for e in _exprs(item):
            _calls(e, used)
    for f, item in _items(ruleset):
        if isinstance(item, m.Definition) and item.name not in used:
            out.append(_diag(item, f, "unused-definition", f"definition {item.name} is never used",
                             "use it in a rule or remove it"))
        if isinstance(item, m.Rule):
            why = _never(item)
            if why:
                out.append(_diag(item, f, "unsatisfiable-rule", f"rule {item.id} can never be violated: {why}",
                                 "if it encodes a power, say so with '# lint: disable=unsatisfiable-rule -- reason'"))
    return out


def _exprs(item) -> Iterable:
    for attr in ("applies", "violated", "compliant", "when", "means"):
        e = getattr(item, attr, None)
        if e is not None:
            yield e


def _never(rule: m.Rule) -> str:
    variables = {"sending_state", "receiving_state"} | ({rule.for_each.var} if rule.for_each else set())
    if rule.applies is not None and _is_false(rule.applies, variables):
        return "'applies when' is always false"
    if rule.violated is not None and _is_false(rule.violated, variables):
        return "'violated when' is always false"
    return ""


def _constant(expr, variables: set[str]) -> str | None:
    if isinstance(expr, m.Literal):
        return repr(expr.value)
    if isinstance(expr, m.Path) and len(expr.names) == 1 and expr.names[0] not in variables:
        return expr.names[0]
    return None


def _is_false(expr, variables: set[str]) -> bool:
    """Literal false, or an 'and' that requires one path to equal two different constants."""
    if isinstance(expr, m.Literal) and expr.value is False:
        return True
    if isinstance(expr, m.Or):
        return all(_is_false(op, variables) for op in expr.operands)
    if isinstance(expr, m.And):
        if any(_is_false(op, variables) for op in expr.operands):
            return True
        wanted: dict[tuple, str] = {}
        for op in expr.operands:
            if isinstance(op, m.Compare) and op.op == "=" and isinstance(op.left, m.Path):
                value = _constant(op.right, variables)
                if value is None:
                    continue
                if wanted.get(op.left.names, value) != value:
                    return True
                wanted[op.left.names] = value
    return False


def apply_suppressions(diagnostics: list[Diagnostic], ruleset: m.RuleSet,
                       disabled: dict[tuple[str, int], set[str]]) -> list[Diagnostic]:
    """Drop diagnostics of codes disabled inside the item they point into."""
    spans = {}
    for f in ruleset.files:
        spans[f.path] = [(i.pos.line, i.end_line or i.pos.line) for i in f.items]
    kept = []
    for d in diagnostics:
        codes: set[str] = set()
        for start, end in spans.get(d.pos.file, ()):
            if start <= d.pos.line <= end:
                codes = disabled.get((d.pos.file, start), set())
                break
        if d.code not in codes:
            kept.append(d)
    return kept
