"""Helpers for the incident-loading tests: write a file, load it, pick a diagnostic."""

from __future__ import annotations

import pathlib

import pytest

from vccheck.diagnostics import Diagnostic, DiagnosticError
from vccheck.facts.loader import load_incident

HEAD = "vccheck: incident/1\ntitle: Test incident\n"
STATES = "states:\n  JP: Japan\n  RU: Russian Federation\n"
PERSON = "persons:\n  consul:\n    status: consular_officer\n    nationality: JP\n"


def write(tmp_path: pathlib.Path, content: str | bytes, name: str = "incident.yaml") -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return str(path)


def load_ok(tmp_path: pathlib.Path, content: str | bytes):
    return load_incident(write(tmp_path, content))


def problems(tmp_path: pathlib.Path, content: str | bytes) -> tuple[Diagnostic, ...]:
    path = write(tmp_path, content)
    with pytest.raises(DiagnosticError) as info:
        load_incident(path)
    for diag in info.value.diagnostics:
        assert diag.pos.file == path
    return info.value.diagnostics


def the_problem(tmp_path: pathlib.Path, content: str | bytes, code: str) -> Diagnostic:
    """The single diagnostic of the file, which must have ``code``."""
    found = problems(tmp_path, content)
    assert [d.code for d in found] == [code], [str(d.pos) + " " + d.code + " " + d.message for d in found]
    return found[0]


def at(diag: Diagnostic, line: int, column: int, fragment: str) -> None:
    assert (diag.pos.line, diag.pos.column) == (line, column), (diag.pos, diag.message)
    text = diag.message + " | " + diag.hint
    assert fragment in text, text
