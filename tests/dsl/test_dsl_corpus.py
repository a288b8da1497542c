"""Finding, loading and checking rule files as a corpus."""

import os
from pathlib import Path

import pytest

from vccheck.diagnostics import DiagnosticError
from vccheck.dsl.corpus import default_rules_dir, display_path, load_corpus, load_rules, load_rules_with_warnings, rule_files
from tests.dsl.dsl_helpers import BASE, broken

REPO = Path(__file__).resolve().parents[2]


def test_default_rules_dir_holds_the_repository_rules_editable_or_installed():
    shipped = Path(default_rules_dir()).resolve()
    repo = REPO / "rules"
    files = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(shipped).as_posix() for p in shipped.rglob("*") if p.is_file()
                                     and "__pycache__" not in p.parts)
    for name in files:
        assert (shipped / name).read_bytes() == (repo / name).read_bytes(), name


def test_shipped_rule_files_are_named_as_in_the_repository(tmp_path, monkeypatch):
    from vccheck.dsl.corpus import display_path

    monkeypatch.chdir(tmp_path)  # from anywhere, a shipped rule is rules/...
    shipped = Path(default_rules_dir()) / "vccr" / "definitions.vcl"
    assert display_path(str(shipped)) == "rules/vccr/definitions.vcl"


def test_rule_files_expands_directories_recursively_and_skips_scenarios(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/z.vcl", "a.vcl", "tests/scenario.yaml", ".hidden/x.vcl", "notes.md"):
        (tmp_path / name).write_text("")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in rule_files([str(tmp_path)])] == ["a.vcl", "b/z.vcl"]


def test_rule_files_is_sorted_and_deduplicated(tmp_path):
    for name in ("b.vcl", "a.vcl"):
        (tmp_path / name).write_text("")
    b, a = str(tmp_path / "b.vcl"), str(tmp_path / "a.vcl")
    assert rule_files([b, a, str(tmp_path)]) == rule_files([str(tmp_path)])


def test_missing_path_is_a_diagnostic(tmp_path):
    with pytest.raises(DiagnosticError) as exc:
        rule_files([str(tmp_path / "nope.vcl")])
    assert exc.value.diagnostics[0].code == "io"


def test_display_path_is_relative_under_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(str(tmp_path / "r" / "x.vcl")) == os.path.join("r", "x.vcl")
    assert display_path("/elsewhere/x.vcl") == "/elsewhere/x.vcl"


def test_load_rules_collects_every_file_before_failing(tmp_path):
    (tmp_path / "a.vcl").write_text("rule vccr.40 broken\n")
    (tmp_path / "b.vcl").write_text(broken("= consular_officer", "= consular_oficer"))
    with pytest.raises(DiagnosticError) as exc:
        load_rules((str(tmp_path),))
    assert sorted(d.code for d in exc.value.diagnostics) == ["syntax", "unknown-enum-value"]


def test_warnings_do_not_fail_and_are_kept(tmp_path):
    (tmp_path / "a.vcl").write_text(broken("  cites VCCR 41(1)\n  text", "  cites VCCR 41(1), US-CN 12\n  text"))
    ruleset, warnings = load_rules_with_warnings((str(tmp_path),))
    assert [r.id for r in ruleset.rules] == ["vccr.41.1"]
    assert [w.code for w in warnings] == ["overlay-citation"]


def test_the_shipped_rules_load_clean():
    corpus = load_corpus()
    assert corpus.errors == ()
    ids = {r.id for r in corpus.ruleset.rules}
    assert {"vccr.40", "vccr.41.1", "vccr.41.2", "vccr.41.3", "vccr.42", "vccr.42.head-of-post"} <= ids
    assert "vccr.41.1.grave-crime" in {e.id for e in corpus.ruleset.exceptions}


def test_an_empty_directory_is_an_error(tmp_path):
    corpus = load_corpus((str(tmp_path),))
    assert [d.code for d in corpus.errors] == ["no-rule-files"]


def test_base_snippet_loads(tmp_path):
    (tmp_path / "a.vcl").write_text(BASE)
    assert load_rules((str(tmp_path),)).definitions["officer"].params == ("p",)
