"""Checks across the file: references, ids, the timeline, and every problem reported at once."""

from __future__ import annotations

from facts_helpers import HEAD, PERSON, STATES, at, load_ok, problems, the_problem

BASE = HEAD + STATES + PERSON  # 9 lines


def test_undeclared_reference(tmp_path):
    diag = the_problem(tmp_path, BASE + "events:\n  - type: arrest\n    subject: consull\n", "undeclared")
    at(diag, 12, 14, "'subject' of event 'event-1': 'consull' is not declared under persons, places")
    assert diag.hint == "did you mean 'consul'?"


def test_undeclared_state(tmp_path):
    diag = the_problem(tmp_path, BASE.replace("nationality: JP", "nationality: JPN"), "undeclared")
    at(diag, 9, 18, "'JPN' is not declared under states")


def test_undeclared_state_in_allegation(tmp_path):
    diag = the_problem(tmp_path, BASE + "events:\n  - type: protest\n    alleged_by: [JP, CN]\n", "undeclared")
    at(diag, 12, 22, "'CN' is not declared under states")


def test_reference_of_the_wrong_kind(tmp_path):
    diag = the_problem(tmp_path, BASE.replace("nationality: JP", "nationality: consul"), "wrong-ref")
    at(diag, 9, 18, "'consul' is a person, but a state is expected here")


def test_duplicate_id_across_sections(tmp_path):
    content = BASE + "places:\n  consul:\n    kind: other\n"
    diag = the_problem(tmp_path, content, "duplicate-id")
    at(diag, 11, 3, "the id 'consul' is already used by a person (line 7)")


def test_duplicate_event_id(tmp_path):
    content = BASE + "events:\n  - id: a\n    type: arrest\n  - id: a\n    type: release\n"
    at(the_problem(tmp_path, content, "duplicate-id"), 13, 9, "already used by an event (line 11)")


def test_default_event_id_collision(tmp_path):
    content = BASE + "events:\n  - id: event-2\n    type: arrest\n  - type: release\n"
    at(the_problem(tmp_path, content, "duplicate-id"), 13, 5, "'event-2' is already used")


def test_release_before_detention(tmp_path):
    content = BASE + ("events:\n  - id: detention\n    type: detention\n    date: 2022-09-22\n"
                      "  - id: release\n    type: release\n    date: 2022-09-21\n    concerning: detention\n")
    diag = the_problem(tmp_path, content, "event-order")
    at(diag, 16, 11, "the release 'release' is dated 2022-09-21, before the detention 'detention' it concerns "
                     "(2022-09-22, line 11)")


def test_same_day_times_out_of_order(tmp_path):
    content = BASE + ("timezone: Asia/Vladivostok\nevents:\n  - id: detention\n    type: detention\n"
                      "    date: 2022-09-22\n    time: \"15:00\"\n"
                      "  - id: release\n    type: release\n    date: 2022-09-22\n    time: \"14:00\"\n"
                      "    concerning: detention\n")
    at(the_problem(tmp_path, content, "event-order"), 18, 11, "2022-09-22 14:00, before the detention")


def test_same_day_without_times_is_fine(tmp_path):
    content = BASE + ("events:\n  - id: detention\n    type: detention\n    date: 2022-09-22\n    time: \"15:00\"\n"
                      "  - type: release\n    date: 2022-09-22\n    concerning: detention\n")
    assert len(load_ok(tmp_path, content).events) == 2


def test_time_zones_are_compared(tmp_path):
    # 10:00 in Moscow (UTC+3) is 17:00 in Vladivostok (UTC+10): the notification is later, not earlier.
    content = BASE + ("events:\n  - id: arrest\n    type: arrest\n    date: 2022-09-22\n    time: \"16:00\"\n"
                      "    timezone: Asia/Vladivostok\n"
                      "  - type: notification\n    date: 2022-09-22\n    time: \"10:00\"\n    timezone: Europe/Moscow\n"
                      "    concerning: arrest\n")
    assert len(load_ok(tmp_path, content).events) == 2


def test_judicial_decision_may_precede(tmp_path):
    content = BASE + ("events:\n  - id: arrest\n    type: arrest\n    date: 2022-09-22\n"
                      "  - type: judicial_decision\n    date: 2022-09-20\n    concerning: arrest\n")
    assert len(load_ok(tmp_path, content).events) == 2


def test_end_before_start(tmp_path):
    content = BASE + "events:\n  - type: detention\n    date: 2022-09-22\n    end_date: 2022-09-20\n"
    at(the_problem(tmp_path, content, "event-order"), 13, 15, "ends (2022-09-20) before it begins (2022-09-22)")


def test_end_time_before_start_time(tmp_path):
    content = BASE + "events:\n  - type: detention\n    date: 2022-09-22\n    time: \"15:00\"\n" \
        "    end_time: \"14:00\"\n"
    diag = the_problem(tmp_path, content, "event-order")
    assert diag.pos.line == 14 and "end_date" in diag.hint


def test_sending_and_receiving_state_differ(tmp_path):
    content = HEAD + "sending_state: JP\nreceiving_state: JP\n" + STATES
    at(the_problem(tmp_path, content, "same-state"), 4, 18, "both 'JP'")


def test_sending_state_must_be_declared(tmp_path):
    at(the_problem(tmp_path, HEAD + "sending_state: JP\n", "undeclared"), 3, 16, "'JP' is not declared under states")


def test_all_problems_at_once(tmp_path):
    content = (
        "vccheck: incident/1\n"                 # 1
        "titel: x\n"                            # 2 unknown key (and title missing, reported at 1:1)
        "date: 2022-02-30\n"                    # 3 impossible date
        "states:\n"                             # 4
        "  JP: Japan\n"                         # 5
        "persons:\n"                            # 6
        "  consul:\n"                           # 7
        "    status: consul\n"                  # 8 bad enum
        "    head_of_post: no\n"                # 9 yes/no
        "    nationality: RU\n"                 # 10 undeclared
        "events:\n"                             # 11
        "  - type: arest\n"                     # 12 unknown type
        "  - type: release\n"                   # 13
        "    subject: consul\n"                 # 14
        "    judicial_decision: false\n"        # 15 not an attribute of release
        "    time: 22:30\n"                     # 16 fine
    )
    found = [(d.pos.line, d.pos.column, d.code) for d in problems(tmp_path, content)]
    assert found == [
        (1, 1, "missing-key"),
        (2, 1, "unknown-key"),
        (3, 7, "bad-date"),
        (8, 13, "bad-value"),
        (9, 19, "ambiguous-bool"),
        (10, 18, "undeclared"),
        (12, 11, "unknown-event-type"),
        (15, 5, "unknown-key"),
    ]


def test_diagnostics_format_with_caret(tmp_path):
    from vccheck.diagnostics import format_diagnostic

    diag = the_problem(tmp_path, HEAD + "date: 2022-02-30\n", "bad-date")
    text = format_diagnostic(diag)
    assert text.splitlines()[0].endswith(":3:7: error[bad-date]: 'date': '2022-02-30' is not a date: "
                                         "February 2022 has 28 days")
    assert text.splitlines()[2].endswith("|       ^")
