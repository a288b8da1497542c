"""The command line: a thin layer that parses arguments and maps outcomes to exit codes.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it
(or failed rule tests); 2 usage, input or rule error; 3 internal error
(with the detail behind --debug). Each command lives in ``vccheck.commands``
and exposes ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys

from vccheck import __version__

COMMANDS = {  # name -> module in vccheck.commands
    "check": "check",
    "batch": "batch",
    "lint": "lint",
    "test": "test",
    "coverage": "coverage",
    "explain": "explain",
    "schema": "schema",
    "new": "new",
    "parties": "parties",
}
COMMAND_HELP = {
    "check": "check an incident file against the rules (the default: vccheck incident.yaml)",
    "batch": "check many incident files, one JSON object per line",
    "lint": "parse and check rule files (default: the shipped rules)",
    "test": "run the rule scenarios (rules/tests) and report pass/fail",
    "coverage": "which VCCR/VCDR provisions are encoded and tested",
    "explain": "print the authentic text of a provision and the rules that encode it",
    "schema": "print the JSON Schema of incident files",
    "new": "write a commented incident template",
    "parties": "print a State's party status for each instrument",
}

EPILOG = """examples:
  vccheck examples/vladivostok-2022.yaml          check an incident, terminal report
  vccheck check incident.yaml --format json       the JSON contract (vccheck.report/1)
  vccheck incident.yaml --assume detention.judicial_decision=true
  vccheck explain "VCCR 41(1)"                    authentic text and the rules for it
  vccheck lint rules/ && vccheck test rules/      rule CI
  vccheck new my-incident.yaml                    start a new incident file

exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 usage, input or rule error; 3 internal error
"""


class _Parser(argparse.ArgumentParser):
    def _get_formatter(self):  # the width given, so that argparse does not import shutil (and its bz2,
        return self.formatter_class(prog=self.prog, width=_help_width())  # lzma) on every run for it

    def error(self, message: str):  # argparse exits 2 already; keep the message short and helpful
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}\n  hint: run '{self.prog} --help'", file=sys.stderr)
        raise SystemExit(2)


def _help_width() -> int:
    """What argparse's help formatter computes with ``shutil.get_terminal_size()``: $COLUMNS, else the
    terminal's width, else 80; minus 2."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module is imported (the others need not load for one run).

    With a command, only its parser is made: the others' would only serve the list of commands in
    ``vccheck --help`` (made without a command), and each costs argparse's look-ups of translations."""
    parser = _Parser(prog="vccheck", description="Vienna Convention compliance checker (VCCR 1963, VCDR 1961).",
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"vccheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full detail of an internal error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in COMMANDS.items():
        if name != command:
            if command is None:
                sub.add_parser(name, help=COMMAND_HELP[name], add_help=False)
            continue
        mod = importlib.import_module(f"vccheck.commands.{module}")
        p = sub.add_parser(name, help=COMMAND_HELP[name], description=getattr(mod, "HELP", None) or COMMAND_HELP[name],
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        mod.add_arguments(p)
        p.set_defaults(_module=mod)
    return parser


def _mistyped_command(word: str) -> str:
    """``did you mean 'lint'?`` when ``word`` (not a command) looks like a mistyped command rather than an
    incident file: no such path, no YAML suffix, not an option, and close to a command's name. Otherwise
    "" (``vccheck FILE`` is ``vccheck check FILE``, and a missing file is reported as such)."""
    if word.startswith("-") or word.lower().endswith((".yaml", ".yml")) or os.sep in word or os.path.exists(word):
        return ""
    from vccheck.diagnostics import did_you_mean

    return did_you_mean(word, COMMANDS)


def main(argv: list[str] | None = None) -> int:
    # A command allocates ~10^5 small, acyclic objects (rules from the cache, facts, traces) that
    # reference counting frees; Python's cyclic collector would stop the world again and again for
    # nothing (a fifth of a `vccheck check`). One-shot commands run without it; `batch`, which may
    # run for hours, keeps it (its stages pause it, see vccheck.gcpause). It is restored on return.
    argv = list(sys.argv[1:] if argv is None else argv)
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    if "batch" not in argv:
        gc.disable()
    gc.set_threshold(100_000, 50, 100)  # when it runs (batch), rarely
    try:
        return _main(argv)
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()


def _main(argv: list[str]) -> int:
    # `vccheck incident.yaml [options]` is `vccheck check incident.yaml [options]`
    i = 0
    while i < len(argv) and argv[i] == "--debug":
        i += 1
    if i < len(argv) and argv[i] not in COMMANDS and argv[i] not in ("-h", "--help", "--version"):
        mistyped = _mistyped_command(argv[i])
        if mistyped:
            print(f"usage: vccheck [-h] [--version] [--debug] COMMAND ...\n"
                  f"vccheck: error: unknown command '{argv[i]}'\n  hint: {mistyped} ('vccheck --help' lists the "
                  f"commands; an incident file is checked with 'vccheck FILE')", file=sys.stderr)
            return 2
        argv.insert(i, "check")
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    debug = getattr(args, "debug", False)
    try:
        return int(args._module.run(args))
    except KeyboardInterrupt:
        print("vccheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: never a raw traceback
        from vccheck.diagnostics import DiagnosticError

        if isinstance(exc, DiagnosticError):
            from vccheck.commands.common import print_diagnostics

            print_diagnostics(exc.diagnostics)
            return 2
        if debug:
            import traceback

            traceback.print_exc()
        else:
            print(f"vccheck: internal error: {type(exc).__name__}: {exc}\n"
                  "  This is a bug in vccheck. Please report it with the command you ran;\n"
                  "  run again with --debug for the detail.", file=sys.stderr)
        return 3


def run() -> None:
    """The ``vccheck`` program (the console script and ``python -m vccheck``): ``main()``, then exit at once.

    When ``main`` returns, the output is written and flushed below, files are closed and renamed into
    place and worker processes have been joined: nothing is left to do. A normal interpreter shutdown
    would then free the rules, facts and reasoning one object at a time and collect garbage once more,
    about a quarter of a `vccheck check` (70 ms of 290 on the project's machine) for nothing; the
    process ends without it. ``main`` itself (used by the tests and the Python API) returns normally.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`vccheck ... | head`), or a closed stream
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
