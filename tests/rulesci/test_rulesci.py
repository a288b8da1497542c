"""Rule CI: vccheck test, the lint checks of issue 7, suppressions, formats, the coverage gate."""

import json
import textwrap

import pytest

from vccheck.cli import main

RULES = '''
rule vccr.41.1 "No arrest or detention pending trial"
  cites VCCR 41(1)
  text "Consular officers shall not be liable to arrest or detention pending trial"
  duty on receiving_state
  owed to sending_state
  for each arrest or detention as e
  applies when e.subject.status = consular_officer and e.by = receiving_state
  violated when true
end

exception vccr.41.1.grave-crime "Grave crime and judicial decision"
  cites VCCR 41(1)
  to vccr.41.1
  gives compliant
  when e.judicial_decision = true and e meets grave_crime
end

standard grave_crime "grave crime"
  cites VCCR 41(1)
  measures max_penalty_years at least
end
'''

SCENARIOS = '''
base:
  sending_state: JP
  receiving_state: RU
  states: {JP: Japan, RU: Russia}
  persons:
    consul: {status: consular_officer, category: career, nationality: JP}
scenarios:
  - name: detained without a judge
    facts:
      events:
        - {id: d, type: detention, date: 2022-09-22, subject: consul, by: RU, judicial_decision: false}
    expect:
      vccr.41.1: {expected}
  - name: grave crime and a judge
    facts:
      events:
        - {id: d, type: detention, date: 2022-09-22, subject: consul, by: RU, judicial_decision: true, grave_crime: true}
    expect:
      vccr.41.1: compliant
'''


def pack(tmp_path, rules=RULES, expected="violated", scenarios=SCENARIOS):
    (tmp_path / "vccr").mkdir()
    (tmp_path / "vccr" / "41.vcl").write_text(textwrap.dedent(rules))
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "41.yaml").write_text(scenarios.replace("{expected}", expected))
    return str(tmp_path)


