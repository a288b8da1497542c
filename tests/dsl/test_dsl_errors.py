"""One test per error class: the message, the line and the column (and the hint where it helps)."""

from tests.dsl.dsl_helpers import BASE, at, broken, diagnostics, only


def test_the_base_corpus_is_clean():
    assert diagnostics(BASE) == []


# ------------------------------------------------------------------ syntax
def test_syntax_error_lists_the_expected_tokens():
    d = only(diagnostics(broken("violated when true", "violated when e.by = = true")), "syntax")
    assert at(d) == (18, 24)
    assert "unexpected '='" in d.message
    assert "expected '(', a name, a number or a quoted text" in d.message


def test_misspelt_keyword_gets_did_you_mean():
    d = only(diagnostics(broken("  violated when true", "  violaed when true")), "syntax")
    assert at(d) == (18, 3)
    assert "unexpected 'violaed'" in d.message
    assert d.hint == "did you mean 'violated'?"


def test_misspelt_unit_gets_did_you_mean():
    text = broken("violated when true", "violated when time from e to e > 48 hrs")
    d = only(diagnostics(text), "syntax")
    assert at(d) == (18, 39)
    assert "did you mean 'hours'?" in d.hint


def test_unclosed_text():
    d = only(diagnostics(broken('text "Consular officers', 'text "Consular officers\n')), "syntax")
    assert at(d) == (13, 8)
    assert "not closed" in d.message


# ------------------------------------------------------------------ names
def test_unknown_fact_name_with_did_you_mean():
    d = only(diagnostics(broken("e.judicial_decision = true", "e.judicial_decison = true")), "unknown-attribute")
    assert at(d) == (25, 34)
    assert "'judicial_decison' is not an attribute of arrest or detention events" in d.message
    assert d.hint == "did you mean 'judicial_decision'?"


def test_unknown_attribute_deep_in_a_path_points_at_that_step():
    text = broken("applies when officer(e.subject)", "applies when officer(e.subject) and e.subject.stauts = other")
    d = only(diagnostics(text), "unknown-attribute")
    assert at(d) == (17, 49)
    assert d.hint == "did you mean 'status'?"


def test_unknown_attribute_on_an_untyped_parameter():
    d = only(diagnostics(broken("means p.status", "means p.statsu")), "unknown-attribute")
    assert at(d) == (3, 11)
    assert "not an attribute of anything in the fact vocabulary" in d.message
    assert d.hint == "did you mean 'status'?"


def test_unknown_definition():
    d = only(diagnostics(broken("officer(e.subject)", "oficer(e.subject)")), "unknown-definition")
    assert at(d) == (17, 16)
    assert "no definition named 'oficer'" in d.message
    assert d.hint == "did you mean 'officer'?"


def test_wrong_number_of_arguments():
    d = only(diagnostics(broken("officer(e.subject)", "officer(e.subject, e.by)")), "wrong-arguments")
    assert at(d) == (17, 16)
    assert "'officer' takes 1 argument (p), 2 given" in d.message


def test_unknown_enum_constant():
    d = only(diagnostics(broken("= consular_officer", "= consular_oficer")), "unknown-enum-value")
    assert at(d) == (3, 20)
    assert "'consular_oficer'" in d.message
    assert d.hint == "did you mean 'consular_officer'?"


def test_unknown_enum_constant_in_a_set():
    text = broken("violated when true", "violated when e.subject.category in {career, honorery}")
    d = only(diagnostics(text), "unknown-enum-value")
    assert at(d) == (18, 48)
    assert d.hint == "did you mean 'honorary'?"


def test_unbound_variable():
    d = only(diagnostics(broken("e.by = receiving_state", "n.by = receiving_state")), "unbound-variable")
    assert at(d) == (17, 39)
    assert "'n' is not bound here" in d.message


def test_unknown_kind_in_for_each():
    d = only(diagnostics(broken("for each arrest or", "for each arest or")), "unknown-kind")
    assert at(d) == (16, 12)
    assert d.hint == "did you mean 'arrest'?"


