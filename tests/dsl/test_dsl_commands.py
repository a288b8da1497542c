"""vccheck lint and vccheck explain, through the CLI entry point."""

import json
import random
from pathlib import Path

import pytest

from vccheck import cli
from vccheck.dsl.check import CHECKS
from tests.dsl.dsl_helpers import broken

REPO = Path(__file__).resolve().parents[2]
SENTENCE = ("Consular officers shall not be liable to arrest or detention pending trial, except in the case of a "
            "grave crime and pursuant to a decision by the competent judicial authority.")


@pytest.fixture
def in_repo(monkeypatch):
    monkeypatch.chdir(REPO)


def test_lint_passes_on_the_shipped_rules(in_repo, capsys):
    assert cli.main(["lint", "rules"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    files = len(list((REPO / "rules").rglob("*.vcl")))
    assert out[-1] == f"0 errors, 0 warnings in {files} files"


def test_lint_reports_position_code_caret_and_hint(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.vcl").write_text(broken("= consular_officer", "= consular_oficer"))
    assert cli.main(["lint", "bad.vcl"]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "bad.vcl:3:20: error[unknown-enum-value]: 'consular_oficer' is not one of the values it is compared with"
    assert out[2].endswith("|                    ^")
    assert out[3] == "  hint: did you mean 'consular_officer'?"
    assert out[-1] == "1 error, 0 warnings in 1 file"


def test_lint_json(tmp_path, capsys):
    (tmp_path / "bad.vcl").write_text(broken("to vccr.41.1", "to vccr.41.11"))
    assert cli.main(["lint", "--format", "json", str(tmp_path)]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["errors"] == 1 and data["summary"]["files"] == 1
    (diag,) = data["diagnostics"]
    assert (diag["line"], diag["column"], diag["code"]) == (23, 6, "unknown-rule")


def test_lint_warnings_exit_zero(tmp_path, capsys):
    (tmp_path / "a.vcl").write_text(broken("  cites VCCR 41(1)\n  text", "  cites VCCR 41(1), US-CN 12\n  text"))
    assert cli.main(["lint", "--no-tests", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 errors, 1 warning in 1 file")


@pytest.mark.parametrize("content", [
    bytes(random.Random(7).randrange(256) for _ in range(4096)),
    "".join(chr(random.Random(8).randrange(32, 0x2FFF)) for _ in range(2000)).encode("utf-8", "replace"),
    b"\x00\x01rule \x00 end",
])
def test_garbage_file_exits_2_without_traceback(tmp_path, capsys, content):
    path = tmp_path / "garbage.vcl"
    path.write_bytes(content)
    assert cli.main(["lint", str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert "error[" in captured.out


def test_lint_missing_path(tmp_path, capsys):
    assert cli.main(["lint", str(tmp_path / "nope")]) == 2
    assert "error[io]" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["VCCR", "41(1)"], ["vccr.41.1"], ["VCCR art. 41(1)"]])
def test_explain_prints_the_exact_sentence_and_the_rules(in_repo, capsys, argv):
    assert cli.main(["explain", *argv]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "VCCR art. 41(1): Personal inviolability of consular officers"
    assert SENTENCE in lines
    assert any(line.startswith("  vccr.41.1  ") and "40-42-personal-inviolability.vcl:" in line for line in lines)
    assert any(line.startswith("  vccr.41.1.grave-crime  ") for line in lines)


def test_explain_an_article_lists_rules_inside_it(in_repo, capsys):
    assert cli.main(["explain", "VCCR", "41"]) == 0
    out = capsys.readouterr().out
    assert "1. " + SENTENCE in out.splitlines()
    for rule_id in ("vccr.41.1", "vccr.41.2", "vccr.41.3"):
        assert f"  {rule_id}  " in out


def test_explain_flags_readings_to_check(in_repo, capsys):
    assert cli.main(["explain", "VCCR", "71(1)"]) == 0
    assert "needs_unts_check" in capsys.readouterr().out


@pytest.mark.parametrize("argv, fragment, hint", [
    (["VCCR", "41(4)"], "VCCR art. 41(4) does not exist", "VCCR 41(1), VCCR 41(2), VCCR 41(3)"),
    (["VCCR", "99"], "VCCR art. 99 does not exist", "articles 1 to 79"),
    (["hello"], "'hello' is not a citation", "VCCR 41(1)"),
])
def test_explain_unknown_citation(in_repo, capsys, argv, fragment, hint):
    assert cli.main(["explain", *argv]) == 2
    err = capsys.readouterr().err
    assert fragment in err and hint in err


def test_every_check_code_is_documented():
    doc = (REPO / "docs" / "rule-language.md").read_text(encoding="utf-8")
    missing = [code for code in CHECKS if f"`{code}`" not in doc]
    assert missing == []


def test_explain_with_other_rules(tmp_path, capsys):
    from tests.dsl.dsl_helpers import BASE

    (tmp_path / "a.vcl").write_text(BASE)
    assert cli.main(["explain", "VCCR", "1(1)", "--rules", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert '  officer  "Consular officer"  [VCCR 1(1)(d)]' in out
    assert "vccr.41.1" not in out
