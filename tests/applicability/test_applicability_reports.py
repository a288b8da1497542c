"""The motivating example's report shows the applicability line and the forum section in every format.

Checked with the two test rules (VCCR 41(1), VCDR 29), so that these tests do not depend on the state of the
shipped corpus; the golden files of the examples cover the shipped rules.
"""

from __future__ import annotations

import json

import pytest
from applicability_cases import EXAMPLE, check, detention, rules

from vccheck import api


@pytest.fixture(scope="module")
def report():
    return api.check(EXAMPLE, rules=rules())  # the test rules: this is about the header and forum


def test_json_has_applicability_forum_and_reservations(report):
    data = json.loads(api.render(report, "json"))
    vccr = next(a for a in data["applicability"] if a["instrument"] == "VCCR")
    assert vccr["in_force"] is True and set(vccr) == {"instrument", "in_force", "reason"}
    reason = vccr["reason"]
    assert "2022-09-22" in reason and "1983-11-02" in reason and "1989-04-14" in reason
    assert "computed under VCCR art. 77(2)" in reason and "Party data as of 2024-11-24" in reason
    assert data["forum"]["icj_compulsory"] is False
    assert "VCCR-OP" in data["forum"]["basis"]
    assert data["forum"]["data_as_of"].startswith("2024-11-24")
    assert data["reservations"] == []


def test_terminal_header_and_forum_section(report):
    text = api.render(report, width=100)
    header = text[:text.index("Findings by status")]
    assert "Applicability       VCCR applies: both States bound on 2022-09-22" in header
    assert "Forum               no compulsory ICJ jurisdiction under the Optional Protocols (see Forum)" in header
    forum = text[text.index("\nForum\n"):text.index("VIOLATED  ")]
    assert "Compulsory ICJ jurisdiction  no" in forum
    assert "Russian Federation" in forum and "not a party to the VCCR Optional Protocol" in forum
    assert "Party data as of" in forum and "none of the two States' reservations" in forum


def test_markdown_memo_has_a_forum_section(report):
    text = api.render(report, "markdown")
    assert "| Applicability | VCCR applies: both States bound on 2022-09-22" in text
    forum = text[text.index("## Forum"):text.index("## Findings")]
    assert "- **Compulsory ICJ jurisdiction:** no" in forum
    assert "- **Party data as of:** 2024-11-24" in forum


def test_sarif_run_properties(report):
    run = json.loads(api.render(report, "sarif"))["runs"][0]
    assert run["properties"]["forum"]["icj_compulsory"] is False
    assert run["properties"]["applicability"][0]["instrument"] == "VCCR"
    assert run["properties"]["reservations"] == []


def test_reservations_show_in_every_format():
    report = check(detention("JP", "TH", "2020-01-01", names={"JP": "Japan", "TH": "Thailand"}))
    terminal = api.render(report, width=120)
    assert "Reservation" in terminal and "TH (Thailand), VCCR art. 41(1), declaration:" in terminal
    block = terminal[terminal.index("VIOLATED  VCCR art. 41(1)"):]
    assert "Reservation: TH (Thailand), VCCR art. 41(1)" in block  # on the finding it touches
    markdown = api.render(report, "markdown")
    assert "*Reservation:* TH (Thailand), VCCR art. 41(1), declaration:" in markdown
    sarif = json.loads(api.render(report, "sarif"))["runs"][0]
    result = next(r for r in sarif["results"] if r["ruleId"] == "vccr.41.1")
    assert result["properties"]["reservations"][0]["state"] == "TH"
    assert sarif["properties"]["reservations"][0]["touches"] == ["VCCR art. 41(1)"]
