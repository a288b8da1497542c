"""JSON: the vccheck.report/1 contract, byte-identical across runs and hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from vccheck.render import render
from vccheck.render.json_report import render_line

HERE = Path(__file__).parent

SCRIPT = """
import sys
import render_fixtures
from vccheck.render import render
sys.stdout.buffer.write(render(render_fixtures.sample_report(), "json").encode("utf-8"))
"""


def test_json_is_as_dict(report):
    text = render(report, "json")
    assert text.endswith("}\n")
    assert json.loads(text) == report.as_dict()
    lines = text.splitlines()
    assert lines[1] == '  "schema": "vccheck.report/1",'  # indented to each finding's keys ...
    assert '      "rule": "vccr.23.1",' in lines
    assert any(line.startswith('      "explanation": {"reason": ') for line in lines)  # ... deeper on one line
    assert max(len(line) - len(line.lstrip()) for line in lines) == 6


def test_json_keeps_the_contract_keys(report):
    data = json.loads(render(report, "json"))
    assert data["schema"] == "vccheck.report/1"
    assert set(data["incident"]) >= {"title", "file"}
    finding = data["findings"][0]
    for key in ("rule", "citation", "cite", "status", "subject", "quote", "depends_on_dispute", "by_account",
                "explanation", "missing"):
        assert key in finding
    assert set(data["summary"]) == {"violated", "compliant", "excused", "not_applicable", "undetermined"}
    disputed = next(f for f in data["findings"] if f["rule"] == "vccr.55.1")
    assert disputed["by_account"] == {"JP": "compliant", "RU": "violated"}
    assert next(f for f in data["findings"] if f["rule"] == "vccr.41.1")["by_account"] == {}


def test_json_writes_non_ascii_as_is(report):
    import dataclasses

    text = render(dataclasses.replace(report, title="Владивосток — 領事"), "json")
    assert "Владивосток — 領事" in text


def test_json_same_bytes_twice(report):
    assert render(report, "json").encode() == render(report, "json").encode()


def test_json_same_bytes_under_different_hash_seeds(report):
    outputs = []
    for seed in ("0", "123"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=HERE, env=env, capture_output=True, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0] == render(report, "json").encode("utf-8")


def test_json_line_has_file_first_and_one_line(report):
    line = render_line(report, file="a.yaml")
    assert line.endswith("\n") and line.count("\n") == 1
    data = json.loads(line)
    assert list(data)[0] == "file" and data["file"] == "a.yaml"
    assert {k: v for k, v in data.items() if k != "file"} == report.as_dict()


def _pretty_whole(report) -> str:
    """The report encoded whole (as before it was written in pieces)."""
    from vccheck.render.json_report import _pretty

    return _pretty(report.as_dict(), 0) + "\n"


def test_json_is_written_a_finding_at_a_time_and_reads_as_the_whole(tmp_path):
    """The JSON text comes in a piece per finding (each explained and encoded as it is written, then
    freed: a report of thousands of events is never in memory at once), and the pieces make the text
    the whole report encodes to; the CLI writes the same bytes to a file and to standard output."""
    from vccheck import pipeline
    from vccheck.engine.findings import Report
    from vccheck.record import replace
    from vccheck.render import render_chunks

    example = str(HERE.parent.parent / "examples" / "vladivostok-2022.yaml")
    report = pipeline.check_incident(example)
    pieces = list(render_chunks(report, "json"))
    assert len(pieces) == len(report.findings) + 3 + len(report.as_dict()) - 1
    assert max(len(p) for p in pieces) < len(render(report, "json")) / 20
    assert "".join(pieces) == render(report, "json") == _pretty_whole(pipeline.check_incident(example))
    empty = replace(report, findings=())
    assert isinstance(empty, Report) and "".join(render_chunks(empty, "json")) == _pretty_whole(empty)
    assert '  "findings": [],\n' in render(empty, "json")
    out = tmp_path / "r.json"
    cli = [sys.executable, "-m", "vccheck", example, "--format", "json"]
    piped = subprocess.run(cli, capture_output=True, cwd=HERE.parent.parent).stdout
    subprocess.run(cli + ["-o", str(out)], capture_output=True, cwd=HERE.parent.parent)
    assert piped == out.read_bytes() == render(report, "json").encode("utf-8")


def test_other_formats_come_in_one_piece(report):
    from vccheck.render import render_chunks

    for fmt in ("markdown", "sarif", "terminal"):
        assert list(render_chunks(report, fmt)) == [render(report, fmt)]
