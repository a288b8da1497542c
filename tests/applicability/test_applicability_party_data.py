"""The shipped party data: the compact index is in sync with parties.yaml; names resolve as the notes say."""

from __future__ import annotations

import pytest

from vccheck.applicability import build_index, parties
from vccheck.applicability.parties import NON_PARTIES, load, resolve, resolve_checked


@pytest.fixture(scope="module")
def data():
    return load()


def test_index_is_in_sync_with_the_yaml():
    from vccheck.applicability.parties_index import INDEX

    with open(build_index.index_path(), encoding="utf-8") as fh:
        shipped = fh.read()
    built = build_index.build()
    assert shipped == build_index.dumps(built), \
        "parties_index.py is stale: run python -m vccheck.applicability.build_index"
    assert INDEX == built
    assert not load().rebuilt


def test_the_index_module_holds_plain_data_only():
    """The generated module is one assignment of literals (no call, name or comprehension), so it can only
    hold what JSON could."""
    import ast

    with open(build_index.index_path(), encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    doc, assign = tree.body
    assert isinstance(doc.value, ast.Constant) and [t.id for t in assign.targets] == ["INDEX"]
    allowed = (ast.Dict, ast.List, ast.Constant, ast.Load, ast.UnaryOp, ast.USub)
    assert all(isinstance(node, allowed) for node in ast.walk(assign.value))
    assert ast.literal_eval(assign.value) == build_index.build()


def test_a_missing_or_broken_index_is_rebuilt_in_memory(monkeypatch):
    import importlib.abc
    import sys

    class Broken(importlib.abc.MetaPathFinder):  # the module's source no longer compiles
        def find_spec(self, name, path=None, target=None):
            if name == "vccheck.applicability.parties_index":
                raise SyntaxError("invalid syntax")
            return None

    monkeypatch.delitem(sys.modules, "vccheck.applicability.parties_index", raising=False)
    for case in ("missing", "broken"):
        if case == "missing":
            monkeypatch.setitem(sys.modules, "vccheck.applicability.parties_index", None)  # ImportError
        else:
            monkeypatch.delitem(sys.modules, "vccheck.applicability.parties_index")
            monkeypatch.setattr(sys, "meta_path", [Broken()] + sys.meta_path)
        parties.load.cache_clear()
        try:
            data = parties.load()
            assert data.rebuilt and data.row("JP", "VCCR")["entry_into_force"] == "1983-11-02"
        finally:
            parties.load.cache_clear()


def test_a_stale_index_is_rebuilt_in_memory(monkeypatch, tmp_path):
    """An edited parties.yaml is noticed (also when its digest was remembered before the edit)."""
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    edited = tmp_path / "parties.yaml"
    edited.write_bytes(build_index.yaml_bytes())
    monkeypatch.setattr(build_index, "yaml_path", lambda: str(edited))
    parties.load.cache_clear()
    try:
        assert not parties.load().rebuilt  # the same bytes: the shipped index (its digest now remembered)
        parties.load.cache_clear()
        edited.write_bytes(edited.read_bytes() + b"\n# edited\n")
        data = parties.load()
        assert data.rebuilt and data.raw["source_digest"] == build_index.source_digest(edited.read_bytes())
        assert data.row("JP", "VCCR")["entry_into_force"] == "1983-11-02"
    finally:
        parties.load.cache_clear()


def test_index_holds_what_the_decisions_need(data):
    assert set(data.raw["instruments"]) == {"VCCR", "VCDR", "VCCR-OP", "VCDR-OP"}
    assert data.as_of == {"status": "2024-11-24", "scrape_vccr": "2014-07-10", "scrape_others": "2015-01-27",
                          "reservations": "2013-07-24", "generated": "2026-11-27"}
    us_op = data.row("US", "VCCR-OP")
    assert us_op["status"] == "withdrawn" and us_op["withdrawal"]["notified"] == "2005-03-07"
    assert data.row("RU", "VCCR-OP") is None and data.row("JP", "VCCR-OP")["entry_into_force"] == "1983-11-02"
    assert data.row("IL", "VCCR")["status"] == "signatory"
    gb = data.row("GB", "VCCR")["reservations"][0]
    assert ["41", None] in gb["refs"] and ["44", "3"] in gb["refs"]  # "Chapter II" expanded from the text


def test_listed_non_parties_come_from_the_notes(data):
    notes = " ".join(data.notes)
    for name in NON_PARTIES.values():
        assert name in notes
    for iso2 in NON_PARTIES:
        assert iso2 not in data.states


@pytest.mark.parametrize("code, name, expected", [
    ("JP", "Japan", "JP"), ("jp", None, "JP"), ("X1", "Russia", "RU"), ("X2", "United States", "US"),
    ("X3", "Türkiye", "TR"), ("X4", "Turkey", "TR"), ("X5", "Bolivia", "BO"), ("X6", "Czech Republic", "CZ"),
    ("X7", "Cote d'Ivoire", "CI"), ("SU", None, "RU"), ("X8", "Soviet Union", "RU"), ("PW", "Palau", "PW"),
])
def test_names_and_codes_resolve(code, name, expected, data):
    identities = resolve(code, name, data)
    assert identities and {i.iso2 for i in identities} == {expected}


def test_historical_states_have_segments(data):
    yugoslavia = resolve("YU", "Yugoslavia", data)
    assert [(str(i.start), i.iso2) for i in yugoslavia] == [("None", None), ("1992-04-27", "RS")]
    assert "not in the party data" in yugoslavia[0].unknown
    czechoslovakia = resolve(None, "Czechoslovakia", data)
    assert all(i.iso2 is None for i in czechoslovakia) and "Czechia (CZ)" in czechoslovakia[1].unknown
    gdr = resolve("DD", None, data)
    assert all(i.iso2 is None for i in gdr)


def test_code_and_name_that_disagree_is_an_error(data):
    problem = resolve_checked("GE", "Germany", data)
    assert isinstance(problem, str) and "Georgia (GE)" in problem and "Germany (DE)" in problem
    assert resolve_checked("RU", "Russia", data)[0].iso2 == "RU"
    unknown = resolve_checked("ZZ", "Japn", data)
    assert isinstance(unknown, str) and "did you mean 'Japan'" in unknown