def test_unknown_standard_in_meets():
    d = only(diagnostics(broken("e meets grave_crime", "e meets grave_crim")), "unknown-standard")
    assert at(d) == (25, 16)
    assert d.hint == "did you mean 'grave_crime'?"


def test_comparing_an_enum_with_the_state_explains_the_fix():
    text = broken("violated when true", "violated when some notification as n where (n.recipient = sending_state)")
    d = only(diagnostics(text), "type-mismatch")
    assert at(d) == (18, 47)
    assert "in {sending_state}" in d.hint


def test_a_value_is_not_a_condition():
    d = only(diagnostics(broken("violated when true", "violated when e.date")), "not-a-condition")
    assert at(d) == (18, 17)
    assert "'e.date' is a date, not a condition" in d.message


# ------------------------------------------------------------------ references
def test_duplicate_rule_id_across_files():
    second = 'rule vccr.41.1 "Again"\n  cites VCCR 41(1)\n  duty on receiving_state\n  violated when true\nend\n'
    d = only(diagnostics(BASE, second), "duplicate-id")
    assert (d.pos.file, *at(d)) == ("f2.vcl", 1, 6)
    assert "'vccr.41.1' is already used" in d.message
    assert d.hint == "first defined at f1.vcl:11:6"


def test_exception_target_missing():
    d = only(diagnostics(broken("to vccr.41.1", "to vccr.41.11")), "unknown-rule")
    assert at(d) == (23, 6)
    assert "'vccr.41.11', which does not exist" in d.message
    assert d.hint == "did you mean 'vccr.41.1'?"


def test_prevails_over_target_missing():
    d = only(diagnostics(broken("  gives compliant\n", "  gives compliant\n  prevails over vccr.41.1.x\n")),
             "unknown-exception")
    assert at(d) == (25, 17)


def test_invalid_gives():
    d = only(diagnostics(broken("gives compliant", "gives complaint")), "invalid-gives")
    assert at(d) == (24, 9)
    assert d.hint == "did you mean 'compliant'?"


def test_definition_cycle():
    text = BASE + 'define a(p) "A"\n  means b(p)\nend\ndefine b(p) "B"\n  means officer(p) and a(p)\nend\n'
    d = only(diagnostics(text), "definition-cycle")
    assert at(d) == (31, 24)
    assert "definition 'a' calls itself: a → b → a" in d.message


def test_definition_calling_itself_directly():
    d = only(diagnostics(broken("means p.status = consular_officer", "means officer(p)")), "definition-cycle")
    assert at(d) == (3, 9)
    assert "officer → officer" in d.message


def test_exception_prevails_over_cycle():
    other = ('exception vccr.41.1.other "Other"\n  cites VCCR 41(1)\n  to vccr.41.1\n  gives excused\n'
             '  when e.judicial_decision = false\n  prevails over vccr.41.1.grave-crime\nend\n')
    text = broken("  gives compliant\n", "  gives compliant\n  prevails over vccr.41.1.other\n") + other
    d = only(diagnostics(text), "prevails-cycle")
    assert at(d) == (33, 17)
    assert "vccr.41.1.grave-crime → vccr.41.1.other → vccr.41.1.grave-crime" in d.message


def test_overrides_cycle():
    second = ('rule us-ru.12 "Bilateral"\n  cites US-RU 12\n  duty on receiving_state\n  overrides vccr.41.1\n'
              '  violated when true\nend\n')
    text = broken("  violated when true\n", "  violated when true\n  overrides us-ru.12\n")
    d = only(diagnostics(text, second), "overrides-cycle")
    assert (d.pos.file, *at(d)) == ("f2.vcl", 4, 13)


# ------------------------------------------------------------------ citations and quotes
def test_citation_of_a_paragraph_that_does_not_exist():
    d = only(diagnostics(broken("  cites VCCR 41(1)\n  text", "  cites VCCR 41(4)\n  text")), "unknown-citation")
    assert at(d) == (12, 9)
    assert d.message == "VCCR 41(4) does not exist in the authentic text"
    assert "VCCR 41(1), VCCR 41(2), VCCR 41(3)" in d.hint


