"""vccheck lint: parse and check rule files, print every problem and a summary line."""

from __future__ import annotations

import argparse
import json
import sys

from vccheck.diagnostics import Diagnostic, DiagnosticError, Level, format_diagnostic, summary_line

HELP = """Parse and check rule files (default: the shipped rules).

Prints every problem as path:line:column: level[code]: message, with the
source line, a caret and a hint, then a summary line. Exit 0 when there is
no error (warnings do not fail), 2 on any error.

examples:
  vccheck lint                   the shipped rules
  vccheck lint rules/            a directory, recursively (*.vcl)
  vccheck lint --format json my-pack/
"""

FORMATS = ("text", "json", "sarif", "github")


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="rule files or directories (default: the shipped rules)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--no-tests", action="store_true",
                        help="skip the checks that run the scenarios (untested rules, one-sided tests, exceptions "
                             "never exercised)")
    parser.add_argument("--tests", dest="no_tests", action="store_false", help=argparse.SUPPRESS)
    parser.add_argument("--list-checks", action="store_true", help="list every check with its id and level")


def render_text(diagnostics: tuple[Diagnostic, ...], files: tuple[str, ...]) -> str:
    lines = [format_diagnostic(d) for d in diagnostics]
    lines.append(summary_line(diagnostics, len(files)))
    return "\n".join(lines)


def render_json(diagnostics: tuple[Diagnostic, ...], files: tuple[str, ...]) -> str:
    errors = sum(1 for d in diagnostics if d.level is Level.ERROR)
    return json.dumps({
        "diagnostics": [d.as_dict() for d in diagnostics],
        "summary": {"errors": errors, "warnings": len(diagnostics) - errors, "files": len(files),
                    "text": summary_line(diagnostics, len(files))},
    }, indent=2, ensure_ascii=False)


def render_sarif(diagnostics: tuple[Diagnostic, ...], files: tuple[str, ...]) -> str:
    from vccheck import __version__
    from vccheck.rulesci.lintchecks import ALL_CHECKS

    codes = sorted({d.code for d in diagnostics})
    rules = [{"id": c, "shortDescription": {"text": ALL_CHECKS[c].summary if c in ALL_CHECKS else c},
              "defaultConfiguration": {"level": ALL_CHECKS[c].level.value if c in ALL_CHECKS else "error"}}
             for c in codes]
    results = [{
        "ruleId": d.code, "level": "error" if d.level is Level.ERROR else "warning",
        "message": {"text": d.message + (f" ({d.hint})" if d.hint else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": d.pos.file.replace("\\", "/")},
                                            "region": {"startLine": max(d.pos.line, 1),
                                                       "startColumn": max(d.pos.column, 1)}}}],
    } for d in diagnostics]
    log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "vccheck lint", "version": __version__,
                                         "informationUri": "https://example.invalid/vccheck", "rules": rules}},
                     "results": results}]}
    log["runs"][0]["tool"]["driver"].pop("informationUri")
    return json.dumps(log, indent=2, ensure_ascii=False)


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render_github(diagnostics: tuple[Diagnostic, ...], files: tuple[str, ...]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's files."""
    lines = []
    for d in diagnostics:
        kind = "error" if d.level is Level.ERROR else "warning"
        lines.append(f"::{kind} file={_gh_escape(d.pos.file, True)},line={max(d.pos.line, 1)},"
                     f"col={max(d.pos.column, 1)},title={_gh_escape('vccheck ' + d.code, True)}::"
                     f"{_gh_escape(d.message + (' (' + d.hint + ')' if d.hint else ''))}")
    lines.append(summary_line(diagnostics, len(files)))
    return "\n".join(lines)


RENDERERS = {"text": render_text, "json": render_json, "sarif": render_sarif, "github": render_github}


def run(args) -> int:
    from vccheck.dsl.corpus import load_corpus

    if args.list_checks:
        from vccheck.rulesci.lintchecks import ALL_CHECKS

        for code, check in sorted(ALL_CHECKS.items()):
            print(f"{code:<28} {check.level.value:<8} {check.summary}")
        return 0
    try:
        corpus = load_corpus(tuple(args.paths))
        diagnostics, files = list(corpus.diagnostics), corpus.files
    except DiagnosticError as exc:  # a path that does not exist
        diagnostics, files, corpus = list(exc.diagnostics), (), None
    if corpus is not None and not corpus.errors:
        from vccheck.dsl.cache import store_rules

        store_rules(tuple(args.paths), corpus.ruleset)  # `vccheck test` and `check` next need not check again
        diagnostics = _corpus_checks(corpus, tuple(args.paths), not args.no_tests)
    diagnostics = tuple(sorted(diagnostics, key=Diagnostic.sort_key))
    print(RENDERERS[args.format](diagnostics, files), file=sys.stdout)
    return 2 if any(d.level is Level.ERROR for d in diagnostics) else 0


def _corpus_checks(corpus, paths: tuple[str, ...], with_tests: bool) -> list[Diagnostic]:
    """The checks of issue 7 (over the whole corpus and its scenarios), with suppressions."""
    from vccheck.dsl.corpus import default_rules_dir
    from vccheck.rulesci import lintchecks
    from vccheck.dsl.corpus import rule_files
    from vccheck.rulesci.runner import run_scenarios_cached, scenario_files
    from vccheck.rulesci.scope import load_scope

    ruleset = corpus.ruleset
    found = list(corpus.diagnostics) + lintchecks.corpus_checks(ruleset)
    roots = paths or (default_rules_dir(),)
    if with_tests:
        tests = run_scenarios_cached(ruleset, rule_files(roots), scenario_files(roots))
        found += list(tests.errors) + lintchecks.test_checks(ruleset, tests)
    found += list(load_scope(roots)[1])
    disabled, problems = lintchecks.suppressions(ruleset)
    return lintchecks.apply_suppressions(found, ruleset, disabled) + problems
