"""The report as SARIF 2.1.0, so findings show in code-scanning tools.

One run; ``tool.driver`` is vccheck with one rule descriptor per distinct
rule id of the report (id = rule id, name = pinpoint citation, short
description = title, full description and help = the citation and the
authentic text, properties.citation = the structured citation).

Which findings become results (decided here, documented in the CLI help):

* ``violated``     -> level ``error``   (kind ``fail``)
* ``undetermined`` -> level ``warning`` (kind ``fail``): a reviewer must supply
  the facts or standards in ``properties.missing``;
* ``excused``      -> level ``note``    (kind ``fail``): a breach an exception
  excuses, worth a reviewer's look;
* ``compliant`` and ``not_applicable`` are left out by default (they are
  counted in ``run.properties.summary``); ``include_all=True`` adds them as
  kind ``pass`` / ``notApplicable`` with level ``none``, as SARIF requires.

``run.properties`` also carries the report's ``applicability``, ``forum`` and
``reservations`` (as in the JSON report); a result whose provision a
reservation touches lists it in ``properties.reservations``.

Each result's location is the incident file (a relative URI as given on the
command line, or relative to ``base_dir``) at the line and column of the
finding's decisive fact, or line 1 when the engine named none. Results are in
report order and keys in a fixed order: the output is deterministic.
"""

from __future__ import annotations

import json
import os
import posixpath
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from vccheck.engine.findings import Finding, Report, Status
from vccheck.render.common import (
    STATUS_LABEL, fact_statement, first_finding_per_rule, reservations_touching, safe_text, sorted_findings,
    subject_text, would_decide,
)
from vccheck.render.markdown import md, md_lines

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RESULT_KIND = {
    Status.VIOLATED: ("fail", "error"),
    Status.UNDETERMINED: ("fail", "warning"),
    Status.EXCUSED: ("fail", "note"),
    Status.COMPLIANT: ("pass", "none"),
    Status.NOT_APPLICABLE: ("notApplicable", "none"),
}
DEFAULT_STATUSES = (Status.VIOLATED, Status.UNDETERMINED, Status.EXCUSED)
FINGERPRINT = "vccheck/ruleSubject/v1"


def render(report: Report, *, include_all: bool = False, base_dir: str | None = None) -> str:
    """SARIF 2.1.0 JSON text, ending with a newline."""
    log = sarif_log(report, include_all=include_all, base_dir=base_dir)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report, *, include_all: bool = False, base_dir: str | None = None) -> dict:
    """The SARIF log as a dict (what ``render`` serialises)."""
    from vccheck import __version__

    version = report.version or __version__
    rules = first_finding_per_rule(report.findings)
    index = {finding.rule: i for i, finding in enumerate(rules)}
    statuses = tuple(Status) if include_all else DEFAULT_STATUSES
    uri = artifact_uri(report.file, base_dir)
    results = [_result(f, index[f.rule], uri, report) for f in sorted_findings(report.findings)
               if f.status in statuses]
    run = {
        "tool": {"driver": {"name": "vccheck", "version": version, "semanticVersion": version,
                            "rules": [_rule(f) for f in rules]}},
        "invocations": [{"executionSuccessful": True}],
        "artifacts": [{"location": {"uri": uri}, "roles": ["analysisTarget"]}],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "incident": {"title": safe_text(report.title), "file": report.file, "date": report.date,
                         "sending_state": report.sending_state, "receiving_state": report.receiving_state},
            "instruments": list(report.instruments),
            "accounts": list(report.accounts),
            "summary": report.summary,
            "included_statuses": [s.value for s in statuses],
        },
    }
    if report.applicability:
        run["properties"]["applicability"] = [a.as_dict() for a in report.applicability]
    if report.forum is not None:
        run["properties"]["forum"] = report.forum.as_dict()
    if report.forum is not None or report.reservations:
        run["properties"]["reservations"] = [r.as_dict() for r in report.reservations]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def artifact_uri(path: str, base_dir: str | None = None) -> str:
    """The incident file as a URI reference: relative (to ``base_dir`` if given) or ``file://``."""
    if base_dir and os.path.isabs(path) and os.path.isabs(base_dir):
        try:
            relative = os.path.relpath(path, base_dir)
        except ValueError:  # another drive on Windows
            relative = path
        if not relative.startswith(".."):
            path = relative
    if PureWindowsPath(path).drive or path.startswith("\\\\"):
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posixpath.normpath(posix)).as_uri()
    return quote(posix, safe="/-._~!$&'()*+,;=@")


def _rule(finding: Finding) -> dict:
    cite, title = safe_text(finding.cite), safe_text(finding.title)
    quote_text = safe_text(finding.quote, multiline=True).strip()
    full = f"{cite}: {quote_text}" if quote_text else cite
    help_md = "\n".join([f"**{md(cite)}** — {md(title)}", "", *[f"> {line}" if line else ">"
                                                                  for line in md_lines(quote_text)]])
    rule = {
        "id": finding.rule,
        "name": cite,
        "shortDescription": {"text": title or cite},
        "fullDescription": {"text": full},
        "help": {"text": full, "markdown": help_md if quote_text else f"**{md(cite)}** — {md(title)}"},
        "defaultConfiguration": {"level": "error"},
        "properties": {
            "citation": finding.citation.as_dict(),
            "cite": cite,
            "also_cites": [c.cite for c in finding.citations[1:]],
            "quote_unverified": finding.quote_unverified,
            "tags": ["vienna-convention", finding.citation.instrument],
        },
    }
    return rule


def _message(finding: Finding) -> str:
    text = f"{safe_text(finding.cite)} — {safe_text(finding.title)}: {STATUS_LABEL[finding.status]}."
    subject = subject_text(finding)
    if subject:
        text += f" Subject: {subject}."
    reason = safe_text(finding.explanation.reason)
    if reason:
        text += f" {reason}"
    deciders = would_decide(finding)
    if finding.status is Status.UNDETERMINED and deciders:
        text += " Would decide it: " + "; ".join(deciders) + "."
    if finding.depends_on_dispute:
        accounts = ", ".join(f"{safe_text(s)}: {STATUS_LABEL[st]}" for s, st in finding.by_account)
        text += f" Depends on the dispute ({accounts})."
    return text


def _result(finding: Finding, rule_index: int, uri: str, report: Report) -> dict:
    kind, level = RESULT_KIND[finding.status]
    decisive = finding.decisive
    located = decisive is not None and decisive.pos is not None and decisive.pos.line > 0
    region = {"startLine": decisive.pos.line if located else 1}
    if located and decisive.pos.column > 0:
        region["startColumn"] = decisive.pos.column
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
    if located:
        location["message"] = {"text": fact_statement(decisive)}
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "kind": kind,
        "level": level,
        "message": {"text": _message(finding)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: f"{finding.rule}:{finding.subject or ''}"},
        "properties": {
            "status": finding.status.value,
            "cite": finding.cite,
            "subject": finding.subject,
            "subject_label": finding.subject_label,
            "duty_on": finding.duty_on,
            "depends_on_dispute": finding.depends_on_dispute,
            "by_account": {state: status.value for state, status in finding.by_account},
            "missing": list(finding.missing),
            "decisive_fact": decisive.as_dict() if decisive else None,
        },
    }
    touching = reservations_touching(report, finding)
    if touching:
        result["properties"]["reservations"] = [r.as_dict() for r in touching]
    return result
