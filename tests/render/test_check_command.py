"""vccheck check: options to the pipeline, rendering, exit codes, atomic output.

The engine is not ready, so ``pipeline.check_incident`` is replaced by a
function that returns a synthetic report (or raises a DiagnosticError).
"""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

import render_fixtures
from vccheck import pipeline
from vccheck.cli import main
from vccheck.commands import check as check_command
from vccheck.diagnostics import Diagnostic, DiagnosticError, SourcePos
from vccheck.engine.findings import Status
from vccheck.render import render


@pytest.fixture
def incident(tmp_path):
    path = tmp_path / "incident.yaml"
    path.write_text("title: test\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def fake(monkeypatch):
    """Make check_incident return ``fake.report`` (or raise ``fake.error``) and record its arguments."""

    class Fake:
        report = render_fixtures.sample_report()
        error: Exception | None = None
        calls: list = []

    def check_incident(path, options=pipeline.CheckOptions(), rules=None):
        Fake.calls.append((path, options))
        if Fake.error is not None:
            raise Fake.error
        return Fake.report

    monkeypatch.setattr(pipeline, "check_incident", check_incident)
    Fake.calls = []
    return Fake


def only(*statuses: Status):
    base = render_fixtures.sample_report()
    return dataclasses.replace(base, findings=tuple(f for f in base.findings if f.status in statuses))


@pytest.mark.parametrize("statuses, fail_on, code", [
    ((Status.VIOLATED, Status.COMPLIANT), "violated", 1),
    ((Status.VIOLATED,), "undetermined", 1),
    ((Status.UNDETERMINED, Status.COMPLIANT), "violated", 0),
    ((Status.UNDETERMINED, Status.COMPLIANT), "undetermined", 1),
    ((Status.COMPLIANT, Status.EXCUSED, Status.NOT_APPLICABLE), "undetermined", 0),
    ((), "violated", 0),
])
def test_exit_code_by_fail_level(fake, incident, capsys, statuses, fail_on, code):
    fake.report = only(*statuses)
    assert main(["check", incident, "--format", "json", "--fail-on", fail_on]) == code
    assert json.loads(capsys.readouterr().out) == fake.report.as_dict()


def test_default_fail_level_is_violated(fake, incident, capsys):
    fake.report = only(Status.VIOLATED)
    assert main([incident, "--format", "json"]) == 1  # `vccheck INCIDENT` is `vccheck check INCIDENT`
    fake.report = only(Status.UNDETERMINED)
    assert main([incident, "--format", "json"]) == 0


def test_input_errors_exit_2_with_diagnostics(fake, incident, capsys):
    fake.error = DiagnosticError([Diagnostic(SourcePos(incident, 3, 7), "unknown-field", "unknown field 'tittle'",
                                             hint="did you mean 'title'?")])
    assert main(["check", incident]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{incident}:3:7: error[unknown-field]: unknown field 'tittle'" in captured.err
    assert "hint: did you mean 'title'?" in captured.err


def test_missing_incident_file_exits_2(fake, tmp_path, capsys):
    missing = str(tmp_path / "nope.yaml")
    assert main(["check", missing]) == 2
    assert "error[io]: cannot read the incident: no such file" in capsys.readouterr().err
    assert fake.calls == []


@pytest.mark.parametrize("argv", [
    ["--assume", "judicial_decision"],
    ["--standard", "promptly"],
    ["--format", "html"],
    ["--instrument", "ICCPR"],
    ["--fail-on", "compliant"],
    ["--width", "ten"],
])
def test_usage_errors_exit_2(fake, incident, capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(["check", incident, *argv])
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_options_reach_the_pipeline(fake, incident, capsys):
    code = main(["check", incident, "--format", "json", "--rules", "a.vcl", "--rules", "rules/", "--instrument",
                 "vccr", "--only", "vccr.41", "--only", "vccr.42", "--assume", "detention.judicial_decision=true",
                 "--standard", "promptly = 24h"])
    assert code == 1
    path, options = fake.calls[0]
    assert path == incident
    assert options == pipeline.CheckOptions(rule_paths=("a.vcl", "rules/"), instruments=("VCCR",),
                                            only=("vccr.41", "vccr.42"),
                                            assume=("detention.judicial_decision=true",),
                                            standards=("promptly=24h",))


@pytest.mark.parametrize("fmt", ["json", "markdown", "sarif"])
def test_formats_on_stdout(fake, incident, capsys, fmt):
    main(["check", incident, "--format", fmt])
    out = capsys.readouterr().out
    expected = render(fake.report, fmt, **({"base_dir": os.getcwd()} if fmt == "sarif" else {}))
    assert out == expected


def test_terminal_on_a_pipe_is_plain_and_width_respected(fake, incident, capsys):
    main(["check", incident, "--width", "80"])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert out == render(fake.report, "terminal", width=80, color=False)
    main(["check", incident, "--explain"])
    assert "applies when:" in capsys.readouterr().out


def test_output_file_written_atomically(fake, incident, tmp_path, capsys, monkeypatch):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old report\n", encoding="utf-8")
    seen = {}
    real_replace = os.replace

    def replace(src, dst):  # at the moment of the swap: a complete file beside the target
        seen["src"], seen["dst"] = src, dst
        seen["content"] = open(src, encoding="utf-8").read()
        seen["old"] = target.read_text(encoding="utf-8")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert main(["check", incident, "--format", "json", "--output", str(target)]) == 1
    assert capsys.readouterr().out == ""
    expected = render(fake.report, "json")
    assert seen["content"] == expected and seen["old"] == "old report\n"
    assert os.path.dirname(seen["src"]) == str(target.parent) and seen["dst"] == str(target)
    assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_atomic_writer_leaves_the_old_file_on_error(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with check_command.atomic_writer(str(target)) as handle:
            handle.write("half a rep")
            raise RuntimeError("renderer failed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_new_output_file_gets_normal_permissions(fake, incident, tmp_path, capsys):
    target = tmp_path / "new.md"
    main(["check", incident, "--format", "markdown", "-o", str(target)])
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_unwritable_output_exits_2(fake, incident, tmp_path, capsys):
    assert main(["check", incident, "-o", str(tmp_path / "no" / "such" / "dir" / "r.txt")]) == 2
    assert "error[io]: cannot write the report" in capsys.readouterr().err


def test_help_has_examples_and_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for expected in ("examples:", "--fail-on", "exit codes:", "--assume", "--standard", "sarif"):
        assert expected in out


@pytest.mark.parametrize("argv, env, coloured", [
    ([], {}, True),
    (["--no-color"], {}, False),
    ([], {"NO_COLOR": "1"}, False),
])
def test_colour_on_a_terminal_unless_turned_off(fake, incident, capsys, monkeypatch, argv, env, coloured):
    monkeypatch.setattr(check_command, "_isatty", lambda stream: True)
    monkeypatch.setattr(check_command, "_terminal_width", lambda: 72)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    main(["check", incident, *argv])
    out = capsys.readouterr().out
    assert ("\x1b[" in out) == coloured
    if not coloured:  # the terminal's width when --width is not given
        assert max(len(line) for line in out.splitlines()) <= 72


def test_a_special_file_is_written_to_not_replaced(tmp_path):
    """`--output /dev/null` (or a pipe) must never be replaced by a regular file."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, encoding="utf-8").read()))
    reader.start()
    with check_command.atomic_writer(str(fifo)) as handle:
        handle.write("report\n")
    reader.join(timeout=10)
    assert received == ["report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left beside it


def test_the_cli_restores_the_garbage_collector(tmp_path, capsys):
    """One-shot commands run without the cyclic collector; main() turns it back on when it returns."""
    import gc

    from vccheck.cli import main

    seen = []
    real_run = check_command.run

    def spy(args):
        seen.append(gc.isenabled())
        return real_run(args)

    assert gc.isenabled()
    before = gc.get_threshold()
    check_command.run = spy
    try:
        main(["check", str(tmp_path / "missing.yaml")])
    finally:
        check_command.run = real_run
    capsys.readouterr()
    assert seen == [False] and gc.isenabled() and gc.get_threshold() == before


@pytest.mark.parametrize("argv, suggestion", [
    (["chek", "incident.yaml"], "check"),
    (["lnt", "rules"], "lint"),
    (["--debug", "explian", "VCCR 41(1)"], "explain"),
])
def test_a_mistyped_command_is_named_not_read_as_a_file(fake, capsys, argv, suggestion):
    """`vccheck FILE` checks FILE; a word that is no file and close to a command is a mistyped command
    (argparse would have complained about the next argument instead)."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    word = next(a for a in argv if not a.startswith("-"))
    assert f"error: unknown command '{word}'" in err and f"did you mean '{suggestion}'?" in err
    assert fake.calls == []


def test_a_file_named_like_a_command_is_still_checked(fake, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text("x")
    main(["chek"])
    assert "unknown command" not in capsys.readouterr().err and fake.calls  # read as the incident file
    assert main(["chek.yaml"]) == 2  # no such file: reported as a missing incident, not as a command
    assert "cannot read the incident: no such file" in capsys.readouterr().err
