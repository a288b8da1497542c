"""vccheck batch: check many incident files in parallel, one JSON object per line."""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator

from vccheck import pipeline
from vccheck.commands.check import FAIL_ON, _isatty, _statement, atomic_writer
from vccheck.commands.common import print_diagnostics
from vccheck.diagnostics import Diagnostic, DiagnosticError, SourcePos

HELP = """\
Check many incident files and write one JSON object per line (JSON Lines),
in the order of the inputs, as each is ready, with a "file" key first; a file
that cannot be checked gives {"file": ..., "errors": [diagnostics]} and the
batch goes on.

--detail brief (the default) writes a "vccheck.batch/1" line per incident:
the incident, the summary by status, and every finding as rule, citation,
status and subject, with the one-line reason, the facts that would decide
it and the States' accounts for those that apply. --detail full writes the
whole report of each incident (the "vccheck.report/1" object of
`vccheck check --format json`: quotes and reasoning trees, several hundred
kilobytes per incident), which is slower to write and to read.

Inputs are files, folders (searched recursively for *.yaml and *.yml, in
sorted order) and glob patterns (quote them; ** matches any depth). The rules
are loaded once, and every core is used (--jobs). A progress bar is shown on
stderr when it is a terminal, and a summary is printed on stderr at the end.

examples:
  vccheck batch examples/
  vccheck batch 'cases/**/*.yaml' --output reports.jsonl --jobs 4
  vccheck batch examples/ | jq -c '{file, summary}'
  vccheck batch cases/ --detail full --output reports.jsonl

exit codes:
  0  every file checked, no finding at or above --fail-on
  1  every file checked, at least one finding at or above --fail-on
  2  at least one file could not be checked (see its "errors"), or a
     usage or rule error
"""

INCIDENT_SUFFIXES = (".yaml", ".yml")

