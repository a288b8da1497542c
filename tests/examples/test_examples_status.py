"""The expected reading of each example, provision by provision.

Written by hand from examples/README.md (what the court or the governments
concluded, with the authority), NOT read from the goldens: if a rule change
alters a status, the test names the example, the rule and the subject.

Each expectation is checked on the JSON contract (``report.as_dict()``):

* ``status``: the status on the established facts; a tuple lists statuses
  that are legally equivalent for the provision (e.g. a prosecution after a
  valid waiver is lawful whether the rule says ``compliant`` or
  ``not_applicable``). ``"not_engaged"``: the rule exists but produced no
  finding (nothing in the facts to check); ``NA`` = not applicable, or no
  finding at all.
* ``subject``: only the finding about that id (default: every finding of the
  rule must match).
* ``accounts``: expected statuses under named States' accounts (a subset of
  ``by_account``); ``dispute``: expected ``depends_on_dispute``.
* ``pending``: the rule is not in the corpus yet: xfail(strict=False) naming
  the rule, to be removed once it exists.
* ``disagree``: the rule exists and vccheck gives a legally wrong result (see
  examples/README.md, "Where vccheck disagrees"): xfail(strict=True), so the
  fix of the rule makes this test fail until the mark is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tests.examples.golden_loader import golden_module

import pytest

ROOT = Path(__file__).resolve().parents[2]


_golden_module = golden_module  # shared loader (tests/examples/golden_loader.py)


@dataclass(frozen=True)
class Expect:
    rule: str
    status: str | tuple[str, ...]
    subject: str | None = None
    accounts: dict = field(default_factory=dict)
    dispute: bool | None = None
    why: str = ""
    pending: str | None = None
    disagree: str | None = None


# Statuses that a legally inapplicable provision may take: a finding that says
# not_applicable, or no finding at all (the rule had nothing to check).
NA = ("not_applicable", "not_engaged")

# Known disagreements (README, "Where vccheck disagrees").
D2 = ("D2: vcdr.27.4 does not ask whose packages they are: it finds the sending State in breach of "
      "27(4) even on that State's own account that the crates were not its mission's")

EXPECTED: dict[str, list[Expect]] = {
    # ---------------------------------------------------------------- issue 8
    "vladivostok-2022": [
        Expect("vccr.40", "violated", subject="consul", accounts={"JP": "violated"},
               why="detention without a judicial decision attacks his freedom; on Japan's account also "
                   "blindfolding and restraint"),
        Expect("vccr.41.1", "violated", subject="detention",
               why="no decision of a judicial authority: the exception fails even for a grave crime"),
        Expect("vccr.42", "undetermined", subject="detention", why="no fact about a notification"),
        Expect("vccr.43.1", "undetermined", subject="alleged-purchase", dispute=True,
               why="turns on whether the information was gathered by lawful means (VCCR 5(c))"),
        Expect("vccr.55.1", "undetermined", subject="alleged-purchase",
               accounts={"RU": "violated", "JP": "compliant"}, dispute=True,
               why="violated on Russia's account, compliant on Japan's"),
        Expect("vccr.23.1", "compliant", subject="png", why="a declaration may be made at any time"),
        Expect("vccr.26", "compliant", subject="png", why="left within the time given, no obstruction"),
        Expect("vccr.53.3", "compliant", subject="png", why="no measure against him before he left"),
    ],
    # ------------------------------------------------- ICJ, LaGrand (2001)
    "lagrand-1982": [
        Expect("vccr.36.1.b", "violated", why="never informed of his rights: ICJ LaGrand, dispositif (3); "
                                              "conceded by the United States"),
        Expect("vccr.36.1.b.notify", "violated",
               why="the post was never informed; a national never told of his right cannot be required to "
                   "ask (ICJ Jadhav); the United States acknowledged the failure to inform the consulate"),
        Expect("vccr.36.1.a.no-notification", "violated",
               why="Germany deprived of communication and access: ICJ LaGrand, dispositif (3)"),
        Expect("vccr.36.1.c.no-notification", "violated",
               why="Germany deprived of visits and of arranging representation: ICJ LaGrand, dispositif (3)"),
        Expect("vccr.36.2", "violated", why="procedural default barred review: ICJ LaGrand, dispositif (4)"),
        Expect("vccr.40", NA, why="private persons, not consular officers"),
        Expect("vccr.41.1", NA, why="private persons, not consular officers"),
        Expect("vccr.42", NA, why="private persons, not members of a consular post"),
    ],
    # -------------------------------------------------- ICJ, Jadhav (2019)
    "jadhav-2016": [
        Expect("vccr.36.1.b", "violated", why="not informed of his rights: ICJ Jadhav, dispositif; no exception "
                                              "for espionage"),
        Expect("vccr.36.1.b.notify", "violated",
               why="India informed some three weeks after the arrest, not without delay: ICJ Jadhav, dispositif"),
        Expect("vccr.36.1.a", "violated", subject="access-denied",
               why="India denied communication with and access to him: ICJ Jadhav, dispositif"),
        Expect("vccr.36.1.c", "violated", subject="access-denied",
               why="no visits, no arranging of legal representation: ICJ Jadhav, dispositif"),
        Expect("vccr.40", NA, why="a private person"),
        Expect("vccr.41.1", NA, why="a private person"),
    ],
    # ----------------------------------------- Embassy of Mexico in Quito (2024)
    "quito-embassy-2024": [
        Expect("vcdr.22.1", "violated", subject="entry",
               why="entry without the consent of the head of mission; no emergency exception in VCDR 22; "
                   "OAS Permanent Council, 10 April 2024"),
        Expect("vcdr.22.2", "violated", subject="intrusion", why="the intrusion was by the State's own agents"),
        Expect("vcdr.29.inviolability", "undetermined", subject="force-canseco", accounts={"MX": "violated"},
               dispute=True, why="force against the deputy head of mission is alleged by Mexico"),
        Expect("vcdr.41.3", "undetermined", subject="asylum", accounts={"EC": "violated", "MX": "compliant"},
               dispute=True, why="Ecuador says the asylum was an incompatible use of the premises; Mexico denies"),
        Expect("vcdr.9.1", "undetermined", subject="png-ambassador",
               why="the declaration is a power; whether Mexico recalled her is not stated"),
        Expect("vccr.40", NA, why="diplomats are protected by the VCDR (VCCR 70(4))"),
        Expect("vccr.23.1", NA, why="an ambassador is declared persona non grata under VCDR 9, not VCCR 23"),
    ],
    # ----------------------------------------------------- Dikko affair (1984)
    "dikko-1984": [
        Expect("vcdr.27.3", "undetermined", accounts={"GB": "not_applicable"},
               why="a diplomatic bag only if it bears visible external marks (VCDR 27(4)); the UK says these "
                   "crates bore none, so on its account 27(3) was not engaged"),
        Expect("vcdr.27.4", "undetermined", accounts={"GB": "violated", "NG": NA},
               why="whose packages they were is disputed: Nigeria denied any involvement"),
        Expect("vcdr.9.1", "undetermined", why="the expulsions are within the power; no departure is recorded"),
        Expect("vcdr.22.2", NA, why="the kidnapping was not an attack on premises of a mission"),
        Expect("vccr.40", NA, why="diplomats and a private person, not consular officers"),
    ],
    # ------------------------------------------------ Makharadze waiver (1997)
    "makharadze-1997": [
        Expect("vcdr.32.1", "compliant", subject="waiver", why="waived by the sending State, Georgia"),
        Expect("vcdr.32.2", "compliant", subject="waiver", why="the waiver was express"),
        Expect("vcdr.31.1.criminal", ("compliant", "excused", "not_applicable"), subject="proceedings",
               why="prosecuted only after Georgia expressly waived his immunity from criminal jurisdiction"),
        Expect("vcdr.41.1", "violated", subject="crash", why="he broke the receiving State's laws (conviction)"),
        Expect("vcdr.29", NA, why="he was not arrested or detained before the waiver"),
        Expect("vccr.40", NA, why="a diplomat, not a consular officer"),
        Expect("vccr.55.1", NA, why="VCCR 55 binds members of consular posts; a diplomat's duty is VCDR 41(1)"),
    ],
    # ------------------------------------ honorary consul, BayObLG (2024)
    "honorary-consul-bayern-2024": [
        Expect("vccr.43.1", "compliant", subject="offence",
               why="not an act in the exercise of consular functions: BayObLG 201 ObOWi 405/24"),
        Expect("vccr.71.1", "compliant", subject="proceedings",
               why="a national and resident: immunity for official acts only (71(1)); the drive was not one"),
        Expect("vccr.58.2", "compliant", subject="proceedings", why="art. 43 applied by 58(2): not an official act"),
        Expect("vccr.55.1", "violated", subject="offence",
               why="honorary officers must respect the laws (VCCR 55(1), 58(2)); the offence was found"),
        Expect("vccr.71.1.hindrance", "undetermined", subject="proceedings",
               why="nothing is known of how the proceedings affected his functions"),
        Expect("vccr.63", NA, subject="proceedings",
               why="art. 63 does not extend to a national or permanent resident of the receiving State (71(1))"),
        Expect("vccr.64", NA, why="no attack or threat; and 64 does not extend to a national (71(1))"),
        Expect("vccr.42", "undetermined", subject="proceedings",
               why="art. 42 applies to honorary officers (58(2)) and to nationals (71(1)); no fact about "
                   "a notification"),
        Expect("vccr.40", NA, subject="consul", why="honorary officers: art. 64, not art. 40 (58(2))"),
        Expect("vccr.41.3", NA, subject="proceedings", why="honorary officers: art. 63, not art. 41 (58(2))"),
    ],
}


@lru_cache(maxsize=None)
def report_dict(stem: str) -> dict:
    """The JSON contract of the example's report (checked once per run, shared with the golden test)."""
    return _golden_module().cached_report(stem).as_dict()


