"""The shipped LALR tables (dsl/grammar.lark.tables) are the grammar's, and parse exactly as it does."""

import glob
import os
from importlib import resources

from lark import Lark

from vccheck.dsl import parser

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_shipped_tables_were_built_from_this_grammar():
    head = resources.files("vccheck.dsl").joinpath(parser.TABLES).read_bytes().partition(b"\n")[0].decode()
    digest, _, _lark = head.partition(" ")
    assert digest == parser.grammar_digest(parser._grammar()), \
        "grammar.lark changed: run 'python -m vccheck.dsl.parser' to rebuild the tables"


def test_tables_parse_the_corpus_exactly_as_the_grammar_does():
    shipped = parser._parser()
    built = Lark(parser._grammar(), **parser._OPTIONS)
    for path in sorted(glob.glob(os.path.join(ROOT, "rules", "**", "*.vcl"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        assert shipped.parse(text) == built.parse(text), path


def test_stale_tables_are_not_used(tmp_path, monkeypatch):
    """Tables from another grammar are ignored: the parser is built from grammar.lark instead."""
    stale = tmp_path / "stale.tables"
    parser.write_tables(str(stale))
    data = stale.read_bytes()
    stale.write_bytes(b"0" * 64 + data[64:])
    real_files = resources.files

    class _Files:
        def __init__(self, pkg):
            self.pkg = real_files(pkg)

        def joinpath(self, name):
            return stale if name == parser.TABLES else self.pkg.joinpath(name)

    monkeypatch.setattr(parser.resources, "files", _Files)
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    loaded = []
    monkeypatch.setattr(Lark, "load", classmethod(lambda cls, f: loaded.append(f) or None))
    parser._parser.cache_clear()
    try:
        fresh = parser._parser()
        assert fresh is not None and not loaded
        assert fresh.parse('rule vccr.41.1 "x"\n  cites VCCR 41(1)\n  violated when true\nend\n')
    finally:
        parser._parser.cache_clear()