def test_passing_pack(tmp_path, capsys):
    root = pack(tmp_path)
    assert main(["test", root]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("2 passed, 0 failed")
    assert "vccr.41.1  2 passed, 0 failed" in out


def test_wrong_expected_status_fails_with_the_scenario_and_the_explanation(tmp_path, capsys):
    root = pack(tmp_path, expected="compliant")
    assert main(["test", root]) == 1
    out = capsys.readouterr().out
    assert "FAIL " in out and "41.yaml:14: detained without a judge" in out
    assert "vccr.41.1: expected compliant, got violated" in out
    assert "Violated:" in out  # the explanation is shown
    assert out.strip().endswith("1 passed, 1 failed")


def test_every_failure_is_reported_not_only_the_first(tmp_path, capsys):
    scen = SCENARIOS.replace("vccr.41.1: compliant", "vccr.41.1: violated")
    root = pack(tmp_path, expected="compliant", scenarios=scen)
    assert main(["test", root]) == 1
    assert capsys.readouterr().out.strip().endswith("0 passed, 2 failed")


def test_todo_expectation_is_reported_not_failed(tmp_path, capsys):
    scen = SCENARIOS.replace("vccr.41.1: {expected}", 'vccr.41.1: {status: compliant, todo: "known gap"}')
    root = pack(tmp_path, scenarios=scen)
    assert main(["test", root]) == 0
    out = capsys.readouterr().out
    assert "TODO" in out and "known gap" in out
    assert out.strip().endswith("1 passed, 0 failed, 1 skipped")


def test_zero_tests_is_a_failure(tmp_path, capsys):
    root = pack(tmp_path)
    (tmp_path / "tests" / "41.yaml").unlink()
    assert main(["test", root]) == 1
    assert "no test ran" in capsys.readouterr().err


def test_json_format(tmp_path, capsys):
    root = pack(tmp_path, expected="compliant")
    assert main(["test", root, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["failed"] == 1
    failed = [r for r in data["results"] if r["outcome"] == "failed"]
    assert failed[0]["expected"] == "compliant" and failed[0]["actual"][0]["status"] == "violated"


def test_wrong_citation_fails_lint_with_position(tmp_path, capsys):
    root = pack(tmp_path, rules=RULES.replace("cites VCCR 41(1)\n  text", "cites VCCR 41(4)\n  text"))
    assert main(["lint", root]) == 2
    out = capsys.readouterr().out
    assert "41.vcl:3:9: error[unknown-citation]" in out


def test_untested_exception_fails_lint(tmp_path, capsys):
    scen = SCENARIOS.split("  - name: grave crime")[0]
    scen = scen + '''  - name: detention not by the receiving State
    facts:
      events:
        - {id: d, type: detention, date: 2022-09-22, subject: consul, by: JP}
    expect:
      vccr.41.1: not_applicable
'''
    root = pack(tmp_path, scenarios=scen)
    assert main(["lint", root, "--tests"]) == 2
    out = capsys.readouterr().out
    assert "error[exception-not-exercised]: exception vccr.41.1.grave-crime holds in no passing scenario" in out


def test_rule_without_a_violated_scenario_fails_lint(tmp_path, capsys):
    root = pack(tmp_path, expected="undetermined",
                scenarios=SCENARIOS.replace("judicial_decision: false}", "}"))
    assert main(["lint", root, "--tests"]) == 2
    assert "error[no-violated-scenario]: rule vccr.41.1" in capsys.readouterr().out


def test_suppression_needs_a_reason_and_works_with_one(tmp_path, capsys):
    scen = SCENARIOS.split("  - name: grave crime")[0]
    silenced = RULES.replace('to vccr.41.1\n', 'to vccr.41.1\n  # lint: disable=exception-not-exercised -- tested in the example files\n')
    root = pack(tmp_path, rules=silenced, scenarios=scen)
    main(["lint", root, "--tests"])
    out = capsys.readouterr().out
    assert "exception-not-exercised" not in out
    no_reason = RULES.replace('to vccr.41.1\n', 'to vccr.41.1\n  # lint: disable=exception-not-exercised\n')
    other = tmp_path / "other"
    other.mkdir()
    root2 = pack(other, rules=no_reason, scenarios=scen)
    assert main(["lint", root2, "--tests"]) == 2
    assert "error[suppression-without-reason]" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_lint_formats(tmp_path, capsys, fmt):
    root = pack(tmp_path, rules=RULES.replace("cites VCCR 41(1)\n  text", "cites VCCR 41(4)\n  text"))
    assert main(["lint", root, "--format", fmt]) == 2
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)["diagnostics"][0]["code"] == "unknown-citation"
    elif fmt == "sarif":
        log = json.loads(out)
        assert log["version"] == "2.1.0"
        assert log["runs"][0]["results"][0]["ruleId"] == "unknown-citation"
    else:
        assert out.startswith("::error file=") and "title=vccheck unknown-citation::" in out


def test_coverage_gate(tmp_path, capsys):
    root = pack(tmp_path)
    assert main(["coverage", root, "--fail-under", "100"]) == 1
    err = capsys.readouterr().err
    assert "below 100" in err and "VCCR 36(1)(b)" in err
    assert main(["coverage", root, "--fail-under", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "41(1)        tested both ways  vccr.41.1" in out


def test_coverage_json_and_scope_files(tmp_path, capsys):
    root = pack(tmp_path)
    (tmp_path / "vccr" / "general.scope.yaml").write_text(
        "out_of_scope:\n  - provision: VCCR 2(1)\n    reason: consent between States\n")
    assert main(["coverage", root, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    units = {p["cite"]: p for p in data["provisions"]}
    assert len(units) == 336
    assert units["VCCR 41(1)"]["state"] == "tested_both_ways"
    assert units["VCCR 2(1)"] == {**units["VCCR 2(1)"], "state": "out_of_scope", "reason": "consent between States",
                                  "paragraph": "1", "subparagraph": None}
    assert units["VCCR 36(1)(b)"]["state"] == "missing"
    assert data["totals"]["all"]["out_of_scope"] == 1


def test_scope_file_with_unknown_provision_is_an_error(tmp_path, capsys):
    root = pack(tmp_path)
    (tmp_path / "vccr" / "x.scope.yaml").write_text("out_of_scope:\n  - provision: VCCR 99\n    reason: x\n")
    assert main(["coverage", root]) == 2
    assert "unknown-citation" in capsys.readouterr().err


POWER = '''
rule vccr.12.2 "No reasons for refusing an exequatur"
  cites VCCR 12(2)
  duty on receiving_state
  for each persona_non_grata as d
  # lint: disable=no-violated-scenario -- a power with no limit in the text
  applies when d.by = receiving_state
  compliant when true
end
'''

POWER_SCENARIOS = '''
base:
  sending_state: JP
  receiving_state: RU
  states: {JP: Japan, RU: Russia}
  persons:
    consul: {status: consular_officer, category: career, nationality: JP}
scenarios:
  - name: declared by the receiving State
    facts:
      events:
        - {id: d, type: persona_non_grata, date: 2022-09-26, subject: consul, by: RU}
    expect:
      vccr.12.2: compliant
  - name: not by the receiving State
    facts:
      events:
        - {id: d, type: persona_non_grata, date: 2022-09-26, subject: consul, by: JP}
    expect:
      vccr.12.2: {expected}
'''


def test_a_power_is_tested_both_ways_only_with_a_reasoned_suppression_and_both_outcomes(tmp_path, capsys):
    root = pack(tmp_path, rules=POWER, scenarios=POWER_SCENARIOS, expected="not_applicable")
    assert main(["lint", root, "--tests"]) == 0
    capsys.readouterr()
    assert main(["coverage", root, "--format", "json"]) == 0
    units = {p["cite"]: p for p in json.loads(capsys.readouterr().out)["provisions"]}
    assert units["VCCR 12(2)"]["state"] == "tested_both_ways"
    assert units["VCCR 12(2)"]["note"].startswith("cannot be violated: a power with no limit")
    other = tmp_path / "one-sided"
    other.mkdir()
    root2 = pack(other, rules=POWER, scenarios=POWER_SCENARIOS, expected="compliant")
    main(["coverage", root2, "--format", "json"])
    units = {p["cite"]: p for p in json.loads(capsys.readouterr().out)["provisions"]}
    assert units["VCCR 12(2)"]["state"] == "encoded"  # only one outcome shown: not tested both ways
