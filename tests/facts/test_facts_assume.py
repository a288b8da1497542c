"""--assume and --standard: facts and thresholds from the command line."""

from __future__ import annotations

import pathlib

import pytest

from vccheck.diagnostics import DiagnosticError, SourcePos
from vccheck.facts.loader import apply_assumptions, load_incident, parse_thresholds
from vccheck.facts.model import Duration

EXAMPLE = str(pathlib.Path(__file__).resolve().parents[2] / "examples" / "vladivostok-2022.yaml")


@pytest.fixture(scope="module")
def incident():
    return load_incident(EXAMPLE)


def test_assume_sets_established_facts(incident):
    assumed = apply_assumptions(incident, ["detention.judicial_decision=true", "png.time_to_leave=24h"])
    fact = assumed.entities["detention"].facts["judicial_decision"]
    assert fact.value is True
    assert fact.prov.established and fact.prov.source == "assumed (--assume)"
    assert fact.pos == SourcePos("--assume", 0, 0)
    assert assumed.entities["png"].facts["time_to_leave"].value == Duration(86400, "24h")
    assert assumed.events[0] is assumed.entities["detention"]
    # the original is untouched
    assert incident.entities["detention"].facts["judicial_decision"].value is False
    assert incident.entities["png"].facts["time_to_leave"].value == Duration(172800, "48h")


def test_assume_an_alleged_event_happened(incident):
    assert not incident.entities["blindfolding"].prov.established
    assumed = apply_assumptions(incident, ["blindfolding.occurred=true"])
    assert assumed.entities["blindfolding"].prov.established
    assert not assumed.entities["blindfolding"].negative


def test_assume_unknown_removes_a_fact(incident):
    assumed = apply_assumptions(incident, ["detention.judicial_decision=unknown"])
    assert "judicial_decision" not in assumed.entities["detention"].facts
    assert "judicial_decision" in assumed.entities["detention"].explicit_unknown


def test_assume_errors_are_diagnostics(incident):
    with pytest.raises(DiagnosticError) as info:
        apply_assumptions(incident, ["detenion.judicial_decision=true", "detention.judical_decision=true",
                                     "detention.judicial_decision=yes", "nonsense", "consul.post=consul"])
    diags = info.value.diagnostics
    assert all(d.pos.file == "--assume" and d.pos.line == 0 for d in diags)
    by_code = sorted((d.code, d.hint) for d in diags)
    assert ("undeclared", "did you mean 'detention'?") in by_code
    assert ("unknown-key", "did you mean 'judicial_decision'?") in by_code
    assert any(code == "ambiguous-bool" for code, _ in by_code)
    assert any(code == "bad-assumption" for code, _ in by_code)
    assert len(diags) == 5


def test_thresholds_from_the_file_and_the_command_line(incident):
    assert parse_thresholds([], incident) == dict(incident.standards)
    thresholds = parse_thresholds(["without_delay=48h", "grave_crime=5"], incident)
    assert thresholds["without_delay"] == Duration(172800, "48h")
    assert thresholds["grave_crime"] == 5.0


def test_threshold_errors(incident):
    with pytest.raises(DiagnosticError) as info:
        parse_thresholds(["without_dely=48h", "promptly=48", "grave_crime=serious", "x"], incident)
    codes = sorted(d.code for d in info.value.diagnostics)
    assert codes == ["bad-standard", "unknown-key", "wrong-type", "wrong-type"]
    assert any(d.hint == "did you mean 'without_delay'?" for d in info.value.diagnostics)
