"""The terminal report: what a legal adviser reads first.

Order: the incident header (with a line per instrument saying whether it
bound both States on the incident's date); a summary table of findings by
status; the Forum section (compulsory ICJ jurisdiction under the Optional
Protocols, the party data's age, the two States' reservations); then each
finding, violations first: status (a word, not only a colour), pinpoint
citation and title, subject, the authentic text as a quote, the reason, the
reasoning as a short tree (condition -> value -> facts with their incident
file line), the exceptions considered, what would decide an undetermined
finding, and the result under each State's account. ``explain=True`` shows
the full trees (applicability, breach, every exception's conditions) and the
full block for compliant and not-applicable findings, which are otherwise
one short block each.

With ``render.textlayout`` (lines, grids, indents and trees), the only module
that imports Rich. All user text (from the incident or the rules) becomes
text objects after ``safe_text``: it is never parsed as Rich markup and
cannot carry terminal escape sequences. ``color=False`` (the default; the CLI
turns it on for a terminal without ``NO_COLOR``) gives plain text with no
ANSI codes at all, laid out with ``render.plaintext.PlainText`` (Rich's
characters without importing Rich); colour is laid out with ``rich.text.Text``
and printed by a Rich console. The console ignores the environment
(``COLUMNS``, ``FORCE_COLOR``...): the same report and options give the same text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from vccheck.engine.findings import ExceptionTrace, FactUse, Finding, Report, Status, Trace, Truth
from vccheck.render.common import (
    STATUS_LABEL, TRUTH_LABEL, account_columns, duty_text, exception_verdict, fact_statement, fact_where,
    forum_items, header_items, iter_trace_facts, key_facts, natural_key, reservation_text, reservations_touching,
    safe_text, sorted_findings, status_counts, subject_text, would_decide,
)
from vccheck.render import MIN_WIDTH
from vccheck.render.plaintext import PlainText
from vccheck.render.textlayout import RULE, Layout, Lines, Tree, indent

TYPE_CHECKING = False  # (typing itself is not imported for that)
if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_WIDTH = 100
STATUS_STYLE = {
    Status.VIOLATED: "bold red",
    Status.UNDETERMINED: "bold yellow",
    Status.EXCUSED: "bold magenta",
    Status.COMPLIANT: "bold green",
    Status.NOT_APPLICABLE: "bold",
}
TRUTH_STYLE = {Truth.TRUE: "bold", Truth.FALSE: "bold", Truth.UNKNOWN: "bold yellow"}
VERDICT_STYLE = {Truth.TRUE: "green", Truth.FALSE: "red", Truth.UNKNOWN: "yellow"}
COMPACT_FACTS = 4  # facts shown under each condition of a compact tree


def make_console(file, *, width: int = DEFAULT_WIDTH, color: bool = False, record: bool = False) -> Console:
    """A console that depends on nothing but its arguments."""
    from rich.console import Console  # (here: a plain report is laid out without one)

    return Console(file=file, width=width, force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, markup=False, emoji=False, highlight=False,
                   record=record, force_jupyter=False, force_interactive=False, legacy_windows=False,
                   soft_wrap=False, _environ={})


def render(report: Report, *, width: int | None = None, color: bool | None = None, explain: bool = False) -> str:
    """The report as text for a terminal ``width`` columns wide (default 100, at least ``MIN_WIDTH``)."""
    width = _checked(width)
    if not color:  # plain text: the lines as laid out, without padding at line ends (goldens diff cleanly)
        lines = report_lines(report, width, explain=explain)
        return "".join(line.plain.rstrip() + "\n" for line in lines)
    from rich.text import Text

    buffer = io.StringIO()
    console = make_console(buffer, width=width, color=True)
    console.print(Text("\n").join(report_lines(report, width, explain=explain, console=console)),
                  soft_wrap=True)  # laid out already: Rich adds the colours
    return buffer.getvalue()


def export_svg(report: Report, path: str, *, width: int = DEFAULT_WIDTH, explain: bool = False,
               title: str | None = None) -> None:
    """Write the coloured report as an SVG "screenshot" (for the README)."""
    from rich.text import Text

    width = _checked(width)
    console = make_console(io.StringIO(), width=width, color=True, record=True)
    console.print(Text("\n").join(report_lines(report, width, explain=explain, console=console)), soft_wrap=True)
    console.save_svg(path, title=title or f"vccheck {safe_text(report.file)}")


def _checked(width: int | None) -> int:
    width = width or DEFAULT_WIDTH
    if width < MIN_WIDTH:  # narrower, label columns and deep trees would have no room left for their text
        raise ValueError(f"the terminal report needs at least {MIN_WIDTH} columns, not {width}")
    return width


# -- the report ---------------------------------------------------------------------------------------------


def report_lines(report: Report, width: int, *, explain: bool = False, console: Console | None = None) -> Lines:
    """The report's lines: ``rich.text.Text`` for a ``console`` (colour), else ``PlainText``."""
    if console is None:
        T = PlainText
    else:
        from rich.text import Text as T
    layout = Layout(console, lambda: make_console(io.StringIO(), width=width))
    wrap = layout.wrap
    out: Lines = []
    out += wrap(T(safe_text(report.title) or "(untitled incident)", style="bold"), width)
    if report.summary_text:
        out += wrap(T(safe_text(report.summary_text), style="italic"), width)
        out.append(T(""))
    out += layout.grid(((T(label), T(value)) for label, value in header_items(report)), width, 2, "dim")
    out.append(T(""))
    out += _summary_table(T, layout, report, width)
    forum = forum_items(report)
    if forum:
        out.append(T(""))
        out.append(T("Forum", style="bold"))
        out += indent(layout.grid(((T(label), T(value)) for label, value in forum), width - 2, 2, "dim"))
    rule = T(RULE * width, style="dim")
    findings = sorted_findings(report.findings)
    # Not-applicable findings are listed in the summary table; their reasons only with --explain.
    shown = findings if explain else [f for f in findings if f.status is not Status.NOT_APPLICABLE]
    for finding in shown:
        out.append(rule)
        out += _finding(T, layout, finding, report, width, explain=explain)
    if not findings:
        out += wrap(T("No rule produced a finding for these facts."), width)
    hidden = len(findings) - len(shown)
    if hidden:
        out.append(rule)
        out += wrap(T(f"{hidden} finding{'s' if hidden != 1 else ''} not applicable (listed in the summary); "
                         "run again with --explain to see why each does not apply.", style="dim"), width)
    if explain and report.not_engaged:
        out.append(rule)
        out += wrap(T("Rules with nothing in the facts to check:", style="bold"), width)
        out += indent(wrap(T(", ".join(safe_text(r) for r in sorted(report.not_engaged, key=natural_key))),
                           width - 2))
    if not explain and any(f.explanation.applies or f.explanation.breach for f in findings):
        out.append(T(""))
        out += wrap(T("Full reasoning for every finding: run again with --explain.", style="dim"), width)
    return out