def _params():
    for stem, expects in EXPECTED.items():
        for exp in expects:
            marks = []
            if exp.pending:
                marks.append(pytest.mark.xfail(strict=False, reason=f"rule not in the corpus yet: {exp.pending}"))
            elif exp.disagree:
                marks.append(pytest.mark.xfail(strict=True, reason=f"known disagreement {exp.disagree}"))
            yield pytest.param(stem, exp, id=f"{stem}:{exp.rule}:{exp.subject or '*'}", marks=marks)


def _statuses(value) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


@pytest.mark.parametrize("stem,exp", list(_params()))
def test_expected_status(stem, exp: Expect):
    report = report_dict(stem)
    findings = [f for f in report["findings"]
                if f["rule"] == exp.rule and (exp.subject is None or f["subject"] == exp.subject)]
    where = f"{stem}: {exp.rule}" + (f" about {exp.subject}" if exp.subject else "")
    statuses = _statuses(exp.status)
    if statuses == ("not_engaged",):
        assert not findings, f"{where}: expected no finding, got {[f['status'] for f in findings]}"
        return
    if not findings and "not_engaged" in statuses:
        return
    assert findings, (f"{where}: no such finding (rules that produced findings: "
                      f"{sorted({f['rule'] for f in report['findings']})}; not engaged: {report['not_engaged']})")
    for finding in findings:
        label = f"{where} (subject {finding['subject']})"
        assert finding["status"] in statuses, (
            f"{label}: expected {' or '.join(statuses)}, got {finding['status']}; "
            f"expected because: {exp.why or '-'}; vccheck says: {finding['explanation'].get('reason')}")
        for state, status in exp.accounts.items():
            got = finding["by_account"].get(state)
            assert got in _statuses(status), f"{label}: on {state}'s account expected {status}, got {got}"
        if exp.dispute is not None:
            assert finding["depends_on_dispute"] is exp.dispute, (
                f"{label}: depends_on_dispute expected {exp.dispute}, got {finding['depends_on_dispute']}")


