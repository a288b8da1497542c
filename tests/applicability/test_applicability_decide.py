"""The pure functions: one State's spans, two States' periods, statements, the forum."""

from __future__ import annotations

import datetime as dt

import pytest

from vccheck.applicability import decide
from vccheck.applicability.parties import load, resolve

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def data():
    return load()


def side(code, data, name=None):
    return decide.Side("sending State", code, name or code, resolve(code, name, data))


def periods(instrument, a, b, data):
    return decide.pair_periods(instrument, decide.side_spans(instrument, side(a, data), data),
                               decide.side_spans(instrument, side(b, data), data))


def at(ps, day):
    return decide.status_at(ps, D(day))[:2]


def test_periods_cover_every_date_and_do_not_overlap(data):
    for a, b in (("JP", "RU"), ("MX", "US"), ("JP", "PW"), ("AG", "VN"), ("YU", "CZ")):
        for instrument in ("VCCR", "VCDR", "VCCR-OP", "VCDR-OP"):
            ps = periods(instrument, a, b, data)
            assert ps[0].start is None and ps[-1].end is None
            for before, after in zip(ps, ps[1:]):
                assert before.end == after.start
                assert before.start is None or before.start < before.end
                assert (before.in_force, before.reason) != (after.in_force, after.reason)  # merged


def test_nobody_bound_before_general_entry_into_force(data):
    value, reason = at(periods("VCCR", "MX", "US", data), "1967-03-18")
    assert value is False and "general entry into force 1967-03-19" in reason
    assert at(periods("VCCR", "MX", "CH", data), "1967-03-19")[0] is True


def test_eif_text_says_computed_or_sourced(data):
    assert decide.eif_text("VCCR", data.row("JP", "VCCR")) == \
        "computed under VCCR art. 77(2) from its accession deposited 1983-10-03"
    assert decide.eif_text("VCDR", data.row("US", "VCDR")) == "sourced: us_vcdr_proclamation"
    assert decide.eif_text("VCCR", data.row("MX", "VCCR")).startswith(
        "computed: general entry into force, VCCR art. 77(1)")
    assert decide.eif_text("VCCR", data.row("CZ", "VCCR")).startswith("succession: succession to Czechoslovakia")


def test_us_withdrawal_from_the_vccr_protocol(data):
    spans = decide.state_spans("VCCR-OP", "US", data)
    assert [(s.start, s.end, s.bound) for s in spans] == [
        (None, D("1969-12-24"), False), (D("1969-12-24"), D("2005-03-07"), True),
        (D("2005-03-07"), D("2006-03-07"), None), (D("2006-03-07"), None, False)]
    assert "contested" in spans[2].text and "VCLT art. 56(2)" in spans[2].text


def test_succession_without_effective_date_is_bound_from_the_notification(data):
    spans = decide.state_spans("VCCR", "AG", data)
    assert [(s.start, s.end, s.bound) for s in spans] == [(None, D("1988-10-25"), None), (D("1988-10-25"), None, True)]
    assert "at the latest from 1988-10-25" in spans[1].text


def test_unknown_entry_into_force_is_unknown(data):
    spans = decide.state_spans("VCCR-OP", "VN", data)  # the 1973 accession: unresolved in the data
    assert len(spans) == 1 and spans[0].bound is None and "unresolved" in spans[0].text
    spans = decide.state_spans("VCCR", "SL", data)  # consent date missing
    assert spans[0].bound is None and "consent date missing" in spans[0].text


def test_kleene_and_of_two_states(data):
    ps = periods("VCCR", "JP", "VN", data)  # VN sourced 1992-10-08
    assert at(ps, "1992-10-07")[0] is False and at(ps, "1992-10-08")[0] is True
    unknown = periods("VCCR", "YU", "PW", data)  # unknown and not a party: not bound wins
    value, reason = at(unknown, "1990-01-01")
    assert value is False and "Palau (PW) is not a party" in reason


def test_statements_replace_the_periods_they_cover(data):
    ps = periods("VCCR", "JP", "RU", data)
    whole = decide.apply_statements(ps, [{"instrument": "VCCR", "in_force": False, "reason": "r"}])
    assert len(whole) == 1 and whole[0].in_force is False and whole[0].reason == "stated in the incident file: r"
    window = decide.apply_statements(ps, [{"instrument": "VCCR", "in_force": True, "reason": "r",
                                           "from": D("1989-01-01"), "until": D("1989-04-13")}])
    assert at(window, "1988-12-31")[0] is False
    assert at(window, "1989-01-01") == (True, "stated in the incident file: r [from 1989-01-01 until 1989-04-13]")
    assert at(window, "1989-04-13")[0] is True and at(window, "1989-04-14")[0] is True
    assert at(window, "1989-04-14")[1].startswith("in force for Japan")
    assert decide.apply_statements(ps, [{"instrument": "VCCR", "in_force": True, "from": D("2000-01-02"),
                                         "until": D("2000-01-01")}]) == ps  # covers nothing


def test_line_reports_changes_within_the_events(data):
    sides = (side("JP", data), side("RU", data))
    ps = periods("VCCR", "JP", "RU", data)
    value, text = decide.line_reason("VCCR", sides, data, ps, D("1989-04-01"), (D("1989-04-01"), D("1989-05-01")))
    assert value is False
    assert "The status changes on 1989-04-14, within the dates of the events" in text


def test_forum_needs_both_states_bound_by_convention_and_protocol(data):
    conv, op = periods("VCCR", "DE", "US", data), periods("VCCR-OP", "DE", "US", data)
    value, basis = decide.forum_for("VCCR", conv, op, D("1999-03-02"))  # LaGrand was filed on 1999-03-02
    assert value is True and "LaGrand" in basis and "assessed when an application is filed" in basis
    value, basis = decide.forum_for("VCCR", periods("VCCR", "JP", "PW", data), periods("VCCR-OP", "JP", "PW", data),
                                    D("2020-01-01"))
    assert value is False and "did not bind both States" in basis
    assert decide.combine_forum([(False, "a"), (None, "b")]) == (None, "a. b.")
    assert decide.combine_forum([(False, "a"), (True, "b.")])[0] is True
