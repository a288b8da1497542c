"""vccheck lint: parse and check rule files, print every problem and a summary line."""

from __future__ import annotations

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

# name -> renderer(diagnostics, files) -> str; issue 7 adds sarif and github here.
FORMATS = ("text", "json")


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="rule files or directories (default: the shipped rules)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")


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


RENDERERS = {"text": render_text, "json": render_json}


def run(args) -> int:
    from vccheck.dsl.corpus import load_corpus

    try:
        corpus = load_corpus(tuple(args.paths))
        diagnostics, files = corpus.diagnostics, corpus.files
    except DiagnosticError as exc:  # a path that does not exist
        diagnostics, files = exc.diagnostics, ()
    print(RENDERERS[args.format](diagnostics, files), file=sys.stdout)
    return 2 if any(d.level is Level.ERROR for d in diagnostics) else 0
