"""The Python API: load_mapping takes the same structure as a file, with Python values."""

from __future__ import annotations

import datetime as dt

import pytest

from vccheck.diagnostics import DiagnosticError
from vccheck.facts.loader import load_mapping
from vccheck.facts.model import Duration


def incident_data(**extra):
    data = {
        "vccheck": "incident/1", "title": "API incident", "date": dt.date(2022, 9, 22),
        "sending_state": "JP", "receiving_state": "NO", "states": {"JP": "Japan", "NO": "Norway"},
        "persons": {"consul": {"status": "consular_officer", "head_of_post": False, "nationality": "JP"}},
        "events": [{"id": "arrest", "type": "arrest", "date": "2022-09-22", "time": dt.time(22, 30),
                    "subject": "consul", "max_penalty_years": 3},
                   {"type": "persona_non_grata", "subject": "consul", "time_to_leave": Duration(86400, "24h")}],
    }
    data.update(extra)
    return data


def test_load_mapping():
    incident = load_mapping(incident_data())
    assert incident.path == "<mapping>"
    assert incident.date == dt.date(2022, 9, 22)
    assert incident.receiving_state == "NO"
    arrest = incident.entities["arrest"]
    assert arrest.facts["time"].value == dt.time(22, 30)
    assert arrest.facts["date"].value == dt.date(2022, 9, 22)
    assert arrest.facts["max_penalty_years"].value == 3
    assert arrest.facts["date"].pos.line == 0
    assert incident.entities["consul"].facts["head_of_post"].value is False
    assert incident.events[1].id == "event-2"
    assert incident.events[1].facts["time_to_leave"].value.seconds == 86400
    assert list(incident.entities) == ["JP", "NO", "consul", "arrest", "event-2"]


def test_load_mapping_reports_all_problems():
    data = incident_data(titel="x", timezone="Mars/Olympus")
    data["persons"]["consul"]["head_of_post"] = "yes"
    with pytest.raises(DiagnosticError) as info:
        load_mapping(data, "api")
    codes = sorted(d.code for d in info.value.diagnostics)
    assert codes == ["ambiguous-bool", "bad-value", "unknown-key"]
    assert all(d.pos.file == "api" and d.pos.line == 0 for d in info.value.diagnostics)


def test_load_mapping_rejects_non_mappings():
    with pytest.raises(DiagnosticError):
        load_mapping(["not", "a", "mapping"])  # type: ignore[arg-type]
