"""Every example loads and validates against the JSON Schema; the template, the docs and the commands agree."""

from __future__ import annotations

import json
import pathlib
import re

import gen_incident_reference
import jsonschema
import pytest

from vccheck.diagnostics import Collector
from vccheck.facts.loader import load_incident, load_text
from vccheck.facts.schema import json_schema
from vccheck.facts.template import template
from vccheck.facts.yamltree import parse_tree, to_data

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
DOC = ROOT / "docs" / "incident-format.md"


@pytest.fixture(scope="module")
def validator():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def as_editor_reads(text: str):
    return to_data(parse_tree(text, Collector("<test>")))


def schema_errors(validator, text: str) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(as_editor_reads(text))]


def test_there_are_examples():
    assert any(path.name == "vladivostok-2022.yaml" for path in EXAMPLES)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_loads_and_validates(path, validator):
    incident = load_incident(str(path))
    assert incident.title and incident.events
    assert schema_errors(validator, path.read_text(encoding="utf-8")) == []


def test_schema_rejects_what_the_loader_rejects(validator):
    base = "vccheck: incident/1\ntitle: t\n"
    assert schema_errors(validator, base) == []
    for bad in ("titel: x\n", "events:\n  - type: arest\n", "events:\n  - type: release\n    capacity: suspect\n",
                "events:\n  - type: arrest\n    judicial_decision: yes\n",
                "events:\n  - type: arrest\n    time: 25:00\n",
                "standards:\n  without_delay: 48\n", "persons:\n  p:\n    status: consul\n"):
        assert schema_errors(validator, base + bad), bad


def test_schema_accepts_provenance_and_unknown(validator):
    text = ("vccheck: incident/1\ntitle: t\nstates:\n  JP: Japan\n  SU: {name: USSR}\nevents:\n"
            "  - type: interrogation\n    alleged_by: JP\n"
            "    coercive: {value: true, alleged_by: [JP], denied_by: SU}\n"
            "    capacity: unknown\n    time: 22:30\n")
    assert schema_errors(validator, text) == []


def test_schema_carries_the_vocabulary_docs():
    schema = json_schema()
    persons = schema["$defs"]["person"]["properties"]
    assert persons["status"]["description"].startswith("The person's status")
    assert schema["additionalProperties"] is False
    allowed = schema["$defs"]["event.interrogation"]["propertyNames"]["enum"]
    assert "capacity" in allowed and "date" in allowed and "alleged_by" in allowed
    assert "judicial_decision" not in allowed


def test_template_loads_and_validates(validator):
    text = template()
    incident = load_text(text, "<template>")
    assert incident.title.startswith("TODO")
    assert "# yaml-language-server: $schema=incident.schema.json" in text.splitlines()[0]
    assert "vccheck schema > incident.schema.json" in text
    assert schema_errors(validator, text) == []


def test_doc_examples_load():
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    complete = [b for b in blocks if "\nvccheck: incident/1\n" in "\n" + b]
    assert len(complete) >= 2
    for block in complete:
        load_text(block, "docs/incident-format.md")


def test_doc_reference_tables_are_current():
    assert DOC.read_text(encoding="utf-8") == gen_incident_reference.current_doc(), \
        "docs/incident-format.md is out of date: run python tests/facts/gen_incident_reference.py"


def test_schema_command(capsys):
    from vccheck.cli import main

    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == json.loads(json.dumps(json_schema()))
    assert out == json.dumps(json_schema(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_new_command(tmp_path, capsys):
    from vccheck.cli import main

    assert main(["new"]) == 0
    assert capsys.readouterr().out == template()
    target = tmp_path / "incident.yaml"
    assert main(["new", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == template()
    target.write_text("mine", encoding="utf-8")
    assert main(["new", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert main(["new", str(target), "--force"]) == 0
    assert load_incident(str(target)).title.startswith("TODO")
    assert [p.name for p in tmp_path.iterdir()] == ["incident.yaml"]
