"""Synthetic reports built by hand, shaped like the Vladivostok 2022 example.

The engine is not wired yet, so the renderer tests build ``Report`` objects
directly: a violated finding with its trace and a failed exception, an
undetermined one with missing facts, one that depends on a dispute
(JP: compliant, RU: violated), a compliant one and a not-applicable one.
``hostile_report`` puts markup, escape sequences and Markdown syntax into
every user-controlled string.
"""

from __future__ import annotations

import dataclasses

from vccheck.diagnostics import SourcePos
from vccheck.engine.findings import (
    Applicability, ExceptionTrace, Explanation, FactUse, Finding, Forum, Report, Status, Trace, Truth,
)
from vccheck.treaty import Citation

INCIDENT = "examples/vladivostok-2022.yaml"
RULES = "rules/vccr/consular-officers.vcl"

Q41_1 = ("Consular officers shall not be liable to arrest or detention pending trial, except in the case of a "
         "grave crime and pursuant to a decision by the competent judicial authority.")
Q42 = ("In the event of the arrest or detention, pending trial, of a member of the consular staff, or of criminal "
       "proceedings being instituted against him, the receiving State shall promptly notify the head of the "
       "consular post. Should the latter be himself the object of any such measure, the receiving State shall "
       "notify the sending State through the diplomatic channel.")
Q55_1 = ("Without prejudice to their privileges and immunities, it is the duty of all persons enjoying such "
         "privileges and immunities to respect the laws and regulations of the receiving State. They also have a "
         "duty not to interfere in the internal affairs of that State.")
Q23_1 = ("The receiving State may at any time notify the sending State that a consular officer is persona non "
         "grata or that any other member of the consular staff is not acceptable. In that event, the sending State "
         "shall, as the case may be, either recall the person concerned or terminate his functions with the "
         "consular post.")
Q41_2 = ("Except in the case specified in paragraph 1 of this Article, consular officers shall not be committed to "
         "prison or liable to any other form of restriction on their personal freedom save in execution of a "
         "judicial decision of final effect.")


def pos(line: int, column: int = 5, file: str = INCIDENT) -> SourcePos:
    return SourcePos(file, line, column)


def fact(ref: str, value: str, line: int | None, provenance: str = "established", source: str | None = None):
    return FactUse(ref, value, pos(line) if line else None, provenance, source)


CONSUL_STATUS = fact("consul.status", "consular_officer", 37)
DETENTION = fact("detention", "occurred", 46, source="mofa-0927")
JUDICIAL = fact("detention.judicial_decision", "false", 52, source="mofa-0927")
GRAVE = fact("detention.grave_crime", "unknown", None, "")
NOTIFIED = fact("detention.head_of_post_notified_at", "unknown", None, "")
UNLAWFUL = fact("alleged-purchase.unlawful", "true", 96, "alleged by RU, denied by JP", "fsb-0926")
PNG = fact("png", "occurred", 99, source="mid-0926")
IMPRISONMENT = fact("imprisonment", "no such event", None, "")

APPLIES_41 = Trace("detention.subject.status == consular_officer", Truth.TRUE, (DETENTION, CONSUL_STATUS),
                   pos=pos(12, 3, RULES))


def violated_41_1() -> Finding:
    breach = Trace("not detention.judicial_decision", Truth.TRUE, (JUDICIAL,), pos=pos(14, 3, RULES))
    grave = ExceptionTrace(
        id="vccr.41.1.grave_crime", title="grave crime, by decision of a judicial authority",
        cite="VCCR art. 41(1)", gives="compliant", value=Truth.FALSE,
        trace=Trace("detention.grave_crime and detention.judicial_decision", Truth.FALSE, children=(
            Trace("detention.grave_crime", Truth.UNKNOWN, (GRAVE,)),
            Trace("detention.judicial_decision", Truth.FALSE, (JUDICIAL,)),
        )),
        outcome="failed: there was no decision of a competent judicial authority, whatever the offence")
    return Finding(
        rule="vccr.41.1", title="No arrest or detention pending trial without a judicial decision",
        citations=(Citation("VCCR", "41", "1"),), quote=Q41_1, status=Status.VIOLATED, subject="consul",
        subject_label="consul (the consul, a career consular officer of Japan)", duty_on="RU",
        explanation=Explanation(
            reason="The consul was detained pending trial without a decision of a competent judicial authority.",
            applies=APPLIES_41, breach=breach, exceptions=(grave,), bindings=(("d", "detention"),)),
        decisive=JUDICIAL, authorities=("ICJ, United States Diplomatic and Consular Staff in Tehran (1980)",),
        rule_pos=pos(10, 1, RULES))


def undetermined_42() -> Finding:
    breach = Trace("not (time from detention to detention.head_of_post_notified meets promptly)", Truth.UNKNOWN,
                   (NOTIFIED,), note="standard 'promptly' has no threshold and no explicit fact",
                   pos=pos(30, 3, RULES))
    return Finding(
        rule="vccr.42", title="The head of the consular post is promptly notified of the detention",
        citations=(Citation("VCCR", "42"),), quote=Q42, status=Status.UNDETERMINED, subject="detention",
        subject_label="detention (detention of the consul by the FSB, 22 September 2022)", duty_on="RU",
        explanation=Explanation(
            reason="The file does not say when, or whether, the head of post was notified.",
            applies=Trace("detention.subject.status == consular_officer", Truth.TRUE, (CONSUL_STATUS,)),
            breach=breach, bindings=(("d", "detention"),),
            would_decide=("lawful only if the head of the consular post was notified promptly",)),
        missing=("detention.head_of_post_notified_at", "standard promptly (e.g. --standard promptly=24h)"),
        standards=("promptly",), rule_pos=pos(28, 1, RULES))


