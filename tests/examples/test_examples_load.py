"""Every example loads, and ``vccheck check`` never fails on one with exit code 2.

Exit 0 (nothing violated) and 1 (a violation) are both fine for an example;
2 means the file or the rules could not be read, which an example must never
cause.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STEMS = sorted(path.stem for path in (ROOT / "examples").glob("*.yaml"))


def test_there_are_examples():
    # the motivating case and at least six real incidents (issue 8)
    assert "vladivostok-2022" in STEMS
    assert len(STEMS) >= 7, STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_example_loads(stem):
    from vccheck.facts.loader import load_incident

    with contextlib.chdir(ROOT):
        incident = load_incident(f"examples/{stem}.yaml")
    assert incident is not None


@pytest.mark.parametrize("stem", STEMS)
def test_example_has_sources_on_every_event(stem):
    """Issue 8: each example cites its sources, and every event says which one."""
    import yaml

    data = yaml.safe_load((ROOT / "examples" / f"{stem}.yaml").read_text(encoding="utf-8"))
    assert data.get("sources"), f"{stem}: no sources"
    unsourced = [event.get("id", f"event-{i}") for i, event in enumerate(data.get("events", []), 1)
                 if "source" not in event]
    assert not unsourced, f"{stem}: events without a source: {unsourced}"


@pytest.mark.parametrize("stem", STEMS)
def test_check_never_exits_2(stem, capsys):
    from vccheck.cli import main

    with contextlib.chdir(ROOT):
        code = main(["check", f"examples/{stem}.yaml", "--format", "sarif"])
    out = capsys.readouterr()
    assert code in (0, 1), f"vccheck check examples/{stem}.yaml exited {code}:\n{out.err[-3000:]}"


def test_vladivostok_cli_exits_1(capsys):
    """Issue 8: `vccheck examples/vladivostok-2022.yaml` (the shortcut for `check`) exits 1."""
    from vccheck.cli import main

    with contextlib.chdir(ROOT):
        code = main(["examples/vladivostok-2022.yaml"])
    out = capsys.readouterr()
    assert code == 1, out.err[-3000:]
    assert "VCCR art. 41(1)" in out.out
