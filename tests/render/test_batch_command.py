"""vccheck batch: input expansion, JSON Lines in input order, bad files, summary, exit codes."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os

import pytest

import render_fixtures
from vccheck import pipeline
from vccheck.cli import main
from vccheck.commands import batch
from vccheck.diagnostics import Diagnostic, DiagnosticError, SourcePos
from vccheck.engine.findings import Status

RULES = object()


def fake_check(path, options=pipeline.CheckOptions(), rules=None):
    """Module level so forked workers have it: bad*.yaml fail, clean*.yaml have no violation."""
    assert rules is RULES or rules == "RULES"
    name = os.path.basename(path)
    if name.startswith("bad"):
        raise DiagnosticError([Diagnostic(SourcePos(path, 2, 1), "yaml", "mapping values are not allowed here")])
    report = render_fixtures.sample_report(file=path)
    if name.startswith("clean"):
        report = dataclasses.replace(report, findings=tuple(f for f in report.findings
                                                            if f.status is not Status.VIOLATED))
    return report


@pytest.fixture
def patched(monkeypatch):
    monkeypatch.setattr(pipeline, "check_incident", fake_check)
    monkeypatch.setattr(pipeline, "load_rules", lambda paths=(): RULES)
    monkeypatch.setattr(batch, "_STATE", None)


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "cases" / "sub").mkdir(parents=True)
    (tmp_path / "cases" / ".hidden").mkdir()
    for rel in ("cases/b.yaml", "cases/a.yml", "cases/sub/c.yaml", "cases/bad.yaml", "cases/notes.txt",
                "cases/.hidden/h.yaml", "cases/clean1.yaml"):
        (tmp_path / rel).write_text("title: x\n", encoding="utf-8")
    return tmp_path


def read_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_expand_inputs(tree):
    cases = str(tree / "cases")
    files = batch.expand_inputs([cases, os.path.join(cases, "*.yaml"), str(tree / "missing.yaml"),
                                 str(tree / "nothing-*.yaml")])
    rel = [os.path.relpath(f, tree) for f in files]
    assert rel == ["cases/a.yml", "cases/b.yaml", "cases/bad.yaml", "cases/clean1.yaml", "cases/sub/c.yaml",
                   "missing.yaml", "nothing-*.yaml"]


def test_jsonl_in_input_order_bad_file_reported_batch_goes_on(patched, tree, capsys):
    code = main(["batch", str(tree / "cases"), "--jobs", "1"])
    captured = capsys.readouterr()
    rows = read_lines(captured.out)
    assert [os.path.relpath(r["file"], tree) for r in rows] == [
        "cases/a.yml", "cases/b.yaml", "cases/bad.yaml", "cases/clean1.yaml", "cases/sub/c.yaml"]
    assert all(list(r)[0] == "file" for r in rows)
    bad = rows[2]
    assert set(bad) == {"file", "errors"}
    assert bad["errors"][0]["code"] == "yaml" and bad["errors"][0]["line"] == 2
    good = rows[0]
    report = fake_check(good["file"], rules=RULES)
    assert good["schema"] == "vccheck.batch/1"
    assert good["summary"] == report.summary and good["incident"]["title"] == report.title
    assert [(f["rule"], f["cite"], f["status"], f["subject"]) for f in good["findings"]] == [
        (f.rule, f.cite, f.status.value, f.subject) for f in report.findings]
    for brief, finding in zip(good["findings"], report.findings):
        applies = finding.status is not Status.NOT_APPLICABLE
        assert ("reason" in brief) is applies  # not-applicable findings: no reason (it needs the full trace)
        if applies:
            assert brief["reason"] == finding.explanation.reason
            assert brief.get("missing", []) == list(finding.missing)
    assert code == 2  # a file had errors
    summary = captured.err.strip().splitlines()[-1]
    assert summary.startswith("vccheck batch: 5 files, 4 ok, 1 with errors; findings: violated 3, undetermined 8")
    assert "files/s" in summary


def test_detail_full_writes_each_whole_report(patched, tree, capsys):
    main(["batch", str(tree / "cases" / "a.yml"), "--detail", "full", "--jobs", "1"])
    [row] = read_lines(capsys.readouterr().out)
    assert row["schema"] == "vccheck.report/1"
    assert {k: v for k, v in row.items() if k != "file"} == fake_check(row["file"], rules=RULES).as_dict()


def test_exit_1_on_violations_0_when_clean(patched, tree, capsys):
    assert main(["batch", str(tree / "cases" / "a.yml"), str(tree / "cases" / "sub"), "-j", "1"]) == 1
    assert main(["batch", str(tree / "cases" / "clean1.yaml"), "-j", "1"]) == 0
    assert main(["batch", str(tree / "cases" / "clean1.yaml"), "-j", "1", "--fail-on", "undetermined"]) == 1


def test_missing_input_is_an_error_line(patched, tree, capsys):
    assert main(["batch", str(tree / "nope.yaml"), "-j", "1"]) == 2
    row = read_lines(capsys.readouterr().out)[0]
    assert row["errors"][0]["message"] == "cannot read the incident: no such file"


def test_output_file(patched, tree, capsys):
    out = tree / "reports.jsonl"
    main(["batch", str(tree / "cases" / "sub"), "-j", "1", "--output", str(out)])
    assert capsys.readouterr().out == ""
    assert len(read_lines(out.read_text(encoding="utf-8"))) == 1
    assert sorted(p.name for p in tree.iterdir()) == ["cases", "reports.jsonl"]


def test_rule_errors_stop_before_the_batch(patched, tree, capsys, monkeypatch):
    def broken(paths=()):
        raise DiagnosticError([Diagnostic(SourcePos("rules/x.vcl", 4, 2), "syntax", "unexpected 'end'")])

    monkeypatch.setattr(pipeline, "load_rules", broken)
    assert main(["batch", str(tree / "cases"), "-j", "1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "rules/x.vcl:4:2: error[syntax]" in captured.err


def test_internal_error_in_one_file_does_not_stop_the_batch(patched, tree, capsys, monkeypatch):
    def flaky(path, options=pipeline.CheckOptions(), rules=None):
        if path.endswith("b.yaml"):
            raise KeyError("boom")
        return fake_check(path, options, rules)

    monkeypatch.setattr(pipeline, "check_incident", flaky)
    main(["batch", str(tree / "cases" / "a.yml"), str(tree / "cases" / "b.yaml"), str(tree / "cases" / "sub"),
          "-j", "1"])
    rows = read_lines(capsys.readouterr().out)
    assert len(rows) == 3 and rows[1]["errors"][0]["code"] == "internal" and "schema" in rows[2]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the fake pipeline reaches workers by fork")
def test_parallel_gives_the_same_lines_in_the_same_order(patched, tree, capsys):
    for i in range(20):
        (tree / "cases" / f"n{i:02d}.yaml").write_text("title: x\n", encoding="utf-8")
    main(["batch", str(tree / "cases"), "-j", "1"])
    serial = capsys.readouterr().out
    code = main(["batch", str(tree / "cases"), "-j", "3"])
    parallel = capsys.readouterr().out
    assert parallel == serial and code == 2
    assert len(serial.splitlines()) == 25
