"""Source positions and diagnostics: every problem points somewhere.

Foreign errors (Lark, PyYAML, OS errors) are wrapped into ``Diagnostic``
objects at the boundary where they occur; the CLI prints them with
``format_diagnostic`` and exits with code 2. Nothing here imports Rich.
"""

from __future__ import annotations

from enum import Enum
from collections.abc import Iterable, Sequence

from vccheck.record import record


@record(order=True)
class SourcePos:
    """Where something was written: 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


UNKNOWN_POS = SourcePos("<unknown>", 0, 0)


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@record
class Diagnostic:
    """One problem in a user's file."""

    pos: SourcePos
    code: str
    message: str
    hint: str = ""
    level: Level = Level.ERROR
    source_line: str = ""  # the offending line, for the caret display

    def sort_key(self) -> tuple:
        return (self.pos.file, self.pos.line, self.pos.column, self.code, self.message)

    def as_dict(self) -> dict:
        return {
            "file": self.pos.file,
            "line": self.pos.line,
            "column": self.pos.column,
            "level": self.level.value,
            "code": self.code,
            "message": self.message,
            "hint": self.hint or None,
        }


class DiagnosticError(Exception):
    """Raised with every problem found, collected before failing."""

    def __init__(self, diagnostics: Sequence[Diagnostic]):
        self.diagnostics = tuple(sorted(diagnostics, key=Diagnostic.sort_key))
        super().__init__("\n".join(format_diagnostic(d) for d in self.diagnostics))

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level is Level.ERROR)


def _printable(text: str) -> str:
    """Neutralise control characters so a message cannot drive a terminal."""
    return "".join(
        ch if (ch >= " " and ch != "\x7f" and not ("\x80" <= ch <= "\x9f")) or ch == "\t" else f"\\x{ord(ch):02x}"
        for ch in text
    )


def format_diagnostic(diag: Diagnostic, *, show_source: bool = True) -> str:
    """``path:line:col: error[code]: message`` + source line + caret + hint."""
    head = f"{diag.pos}: {diag.level.value}[{diag.code}]: {_printable(diag.message)}"
    lines = [head]
    if show_source and diag.source_line and diag.pos.line > 0:
        src = _printable(diag.source_line.rstrip("\r\n").expandtabs(1))
        gutter = f"{diag.pos.line:>5} | "
        lines.append(gutter + src)
        col = max(diag.pos.column, 1)
        lines.append(" " * (len(gutter) - 2) + "| " + " " * (col - 1) + "^")
    if diag.hint:
        lines.append(f"  hint: {_printable(diag.hint)}")
    return "\n".join(lines)


def line_of(text: str, line: int) -> str:
    """The 1-based ``line`` of ``text`` (empty if out of range)."""
    if line < 1:
        return ""
    lines = text.splitlines()
    return lines[line - 1] if line <= len(lines) else ""


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A ``did you mean 'x'?`` hint, or an empty string."""
    pool = sorted(set(candidates))
    import difflib  # only when there is something to suggest

    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in pool}
        close = [lowered[word.lower()]] if word.lower() in lowered else []
    return f"did you mean '{close[0]}'?" if close else ""


def summary_line(diagnostics: Sequence[Diagnostic], files: int) -> str:
    errors = sum(1 for d in diagnostics if d.level is Level.ERROR)
    warnings = len(diagnostics) - errors
    noun = "file" if files == 1 else "files"
    return f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''} in {files} {noun}"


class Collector:
    """Collects diagnostics for one file, with the file's text for carets."""

    def __init__(self, file: str, text: str = "", items: list[Diagnostic] | None = None):
        self.file = file
        self.text = text
        self.items: list[Diagnostic] = [] if items is None else items

    def __repr__(self) -> str:
        return f"Collector(file={self.file!r}, items={self.items!r})"

    def add(self, line: int, column: int, code: str, message: str, hint: str = "",
            level: Level = Level.ERROR) -> None:
        self.items.append(Diagnostic(SourcePos(self.file, line, column), code, message, hint, level,
                                     line_of(self.text, line)))

    def add_at(self, pos: SourcePos, code: str, message: str, hint: str = "",
               level: Level = Level.ERROR) -> None:
        self.add(pos.line, pos.column, code, message, hint, level)

    def raise_if_errors(self) -> None:
        if any(d.level is Level.ERROR for d in self.items):
            raise DiagnosticError(self.items)
