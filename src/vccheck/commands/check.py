"""vccheck check: check one incident file against the rules and print the report."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Iterator

from vccheck import pipeline
from vccheck.commands.common import print_diagnostics
from vccheck.diagnostics import Diagnostic, DiagnosticError, SourcePos
from vccheck.render import FORMATS, render_chunks

FAIL_ON = ("violated", "undetermined")

HELP = """\
Check an incident file (YAML) against the rules of the Vienna Conventions
(VCCR 1963, VCDR 1961) and report, for each rule and each event or person it
applies to, whether the facts show it violated, compliant, excused, not
applicable or undetermined -- with the citation, the authentic text, the
reasoning and the lines of your file it rests on.

`vccheck INCIDENT` is short for `vccheck check INCIDENT`.

formats (--format):
  terminal  the report for people (default); colour on a terminal unless
            NO_COLOR is set or --no-color is given
  json      the machine contract "vccheck.report/1" for other tools and CI
  markdown  a memo to paste into a document
  sarif     SARIF 2.1.0 for code-scanning tools: violated -> error,
            undetermined -> warning, excused -> note; compliant and not
            applicable findings are counted in run.properties only

examples:
  vccheck examples/vladivostok-2022.yaml
  vccheck check incident.yaml --explain               full reasoning trees
  vccheck check incident.yaml --only vccr.41 --only vccr.42
  vccheck check incident.yaml --assume detention.judicial_decision=true
  vccheck check incident.yaml --standard promptly=24h --standard without_delay=48h
  vccheck check incident.yaml --format json --output report.json
  vccheck check incident.yaml --format sarif -o vccheck.sarif --fail-on undetermined

exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on (violated by default;
     --fail-on undetermined counts undetermined findings too)
  2  usage, input or rule error (the problems are printed on stderr)
"""


def _statement(kind: str):
    """An argparse type for NAME=VALUE options (--assume, --standard)."""

    def parse(text: str) -> str:
        name, sep, value = text.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise argparse.ArgumentTypeError(f"expected {kind}, e.g. "
                                             + ("detention.judicial_decision=true" if kind == "FACT=VALUE"
                                                else "promptly=24h") + f", got {text!r}")
        return f"{name.strip()}={value.strip()}"

    return parse


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of columns, got {text!r}") from None
    from vccheck.render import MIN_WIDTH

    if value < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"the report needs at least {MIN_WIDTH} columns")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("incident", metavar="INCIDENT", help="the incident file to check (YAML)")
    out = parser.add_argument_group("output")
    out.add_argument("-f", "--format", choices=FORMATS, default="terminal",
                     help="report format (default: terminal)")
    out.add_argument("-o", "--output", metavar="FILE",
                     help="write the report to FILE (replaced atomically) instead of standard output")
    out.add_argument("--explain", action="store_true",
                     help="full reasoning trees, and full detail for compliant and not-applicable findings")
    out.add_argument("--width", type=_width, metavar="N",
                     help="terminal report width in columns (default: the terminal's, else 100)")
    out.add_argument("--no-color", action="store_true", help="no colour in the terminal report (also: NO_COLOR=1)")
    sel = parser.add_argument_group("rules and facts")
    sel.add_argument("--rules", action="append", metavar="PATH", default=[],
                     help="rule file or folder (repeatable; default: the shipped rules)")
    sel.add_argument("--instrument", action="append", type=str.upper, choices=("VCCR", "VCDR"), default=[],
                     help="apply only this instrument's rules (repeatable; default: all)")
    sel.add_argument("--only", action="append", metavar="PREFIX", default=[],
                     help="only rules whose id starts with PREFIX, e.g. vccr.41 (repeatable)")
    sel.add_argument("--assume", action="append", type=_statement("FACT=VALUE"), metavar="FACT=VALUE", default=[],
                     help="take a fact as established, e.g. detention.judicial_decision=true (repeatable)")
    sel.add_argument("--standard", action="append", type=_statement("NAME=THRESHOLD"), metavar="NAME=THRESHOLD",
                     default=[], help="decide an open-textured standard by a threshold, e.g. promptly=24h "
                                      "(repeatable)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="violated",
                        help="exit 1 if any finding is at this level or above (default: violated)")


def run(args: argparse.Namespace) -> int:
    if not os.path.isfile(args.incident):
        problem = "no such file" if not os.path.exists(args.incident) else "not a file"
        print_diagnostics([Diagnostic(SourcePos(args.incident, 0, 0), "io", f"cannot read the incident: {problem}",
                                      hint="give the path of an incident YAML file; "
                                           "'vccheck new FILE' writes a template")])
        return 2
    options = pipeline.CheckOptions(rule_paths=tuple(args.rules), instruments=tuple(args.instrument),
                                    only=tuple(args.only), assume=tuple(args.assume),
                                    standards=tuple(args.standard))
    try:
        report = pipeline.check_incident(args.incident, options)
    except DiagnosticError as exc:
        print_diagnostics(exc.diagnostics)
        return 2
    pieces = report_chunks(report, args)  # (JSON: written a finding at a time, never all in memory)
    if args.output:
        try:
            with atomic_writer(args.output) as handle:
                for piece in pieces:
                    handle.write(piece)
        except OSError as exc:
            print_diagnostics([Diagnostic(SourcePos(args.output, 0, 0), "io",
                                          f"cannot write the report: {exc.strerror or exc}")])
            return 2
    else:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
    return exit_code(report, args.fail_on)


def report_chunks(report, args: argparse.Namespace) -> Iterator[str]:
    """The report in the format asked for, with the options that format takes, in the pieces
    ``render_chunks`` gives (see ``vccheck.render``)."""
    if args.format == "terminal":
        to_terminal = not args.output and _isatty(sys.stdout)
        color = to_terminal and not args.no_color and not os.environ.get("NO_COLOR")
        width = args.width or (_terminal_width() if to_terminal else None)
        return render_chunks(report, "terminal", width=width, color=color, explain=args.explain)
    if args.format == "sarif":
        return render_chunks(report, "sarif", base_dir=os.getcwd())
    if args.format == "json":
        return render_chunks(report, "json", explain=args.explain)
    return render_chunks(report, args.format)


def exit_code(report, fail_on: str = "violated") -> int:
    """1 if any finding is at or above ``fail_on`` (violated; undetermined also counts violated), else 0."""
    failing = {"violated"} if fail_on == "violated" else {"violated", "undetermined"}
    return 1 if any(f.status.value in failing for f in report.findings) else 0


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one, never a part."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: str) -> Iterator[io.TextIOWrapper]:
    """A text file that replaces ``path`` when the block ends without error.

    It is written as a temporary file in the same folder, flushed to disk, then
    moved over ``path`` with ``os.replace``; on error the temporary file is removed
    and ``path`` is left as it was. A path that is not a regular file (``/dev/null``,
    ``/dev/stdout``, a named pipe) is written to directly: it must never be replaced.
    """
    if _special(path):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    import tempfile  # (here: a check printing to the terminal never needs it)

    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:  # the permissions the file had, or those a new file would get (mkstemp makes it 0600)
            mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _special(path: str) -> bool:
    """An existing path that is not a regular file (a device, a pipe, a socket)."""
    import stat

    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _terminal_width() -> int:
    import shutil

    from vccheck.render import MIN_WIDTH

    return max(MIN_WIDTH, shutil.get_terminal_size((100, 24)).columns)
