"""Exceptions: established, refuted, unknown; priority; conflicts; overlays."""

from tests.engine.factory import consul, event, incident, rules
from vccheck.engine.evaluate import evaluate

RULE_41 = '''
rule vccr.41.1 "No arrest or detention pending trial"
  cites VCCR 41(1)
  duty on receiving_state
  for each arrest or detention as e
  applies when e.subject.status = consular_officer and e.by = receiving_state
  violated when true
end
exception vccr.41.1.grave-crime "Grave crime and judicial decision"
  cites VCCR 41(1)
  to vccr.41.1
  gives compliant
  when e meets grave_crime and e.judicial_decision = true
end
standard grave_crime "grave crime"
  cites VCCR 41(1)
  measures max_penalty_years at least
end
'''


def check(*events, text=RULE_41, **kw):
    return evaluate(rules(text), incident(consul(), *events, **kw))


def test_exception_established_makes_detention_lawful():
    [f] = check(event("d", "detention", subject="consul", by="RU", grave_crime=True, judicial_decision=True))
    assert f.status.value == "compliant"
    assert f.explanation.exceptions[0].value.value == "true"
    assert "holds" in f.explanation.reason


def test_exception_refuted_leaves_the_violation():
    [f] = check(event("d", "detention", subject="consul", by="RU", grave_crime=True, judicial_decision=False))
    assert f.status.value == "violated"
    assert "No exception applies" in f.explanation.reason
    assert f.explanation.exceptions[0].value.value == "false"


def test_both_conditions_are_needed_a_grave_crime_alone_is_not_enough():
    [f] = check(event("d", "detention", subject="consul", by="RU", grave_crime=True))
    assert f.status.value == "undetermined"
    assert any("judicial_decision" in m for m in f.missing)
    [g] = check(event("d", "detention", subject="consul", by="RU", grave_crime=True, judicial_decision=False))
    assert g.status.value == "violated"


def test_no_judicial_decision_violates_whatever_the_offence():
    [f] = check(event("d", "detention", subject="consul", by="RU", judicial_decision=False))
    assert f.status.value == "violated"
    assert f.missing == ()


def test_unknown_exception_makes_the_finding_undetermined_and_says_what_would_decide():
    [f] = check(event("d", "detention", subject="consul", by="RU"))
    assert f.status.value == "undetermined"
    assert f.explanation.would_decide and "only if" in f.explanation.would_decide[0]
    assert any("grave_crime" in m for m in f.missing)
    assert any("judicial_decision" in m for m in f.missing)


def test_threshold_decides_grave_crime_by_penalty():
    from vccheck.engine.options import EngineOptions

    inc = incident(consul(), event("d", "detention", subject="consul", by="RU", max_penalty_years=10,
                                   judicial_decision=True))
    [f] = evaluate(rules(RULE_41), inc, EngineOptions(thresholds={"grave_crime": 5.0}))
    assert f.status.value == "compliant"
    [g] = evaluate(rules(RULE_41), inc, EngineOptions(thresholds={"grave_crime": 12.0}))
    assert g.status.value == "violated"


CONFLICT = '''
rule vccr.45.1 "x"
  cites VCCR 45(1)
  duty on receiving_state
  for each detention as e
  violated when true
end
exception vccr.45.1.a "A"
  cites VCCR 45(1)
  to vccr.45.1
  gives compliant
  when e.judicial_decision = true
end
exception vccr.45.1.b "B"
  cites VCCR 45(2)
  to vccr.45.1
  gives excused
  when e.flagrante_delicto = true
end
'''


def test_two_holding_exceptions_that_disagree_are_a_conflict_never_silently_resolved():
    [f] = check(event("d", "detention", judicial_decision=True, flagrante_delicto=True), text=CONFLICT)
    assert f.status.value == "undetermined"
    assert f.explanation.conflict == ("vccr.45.1.a", "vccr.45.1.b")
    assert "neither prevails" in f.explanation.reason


def test_priority_resolves_the_conflict():
    text = CONFLICT.replace('when e.flagrante_delicto = true\n', 'when e.flagrante_delicto = true\n  prevails over vccr.45.1.a\n')
    [f] = check(event("d", "detention", judicial_decision=True, flagrante_delicto=True), text=text)
    assert f.status.value == "excused"
    aside = [x for x in f.explanation.exceptions if x.set_aside_by]
    assert aside and aside[0].id == "vccr.45.1.a"


