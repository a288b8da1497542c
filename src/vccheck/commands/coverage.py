"""vccheck coverage: which provisions of the VCCR and VCDR the rules encode and test."""

from __future__ import annotations

import json
import sys

HELP = """List, per instrument and article, each provision unit of VCCR arts. 1-73 and
VCDR arts. 1-47 (a paragraph, or each lettered sub-paragraph) as tested both
ways, encoded (not yet tested both ways), missing, or out of scope (with the
reason from the rules' *.scope.yaml files), with totals. Runs the rule
scenarios to know what is tested.

examples:
  vccheck coverage                      the shipped rules
  vccheck coverage --fail-under 100     exit 1 unless every in-scope unit is tested both ways
  vccheck coverage --format json        {"provisions": [...], "totals": {...}}
"""


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="rule directories (default: the shipped rules)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--fail-under", type=float, metavar="PERCENT",
                        help="exit 1 when fewer than PERCENT of in-scope units are tested both ways")
    parser.add_argument("--instrument", choices=("VCCR", "VCDR"), action="append", default=[],
                        help="only this instrument (repeatable)")


def run(args) -> int:
    from vccheck.diagnostics import format_diagnostic
    from vccheck.dsl.corpus import default_rules_dir, load_rules
    from vccheck.rulesci.coverage import compute
    from vccheck.rulesci.runner import run_scenarios, scenario_files
    from vccheck.rulesci.scope import load_scope
    from vccheck import treaty

    paths = tuple(args.paths) or (default_rules_dir(),)
    ruleset = load_rules(paths)
    scope, problems = load_scope(paths)
    for diag in problems:
        print(format_diagnostic(diag), file=sys.stderr)
    if any(d.level.value == "error" for d in problems):
        return 2
    tests = run_scenarios(ruleset, scenario_files(paths))
    from vccheck.rulesci.lintchecks import powers

    power_rules = {r: why for r, why in powers(ruleset).items() if r in tests.applies_both_ways()}
    cov = compute(ruleset, tests.tested_both_ways(), tests.exercised, scope, power_rules)
    if args.instrument:
        from vccheck.rulesci.coverage import Coverage

        cov = Coverage(tuple(u for u in cov.units if u.citation.instrument in args.instrument))
    totals = cov.totals()
    if args.format == "json":
        print(json.dumps(cov.as_dict(), indent=2))
    else:
        last = None
        for u in cov.units:
            c = u.citation
            if (c.instrument, c.article) != last:
                last = (c.instrument, c.article)
                title = treaty.article_title(c.instrument, c.article)
                print(f"{c.instrument} art. {c.article}" + (f" — {title}" if title else ""))
            detail = ", ".join(u.items) if u.items else (u.reason or "")
            if u.note:
                detail += f"  ({u.note})"
            print(f"  {c.short[len(c.instrument) + 1:]:<12} {u.state.replace('_', ' '):<17} {detail}")
        print()
        for inst in sorted({u.citation.instrument for u in cov.units}):
            _print_totals(inst, cov.totals(inst))
        _print_totals("All", totals)
    if args.fail_under is not None and totals["tested_both_ways_percent"] < args.fail_under:
        uncovered = [u for u in cov.units if u.state in ("encoded", "missing")]
        print(f"coverage {totals['tested_both_ways_percent']}% of in-scope provisions tested both ways is below "
              f"{args.fail_under}%; not yet covered: " + ", ".join(u.citation.short for u in uncovered),
              file=sys.stderr)
        return 1
    return 0


def _print_totals(name: str, t: dict) -> None:
    print(f"{name}: {t['units']} units, {t['out_of_scope']} out of scope, {t['in_scope']} in scope: "
          f"{t['encoded_total']} encoded ({t['encoded_percent']}%), {t['tested_both_ways']} tested both ways "
          f"({t['tested_both_ways_percent']}%), {t['missing']} missing")