def _summary_table(T, layout: Layout, report: Report, width: int) -> Lines:
    rows = []
    for status, count in status_counts(report):
        cites: list[str] = []
        for finding in sorted_findings(f for f in report.findings if f.status is status):
            cite = safe_text(finding.cite)
            if cite not in cites:
                cites.append(cite)
        style = STATUS_STYLE[status] if count else "dim"
        rows.append([T(STATUS_LABEL[status], style=style), T(str(count), style=style if count else "dim"),
                     T(", ".join(cites))])
    columns = [("Status", "left", True), ("Count", "right", False), ("Provisions", "left", False)]
    return _table(layout, T("Findings by status", style="bold"), columns, rows, width)


def _table(layout: Layout, title, columns: list[tuple[str, str, bool]], rows: list[list], width: int) -> Lines:
    """A table with a title and a rule under its headings, drawn here or, when several columns must
    shrink to fit, by ``rich.table`` (the same drawing)."""
    drawn = layout.table(title, columns, rows, width)
    return drawn if drawn is not None else layout.rich_table(title, columns, rows, width)


# -- one finding ---------------------------------------------------------------------------------------------


def _finding(T, layout: Layout, finding: Finding, report: Report, width: int, *, explain: bool) -> Lines:
    inner = width - 2
    out = _finding_heading(T, layout, finding, width)
    full = explain or finding.status in (Status.VIOLATED, Status.UNDETERMINED, Status.EXCUSED)
    out += indent(_about(T, layout, finding, report, inner))
    if full and finding.quote:
        out += _quote(T, layout, finding, width)
    if finding.explanation.reason:
        out += indent(layout.wrap(T.assemble(("Reason: ", "bold"), safe_text(finding.explanation.reason)), inner))
    if full:
        tree = _reasoning_tree(T, finding, explain=explain)
        if tree is not None:
            out += indent(tree.lines(layout, inner))
        if finding.explanation.exceptions:
            out += indent(_exceptions(T, finding.explanation.exceptions, explain=explain).lines(layout, inner))
        extra = _conflicts(T, finding)
        if extra is not None:
            out += indent(layout.wrap(extra, inner))
    if finding.status is Status.UNDETERMINED or (explain and would_decide(finding)):
        deciders = would_decide(finding)
        if deciders:
            out += indent(_bullets(T, layout, "Would decide it:", deciders, inner))
    if finding.by_account:
        out += indent(_accounts(T, layout, finding, inner, explain=explain))
    if full:
        notes = _notes(T, finding, report, explain=explain)
        if notes is not None:
            out += indent(layout.wrap(notes, inner))
    return out


