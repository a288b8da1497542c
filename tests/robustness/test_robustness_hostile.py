"""Hostile inputs: each yields findings or clear errors (exit 2), never a traceback, in bounded time."""

import json
import os
import subprocess
import sys
import time

import pytest

from vccheck.cli import main

EXAMPLE = "examples/vladivostok-2022.yaml"


def run_cli(args, **env):
    proc = subprocess.run([sys.executable, "-m", "vccheck", *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return str(path)


BILLION_LAUGHS = """vccheck: incident/1
title: x
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

HOSTILE_INCIDENTS = {
    "python-tag": ("vccheck: incident/1\ntitle: !!python/object/apply:os.system ['echo pwned']\n", "tag"),
    "billion-laughs": (BILLION_LAUGHS, "alias"),
    "deep-nesting": ("vccheck: incident/1\ntitle: x\nsummary: " + "[" * 5000 + "]" * 5000 + "\n", "deep"),
    "invalid-utf8": (b"vccheck: incident/1\ntitle: \xff\xfe\n", "UTF-8"),
    "empty": ("", "empty"),
    "tabs": ("vccheck: incident/1\ntitle: x\nstates:\n\tJP: Japan\n", "tab"),
    "binary": (bytes(range(256)) * 4, ""),
    "two-documents": ("vccheck: incident/1\ntitle: x\n---\ntitle: y\n", ""),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_INCIDENTS))
def test_hostile_incident_files_fail_cleanly_and_fast(tmp_path, name, capsys):
    data, fragment = HOSTILE_INCIDENTS[name]
    path = write(tmp_path, name + ".yaml", data)
    start = time.perf_counter()
    assert main(["check", path, "--format", "json"]) == 2
    assert time.perf_counter() - start < 5
    err = capsys.readouterr().err
    assert f"{path}:" in err and "error[" in err
    assert fragment.lower() in err.lower()


def test_bom_and_crlf_are_accepted(tmp_path, capsys):
    text = open(EXAMPLE, encoding="utf-8").read().replace("\n", "\r\n")
    path = write(tmp_path, "crlf.yaml", b"\xef\xbb\xbf" + text.encode())
    assert main(["check", path, "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["schema"] == "vccheck.report/1"


def test_size_limit(tmp_path, capsys):
    path = write(tmp_path, "big.yaml", "vccheck: incident/1\ntitle: x\nsummary: '" + "x" * 6_000_000 + "'\n")
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1:1: error[file-too-large]" in err


HOSTILE_RULES = {
    "deep-parens": 'rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  violated when '
                   + "(" * 3000 + "true" + ")" * 3000 + "\nend\n",
    "deep-not-parens": 'rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  violated when '
                       + "not (" * 3000 + "true" + ")" * 3000 + "\nend\n",
    "many-nots": 'rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  violated when '
                 + "not " * 20000 + "true\nend\n",
    "garbage": "\x00\x01 rule rule rule (((( end end \"unterminated\n",
    "python": 'rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  violated when __import__("os").system("x")\nend\n',
    "huge": ('rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  violated when true\nend\n' * 1)
    + "# " + "x" * 3_000_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_RULES))
def test_hostile_rule_files_fail_cleanly_and_fast(tmp_path, name, capsys):
    path = write(tmp_path, name + ".vcl", HOSTILE_RULES[name])
    start = time.perf_counter()
    code = main(["lint", "--no-tests", path])
    assert time.perf_counter() - start < 10
    out = capsys.readouterr().out
    if name == "deep-parens":  # redundant parentheses are harmless: parsed flat, no recursion
        assert code == 0 and "0 errors" in out
    else:
        assert code == 2 and "error[" in out


def test_rule_text_is_never_executed(tmp_path, capsys):
    marker = tmp_path / "pwned"
    rule = ('rule vccr.40 "x"\n  cites VCCR 40\n  duty on receiving_state\n  for each person as p\n'
            f'  violated when p.name = "{marker}" and __import__\nend\n')
    main(["lint", write(tmp_path, "r.vcl", rule)])
    assert not marker.exists()


def test_internal_error_exit_3_with_a_bug_report_message_and_debug_detail(monkeypatch, capsys):
    import vccheck.pipeline

    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(vccheck.pipeline, "check_incident", boom)
    assert main(["check", EXAMPLE]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "report" in err and "Traceback" not in err
    assert main(["--debug", "check", EXAMPLE]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_terminal_and_markdown_neutralise_control_sequences(tmp_path):
    text = open(EXAMPLE, encoding="utf-8").read().replace(
        "name: the consul (a career consular officer of Japan)",
        'name: "[bold red]pwn[/] \\e]8;;http://evil\\a link \\e[2J"')
    path = write(tmp_path, "evil.yaml", text)
    for fmt in ("terminal", "markdown"):
        out = run_cli(["check", path, "--format", fmt]).stdout
        assert "\x1b" not in out and "\x07" not in out
        assert "[bold red]pwn[/]" in out.replace("\\", "")  # printed literally (Markdown escapes the brackets)
    data = json.loads(run_cli(["check", path, "--format", "json"]).stdout)
    labels = [f["subject_label"] for f in data["findings"] if f["subject"] == "consul"]
    assert labels and "\x1b" in labels[0]  # JSON keeps the text exactly, escaped
    sarif = json.loads(run_cli(["check", path, "--format", "sarif"]).stdout)
    assert sarif["version"] == "2.1.0"


def test_output_is_written_atomically(tmp_path, monkeypatch):
    out = tmp_path / "report.json"
    out.write_text("previous report")
    import vccheck.pipeline

    def boom(*a, **k):
        raise RuntimeError("crash mid-run")

    monkeypatch.setattr(vccheck.pipeline, "check_incident", boom)
    assert main(["check", EXAMPLE, "--format", "json", "--output", str(out)]) == 3
    assert out.read_text() == "previous report"
    monkeypatch.undo()
    assert main(["check", EXAMPLE, "--format", "json", "--output", str(out)]) == 1
    assert json.loads(out.read_text())["schema"] == "vccheck.report/1"
    assert not [p for p in tmp_path.iterdir() if p.name != "report.json"]  # no temp files left


def test_output_does_not_depend_on_hash_seed_locale_or_time_zone():
    outs = set()
    for env in ({"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C"},
                {"PYTHONHASHSEED": "4242", "TZ": "Asia/Tokyo", "LC_ALL": "C.UTF-8"},
                {"PYTHONHASHSEED": "random", "TZ": "America/Los_Angeles", "LANG": "fr_FR.UTF-8"}):
        proc = run_cli(["check", EXAMPLE, "--format", "json"], VCCHECK_NO_CACHE="1", **env)
        assert proc.returncode == 1
        outs.add(proc.stdout)
    assert len(outs) == 1