def disputed_55_1() -> Finding:
    breach = Trace("alleged-purchase.unlawful", Truth.UNKNOWN, (UNLAWFUL,))
    return Finding(
        rule="vccr.55.1", title="Persons enjoying immunities respect the laws of the receiving State",
        citations=(Citation("VCCR", "55", "1"),), quote=Q55_1, status=Status.UNDETERMINED, subject="consul",
        subject_label="consul (the consul, a career consular officer of Japan)", duty_on="JP",
        explanation=Explanation(
            reason="Whether the consul broke Russian law is alleged by Russia and denied by Japan.",
            applies=Trace("consul.status == consular_officer", Truth.TRUE, (CONSUL_STATUS,)), breach=breach,
            would_decide=("whether the consul received restricted information for money",)),
        missing=("alleged-purchase.unlawful (disputed)",),
        depends_on_dispute=True, by_account=(("JP", Status.COMPLIANT), ("RU", Status.VIOLATED)),
        account_reasons=(("JP", "Japan denies any illegal activity."),
                         ("RU", "Russia alleges he received restricted information for money.")),
        disputed_facts=("alleged-purchase.unlawful",), decisive=UNLAWFUL, rule_pos=pos(40, 1, RULES))


def compliant_23_1() -> Finding:
    return Finding(
        rule="vccr.23.1", title="A consular officer may be declared persona non grata at any time",
        citations=(Citation("VCCR", "23", "1"), Citation("VCCR", "23", "4")), quote=Q23_1,
        status=Status.COMPLIANT, subject="png", subject_label="png (declaration of persona non grata)",
        duty_on="RU",
        explanation=Explanation(
            reason="The receiving State may declare a consular officer persona non grata without giving reasons.",
            applies=Trace("png.subject.status == consular_officer", Truth.TRUE, (PNG, CONSUL_STATUS)),
            breach=Trace("false", Truth.FALSE)),
        decisive=PNG, notes=("Giving reasons is not required (art. 23(4)).",), rule_pos=pos(50, 1, RULES))


def not_applicable_41_2() -> Finding:
    return Finding(
        rule="vccr.41.2", title="No imprisonment save in execution of a final judicial decision",
        citations=(Citation("VCCR", "41", "2"),), quote=Q41_2, status=Status.NOT_APPLICABLE, subject=None,
        subject_label=None, duty_on="RU",
        explanation=Explanation(reason="No imprisonment of a consular officer is stated.",
                                applies=Trace("some imprisonment", Truth.FALSE, (IMPRISONMENT,))),
        rule_pos=pos(20, 1, RULES))


def sample_report(**changes) -> Report:
    report = Report(
        title="Detention of a Japanese consul by the FSB in Vladivostok", file=INCIDENT, date="2022-09-22",
        sending_state="JP", receiving_state="RU", states=(("JP", "Japan"), ("RU", "Russian Federation")),
        instruments=("VCCR",),
        # deliberately not in report order: renderers sort
        findings=(compliant_23_1(), disputed_55_1(), not_applicable_41_2(), undetermined_42(), violated_41_1()),
        accounts=("JP", "RU"), assumptions=("consul.category=career",), thresholds=(("without_delay", "48h"),),
        not_engaged=("vccr.31.1", "vccr.36.1.b"),
        applicability=(Applicability("VCCR", True, "both States are parties (synthetic test data)"),),
        forum=Forum(None, "synthetic test data", "2025-01-01"), version="0.1.0")
    return dataclasses.replace(report, **changes) if changes else report


MARKUP = "[bold red]x[/]"
OSC8 = "\x1b]8;;http://evil\x07"


def hostile_report() -> Report:
    """Every user string carries Rich markup, terminal escapes or Markdown syntax."""
    base = sample_report()
    evil = f"{MARKUP} {OSC8}click{OSC8}\x1b[31m red \x1b[0m\u202e"
    findings = []
    for finding in base.findings:
        findings.append(dataclasses.replace(
            finding, subject=MARKUP if finding.subject else None,
            subject_label=f"{MARKUP} {OSC8}" if finding.subject_label else None,
            title=f"{finding.title} {evil}",
            quote=f"# not a heading\n> not a quote | pipe\n{MARKUP} *x* _y_ `z` <b>html</b>\x07",
            explanation=dataclasses.replace(finding.explanation, reason=f"Reason {evil} :smile: *emph* [link](x)"),
            account_reasons=tuple((s, f"{r} {evil} | cell") for s, r in finding.account_reasons)))
    return dataclasses.replace(base, title=f"Incident {evil}", findings=tuple(findings),
                               states=(("JP", f"Japan {MARKUP}"), ("RU", f"Russia {OSC8}")),
                               assumptions=(f"x={MARKUP}",))