def _finding_heading(T, layout: Layout, finding: Finding, width: int) -> Lines:
    """``VIOLATED  VCCR art. 41(1) — title``, the title wrapping under itself."""
    heading = T.assemble((safe_text(finding.cite), "bold"), " — ", safe_text(finding.title))
    also = [safe_text(c.cite) for c in finding.citations[1:]]
    if also:
        heading.append(f"  (also {', '.join(also)})", style="dim")
    status = T(STATUS_LABEL[finding.status].upper(), style=STATUS_STYLE[finding.status])
    return layout.grid([(status, heading)], width, 2)


def _about(T, layout: Layout, finding: Finding, report: Report, width: int) -> Lines:
    rows = []
    subject = subject_text(finding)
    if subject:
        rows.append((T("Subject:"), T(subject)))
    if finding.duty_on:
        rows.append((T("Duty on:"), T(duty_text(report, finding.duty_on))))
    return layout.grid(rows, width, 1, "dim")


def _quote(T, layout: Layout, finding: Finding, width: int) -> Lines:
    quote = T("“" + safe_text(finding.quote, multiline=True).strip() + "”", style="italic")
    if finding.quote_unverified:
        quote.append("\n(this reading is flagged for checking against the UN Treaty Series text)", style="dim")
    return indent(layout.wrap(quote, width - 6), 4)


def _main_trace(finding: Finding) -> tuple[str, Trace | None]:
    """The clause that decided the status: applicability (if false or unknown), else the breach clause."""
    applies = finding.explanation.applies
    if finding.status is Status.NOT_APPLICABLE or (applies is not None and applies.value is Truth.UNKNOWN):
        return "applies when", applies
    return "breach", finding.explanation.breach or applies


def _reasoning_tree(T, finding: Finding, *, explain: bool) -> Tree | None:
    explanation = finding.explanation
    tree = Tree(T("Reasoning:", style="bold"))
    if explain:
        for var, entity in explanation.bindings:
            tree.add(T.assemble(("for ", "dim"), safe_text(var), (" = ", "dim"), safe_text(entity)))
        if explanation.applies is not None:
            _add_trace(T, tree, explanation.applies, "applies when", max_depth=None)
        if explanation.breach is not None:
            _add_trace(T, tree, explanation.breach, "breach", max_depth=None)
    else:
        label, trace = _main_trace(finding)
        if trace is None:
            facts, more = key_facts(finding)
            if not facts:
                return None
            for fact in facts:
                tree.add(_fact_label(T, fact))
            if more:
                tree.add(T(f"… and {more} more", style="dim"))
            return tree
        _add_trace(T, tree, trace, label, max_depth=1)
    return tree if tree.children else None


def _add_trace(T, parent: Tree, trace: Trace, label: str, *, max_depth: int | None, depth: int = 0) -> None:
    """``max_depth=None``: the full tree, facts with their sources; else deeper facts are lifted up."""
    node = parent.add(_trace_label(T, trace, label))
    if max_depth is not None and depth >= max_depth:
        _add_facts(T, node, iter_trace_facts(trace), limit=COMPACT_FACTS, sources=False)
        return
    _add_facts(T, node, trace.facts, limit=None, sources=max_depth is None)
    for child in trace.children:
        _add_trace(T, node, child, "", max_depth=max_depth, depth=depth + 1)


def _add_facts(T, node: Tree, facts: Iterable[FactUse], *, limit: int | None, sources: bool) -> None:
    seen: set[tuple[str, str]] = set()
    unique: list[FactUse] = []
    for fact in facts:
        if (fact.ref, fact.value) not in seen:
            seen.add((fact.ref, fact.value))
            unique.append(fact)
    shown = unique if limit is None else unique[:limit]
    for fact in shown:
        node.add(_fact_label(T, fact, source=sources))
    if len(unique) > len(shown):
        node.add(T(f"… and {len(unique) - len(shown)} more facts (--explain)", style="dim"))