# Per process: the rule set, options and detail (brief?), set once (in the parent before the
# workers fork, or by the initializer in a spawned worker).
_STATE: tuple | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="DIR_OR_GLOB", help="incident files, folders or glob patterns")
    parser.add_argument("-f", "--format", choices=("jsonl",), default="jsonl",
                        help="output format: jsonl, one JSON object per line (default)")
    parser.add_argument("--detail", choices=("brief", "full"), default="brief",
                        help="brief: a summary line per incident (vccheck.batch/1, default); "
                             "full: the whole report (vccheck.report/1)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (replaced atomically at the end) instead of standard output")
    parser.add_argument("-j", "--jobs", type=_jobs, metavar="N", default=None,
                        help="worker processes (default: the number of CPUs; 1: no worker processes)")
    parser.add_argument("--rules", action="append", metavar="PATH", default=[],
                        help="rule file or folder (repeatable; default: the shipped rules)")
    parser.add_argument("--instrument", action="append", type=str.upper, choices=("VCCR", "VCDR"), default=[],
                        help="apply only this instrument's rules (repeatable)")
    parser.add_argument("--only", action="append", metavar="PREFIX", default=[],
                        help="only rules whose id starts with PREFIX (repeatable)")
    parser.add_argument("--assume", action="append", type=_statement("FACT=VALUE"), metavar="FACT=VALUE",
                        default=[], help="take a fact as established in every file (repeatable)")
    parser.add_argument("--standard", action="append", type=_statement("NAME=THRESHOLD"),
                        metavar="NAME=THRESHOLD", default=[], help="threshold for a standard (repeatable)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="violated",
                        help="exit 1 if any finding is at this level or above (default: violated)")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return value


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files from files, folders (recursive *.yaml/*.yml, sorted) and globs (sorted), each once.

    A path that does not exist, or a pattern that matches nothing, is kept as
    is: it becomes an error line in the output.
    """
    out: list[str] = []
    for item in inputs:
        if os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files if f.endswith(INCIDENT_SUFFIXES)]
            out += sorted(found)
        elif glob.has_magic(item):
            matches = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            out += matches or [item]
        else:
            out.append(item)
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def run(args: argparse.Namespace) -> int:
    options = pipeline.CheckOptions(rule_paths=tuple(args.rules), instruments=tuple(args.instrument),
                                    only=tuple(args.only), assume=tuple(args.assume),
                                    standards=tuple(args.standard))
    files = expand_inputs(args.inputs)
    try:  # rule errors stop the batch before it starts
        rules = pipeline.load_rules(options.rule_paths)
    except DiagnosticError as exc:
        print_diagnostics(exc.diagnostics)
        return 2
    global _STATE
    _STATE = (rules, options, args.detail == "brief")
    jobs = min(args.jobs or os.cpu_count() or 1, max(1, len(files)))
    started = time.perf_counter()
    tally = _Tally(args.fail_on)
    try:
        if args.output:
            with atomic_writer(args.output) as out:
                _stream(files, jobs, _STATE, out, tally)
        else:
            _stream(files, jobs, _STATE, sys.stdout, tally)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        print_diagnostics([Diagnostic(SourcePos(args.output or "<stdout>", 0, 0), "io",
                                      f"cannot write the output: {exc.strerror or exc}")])
        return 2
    print(tally.summary(time.perf_counter() - started), file=sys.stderr)
    return tally.exit_code()


def _stream(files: list[str], jobs: int, state: tuple, out, tally: "_Tally") -> None:
    progress = _progress(len(files)) if _isatty(sys.stderr) and files else None
    try:
        for line, errors, counts, failing in _results(files, jobs, state):
            out.write(line)
            out.flush()
            tally.add(errors, counts, failing)
            if progress is not None:
                progress[0].advance(progress[1])
    finally:
        if progress is not None:
            progress[0].stop()


def _results(files: list[str], jobs: int, state: tuple) -> Iterator[tuple]:
    """(json line, had errors, counts by status, failing statuses) per file, in input order."""
    if jobs <= 1:
        yield from map(check_one, files)
        return
    chunksize = max(1, min(8, len(files) // (jobs * 4)))
    chunks = [files[i:i + chunksize] for i in range(0, len(files), chunksize)]
    # At most this many chunks in flight (lines wait here to be written in order): memory stays the
    # same however many files, even with --detail full (a line can be a megabyte).
    window = jobs * 2
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=state[1:])
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(_check_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        executor.shutdown()


def _check_chunk(paths: list[str]) -> list[tuple]:
    return [check_one(p) for p in paths]


def _init_worker(options, brief: bool) -> None:
    """Load the rules once per worker (a forked worker already has the parent's)."""
    global _STATE
    if _STATE is None or _STATE[1] != options:
        _STATE = (pipeline.load_rules(options.rule_paths), options, brief)


def check_one(path: str) -> tuple[str, bool, dict, tuple[str, ...]]:
    """Check one file in a worker; the JSON line is built here so that only text crosses processes."""
    from vccheck.gcpause import paused

    with paused():  # one incident's objects are acyclic: collected, if at all, between incidents
        return _check_one(path)


def _check_one(path: str) -> tuple[str, bool, dict, tuple[str, ...]]:
    from vccheck.render.json_report import dumps_line, render_line

    rules, options, brief = _STATE
    try:
        if not os.path.isfile(path):
            problem = "no file matches this pattern" if glob.has_magic(path) else (
                "no such file" if not os.path.exists(path) else "not a file")
            raise DiagnosticError([Diagnostic(SourcePos(path, 0, 0), "io", f"cannot read the incident: {problem}")])
        report = pipeline.check_incident(path, options, rules=rules)
    except DiagnosticError as exc:
        return dumps_line({"file": path, "errors": [d.as_dict() for d in exc.diagnostics]}), True, {}, ()
    except Exception as exc:  # a bug must not stop the batch; the file says what happened
        error = Diagnostic(SourcePos(path, 0, 0), "internal", f"internal error: {type(exc).__name__}: {exc}",
                           hint="this is a bug in vccheck; run 'vccheck check FILE --debug' for the detail")
        return dumps_line({"file": path, "errors": [error.as_dict()]}), True, {}, ()
    statuses = tuple(sorted({f.status.value for f in report.findings}))
    return render_line(report, file=path, brief=brief), False, report.summary, statuses


class _Tally:
    def __init__(self, fail_on: str):
        self.failing_statuses = {"violated"} if fail_on == "violated" else {"violated", "undetermined"}
        self.files = self.ok = self.with_errors = 0
        self.failing = False
        self.counts: dict[str, int] = {}

    def add(self, errors: bool, counts: dict, statuses: tuple[str, ...]) -> None:
        self.files += 1
        if errors:
            self.with_errors += 1
            return
        self.ok += 1
        for status, n in counts.items():
            self.counts[status] = self.counts.get(status, 0) + n
        self.failing = self.failing or bool(self.failing_statuses & set(statuses))

    def exit_code(self) -> int:
        return 2 if self.with_errors else (1 if self.failing else 0)

    def summary(self, elapsed: float) -> str:
        from vccheck.render.common import STATUS_REPORT_ORDER

        rate = self.files / elapsed if elapsed > 0 else 0.0
        findings = ", ".join(f"{s.value} {self.counts.get(s.value, 0)}" for s in STATUS_REPORT_ORDER)
        return (f"vccheck batch: {self.files} file{'s' if self.files != 1 else ''}, {self.ok} ok, "
                f"{self.with_errors} with errors; findings: {findings}; {elapsed:.2f} s ({rate:.1f} files/s)")


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("checking", total=total)
    progress.start()
    return progress, task
