"""The person's regime follows their status, through the shipped rules: career vs honorary officers,
nationals and permanent residents of the receiving State, diplomatic agents, and the start and end
of immunities. Also the what-if of --assume."""

import pytest

from vccheck import api
from vccheck.cli import main


def incident(person: dict, *events: dict, date="2022-09-22") -> dict:
    return {
        "vccheck": "incident/1", "title": "status regime", "date": date,
        "sending_state": "JP", "receiving_state": "RU",
        "states": {"JP": "Japan", "RU": "Russian Federation"},
        "posts": {"post": {"kind": "consulate_general", "headed_by": "career"}},
        "missions": {"embassy": {"kind": "embassy"}},
        "persons": {"x": person},
        "events": list(events) or [{"id": "d", "type": "detention", "date": date, "subject": "x", "by": "RU",
                                    "organ_kind": "security_service", "judicial_decision": False}],
    }


def statuses(data, *rules):
    report = api.check(data, only=rules)
    return {(f.rule, f.subject): f.status.value for f in report.findings}


CAREER = {"status": "consular_officer", "category": "career", "post": "post", "nationality": "JP",
          "head_of_post": False, "permanent_resident_of_receiving_state": False}


def test_career_officer_has_the_inviolability_of_art_41():
    assert statuses(incident(CAREER), "vccr.41.1")[("vccr.41.1", "d")] == "violated"


def test_honorary_officer_has_no_art_41_inviolability():
    honorary = {**CAREER, "category": "honorary"}
    found = statuses(incident(honorary), "vccr.41.1", "vccr.64")
    assert found.get(("vccr.41.1", "d"), "not_applicable") == "not_applicable"


def test_national_of_the_receiving_state_keeps_only_official_acts_immunity_but_art_42_applies():
    national = {**CAREER, "nationality": "RU"}
    found = statuses(incident(national), "vccr.41.1", "vccr.42")
    assert found.get(("vccr.41.1", "d"), "not_applicable") == "not_applicable"
    assert found[("vccr.42", "d")] == "undetermined"  # the duty to notify the head of post remains (71(1))


def test_permanent_resident_is_treated_like_a_national():
    resident = {**CAREER, "permanent_resident_of_receiving_state": True}
    found = statuses(incident(resident), "vccr.41.1")
    assert found.get(("vccr.41.1", "d"), "not_applicable") == "not_applicable"


def test_diplomatic_agent_may_not_be_detained_even_by_a_judge():
    agent = {"status": "diplomatic_agent", "mission": "embassy", "nationality": "JP",
             "permanent_resident_of_receiving_state": False}
    data = incident(agent, {"id": "d", "type": "detention", "date": "2022-09-22", "subject": "x", "by": "RU",
                            "organ_kind": "police", "judicial_decision": True, "grave_crime": True})
    found = statuses(data, "vcdr.29")
    assert "violated" in {s for (rule, _), s in found.items() if rule.startswith("vcdr.29")}


def test_immunities_subsist_until_departure_after_a_persona_non_grata_declaration():
    events = [
        {"id": "png", "type": "persona_non_grata", "date": "2022-09-26", "subject": "x", "by": "RU",
         "time_to_leave": "48h"},
        {"id": "d", "type": "detention", "date": "2022-09-27", "subject": "x", "by": "RU",
         "organ_kind": "police", "judicial_decision": False},
        {"id": "left", "type": "departure", "date": "2022-09-28", "subject": "x", "by": "JP"},
    ]
    found = statuses(incident(CAREER, *events), "vccr.53.3")
    assert found[("vccr.53.3", "png")] == "violated"


def test_what_if_a_judge_had_ordered_the_detention(capsys):
    # --assume re-evaluates with a fact changed: a grave crime and a judicial decision make it lawful
    base = ["check", "examples/vladivostok-2022.yaml", "--format", "json", "--only", "vccr.41.1"]
    assert main(base) == 1
    assert '"status": "violated"' in capsys.readouterr().out
    assert main(base + ["--assume", "detention.judicial_decision=true", "--assume",
                        "detention.grave_crime=true"]) == 0
    out = capsys.readouterr().out
    assert '"status": "compliant"' in out and "assumed (--assume)" in out


@pytest.mark.parametrize("threshold,expected", [("24h", "violated"), ("200h", "compliant")])
def test_a_user_threshold_decides_an_open_textured_standard(threshold, expected):
    events = [
        {"id": "d", "type": "detention", "date": "2022-09-22", "time": "10:00", "subject": "x", "by": "RU",
         "organ_kind": "police", "judicial_decision": False},
        {"id": "n", "type": "notification", "date": "2022-09-25", "time": "10:00", "concerning": "d", "by": "RU",
         "recipient": "head_of_post"},
    ]
    report = api.check(incident(CAREER, *events), only=("vccr.42",), standards=(f"promptly={threshold}",))
    [f] = [f for f in report.findings if f.rule == "vccr.42" and f.subject == "d"]
    assert f.status.value == expected
