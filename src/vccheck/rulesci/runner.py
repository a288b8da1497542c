"""``vccheck test``: run every rule scenario and compare the findings with the expectations.

Every scenario runs (a failure never stops the run); each failure shows the
expected and actual status and the explanation. Exceptions that held in a
passing scenario are recorded, for the lint check on untested exceptions
and for coverage.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from collections.abc import Sequence

from vccheck.diagnostics import Collector, Diagnostic, DiagnosticError, did_you_mean
from vccheck.dsl.corpus import display_path
from vccheck.dsl.model import RuleSet
from vccheck.engine.evaluate import evaluate
from vccheck.engine.findings import Finding, Truth
from vccheck.engine.options import EngineOptions
from vccheck.facts.loader import load_node
from vccheck.rulesci.scenarios import Expectation, Scenario, load_scenario_file
from vccheck.record import record

SCENARIO_SUFFIXES = (".yaml", ".yml")
NOT_VIOLATED = ("compliant", "excused", "not_applicable")


@record
class Result:
    scenario: Scenario
    expectation: Expectation
    outcome: str  # passed | failed | skipped
    actual: tuple[tuple[str | None, str], ...]  # (subject, status) of the rule's findings
    message: str = ""
    details: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"file": self.scenario.file, "line": self.expectation.pos.line, "scenario": self.scenario.name,
                "rule": self.expectation.rule, "subject": self.expectation.subject,
                "expected": self.expectation.status, "actual": [{"subject": s, "status": st} for s, st in self.actual],
                "outcome": self.outcome, "message": self.message, "details": list(self.details),
                "todo": self.expectation.todo}


@dataclass
class TestRun:
    results: list[Result] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)  # broken scenario files or facts
    exercised: set[str] = field(default_factory=set)  # exceptions that held in a passing scenario
    scenario_files: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def failed(self) -> int:
        return self.count("failed") + len(self.errors)

    def per_rule(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for r in self.results:
            row = out.setdefault(r.expectation.rule, {"passed": 0, "failed": 0, "skipped": 0})
            row[r.outcome] += 1
        return dict(sorted(out.items()))

    def applies_both_ways(self) -> set[str]:
        """Rules with passing scenarios of two different non-violated statuses (e.g. compliant and
        not_applicable): how a pure power, which nothing can violate, is tested both ways."""
        seen: dict[str, set[str]] = {}
        for r in self.results:
            if r.outcome == "passed" and r.expectation.status in NOT_VIOLATED:
                seen.setdefault(r.expectation.rule, set()).add(r.expectation.status)
        return {rule for rule, statuses in seen.items() if len(statuses) >= 2}

    def tested_both_ways(self) -> set[str]:
        """Rules with a passing violated expectation and a passing non-violated one."""
        violated, other = set(), set()
        for r in self.results:
            if r.outcome != "passed":
                continue
            (violated if r.expectation.status == "violated" else
             other if r.expectation.status in NOT_VIOLATED else set()).add(r.expectation.rule)
        return violated & other


def scenario_files(paths: Sequence[str]) -> list[str]:
    """YAML files inside a ``tests`` folder under ``paths`` (or named explicitly)."""
    found: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                parts = os.path.normpath(root).split(os.sep)
                if "tests" in parts or os.path.basename(os.path.normpath(path)) == "tests":
                    found.update(os.path.join(root, f) for f in files if f.endswith(SCENARIO_SUFFIXES))
        elif path.endswith(SCENARIO_SUFFIXES) and os.path.exists(path):
            found.add(path)
    return sorted(found, key=lambda p: os.path.normpath(os.path.abspath(p)))


def _package_digest() -> bytes:
    """Every file of the installed package: any change to the engine, the loader or the data
    gives a new key (the rules themselves are hashed separately)."""
    import hashlib

    import vccheck

    root = os.path.dirname(os.path.abspath(vccheck.__file__))
    h = hashlib.sha256()
    for base, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "rules"))
        for name in sorted(names):
            if name.endswith((".py", ".lark", ".json", ".yaml")):
                path = os.path.join(base, name)
                h.update(os.path.relpath(path, root).encode() + b"\0")
                with open(path, "rb") as fh:
                    h.update(hashlib.sha256(fh.read()).digest())
    return h.digest()


def run_scenarios_cached(ruleset: RuleSet, rule_files: Sequence[str], files: Sequence[str]) -> TestRun:
    """``run_scenarios``, reusing the results of an identical earlier run (``vccheck lint`` then
    ``vccheck test`` in CI run the scenarios once). Keyed by the whole package, every rule file and
    every scenario file (paths and contents); ``VCCHECK_NO_CACHE=1`` turns it off."""
    import hashlib
    import pickle

    from vccheck import digest
    from vccheck.dsl import cache

    if os.environ.get("VCCHECK_NO_CACHE"):
        return run_scenarios(ruleset, files)
    try:
        h = hashlib.sha256(b"scenarios/1" + _package_digest())
        for path in list(rule_files) + list(files):
            h.update(display_path(path).encode("utf-8", "surrogatepass") + b"\0")
            with open(path, "rb") as fh:
                h.update(hashlib.sha256(fh.read()).digest())
        key = h.hexdigest()
    except OSError:
        return run_scenarios(ruleset, files)
    path = os.path.join(digest.cache_dir(), "scenarios", f"{key[:40]}.pickle")
    found = cache._read_object(path, key, TestRun)
    if found is not None:
        return found
    run = run_scenarios(ruleset, files)
    try:
        cache.write(path, key, run)
    except (pickle.PicklingError, TypeError, AttributeError):
        pass  # an unpicklable result only costs speed
    return run


def run_scenarios(ruleset: RuleSet, files: Sequence[str]) -> TestRun:
    """Every scenario of every file, in file order; on a machine with several cores the files are
    shared out among forked workers (``VCCHECK_JOBS=1`` keeps it in one process)."""
    run = TestRun(scenario_files=[display_path(f) for f in files])
    for part in _map_files(ruleset, list(files)):
        run.results.extend(part.results)
        run.errors.extend(part.errors)
        run.exercised.update(part.exercised)
    return run


_SHARED: RuleSet | None = None  # the rule set, for forked workers


def _map_files(ruleset: RuleSet, files: list[str]):
    global _SHARED
    from vccheck.parallel import fork_map

    _SHARED = ruleset  # forked workers read it from here
    try:
        return fork_map(_run_file_shared, files)
    finally:
        _SHARED = None


def _run_file_shared(path: str) -> TestRun:
    return _run_file(_SHARED, path)


def _run_file(ruleset: RuleSet, path: str) -> TestRun:
    from vccheck.gcpause import paused

    with paused():  # many small acyclic objects (see vccheck.gcpause)
        run = _run_file_unpaused(ruleset, path)
    # The results keep their scenario for messages; its facts tree is no longer needed (and would be
    # sent back from a worker and stored in the results cache for nothing).
    slim: dict[int, Scenario] = {}
    for i, result in enumerate(run.results):
        sc = result.scenario
        if id(sc) not in slim:
            slim[id(sc)] = dataclasses.replace(sc, facts=None)
        run.results[i] = dataclasses.replace(result, scenario=slim[id(sc)])
    return run


def _run_file_unpaused(ruleset: RuleSet, path: str) -> TestRun:
    run = TestRun()
    known = {r.id for r in ruleset.rules}
    try:
        scenarios = load_scenario_file(display_path(path))
    except DiagnosticError as exc:
        run.errors.extend(exc.diagnostics)
        return run
    for scenario in scenarios:
        _run_one(ruleset, scenario, known, run)
    return run


def _run_one(ruleset: RuleSet, scenario: Scenario, known: set[str], run: TestRun) -> None:
    bad = [e for e in scenario.expectations if e.rule not in known]
    for e in bad:
        run.errors.append(Diagnostic(e.pos, "unknown-rule", f"scenario '{scenario.name}' expects a finding of "
                                     f"'{e.rule}', which no rule file defines", did_you_mean(e.rule, known),
                                     source_line=_line(scenario.text, e.pos.line)))
    expectations = [e for e in scenario.expectations if e.rule in known]
    if not expectations:
        return
    try:
        incident = load_node(scenario.facts, Collector(scenario.file, scenario.text))
    except DiagnosticError as exc:
        run.errors.extend(exc.diagnostics)
        return
    only = tuple(sorted({e.rule for e in expectations}))
    findings = evaluate(ruleset, incident, EngineOptions(thresholds=dict(incident.standards), only=only,
                                                         reservations=_reservations(incident)))
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    for e in expectations:
        result = _compare(scenario, e, by_rule.get(e.rule, []))
        run.results.append(result)
        if result.outcome == "passed":
            for f in by_rule.get(e.rule, []):
                if e.subject is None or f.subject == e.subject:
                    run.exercised.update(x.id for x in f.explanation.exceptions
                                         if x.value is Truth.TRUE and not x.set_aside_by)


_RESERVATIONS: dict = {}


def _reservations(incident):
    """The two States' reservations from the party data (scenarios test rules that read them);
    applicability by date is not applied to scenarios: they test the rules, not the party data.
    Memoised by the two States and the date: most scenario files share them."""
    key = (incident.sending_state, incident.receiving_state, tuple(sorted(incident.states_named.items())),
           incident.date)
    if key not in _RESERVATIONS:
        from vccheck import applicability

        try:
            _RESERVATIONS[key] = applicability.assess(incident).rule_reservations()
        except Exception:  # a scenario with made-up States: no reservations known  # noqa: BLE001
            _RESERVATIONS[key] = ()
    return _RESERVATIONS[key]


def _compare(scenario: Scenario, e: Expectation, findings: list[Finding]) -> Result:
    chosen = [f for f in findings if e.subject is None or f.subject == e.subject]
    actual = tuple((f.subject, f.status.value) for f in chosen)
    if not chosen:
        where = f" about '{e.subject}'" if e.subject else ""
        subjects = sorted({str(f.subject) for f in findings})
        msg = (f"{e.rule}: expected {e.status}, but the rule made no finding{where}"
               + (f" (it made findings about: {', '.join(subjects)})" if subjects else
                  " (nothing in the facts engaged it: add an event or entity it ranges over)"))
        return Result(scenario, e, "skipped" if e.todo else "failed", actual, msg)
    wrong = [f for f in chosen if f.status.value != e.status]
    if not wrong:
        return Result(scenario, e, "passed", actual)
    details = []
    for f in wrong:
        details.append(f"{f.subject or '-'}: {f.status.value}: {f.explanation.reason}")
        details.extend(f"  missing: {m}" for m in f.missing[:4])
        details.extend(f"  {state}: {status.value}" for state, status in f.by_account)
    got = ", ".join(sorted({f.status.value for f in wrong}))
    msg = f"{e.rule}{' (' + e.subject + ')' if e.subject else ''}: expected {e.status}, got {got}"
    return Result(scenario, e, "skipped" if e.todo else "failed", actual, msg, tuple(details))


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""
