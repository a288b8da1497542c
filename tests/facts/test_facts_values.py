"""Values are read by the type the vocabulary expects, never by YAML 1.1's guesses."""

from __future__ import annotations

import datetime as dt

from facts_helpers import HEAD, PERSON, STATES, at, load_ok, problems, the_problem

from vccheck.facts.model import Duration

BASE = HEAD + STATES + PERSON


def event(body: str) -> str:
    """An incident with one event whose attribute lines (indented 4) are ``body``; the event starts on line 10."""
    return BASE + "events:\n  - id: arrest\n    type: arrest\n" + body


def test_base_lines():
    assert BASE.count("\n") == 9  # so the first event attribute is on line 12


def test_unknown_top_level_key_did_you_mean(tmp_path):
    diag = the_problem(tmp_path, BASE + "sumary: text\n", "unknown-key")
    at(diag, 10, 1, "unknown key 'sumary' at the top level")
    assert diag.hint == "did you mean 'summary'?"


def test_unknown_attribute_did_you_mean(tmp_path):
    diag = the_problem(tmp_path, BASE.replace("    status:", "    statuss:"), "unknown-key")
    at(diag, 8, 5, "unknown key 'statuss' for a person")
    assert diag.hint == "did you mean 'status'?"


def test_attribute_of_another_event_type(tmp_path):
    diag = the_problem(tmp_path, event("    capacity: suspect\n"), "unknown-key")
    at(diag, 13, 5, "for an arrest event")
    assert "interrogation" in diag.hint


def test_unknown_event_type(tmp_path):
    diag = the_problem(tmp_path, BASE + "events:\n  - type: arest\n", "unknown-event-type")
    at(diag, 11, 11, "unknown event type 'arest'")
    assert diag.hint == "did you mean 'arrest'?"


def test_event_type_synonym(tmp_path):
    diag = the_problem(tmp_path, BASE + "events:\n  - type: png\n", "unknown-event-type")
    assert diag.hint == "did you mean 'persona_non_grata'?"


def test_missing_event_type(tmp_path):
    at(the_problem(tmp_path, BASE + "events:\n  - date: 2022-09-22\n", "missing-key"), 11, 5, "has no 'type'")


def test_bad_enum_value(tmp_path):
    diag = the_problem(tmp_path, BASE.replace("consular_officer", "consular_oficer"), "bad-value")
    at(diag, 8, 13, "'consular_oficer' is not an accepted value")
    assert diag.hint == "did you mean 'consular_officer'?"


def test_wrong_type_list_for_bool(tmp_path):
    diag = the_problem(tmp_path, event("    judicial_decision: [true]\n"), "wrong-type")
    at(diag, 13, 24, "must be a single value, found a list")


def test_wrong_type_text_for_bool(tmp_path):
    at(the_problem(tmp_path, event("    judicial_decision: maybe\n"), "wrong-type"), 13, 24, "expected true or false")


def test_quoted_true_is_not_a_bool(tmp_path):
    diag = the_problem(tmp_path, event('    judicial_decision: "true"\n'), "wrong-type")
    at(diag, 13, 24, "quoted text")


def test_yes_no_for_bool(tmp_path):
    for word in ("yes", "no", "on", "off", "Yes", "N"):
        diag = the_problem(tmp_path, event(f"    judicial_decision: {word}\n"), "ambiguous-bool")
        at(diag, 13, 24, f"'{word}' is not accepted for a yes/no fact; write true or false")


def test_bool_true_false(tmp_path):
    incident = load_ok(tmp_path, event("    judicial_decision: false\n    flagrante_delicto: true\n"))
    facts = incident.entities["arrest"].facts
    assert facts["judicial_decision"].value is False and facts["flagrante_delicto"].value is True
    assert (facts["judicial_decision"].pos.line, facts["judicial_decision"].pos.column) == (13, 24)


def test_NO_is_a_state_code(tmp_path):
    content = HEAD + "sending_state: JP\nreceiving_state: NO\nstates:\n  JP: Japan\n  NO: Norway\n" \
        "events:\n  - type: protest\n    by: NO\n    alleged_by: [NO]\n"
    incident = load_ok(tmp_path, content)
    assert incident.receiving_state == "NO"
    assert incident.states_named == {"JP": "Japan", "NO": "Norway"}
    assert incident.events[0].facts["by"].value == "NO"
    assert incident.events[0].prov.alleged_by == ("NO",)


