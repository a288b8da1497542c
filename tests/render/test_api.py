"""The Python API goes through the pipeline and hands back the report the renderers use."""

from __future__ import annotations

from pathlib import Path

import pytest

import render_fixtures
from vccheck import api, pipeline


class FakeRuleSet:
    def __init__(self, paths):
        self.paths = paths


@pytest.fixture
def calls(monkeypatch):
    seen = []

    def check_incident(incident, options=pipeline.CheckOptions(), rules=None):
        seen.append((incident, options, rules))
        return render_fixtures.sample_report()

    monkeypatch.setattr(pipeline, "check_incident", check_incident)
    monkeypatch.setattr(pipeline, "load_rules", lambda paths=(): FakeRuleSet(paths))
    return seen


def test_check_path_with_options(calls):
    report = api.check(Path("examples/x.yaml"), rules=["a.vcl", Path("rules")], assume=["d.judicial_decision=true"],
                       standards=("promptly=24h",), instruments=["vccr"], only=["vccr.41"])
    assert report == render_fixtures.sample_report()
    incident, options, rules = calls[0]
    assert incident == "examples/x.yaml" and rules is None
    assert options == pipeline.CheckOptions(rule_paths=("a.vcl", "rules"), instruments=("VCCR",),
                                            only=("vccr.41",), assume=("d.judicial_decision=true",),
                                            standards=("promptly=24h",))


def test_check_mapping_with_a_loaded_ruleset(calls):
    ruleset = api.load_rules(["rules/vccr"])
    assert ruleset.paths == ("rules/vccr",)
    api.check({"title": "t"}, rules=ruleset, assume="x=1")
    incident, options, rules = calls[0]
    assert incident == {"title": "t"} and rules is ruleset
    assert options.assume == ("x=1",) and options.rule_paths == ()


def test_check_rejects_bad_statements(calls):
    with pytest.raises(ValueError, match="NAME=VALUE"):
        api.check("x.yaml", assume=["no-equals-sign"])


def test_render_is_the_registry(report):
    assert api.render(report, "json") == api.render(report, fmt="json")
    assert api.render(report).startswith("Detention of a Japanese consul")
    assert "\x1b" not in api.render(report, width=80)
