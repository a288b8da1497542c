"""vccheck test: run the rule scenarios."""

from __future__ import annotations

import json
import sys
import time

HELP = """Run the rule scenarios: YAML files under a tests/ folder beside the rules
(see docs/rule-testing.md). Every scenario runs; each failure shows the
expected and the actual status and the explanation. Prints per-rule counts
and a closing line `N passed, N failed` (`, N skipped` for todo
expectations). Exit 0 when all pass, 1 on any failure or when no test ran,
2 when the rules do not load.

examples:
  vccheck test                 the shipped rules and their scenarios
  vccheck test rules/          a rule directory (rule files and tests/ inside)
  vccheck test --format json   machine-readable results
"""


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="rule directories or files (default: the shipped rules)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only failures and the closing line")


def run(args) -> int:
    from vccheck.diagnostics import DiagnosticError
    from vccheck.dsl.corpus import default_rules_dir, load_usable_rules
    from vccheck.dsl.corpus import rule_files
    from vccheck.rulesci.runner import run_scenarios_cached, scenario_files

    paths = tuple(args.paths) or (default_rules_dir(),)
    start = time.perf_counter()
    try:  # clean rule files: the checked rules from the compiled-rules cache (lint has just built it)
        from vccheck import pipeline

        ruleset, rule_errors = pipeline.load_rules(paths), ()
    except DiagnosticError:  # errors: run the scenarios of the files that are clean, and report the rest
        ruleset, rule_errors = load_usable_rules(paths)
    files = scenario_files(paths)
    result = run_scenarios_cached(ruleset, rule_files(paths), files) if not rule_errors else None
    if result is None:
        from vccheck.rulesci.runner import run_scenarios

        result = run_scenarios(ruleset, files)
    result.errors[:0] = list(rule_errors)  # broken rule files fail the run; the rest still runs
    elapsed = time.perf_counter() - start
    passed, failed, skipped = result.count("passed"), result.failed, result.count("skipped")
    if args.format == "json":
        print(json.dumps({"results": [r.as_dict() for r in result.results],
                          "errors": [d.as_dict() for d in result.errors],
                          "rules": result.per_rule(),
                          "summary": {"passed": passed, "failed": failed, "skipped": skipped,
                                      "scenario_files": len(files), "seconds": round(elapsed, 3)}}, indent=2))
    else:
        _print_text(result, args.quiet)
        line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
        print(line)
    if not result.results and not result.errors:
        print("vccheck test: no test ran (no scenario files under a tests/ folder)", file=sys.stderr)
        return 1
    return 1 if failed else 0


def _print_text(result, quiet: bool) -> None:
    from vccheck.diagnostics import format_diagnostic

    for diag in result.errors:
        print(format_diagnostic(diag))
    for r in result.results:
        if r.outcome == "passed":
            continue
        head = "TODO" if r.outcome == "skipped" else "FAIL"
        print(f"{head} {r.scenario.file}:{r.expectation.pos.line}: {r.scenario.name}")
        print(f"  {r.message}")
        if r.expectation.todo:
            print(f"  todo: {r.expectation.todo}")
        for d in r.details:
            print(f"    {d}")
    if quiet:
        return
    rows = result.per_rule()
    if rows:
        width = max(len(k) for k in rows)
        print("Per rule:")
        for rule, c in rows.items():
            extra = f", {c['skipped']} skipped" if c["skipped"] else ""
            print(f"  {rule:<{width}}  {c['passed']} passed, {c['failed']} failed{extra}")