def test_time_arrives_as_time(tmp_path):
    incident = load_ok(tmp_path, event("    date: 2022-09-22\n    time: 22:30\n    end_time: \"23:45:10\"\n"))
    facts = incident.entities["arrest"].facts
    assert facts["time"].value == dt.time(22, 30)
    assert facts["end_time"].value == dt.time(23, 45, 10)
    assert facts["date"].value == dt.date(2022, 9, 22)


def test_impossible_time(tmp_path):
    at(the_problem(tmp_path, event("    time: 25:10\n"), "bad-time"), 13, 11, "'25:10' is not a time of day")


def test_leading_zero_number(tmp_path):
    diag = the_problem(tmp_path, event("    max_penalty_years: 012\n"), "ambiguous-number")
    at(diag, 13, 24, "'012' has a leading zero")
    assert diag.hint == "write 12 instead"


def test_number(tmp_path):
    facts = load_ok(tmp_path, event("    max_penalty_years: 7.5\n")).entities["arrest"].facts
    assert facts["max_penalty_years"].value == 7.5


def test_impossible_date(tmp_path):
    diag = the_problem(tmp_path, event("    date: 2022-02-30\n"), "bad-date")
    at(diag, 13, 11, "'2022-02-30' is not a date: February 2022 has 28 days")


def test_date_in_other_format(tmp_path):
    at(the_problem(tmp_path, event("    date: 22/09/2022\n"), "wrong-type"), 13, 11, "expected a date (YYYY-MM-DD)")


def test_timestamp_is_not_a_date(tmp_path):
    diag = the_problem(tmp_path, event("    date: 2022-09-22T10:00:00\n"), "wrong-type")
    assert "under 'time'" in diag.hint


def test_timezones(tmp_path):
    incident = load_ok(tmp_path, HEAD + "timezone: Asia/Vladivostok\n" + STATES + PERSON +
                       "events:\n  - type: arrest\n    timezone: +10:00\n")
    assert incident.timezone == "Asia/Vladivostok"
    assert incident.events[0].facts["timezone"].value == "+10:00"
    diag = the_problem(tmp_path, HEAD + "timezone: Asia/Vladivostock\n", "bad-value")
    at(diag, 3, 11, "not a known time zone")
    assert diag.hint == "did you mean 'Asia/Vladivostok'?"


def test_durations(tmp_path):
    content = BASE + "events:\n  - id: png\n    type: persona_non_grata\n    subject: consul\n    time_to_leave: {}\n"
    for text, seconds in (("48h", 172800), ("3d", 259200), ("90m", 5400), ("2w", 1209600), ("48 hours", 172800)):
        fact = load_ok(tmp_path, content.format(text)).entities["png"].facts["time_to_leave"]
        assert fact.value == Duration(seconds, text)
    at(the_problem(tmp_path, content.format("48"), "wrong-type"), 14, 20, "expected a duration")


def test_explicit_unknown(tmp_path):
    incident = load_ok(tmp_path, event("    judicial_decision: unknown\n    date: unknown\n"))
    arrest = incident.entities["arrest"]
    assert arrest.explicit_unknown == ("judicial_decision", "date")
    assert "judicial_decision" not in arrest.facts


def test_empty_value(tmp_path):
    diag = the_problem(tmp_path, event("    judicial_decision:\n"), "missing-value")
    at(diag, 13, 23, "has no value")
    assert "unknown" in diag.hint


def test_provenance_mapping(tmp_path):
    content = BASE + "sources:\n  s1: Statement\nevents:\n  - id: q\n    type: interrogation\n" \
        "    coercive: {value: true, alleged_by: JP, denied_by: [RU], source: s1}\n"
    fact = load_ok(tmp_path, content).entities["q"].facts["coercive"]
    assert fact.value is True
    assert (fact.prov.alleged_by, fact.prov.denied_by, fact.prov.source) == (("JP",), ("RU",), "s1")
    assert (fact.pos.line, fact.pos.column) == (15, 23)  # the position of the value itself
    assert not fact.prov.established


def test_provenance_mapping_unknown_key(tmp_path):
    diag = the_problem(tmp_path, event("    judicial_decision: {value: true, alleged: JP}\n"), "unknown-key")
    at(diag, 13, 38, "unknown key 'alleged'")
    assert diag.hint == "did you mean 'alleged_by'?"


