"""Durations and deadlines across dates and time zones, and the standards they meet."""

import datetime as dt

import pytest

from tests.engine.factory import consul, event, hours, incident, rules
from vccheck.engine.evaluate import evaluate
from vccheck.engine.options import EngineOptions

RULE = '''
rule vccr.42 "Promptly notify the head of post"
  cites VCCR 42
  duty on receiving_state
  for each detention as e
  violated when not some notification as n where (n.concerning = e and time from e to n meets promptly)
end
standard promptly "promptly"
  cites VCCR 42
  measures duration at most
end
'''


def run(detention, notification, threshold=None, tz=None):
    opts = EngineOptions(thresholds={"promptly": hours(threshold)} if threshold else {})
    inc = incident(consul(), event("d", "detention", subject="consul", **detention),
                   event("n", "notification", concerning="d", **notification), timezone=tz)
    [f] = evaluate(rules(RULE), inc, opts)
    return f


def test_same_day_with_times():
    f = run(dict(date=dt.date(2022, 9, 22), time=dt.time(14, 0)),
            dict(date=dt.date(2022, 9, 22), time=dt.time(20, 0)), threshold=24)
    assert f.status.value == "compliant"


def test_across_dates():
    f = run(dict(date=dt.date(2022, 9, 22), time=dt.time(14, 0)),
            dict(date=dt.date(2022, 9, 24), time=dt.time(15, 0)), threshold=48)
    assert f.status.value == "violated"


def test_dates_without_times_are_intervals_decided_when_clear():
    late = run(dict(date=dt.date(2022, 9, 22)), dict(date=dt.date(2022, 9, 26)), threshold=48)
    assert late.status.value == "violated"  # at least 3 days
    straddle = run(dict(date=dt.date(2022, 9, 22)), dict(date=dt.date(2022, 9, 23)), threshold=24)
    assert straddle.status.value == "undetermined"  # between 0 and 48 hours
    assert any("exact times" in m for m in straddle.missing)


def test_time_zones_are_respected():
    # 23:00 in Vladivostok (UTC+10) = 13:00 UTC; 14:00 in Moscow (UTC+3) = 11:00 UTC next day: 22 hours later
    f = run(dict(date=dt.date(2022, 9, 22), time=dt.time(23, 0), timezone="Asia/Vladivostok"),
            dict(date=dt.date(2022, 9, 23), time=dt.time(14, 0), timezone="Europe/Moscow"), threshold=23)
    assert f.status.value == "compliant"
    g = run(dict(date=dt.date(2022, 9, 22), time=dt.time(23, 0), timezone="Asia/Vladivostok"),
            dict(date=dt.date(2022, 9, 23), time=dt.time(14, 0), timezone="Europe/Moscow"), threshold=21)
    assert g.status.value == "violated"


def test_fixed_offsets_and_incident_zone():
    f = run(dict(date=dt.date(2022, 9, 22), time=dt.time(23, 0)),
            dict(date=dt.date(2022, 9, 23), time=dt.time(1, 0), timezone="+03:00"), threshold=1, tz="+10:00")
    assert f.status.value == "violated"  # 23:00+10 = 13:00Z, 01:00+03 = 22:00Z: nine hours


def test_no_threshold_leaves_the_standard_undetermined_and_named():
    f = run(dict(date=dt.date(2022, 9, 22), time=dt.time(14, 0)),
            dict(date=dt.date(2022, 9, 22), time=dt.time(15, 0)))
    assert f.status.value == "undetermined"
    assert f.standards == ("promptly",)
    assert any("promptly" in m and "--standard" in m for m in f.missing)


def test_an_explicit_fact_decides_the_standard():
    f = run(dict(date=dt.date(2022, 9, 22)), dict(date=dt.date(2022, 9, 30), promptly=True))
    assert f.status.value == "compliant"
    assert "decided by the fact n.promptly" in str(f.explanation.breach.as_dict())


def test_no_notification_stated_is_unknown_not_false():
    inc = incident(consul(), event("d", "detention", subject="consul", date=dt.date(2022, 9, 22)))
    [f] = evaluate(rules(RULE), inc)
    assert f.status.value == "undetermined"
    assert any("notification" in m and "occurred: false" in m for m in f.missing)


def test_an_event_stated_not_to_have_happened_settles_it():
    inc = incident(consul(), event("d", "detention", subject="consul", date=dt.date(2022, 9, 22)),
                   event("n", "notification", concerning="d", negative=True))
    [f] = evaluate(rules(RULE), inc)
    assert f.status.value == "violated"


@pytest.mark.parametrize("op,limit,expected", [("<=", 48, "compliant"), (">", 48, "violated")])
def test_duration_literals(op, limit, expected):
    text = f'''rule vccr.26 "x"
  cites VCCR 26
  duty on receiving_state
  for each persona_non_grata as p
  violated when some departure as d where (time from p to d {op} {limit} hours)
end'''
    inc = incident(consul(), event("p", "persona_non_grata", subject="consul", date=dt.date(2022, 9, 26),
                                   time=dt.time(10, 0)),
                   event("x", "departure", subject="consul", date=dt.date(2022, 9, 28), time=dt.time(9, 0)))
    [f] = evaluate(rules(text), inc)
    # 47 hours: "<= 48" true -> violated clause true; "> 48" false
    assert f.status.value == ("violated" if op == "<=" else "compliant")


def test_a_narrower_negative_statement_does_not_rule_out_other_events():
    text = RULE.replace("n.concerning = e and time from e to n meets promptly", "n.concerning = e")
    inc = incident(consul(), event("d", "detention", subject="consul", date=dt.date(2022, 9, 22)),
                   event("n", "notification", concerning="d", recipient="family", negative=True))
    [f] = evaluate(rules(text), inc)
    assert f.status.value == "undetermined"  # no notification to the family says nothing of the post
