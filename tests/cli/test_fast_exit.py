"""The `vccheck` program ends without interpreter teardown (``cli.run``): nothing may be lost by it.

Every byte of a large report reaches a pipe and a file, exit codes are those ``main`` returns, a
reader that goes away early gets no traceback, and batch workers are gone when the parent ends.
"""

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout

import pytest

from vccheck.cli import main

EXAMPLE = "examples/vladivostok-2022.yaml"


def program(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "vccheck", *args], capture_output=True, timeout=120, **kwargs)


def in_process(*args) -> tuple[int, bytes]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue().encode()


def test_a_large_report_arrives_whole_through_a_pipe():
    code, expected = in_process(EXAMPLE, "--format", "json")
    proc = program(EXAMPLE, "--format", "json")
    assert len(expected) > 100_000  # larger than any pipe or stdio buffer
    assert proc.stdout == expected and proc.returncode == code == 1
    assert json.loads(proc.stdout)["schema"] == "vccheck.report/1"


def test_the_terminal_report_and_output_files_arrive_whole(tmp_path):
    _, expected = in_process(EXAMPLE, "--explain")
    assert program(EXAMPLE, "--explain").stdout == expected
    target = tmp_path / "report.json"
    proc = program(EXAMPLE, "--format", "json", "--output", str(target))
    assert proc.returncode == 1
    assert target.read_bytes() == in_process(EXAMPLE, "--format", "json")[1]


def test_exit_codes_are_mains(tmp_path):
    explained = program("explain", "VCCR 41(1)")
    assert explained.returncode == 0 and b"Consular officers shall not be liable to arrest" in explained.stdout
    missing = program(str(tmp_path / "nothing.yaml"))
    assert missing.returncode == 2 and b"nothing.yaml" in missing.stderr
    assert program("--version").returncode == 0  # argparse's own exit still works


def test_a_reader_that_goes_away_gets_no_traceback():
    proc = subprocess.Popen([sys.executable, "-m", "vccheck", EXAMPLE, "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # like `vccheck ... | head -c 10`
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert proc.returncode in (0, 1)


def test_batch_workers_are_gone_when_the_program_ends(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"i{i}.yaml").write_bytes(open(EXAMPLE, "rb").read())
    out = tmp_path / "out.jsonl"
    proc = program("batch", str(folder), "--output", str(out), env={**os.environ, "VCCHECK_JOBS": "2"})
    assert proc.returncode in (0, 1), proc.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 12 and all(json.loads(line)["schema"] == "vccheck.batch/1" for line in lines)
    # forked workers carry the parent's command line: none may outlive it (orphans would be re-parented)
    assert not _processes_mentioning(str(folder))


def _processes_mentioning(text: str) -> list[str]:
    if not os.path.isdir("/proc"):
        pytest.skip("needs /proc (Linux)")
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                if text.encode() in fh.read():
                    found.append(pid)
        except OSError:
            continue
    return found