def test_provenance_mapping_without_value(tmp_path):
    at(the_problem(tmp_path, event("    judicial_decision: {alleged_by: JP}\n"), "missing-key"), 13, 24,
       "without 'value'")


def test_state_alleges_and_denies(tmp_path):
    diag = the_problem(tmp_path, event("    judicial_decision: {value: true, alleged_by: JP, denied_by: JP}\n"),
                       "contradiction")
    assert "JP both alleges and denies" in diag.message


def test_event_provenance_and_occurred_false(tmp_path):
    content = BASE + "events:\n  - id: bf\n    type: blindfolding\n    alleged_by: JP\n    source: a statement\n" \
        "  - id: trial\n    type: criminal_proceedings\n    occurred: {value: false, alleged_by: RU}\n"
    incident = load_ok(tmp_path, content)
    blindfolding, trial = incident.events
    assert blindfolding.prov.alleged_by == ("JP",) and blindfolding.prov.source == "a statement"
    assert not blindfolding.negative
    assert trial.negative and trial.prov.alleged_by == ("RU",)
    assert incident.parties == ("JP", "RU")


def test_default_event_ids(tmp_path):
    incident = load_ok(tmp_path, BASE + "events:\n  - type: arrest\n  - id: named\n    type: release\n"
                       "  - type: departure\n")
    assert [e.id for e in incident.events] == ["event-1", "named", "event-3"]
    assert incident.events[0].pos.line == 11


def test_bad_id(tmp_path):
    at(the_problem(tmp_path, HEAD + "persons:\n  the consul: {status: other}\n", "bad-id"), 4, 3,
       "'the consul' is not a usable identifier")


def test_states_as_mappings(tmp_path):
    incident = load_ok(tmp_path, HEAD + "states:\n  SU: {name: Union of Soviet Socialist Republics, source: UN}\n")
    assert incident.states_named == {"SU": "Union of Soviet Socialist Republics"}
    assert incident.entities["SU"].prov.source == "UN"


def test_section_of_wrong_shape(tmp_path):
    at(the_problem(tmp_path, HEAD + "events:\n  arrest:\n    type: arrest\n", "wrong-type"), 4, 3,
       "'events' must be a list")


def test_format_version(tmp_path):
    diag = the_problem(tmp_path, "vccheck: incident/2\ntitle: x\n", "format-version")
    at(diag, 1, 10, "unsupported format version 'incident/2'")
    diags = problems(tmp_path, "title: x\n")
    assert [d.code for d in diags] == ["missing-key"] and "'vccheck'" in diags[0].message


def test_standards(tmp_path):
    incident = load_ok(tmp_path, HEAD + "standards:\n  without_delay: 48h\n  grave_crime: 5\n")
    assert incident.standards == {"without_delay": Duration(172800, "48h"), "grave_crime": 5.0}
    diag = the_problem(tmp_path, HEAD + "standards:\n  promptness: 2d\n", "unknown-key")
    at(diag, 4, 3, "unknown key 'promptness'")
    assert diag.hint == "did you mean 'promptly'?"


def test_applicability(tmp_path):
    incident = load_ok(tmp_path, HEAD + "applicability:\n  - {instrument: VCCR, in_force: true, reason: treaty}\n")
    assert incident.applicability == ({"instrument": "VCCR", "in_force": True, "reason": "treaty"},)
    diag = the_problem(tmp_path, HEAD + "applicability:\n  - {instrument: VCCRR, in_force: true}\n", "bad-value")
    at(diag, 4, 18, "'VCCRR' is not an accepted value")
    at(the_problem(tmp_path, HEAD + "applicability:\n  - {instrument: VCDR}\n", "missing-key"), 4, 5, "'in_force'")


def test_absurd_numbers_are_refused_not_crashed(tmp_path):
    at(the_problem(tmp_path, event("    max_penalty_years: " + "9" * 5000 + "\n"), "bad-value"), 13, 24, "too long")
    content = BASE + "events:\n  - type: persona_non_grata\n    time_to_leave: 99999999999d\n"
    at(the_problem(tmp_path, content, "bad-value"), 12, 20, "longer than a century")


def test_empty_title(tmp_path):
    at(the_problem(tmp_path, 'vccheck: incident/1\ntitle: ""\n', "missing-value"), 2, 8, "the title is empty")
