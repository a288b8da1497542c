"""The grammar is LALR(1) without conflicts, and the shipped rules parse."""

from importlib import resources

from lark import Lark

from vccheck.dsl.corpus import default_rules_dir, rule_files
from vccheck.dsl.parser import parse_file


def test_grammar_builds_strict_lalr():
    grammar = resources.files("vccheck.dsl").joinpath("grammar.lark").read_text(encoding="utf-8")
    Lark(grammar, parser="lalr", strict=True)  # raises on any shift/reduce or regex collision


def test_every_shipped_rule_file_parses():
    files = rule_files([default_rules_dir()])
    assert files
    for path in files:
        assert parse_file(path).items
