"""Hostile or broken files: each gives one clear diagnostic at the right place, never a traceback."""

from __future__ import annotations

import codecs

from facts_helpers import HEAD, at, load_ok, the_problem

from vccheck.facts.yamltree import MAX_BYTES


def test_empty_file(tmp_path):
    diag = the_problem(tmp_path, "", "empty-file")
    at(diag, 1, 1, "the file is empty")
    assert "vccheck new" in diag.hint


def test_comments_only_is_empty(tmp_path):
    at(the_problem(tmp_path, "# nothing yet\n", "empty-file"), 1, 1, "empty")


def test_invalid_utf8(tmp_path):
    diag = the_problem(tmp_path, HEAD.encode() + b"summary: caf\xe9 au lait\n", "encoding")
    at(diag, 3, 13, "not valid UTF-8 (byte 0xe9")


def test_utf16_is_refused(tmp_path):
    at(the_problem(tmp_path, HEAD.encode("utf-16"), "encoding"), 1, 1, "UTF-16")


def test_byte_order_mark_is_accepted(tmp_path):
    incident = load_ok(tmp_path, codecs.BOM_UTF8 + HEAD.encode())
    assert incident.title == "Test incident"


def test_crlf_line_endings_are_fine(tmp_path):
    incident = load_ok(tmp_path, HEAD.replace("\n", "\r\n") + "date: 2022-09-22\r\n")
    assert incident.date.isoformat() == "2022-09-22"
    assert incident.incident_facts["date"].pos.line == 3


def test_tab_indentation(tmp_path):
    diag = the_problem(tmp_path, HEAD + "states:\n\tJP: Japan\n", "yaml-tab")
    at(diag, 4, 1, "tab character")


def test_size_limit(tmp_path):
    content = HEAD + "# " + "x" * MAX_BYTES + "\n"
    diag = the_problem(tmp_path, content, "file-too-large")
    assert "larger than 5 MB" in diag.message


def test_python_tag_is_rejected(tmp_path):
    diag = the_problem(tmp_path, HEAD + "summary: !!python/object/apply:os.system [echo hi]\n", "yaml-tag")
    at(diag, 3, 10, "the tag '!!python/object/apply:os.system' is not allowed")


def test_local_tag_is_rejected(tmp_path):
    at(the_problem(tmp_path, HEAD + "summary: !secret x\n", "yaml-tag"), 3, 10, "'!secret'")


def test_explicit_str_tag_is_a_string(tmp_path):
    incident = load_ok(tmp_path, HEAD + "summary: !!str 22:30\n")
    assert incident.summary == "22:30"


def test_alias_is_rejected(tmp_path):
    diag = the_problem(tmp_path, HEAD + "summary: &s text\nsources:\n  a: *s\n", "yaml-alias")
    at(diag, 3, 10, "anchors and aliases are not supported")


def test_duplicate_key(tmp_path):
    content = HEAD + "states:\n  JP: Japan\n  RU: Russia\n  JP: Nippon\n"
    diag = the_problem(tmp_path, content, "duplicate-key")
    at(diag, 6, 3, "the key 'JP' is given twice in the same mapping (first at line 4)")


def test_duplicate_top_level_key(tmp_path):
    at(the_problem(tmp_path, HEAD + "title: Another\n", "duplicate-key"), 3, 1, "(first at line 2)")


def test_yaml_syntax_error(tmp_path):
    diag = the_problem(tmp_path, HEAD + "summary: note: this breaks\n", "yaml-syntax")
    at(diag, 3, 14, "not valid YAML")
    assert "quoted" in diag.hint


def test_unclosed_bracket(tmp_path):
    diag = the_problem(tmp_path, HEAD + "summary: [a, b\n", "yaml-syntax")
    assert diag.pos.line == 4 and "line 3" in diag.hint


def test_control_character(tmp_path):
    at(the_problem(tmp_path, HEAD + "summary: a\x1b[31mb\n", "yaml-syntax"), 3, 11, "control character (U+001B)")


def test_two_documents(tmp_path):
    at(the_problem(tmp_path, HEAD + "---\ntitle: x\n", "yaml-documents"), 3, 1, "more than one YAML document")


def test_deep_nesting(tmp_path):
    diag = the_problem(tmp_path, HEAD + "summary: " + "[" * 200 + "]" * 200 + "\n", "yaml-depth")
    assert diag.pos.line == 3 and "levels deep" in diag.message


def test_top_level_list(tmp_path):
    at(the_problem(tmp_path, "- a\n- b\n", "wrong-type"), 1, 1, "must be a mapping")


def test_missing_file(tmp_path):
    from vccheck.diagnostics import DiagnosticError
    from vccheck.facts.loader import load_incident

    try:
        load_incident(str(tmp_path / "absent.yaml"))
    except DiagnosticError as exc:
        assert exc.diagnostics[0].code == "file-unreadable"
    else:  # pragma: no cover
        raise AssertionError("expected a DiagnosticError")
