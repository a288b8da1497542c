"""The rule corpus: find rule files, parse them all, check them together.

Every file is parsed even when another fails, and the semantic checks run
on the files that parsed, so one run reports every problem. ``load_rules``
raises ``DiagnosticError`` on any error; warnings never fail and are kept
on the ``Corpus`` (``load_corpus``) for ``vccheck lint`` to print.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from vccheck.diagnostics import Diagnostic, DiagnosticError, Level, SourcePos
from vccheck.dsl.model import RuleSet
from vccheck.record import record

RULE_SUFFIX = ".vcl"


def default_rules_dir() -> str:
    """The shipped rules: ``vccheck/rules`` in a wheel, else the repository's ``rules/``."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(os.path.dirname(here), "rules")  # vccheck/rules in a wheel
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(here))), "rules")  # src/vccheck/dsl -> repo


def display_path(path: str) -> str:
    """How a file is named in messages and reports.

    A shipped rule file is named as in the repository (``rules/vccr/41.vcl``),
    wherever the package is installed, so reports are the same on every
    machine; any other file relative to the current directory when it lies
    under it, else absolutely.
    """
    return display_paths([path])[0]


def display_paths(paths: Sequence[str]) -> list[str]:
    """``display_path`` of each path (the shipped root and the current directory looked up once)."""
    shipped = _shipped_root() + os.sep
    cwd = os.getcwd()
    under_cwd = cwd.rstrip(os.sep) + os.sep
    out = []
    for path in paths:
        absolute = os.path.abspath(path)
        if absolute.startswith(shipped):
            out.append("rules/" + absolute[len(shipped):].replace(os.sep, "/"))
        elif absolute == cwd or absolute.startswith(under_cwd):
            out.append(os.path.relpath(absolute, cwd))
        else:
            out.append(absolute)
    return out


def _shipped_root() -> str:
    return os.path.abspath(default_rules_dir())


def rule_files(paths: Sequence[str]) -> list[str]:
    """Expand directories (recursively) to their ``*.vcl`` files; sorted, without duplicates.

    A file named explicitly is a rule file whatever its name; inside a
    directory only ``*.vcl`` counts (scenario and test YAML files do not),
    and hidden directories are skipped. Missing paths raise DiagnosticError.
    """
    found: set[str] = set()
    missing = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.update(os.path.join(root, f) for f in files if f.endswith(RULE_SUFFIX))
        elif os.path.exists(path):
            found.add(path)
        else:
            missing.append(Diagnostic(SourcePos(display_path(path), 0, 0), "io", "no such file or directory"))
    if missing:
        raise DiagnosticError(missing)
    return sorted(found, key=lambda p: os.path.normpath(os.path.abspath(p)))


@record
class Corpus:
    """The outcome of loading rule files: what parsed, and every problem found."""

    ruleset: RuleSet  # the files that parsed
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[str, ...]  # display paths of every file read

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level is Level.ERROR)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level is Level.WARNING)


def load_corpus(paths: Sequence[str] = ()) -> Corpus:
    """Parse and check every rule file under ``paths`` (default: the shipped rules); never raises
    for problems in the files themselves (only for paths that do not exist)."""
    from vccheck.gcpause import paused

    with paused():  # parse trees and the model: many small acyclic objects (see vccheck.gcpause)
        return _load_corpus(paths)


def _load_corpus(paths: Sequence[str]) -> Corpus:
    from vccheck.dsl.check import check_ruleset
    from vccheck.dsl.parser import parse_file

    files = rule_files(tuple(paths) or (default_rules_dir(),))
    diagnostics: list[Diagnostic] = []
    parsed = []
    for result in _parse_all(files, parse_file):
        if isinstance(result, DiagnosticError):
            diagnostics.extend(result.diagnostics)
        else:
            parsed.append(result)
    if not files:
        shown = ", ".join(display_path(p) for p in paths) or display_path(default_rules_dir())
        diagnostics.append(Diagnostic(SourcePos(shown, 0, 0), "no-rule-files",
                                      f"no rule files (*{RULE_SUFFIX}) found", "pass a directory of .vcl files"))
    diagnostics.extend(check_ruleset(parsed, partial=len(parsed) < len(files)))
    return Corpus(RuleSet(tuple(parsed)), tuple(sorted(diagnostics, key=Diagnostic.sort_key)),
                  tuple(display_path(p) for p in files))


def _parse_one(path: str):
    from vccheck.dsl.parser import parse_file

    try:
        return parse_file(path, display_path(path))
    except DiagnosticError as exc:
        return exc


def _parse_all(files: list[str], parse_file) -> list:
    """Each file parsed (a RuleFile, or the DiagnosticError it raised), in order. Files not in the
    parse cache are shared out among forked workers when there are many (a fresh CI machine)."""
    from vccheck.dsl.cache import parse_cached
    from vccheck.parallel import fork_map

    found = [parse_cached(path, display_path(path)) for path in files]
    todo = [i for i, f in enumerate(found) if f is None]
    for i, result in zip(todo, fork_map(_parse_one, [files[i] for i in todo])):
        found[i] = result
    return found


def load_rules_with_warnings(paths: Sequence[str] = ()) -> tuple[RuleSet, tuple[Diagnostic, ...]]:
    """The checked RuleSet and its warnings; DiagnosticError (with every problem) on any error."""
    corpus = load_corpus(paths)
    if corpus.errors:
        raise DiagnosticError(corpus.diagnostics)
    return corpus.ruleset, corpus.warnings


def load_rules(paths: tuple[str, ...] = ()) -> RuleSet:
    """Parse and check the rule files under ``paths`` (default: the shipped rules)."""
    return load_rules_with_warnings(paths)[0]


def load_usable_rules(paths: Sequence[str] = ()) -> tuple[RuleSet, tuple[Diagnostic, ...]]:
    """The rule files that are free of errors, and every error found (for ``vccheck test``).

    Files with errors are left out, then the rest is checked again (leaving a
    file out can break a file that used its definitions) until what remains
    is clean; the scenarios of the clean files can still run.
    """
    from vccheck.dsl.check import check_ruleset

    corpus = load_corpus(paths)
    errors = corpus.errors
    files = list(corpus.ruleset.files)
    bad = {d.pos.file for d in errors}
    while bad:
        files = [f for f in files if f.path not in bad]
        again = [d for d in check_ruleset(files) if d.level is Level.ERROR]
        bad = {d.pos.file for d in again}
    return RuleSet(tuple(files)), errors