def test_every_example_has_expectations():
    stems = sorted(path.stem for path in (ROOT / "examples").glob("*.yaml"))
    assert sorted(EXPECTED) == stems


# ------------------------------------------ issue 8, "Must show" (Vladivostok)

def test_vladivostok_exact_table():
    """The issue's table, on the established facts and per account, in one place."""
    report = report_dict("vladivostok-2022")
    by_rule: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_rule.setdefault(f["rule"], []).append(f)

    def one(rule, subject):
        matches = [f for f in by_rule.get(rule, []) if f["subject"] == subject]
        assert len(matches) == 1, f"{rule} about {subject}: {len(matches)} findings"
        return matches[0]

    f40 = one("vccr.40", "consul")
    assert f40["status"] == "violated" and f40["by_account"]["JP"] == "violated"
    assert one("vccr.41.1", "detention")["status"] == "violated"
    assert one("vccr.42", "detention")["status"] == "undetermined"
    f43 = one("vccr.43.1", "alleged-purchase")
    assert f43["status"] == "undetermined" and f43["depends_on_dispute"] is True
    f55 = one("vccr.55.1", "alleged-purchase")
    assert f55["status"] == "undetermined" and f55["depends_on_dispute"] is True
    assert f55["by_account"] == {"JP": "compliant", "RU": "violated"}
    assert one("vccr.23.1", "png")["status"] == "compliant"
    assert one("vccr.26", "png")["status"] == "compliant"
    assert one("vccr.53.3", "png")["status"] == "compliant"


def test_vladivostok_json_has_quotes_and_accounts():
    report = report_dict("vladivostok-2022")
    assert report["schema"] == "vccheck.report/1"
    assert report["incident"]["file"] == "examples/vladivostok-2022.yaml"
    for f in report["findings"]:
        assert f["quote"].strip(), f"{f['rule']}: no authentic text quoted"
        assert isinstance(f["by_account"], dict)
    assert any("grave crime" in f["quote"] for f in report["findings"] if f["rule"] == "vccr.41.1")
    disputed = [f for f in report["findings"] if f["depends_on_dispute"]]
    assert disputed and all(set(f["by_account"]) == {"JP", "RU"} for f in disputed)
