"""Kleene three-valued logic: truth tables for and / or / not with unknown."""

import itertools

import pytest

from vccheck.engine.expressions import k_and, k_not, k_or

T, F, U = True, False, None


@pytest.mark.parametrize("a,b,expected", [
    (T, T, T), (T, F, F), (T, U, U),
    (F, T, F), (F, F, F), (F, U, F),
    (U, T, U), (U, F, F), (U, U, U),
])
def test_and(a, b, expected):
    assert k_and((a, b)) is expected


@pytest.mark.parametrize("a,b,expected", [
    (T, T, T), (T, F, T), (T, U, T),
    (F, T, T), (F, F, F), (F, U, U),
    (U, T, T), (U, F, U), (U, U, U),
])
def test_or(a, b, expected):
    assert k_or((a, b)) is expected


@pytest.mark.parametrize("a,expected", [(T, F), (F, T), (U, U)])
def test_not(a, expected):
    assert k_not(a) is expected


def test_de_morgan_holds_in_kleene_logic():
    for a, b in itertools.product((T, F, U), repeat=2):
        assert k_not(k_and((a, b))) is k_or((k_not(a), k_not(b)))


def test_expressions_in_rules_follow_the_tables():
    from tests.engine.factory import event, incident, rules
    from vccheck.engine.evaluate import evaluate

    values = {"t": "true", "f": "false", "u": "unknown"}
    for a, b in itertools.product("tfu", repeat=2):
        attrs = {}
        if a != "u":
            attrs["coercive"] = a == "t"
        if b != "u":
            attrs["about_official_acts"] = b == "t"
        inc = incident(event("q", "interrogation", **attrs))
        for op, fn in (("and", k_and), ("or", k_or)):
            rs = rules(f'''rule vccr.44.1 "x"
  cites VCCR 44(1)
  duty on receiving_state
  for each interrogation as q
  violated when q.coercive = true {op} q.about_official_acts = true
end''')
            [finding] = evaluate(rs, inc)
            expect = fn(({"t": T, "f": F, "u": U}[a], {"t": T, "f": F, "u": U}[b]))
            status = {T: "violated", F: "compliant", U: "undetermined"}[expect]
            assert finding.status.value == status, (a, op, b, values[a], values[b])
