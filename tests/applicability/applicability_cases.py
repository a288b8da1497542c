"""Small incidents for the applicability tests: a career consul (or a diplomatic agent) of the sending State
detained without a judicial decision by the receiving State on a given date, checked against two small rules:
VCCR art. 41(1) (and VCDR art. 29) are violated whenever the instrument applies."""

from __future__ import annotations

import functools
import pathlib

from vccheck import api

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "vladivostok-2022.yaml"


TEST_RULES = pathlib.Path(__file__).resolve().parent / "rules"


@functools.lru_cache(maxsize=1)
def rules():
    """Two small rules (VCCR 41(1), VCDR 29): the tests do not depend on the shipped corpus."""
    return api.load_rules([TEST_RULES])


def detention(sending: str, receiving: str, date: str | None, *, names: dict | None = None,
              applicability: list | None = None, event_date: str | None = "same",
              status: str = "consular_officer") -> dict:
    incident = {
        "vccheck": "incident/1", "title": f"Detention of a consul of {sending} in {receiving}",
        "sending_state": sending, "receiving_state": receiving,
        "states": names or {sending: sending, receiving: receiving},
        "persons": {"consul": {"status": status, "category": "career", "nationality": sending,
                               "permanent_resident_of_receiving_state": False}},
        "events": [{"id": "detention", "type": "detention", "by": receiving, "subject": "consul",
                    "judicial_decision": False}],
    }
    if date is not None:
        incident["date"] = date
    if event_date is not None:
        incident["events"][0]["date"] = date if event_date == "same" else event_date
    if applicability is not None:
        incident["applicability"] = applicability
    return incident


def check(incident: dict):
    return api.check(incident, rules=rules())


def finding(report, rule: str):
    return next(f for f in report.findings if f.rule == rule)


def line(report, instrument: str = "VCCR"):
    return next(a for a in report.applicability if a.instrument == instrument)