def test_excused_only_when_the_excusing_ground_is_established():
    [f] = check(event("d", "detention", flagrante_delicto=True), text=CONFLICT)
    assert f.status.value == "excused"
    [g] = check(event("d", "detention"), text=CONFLICT)
    assert g.status.value == "undetermined"


OVERLAY = RULE_41 + '''
rule jp-ussr.1966.x "Bilateral: no detention at all"
  cites JPUSSR 1(1)
  duty on receiving_state
  for each arrest or detention as e
  applies when e.subject.status = consular_officer
  violated when true
  overrides vccr.41.1
end
'''


def test_overlay_displaces_the_vienna_finding_and_says_so():
    fs = check(event("d", "detention", subject="consul", by="RU", grave_crime=True, judicial_decision=True),
               text=OVERLAY)
    vienna = next(f for f in fs if f.rule == "vccr.41.1")
    assert vienna.status.value == "violated"
    assert vienna.explanation.overridden_by == "jp-ussr.1966.x"
    assert "Displaced by the overlay" in vienna.explanation.reason


def test_instrument_not_in_force_makes_the_finding_not_applicable():
    import datetime as dt

    from vccheck.engine.options import EngineOptions, InForce

    periods = (InForce("VCCR", None, dt.date(2022, 1, 1), False, "RU not yet a party"),
               InForce("VCCR", dt.date(2022, 1, 1), None, True, "both parties"))
    inc = incident(consul(), event("d", "detention", subject="consul", by="RU", judicial_decision=False,
                                   date=dt.date(2021, 6, 1)))
    [f] = evaluate(rules(RULE_41), inc, EngineOptions(in_force=periods))
    assert f.status.value == "not_applicable"
    assert "did not bind both States on 2021-06-01" in f.explanation.reason
    inc2 = incident(consul(), event("d", "detention", subject="consul", by="RU", judicial_decision=False,
                                    date=dt.date(2022, 6, 1)))
    [g] = evaluate(rules(RULE_41), inc2, EngineOptions(in_force=periods))
    assert g.status.value == "violated"
    unknown = (InForce("VCCR", None, None, None, "entry into force for RU not in the data"),)
    [h] = evaluate(rules(RULE_41), inc2, EngineOptions(in_force=unknown))
    assert h.status.value == "undetermined"
    assert any("entry into force for RU not in the data" in m for m in h.missing)


def test_builtin_reservation_reads_the_party_data_three_valued():
    from tests.engine.factory import entity
    from vccheck.engine.options import EngineOptions

    text = '''rule vcdr.27.3 "Bag"
  cites VCDR 27(3)
  duty on receiving_state
  for each bag_opened as b
  violated when true
end
exception vcdr.27.3.reservation "Within a reservation"
  cites VCDR 27(3)
  to vcdr.27.3
  gives compliant
  when reservation(receiving_state, "VCDR 27") and b.within_reservation = true
end'''
    inc = incident(event("b", "bag_opened", by="RU", within_reservation=True))
    with_res = (("RU", "VCDR", "27", "3", "may open a bag on serious grounds"),)
    [f] = evaluate(rules(text), inc, EngineOptions(reservations=with_res))
    assert f.status.value == "compliant"
    assert "may open a bag on serious grounds" in str(f.explanation.as_dict(full=True))
    [g] = evaluate(rules(text), inc, EngineOptions(reservations=()))
    assert g.status.value == "violated"  # the party data shows no reservation
    [h] = evaluate(rules(text), inc, EngineOptions(reservations=None))
    assert h.status.value == "undetermined"  # the party data was not consulted


def test_a_finding_names_the_standards_its_exceptions_turn_on():
    """The standards of a finding come from the rule and its exceptions (a stored index of the rules):
    here only the exception measures one."""
    ruleset = rules(RULE_41)
    assert ruleset.standards_used == {"vccr.41.1": ("grave_crime",)}
    [f] = check(event("d1", "detention", subject="consul", by="RU", judicial_decision=True))
    assert f.standards == ("grave_crime",)