def test_citation_of_an_article_that_does_not_exist():
    d = only(diagnostics(broken("  cites VCCR 41(1)\n  text", "  cites VCCR 41(1), VCCR 99\n  text")),
             "unknown-citation")
    assert at(d) == (12, 21)
    assert d.message == "VCCR 99 does not exist in the authentic text"
    assert "articles 1 to 79" in d.hint


def test_overlay_instrument_is_a_warning_not_an_error():
    diags = diagnostics(broken("  cites VCCR 41(1)\n  text", "  cites VCCR 41(1), US-CN 12\n  text"))
    d = only(diags, "overlay-citation")
    assert at(d) == (12, 21) and d.level.value == "warning"
    assert all(x.level.value == "warning" for x in diags)


def test_quote_that_does_not_match_the_authentic_text():
    d = only(diagnostics(broken("shall not be liable", "shall never be liable")), "quote-mismatch")
    assert at(d) == (13, 8)
    assert "does not match the authentic text of VCCR 41(1)" in d.message
    assert 'departs after "Consular officers shall n"' in d.hint


def test_quote_with_ellipsis_matches_fragments_in_order():
    text = broken('"Consular officers shall not be liable to arrest or detention pending trial"',
                  '"Consular officers shall not ... competent judicial authority."')
    assert diagnostics(text) == []


# ------------------------------------------------------------------ clauses and ids
def test_missing_clause():
    d = only(diagnostics(broken("  duty on receiving_state\n", "")), "missing-clause")
    assert at(d) == (11, 6)
    assert "rule 'vccr.41.1' has no 'duty on' clause" in d.message


def test_missing_gives_in_an_exception():
    d = only(diagnostics(broken("  gives compliant\n", "")), "missing-clause")
    assert at(d) == (21, 11)
    assert "exception 'vccr.41.1.grave-crime' has no 'gives' clause" in d.message


def test_rule_needs_violated_or_compliant_but_not_both():
    d = only(diagnostics(broken("  violated when true\n", "")), "missing-clause")
    assert "neither 'violated when' nor 'compliant when'" in d.message
    d = only(diagnostics(broken("  violated when true\n", "  violated when true\n  compliant when false\n")),
             "conflicting-clauses")
    assert at(d) == (19, 18)


def test_id_citation_mismatch():
    text = 'rule vccr.42 "Wrong id"\n  cites VCCR 41(1)\n  duty on receiving_state\n  violated when true\nend\n'
    d = only(diagnostics(text), "id-citation-mismatch")
    assert at(d) == (1, 6)
    assert "rule id 'vccr.42' does not begin with its first citation VCCR 41(1) ('vccr.41')" in d.message


def test_unknown_standard_declared_and_measures_mismatch():
    d = only(diagnostics(broken("standard grave_crime", "standard grave_crimes")), "unknown-standard")
    assert at(d) == (6, 10)
    d = only(diagnostics(broken("measures max_penalty_years", "measures duration")), "standard-mismatch")
    assert at(d) == (8, 12)


def test_problems_in_every_file_are_collected():
    bad_syntax = 'rule vccr.40 "x"\n  cites VCCR 40\n  violated when (\nend\n'
    diags = diagnostics(broken("= consular_officer", "= consular_oficer"), bad_syntax)
    assert {d.code for d in diags} == {"unknown-enum-value", "syntax"}


def test_references_into_a_file_that_failed_to_parse_are_not_reported():
    only_exception = BASE[BASE.index("exception"):]
    diags = diagnostics(only_exception, "rule vccr.41.1 broken")
    assert [d.code for d in diags] == ["syntax"]


def test_duplicate_definition_and_standard():
    again = 'define officer(p) "Again"\n  means p.status = consular_officer\nend\n'
    d = only(diagnostics(BASE, again), "duplicate-definition")
    assert (d.pos.file, *at(d), d.hint) == ("f2.vcl", 1, 8, "first defined at f1.vcl:1:8")
    again = 'standard grave_crime "Again"\n  cites VCCR 41(1)\nend\n'
    d = only(diagnostics(BASE, again), "duplicate-standard")
    assert (d.pos.file, *at(d)) == ("f2.vcl", 1, 10)