def _trace_label(T, trace: Trace, label: str):
    text = T()
    if label:
        text.append(f"{label}: ", style="dim")
    text.append(safe_text(trace.text))
    text.append("  → ", style="dim")
    text.append(TRUTH_LABEL[trace.value], style=TRUTH_STYLE[trace.value])
    if trace.note:
        text.append(f"  ({safe_text(trace.note)})", style="dim")
    return text


def _fact_label(T, fact: FactUse, *, source: bool = False):
    text = T.assemble((fact_statement(fact), "cyan"), (f"  ({fact_where(fact)})", "dim"))
    if source and fact.source:
        text.append(f"  source: {safe_text(fact.source)}", style="dim")
    return text


def _exceptions(T, exceptions: Iterable[ExceptionTrace], *, explain: bool) -> Tree:
    tree = Tree(T("Exceptions considered:", style="bold"))
    for exc in exceptions:
        label = T.assemble((exception_verdict(exc.value), VERDICT_STYLE[exc.value]), "  ",
                              (safe_text(exc.id), "bold"))
        if exc.cite:
            label.append(f" ({safe_text(exc.cite)})")
        if exc.title:
            label.append(f" — {safe_text(exc.title)}")
        if exc.gives:
            label.append(f"; would make it {safe_text(exc.gives).replace('_', ' ')}", style="dim")
        node = tree.add(label)
        if exc.outcome:
            node.add(T(safe_text(exc.outcome)))
        if exc.set_aside_by:
            node.add(T(f"set aside by {safe_text(exc.set_aside_by)}", style="dim"))
        if explain and exc.trace is not None:
            _add_trace(T, node, exc.trace, "when", max_depth=None)
    return tree


def _conflicts(T, finding: Finding):
    explanation = finding.explanation
    lines: list[str] = []
    if explanation.conflict:
        lines.append("Conflict, not resolved: " + ", ".join(safe_text(c) for c in explanation.conflict)
                     + " hold with different outcomes and neither prevails.")
    if explanation.overridden_by:
        lines.append(f"Overridden by {safe_text(explanation.overridden_by)}.")
    return T("\n".join(lines), style="yellow") if lines else None


def _bullets(T, layout: Layout, title: str, items: Iterable[str], width: int) -> Lines:
    """A titled list whose items wrap under themselves."""
    return layout.wrap(T(title, style="bold"), width) + layout.grid(
        ((T("  -"), T(item)) for item in items), width, 1)


def _accounts(T, layout: Layout, finding: Finding, width: int, *, explain: bool) -> Lines:
    columns = account_columns(finding, reasons=explain)
    rows = [[T(STATUS_LABEL[status], style=STATUS_STYLE[status]) for _h, status, _r in columns]]
    if explain and any(reason for _h, _s, reason in columns[1:]):
        rows.append([T(reason, style="dim") for _h, _s, reason in columns])
    tail = T()
    if finding.disputed_facts:
        tail.append("Disputed facts read: ", style="dim")
        tail.append(", ".join(safe_text(f) for f in finding.disputed_facts))
        tail.append("\n")
    tail.append("The result depends on whose account is accepted." if finding.depends_on_dispute
                else "The result is the same on every account.", style="bold" if finding.depends_on_dispute else "")
    table = _table(layout, T("Under each account:", style="bold"),
                   [(heading, "left", False) for heading, _s, _r in columns], rows, width)
    return table + layout.wrap(tail, width)


def _notes(T, finding: Finding, report: Report, *, explain: bool):
    text = T()
    rows: list[tuple[str, str]] = []
    if finding.standards:
        rows.append(("Turns on the standard", ", ".join(safe_text(s) for s in finding.standards)))
    if finding.authorities:
        rows.append(("Authorities", "; ".join(safe_text(a) for a in finding.authorities)))
    for note in finding.notes:
        rows.append(("Note", safe_text(note)))
    for reservation in reservations_touching(report, finding):
        rows.append(("Reservation", reservation_text(reservation)))
    if explain:
        rows.append(("Rule", safe_text(finding.rule)
                     + (f" ({safe_text(finding.rule_pos.file)}:{finding.rule_pos.line})" if finding.rule_pos else "")))
    for i, (label, value) in enumerate(rows):
        if i:
            text.append("\n")
        text.append(f"{label}: ", style="dim")
        text.append(value)
    return text if rows else None
