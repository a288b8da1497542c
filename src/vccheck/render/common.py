"""What every renderer shares: safe user text, finding order, fact lines, accounts.

Nothing here imports Rich, so the JSON, Markdown and SARIF renderers stay
light. Text that comes from an incident file or a rule file (titles,
subjects, quotes, reasons, fact values) goes through ``safe_text`` before
any renderer shows it, so it can never drive a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from vccheck.engine.findings import FactUse, Finding, Report, Status, Trace, Truth

# Report order: violations first, then undetermined, excused, compliant, not applicable.
STATUS_REPORT_ORDER: tuple[Status, ...] = tuple(sorted(Status, key=lambda s: s.rank))

STATUS_LABEL = {
    Status.VIOLATED: "violated",
    Status.UNDETERMINED: "undetermined",
    Status.EXCUSED: "excused",
    Status.COMPLIANT: "compliant",
    Status.NOT_APPLICABLE: "not applicable",
}

TRUTH_LABEL = {Truth.TRUE: "true", Truth.FALSE: "false", Truth.UNKNOWN: "unknown"}

# Terminal escape sequences: OSC (hyperlinks, window titles), DCS/PM/APC/SOS
# strings, CSI (colours, cursor moves), other ESC sequences, and their 8-bit forms.
_ESCAPE_SEQUENCE = r"""
      \x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?
    | \x1b[P^_X][^\x1b\n]*(?:\x1b\\)?
    | \x1b\[[0-?]*[ -/]*[@-~]
    | \x1b[ -/]*[0-~]
    | \x9b[0-?]*[ -/]*[@-~]
    | [\x90\x98\x9d\x9e\x9f][^\x07\x9c\n]*[\x07\x9c]?
    """
# Left: control characters (C0 but tab and newline, DEL, C1) and the Unicode
# bidirectional overrides that can make text read differently from what it is.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
_LINE_BREAKS = r"\r\n|[\r\u2028\u2029\x85]"


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object, *, multiline: bool = False) -> str:
    """User text made harmless for any output.

    Removes terminal escape sequences (ANSI colours, OSC 8 hyperlinks, ...),
    shows any other control character as ``\\xNN``, turns tabs into spaces and,
    unless ``multiline``, newlines into single spaces. ``None`` becomes "".
    """
    if value is None:
        return ""
    text = str(value)
    if text.isprintable():
        # Nothing to do (most text): every pattern above starts with a character Python calls not printable
        # (a control, format or line or paragraph separator character), as do tab and newline.
        return text
    if not text.replace("\n", "").replace("\t", "").isprintable():  # (else no pattern can match either)
        text = re.sub(_LINE_BREAKS, "\n", text)  # (compiled on first use, then from re's cache)
        text = re.sub(_ESCAPE_SEQUENCE, "", text, flags=re.VERBOSE)
        text = re.sub(_CONTROL, _visible, text)
    text = text.replace("\t", " ")
    if not multiline:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip()) if "\n" in text else text
    return text


def natural_key(text: str | None) -> tuple:
    """``vccr.5`` before ``vccr.41``: digits compare as numbers."""
    return _natural_key(text or "")


@lru_cache(maxsize=8192)  # (rule ids and subjects recur: a report sorts its findings several times)
def _natural_key(text: str) -> tuple:
    parts = _DIGITS.split(text)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


_DIGITS = re.compile(r"(\d+)")


def finding_sort_key(finding: Finding) -> tuple:
    return (finding.status.rank, natural_key(finding.rule), natural_key(finding.subject or ""))


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Violations first, then undetermined, excused, compliant, not applicable; by rule, then subject."""
    return sorted(findings, key=finding_sort_key)


def status_counts(report: Report) -> list[tuple[Status, int]]:
    """Counts by status, in report order (every status, zero included)."""
    counts = report.summary
    return [(status, counts.get(status.value, 0)) for status in STATUS_REPORT_ORDER]


def subject_text(finding: Finding) -> str:
    return safe_text(finding.subject_label or finding.subject or "").strip()


def fact_where(fact: FactUse) -> str:
    """``line 52, established`` (where the fact is in the incident file, and on whose word)."""
    where = f"line {fact.pos.line}" if fact.pos and fact.pos.line > 0 else "not in the file"
    provenance = safe_text(fact.provenance)
    return f"{where}, {provenance}" if provenance else where


def fact_statement(fact: FactUse) -> str:
    """``detention.judicial_decision = false``."""
    return f"{safe_text(fact.ref)} = {safe_text(fact.value)}"


def fact_line(fact: FactUse) -> str:
    """``detention.judicial_decision = false  (line 52, established)``."""
    return f"{fact_statement(fact)}  ({fact_where(fact)})"


def iter_trace_facts(trace: Trace | None) -> Iterator[FactUse]:
    """Every fact a trace read, depth first, in the order the engine recorded them."""
    if trace is None:
        return
    yield from trace.facts
    for child in trace.children:
        yield from iter_trace_facts(child)


def key_facts(finding: Finding, limit: int = 5) -> tuple[list[FactUse], int]:
    """The facts worth showing in a compact finding, and how many more there are.

    The decisive fact first, then the facts of the clause that decided the
    status (the breach clause, or applicability for a rule that does not
    apply), each once.
    """
    explanation = finding.explanation
    main = explanation.applies if finding.status is Status.NOT_APPLICABLE else explanation.breach
    candidates: list[FactUse] = []
    if finding.decisive is not None:
        candidates.append(finding.decisive)
    candidates.extend(iter_trace_facts(main))
    if main is None:
        candidates.extend(iter_trace_facts(explanation.applies))
    seen: set[tuple[str, str]] = set()
    unique: list[FactUse] = []
    for fact in candidates:
        key = (fact.ref, fact.value)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique[:limit], max(0, len(unique) - limit)


def would_decide(finding: Finding) -> list[str]:
    """What would decide an undetermined finding: missing facts/standards, then "lawful only if" sentences."""
    out: list[str] = []
    for item in (*finding.missing, *finding.explanation.would_decide):
        text = safe_text(item)
        if text and text not in out:
            out.append(text)
    return out


def account_columns(finding: Finding, *, reasons: bool = True) -> list[tuple[str, Status, str]]:
    """(heading, status, reason) for the established facts and each State's account.

    Empty when no dispute touched the finding. ``reasons=False``: the accounts' reasons are left empty
    (they are explained only when read).
    """
    if not finding.by_account:
        return []
    reasons = dict(finding.account_reasons) if reasons else {}
    columns = [("established facts", finding.status, safe_text(finding.explanation.reason))]
    for state, status in finding.by_account:
        columns.append((f"{safe_text(state)}'s account", status, safe_text(reasons.get(state, ""))))
    return columns


def exception_verdict(value: Truth) -> str:
    return {Truth.TRUE: "held", Truth.FALSE: "failed", Truth.UNKNOWN: "unknown"}[value]


def state_text(report: Report, code: str | None) -> str:
    """``JP (Japan)``."""
    if not code:
        return ""
    name = dict(report.states).get(code)
    return f"{safe_text(code)} ({safe_text(name)})" if name else safe_text(code)


def duty_text(report: Report, duty_on: str | None) -> str:
    """Who bears the duty: ``receiving_state`` becomes ``the receiving State (RU)``."""
    if not duty_on:
        return ""
    roles = {"receiving_state": ("the receiving State", report.receiving_state),
             "sending_state": ("the sending State", report.sending_state)}
    if duty_on in roles:
        words, code = roles[duty_on]
        return f"{words} ({safe_text(code)})" if code else words
    return safe_text(duty_on)


APPLICABILITY_LABEL = {True: "applies", False: "does not apply", None: "unclear"}
FORUM_LABEL = {True: "compulsory ICJ jurisdiction under the Optional Protocol",
               False: "no compulsory ICJ jurisdiction under the Optional Protocols",
               None: "compulsory ICJ jurisdiction unclear"}
FORUM_ANSWER = {True: "yes", False: "no", None: "unclear"}


def reservation_text(reservation) -> str:
    """``RU (Russian Federation), VCDR arts. 27(3), 37, objection: summary``."""
    articles = list(getattr(reservation, "articles", ()) or ())
    where = ""
    if articles:
        where = f" {'arts.' if len(articles) > 1 else 'art.'} {', '.join(safe_text(a) for a in articles)}"
    name = safe_text(getattr(reservation, "state_name", "") or "")
    who = f"{safe_text(reservation.state)} ({name})" if name else safe_text(reservation.state)
    return f"{who}, {safe_text(reservation.instrument)}{where}, {safe_text(reservation.kind)}: " \
           f"{safe_text(reservation.summary)}"


def reservations_touching(report: Report, finding: Finding) -> list:
    """The report's reservations that touch one of the finding's citations."""
    cites = {c.cite for c in finding.citations}
    return [r for r in report.reservations if cites & set(getattr(r, "touches", ()) or ())]


def forum_items(report: Report) -> list[tuple[str, str]]:
    """The Forum section as (label, value) lines: the answer, its basis, the data's age, the reservations."""
    forum = report.forum
    items: list[tuple[str, str]] = []
    if forum is not None:
        items.append(("Compulsory ICJ jurisdiction", FORUM_ANSWER[forum.icj_compulsory]))
        if forum.basis:
            items.append(("Basis", safe_text(forum.basis)))
        if forum.data_as_of:
            items.append(("Party data as of", safe_text(forum.data_as_of)))
    for reservation in report.reservations:
        touches = ", ".join(safe_text(t) for t in getattr(reservation, "touches", ()) or ())
        items.append(("Reservation", reservation_text(reservation) + (f" (touches {touches})" if touches else "")))
    if forum is not None and not report.reservations:
        items.append(("Reservations", "none of the two States' reservations, declarations or objections in the "
                                      "party data touches the provisions checked"))
    return items


def header_items(report: Report) -> list[tuple[str, str]]:
    """The facts header, as (label, value) lines, in the order an adviser reads them."""
    items: list[tuple[str, str]] = []
    if report.date:
        items.append(("Date", safe_text(report.date)))
    items.append(("File", safe_text(report.file)))
    if report.sending_state:
        items.append(("Sending State", state_text(report, report.sending_state)))
    if report.receiving_state:
        items.append(("Receiving State", state_text(report, report.receiving_state)))
    items.append(("Instruments", ", ".join(safe_text(i) for i in report.instruments) or "none"))
    if report.accounts:
        items.append(("Accounts evaluated",
                      "established facts; " + "; ".join(f"{safe_text(a)}'s account" for a in report.accounts)))
    for assumption in report.assumptions:
        items.append(("Assumed", safe_text(assumption)))
    for name, value in report.thresholds:
        items.append(("Standard", f"{safe_text(name)} = {safe_text(value)}"))
    for app in report.applicability:
        in_force = APPLICABILITY_LABEL[app.in_force]
        items.append(("Applicability", f"{safe_text(app.instrument)} {in_force}: {safe_text(app.reason)}"))
    if report.forum is not None:
        items.append(("Forum", f"{FORUM_LABEL[report.forum.icj_compulsory]} (see Forum)"))
    if report.not_engaged:
        n = len(report.not_engaged)
        items.append(("Not engaged", f"{n} rule{'s' if n != 1 else ''} had nothing in the facts to check"))
    return items


def first_finding_per_rule(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per distinct rule id (the first in report order), sorted by rule id."""
    first: dict[str, Finding] = {}
    for finding in sorted_findings(findings):
        first.setdefault(finding.rule, finding)
    return [first[rule] for rule in sorted(first, key=natural_key)]
