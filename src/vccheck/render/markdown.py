"""The report as a Markdown memo a lawyer can paste into a document.

Title, the facts header (with the applicability lines), a summary table by
status, the Forum section (as a list: the Optional Protocols, the party
data's age, the two States' reservations), then every finding
(violations first) under a heading ``VCCR art. 41(1) — title: **violated**``:
the authentic text as a blockquote, the reason, the full reasoning as nested
bullet lists (condition — value, then the facts with their incident file
line), the exceptions considered, what would decide an undetermined finding
and, when a dispute touches it, a table of the result under each account.
A memo is a record, so every finding gets its full reasoning.

User text is escaped (``md``) or put in code spans (``code``) after
``safe_text``: an incident cannot inject headings, links, HTML, table
cells or terminal control sequences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vccheck.engine.findings import ExceptionTrace, FactUse, Finding, Report, Status, Trace
from vccheck.render.common import (
    STATUS_LABEL, TRUTH_LABEL, account_columns, duty_text, exception_verdict, fact_statement, fact_where,
    forum_items, header_items, natural_key, reservation_text, reservations_touching, safe_text, sorted_findings,
    status_counts, subject_text, would_decide,
)

# Escaped wherever they stand; "_" only where it could open or close emphasis
# (not inside a word, so `without_delay` stays readable); "&" only before an
# entity; heading, list and setext markers only at the start of a line.
_INLINE_SPECIAL = re.compile(r"[\\`*\[\]<>|~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#+=-])")
_LINE_START_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def md(value: object) -> str:
    """User text as literal Markdown inline text (one line; specials backslash-escaped)."""
    text = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(), safe_text(value))
    text = _LINE_START_SPECIAL.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _LINE_START_NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_lines(value: object) -> list[str]:
    """Multi-line user text as escaped lines (for blockquotes)."""
    lines = safe_text(value, multiline=True).strip("\n").split("\n")
    return [md(line) if line.strip() else "" for line in lines]


def code(value: object) -> str:
    """User text as a code span, whatever backticks it holds."""
    text = safe_text(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(value: object) -> str:
    """A table cell: escaped, one line, never empty."""
    return md(value) or " "


def render(report: Report) -> str:
    out: list[str] = [f"# Vienna Convention compliance memo: {md(report.title) or 'untitled incident'}", ""]
    if report.summary_text:
        out += [md(report.summary_text), ""]
    out += ["| Facts | |", "| --- | --- |"]
    out += [f"| {label} | {cell(value)} |" for label, value in header_items(report)]
    out += ["", "## Summary", "", "| Status | Findings | Provisions |", "| --- | ---: | --- |"]
    for status, count in status_counts(report):
        cites: list[str] = []
        for finding in sorted_findings(f for f in report.findings if f.status is status):
            if finding.cite not in cites:
                cites.append(finding.cite)
        label = f"**{STATUS_LABEL[status]}**" if count else STATUS_LABEL[status]
        out.append(f"| {label} | {count} | {cell(', '.join(cites)) if cites else ' '} |")
    forum = forum_items(report)
    if forum:
        out += ["", "## Forum", ""]
        out += [f"- **{label}:** {md(value)}" for label, value in forum]
    out += ["", "## Findings", ""]
    findings = sorted_findings(report.findings)
    if not findings:
        out += ["No rule produced a finding for these facts.", ""]
    inapplicable = [f for f in findings if f.status is Status.NOT_APPLICABLE]
    for finding in findings:
        if finding.status is not Status.NOT_APPLICABLE:
            out += _finding(finding, report)
    if inapplicable:
        out += ["## Provisions that do not apply on these facts", "",
                "| Provision | Rule | Subject | Why not |", "| --- | --- | --- | --- |"]
        out += [f"| {cell(f.cite)} | {code(f.rule)} | {cell(subject_text(f))} | {cell(f.explanation.reason)} |"
                for f in inapplicable]
        out.append("")
    if report.not_engaged:
        out += ["## Rules with nothing in the facts to check", "",
                ", ".join(code(r) for r in sorted(report.not_engaged, key=natural_key)), ""]
    version = f" {md(report.version)}" if report.version else ""
    out += ["---", "", f"*Prepared with vccheck{version} from {md(report.file)}. The quotations are the authentic "
                       "English texts of the Vienna Conventions; the findings are an aid to legal analysis, "
                       "not legal advice.*"]
    return "\n".join(out) + "\n"


def _finding(finding: Finding, report: Report) -> list[str]:
    explanation = finding.explanation
    out = [f"### {md(finding.cite)} — {md(finding.title)}: **{STATUS_LABEL[finding.status]}**", ""]
    about = []
    if subject_text(finding):
        about.append(f"*Subject:* {md(subject_text(finding))}")
    if finding.duty_on:
        about.append(f"*Duty on:* {md(duty_text(report, finding.duty_on))}")
    if finding.citations[1:]:
        about.append("*Also cites:* " + ", ".join(md(c.cite) for c in finding.citations[1:]))
    if about:
        out += [" · ".join(about), ""]
    if finding.quote:
        out += [f"> {line}" if line else ">" for line in md_lines(finding.quote)]
        if finding.quote_unverified:
            out += [">", "> *(this reading is flagged for checking against the UN Treaty Series text)*"]
        out.append("")
    if explanation.reason:
        out += [f"**Reason.** {md(explanation.reason)}", ""]
    reasoning: list[str] = []
    for var, entity in explanation.bindings:
        reasoning.append(f"- For {code(var)} = {code(entity)}")
    if explanation.applies is not None:
        reasoning += _trace(explanation.applies, "Applies when", 0)
    if explanation.breach is not None:
        reasoning += _trace(explanation.breach, "Breach", 0)
    if reasoning:
        out += ["**Reasoning**", "", *reasoning, ""]
    if explanation.exceptions:
        out += ["**Exceptions considered**", "", *_exceptions(explanation.exceptions), ""]
    if explanation.conflict:
        out += ["**Conflict, not resolved:** " + ", ".join(code(c) for c in explanation.conflict)
                + " hold with different outcomes and neither prevails.", ""]
    if explanation.overridden_by:
        out += [f"**Overridden by** {code(explanation.overridden_by)}.", ""]
    deciders = would_decide(finding)
    if deciders:
        out += ["**Would decide it**", "", *[f"- {md(item)}" for item in deciders], ""]
    if finding.by_account:
        out += _accounts(finding)
    tail = []
    if finding.standards:
        tail.append("*Turns on the standard:* " + ", ".join(code(s) for s in finding.standards))
    if finding.authorities:
        tail.append("*Authorities:* " + "; ".join(md(a) for a in finding.authorities))
    tail += [f"*Note:* {md(note)}" for note in finding.notes]
    tail += [f"*Reservation:* {md(reservation_text(r))}" for r in reservations_touching(report, finding)]
    where = f" ({md(finding.rule_pos.file)}:{finding.rule_pos.line})" if finding.rule_pos else ""
    tail.append(f"*Rule:* {code(finding.rule)}{where}")
    out += ["  \n".join(tail), "", "---", ""]
    return out


def _trace(trace: Trace, label: str, depth: int) -> list[str]:
    indent = "  " * depth
    head = f"{label}: " if label else ""
    line = f"{indent}- {head}{code(trace.text)} — **{TRUTH_LABEL[trace.value]}**"
    if trace.note:
        line += f" ({md(trace.note)})"
    out = [line]
    out += [_fact(fact, depth + 1) for fact in trace.facts]
    for child in trace.decisive_children():  # the path that decided the value; --explain in the terminal for all
        out += _trace(child, "", depth + 1)
    return out


def _fact(fact: FactUse, depth: int) -> str:
    source = f"; source: {md(fact.source)}" if fact.source else ""
    return f"{'  ' * depth}- {code(fact_statement(fact))} ({md(fact_where(fact))}{source})"


def _exceptions(exceptions: Iterable[ExceptionTrace]) -> list[str]:
    out: list[str] = []
    for exc in exceptions:
        line = f"- *{exception_verdict(exc.value).capitalize()}:* {code(exc.id)}"
        if exc.cite:
            line += f" ({md(exc.cite)})"
        if exc.title:
            line += f" — {md(exc.title)}"
        if exc.gives:
            line += f"; would make it {md(safe_text(exc.gives).replace('_', ' '))}"
        out.append(line)
        if exc.outcome:
            out.append(f"  - {md(exc.outcome)}")
        if exc.set_aside_by:
            out.append(f"  - set aside by {code(exc.set_aside_by)}")
        if exc.trace is not None:
            out += _trace(exc.trace, "When", 1)
    return out


def _accounts(finding: Finding) -> list[str]:
    columns = account_columns(finding)
    out = ["**Under each account**", "",
           "| | " + " | ".join(cell(heading[:1].upper() + heading[1:]) for heading, _s, _r in columns) + " |",
           "| --- |" + " --- |" * len(columns),
           "| Result | " + " | ".join(f"**{STATUS_LABEL[status]}**" for _h, status, _r in columns) + " |"]
    if any(reason for _h, _s, reason in columns[1:]):
        out.append("| Why | " + " | ".join(cell(reason) for _h, _s, reason in columns) + " |")
    out.append("")
    sentence = []
    if finding.disputed_facts:
        sentence.append("Disputed facts read: " + ", ".join(code(f) for f in finding.disputed_facts) + ".")
    sentence.append("The result depends on whose account is accepted." if finding.depends_on_dispute
                    else "The result is the same on every account.")
    return out + [" ".join(sentence), ""]
