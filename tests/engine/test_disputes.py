"""Disputed facts: established facts alone, then each State's account."""

import datetime as dt

from tests.engine.factory import consul, event, incident, rules
from vccheck.engine.evaluate import evaluate

RULES = '''
rule vccr.55.1 "Respect for the laws of the receiving State"
  cites VCCR 55(1)
  duty on "members of the consular post"
  for each conduct as c
  applies when c.subject.status = consular_officer
  violated when c.unlawful = true
end
rule vccr.41.1 "No detention"
  cites VCCR 41(1)
  duty on receiving_state
  for each detention as e
  violated when true
end
exception vccr.41.1.x "Grave crime and judicial decision"
  cites VCCR 41(1)
  to vccr.41.1
  gives compliant
  when e.judicial_decision = true
end
rule vccr.40 "Due respect"
  cites VCCR 40
  duty on receiving_state
  for each person as p
  applies when p.status = consular_officer
  violated when some blindfolding as b where (b.subject = p and b.by = receiving_state)
end
'''


def facts():
    return incident(
        consul(),
        event("d", "detention", subject="consul", by="RU", judicial_decision=False, date=dt.date(2022, 9, 22)),
        event("c", "conduct", subject="consul",
              unlawful={"value": True, "alleged_by": ["RU"], "denied_by": ["JP"]}),
        event("b", "blindfolding", subject="consul", by="RU", alleged_by=["JP"]),
    )


def by_rule():
    return {f.rule: f for f in evaluate(rules(RULES), facts())}


def test_a_finding_that_turns_on_the_dispute():
    f = by_rule()["vccr.55.1"]
    assert f.status.value == "undetermined"  # the established facts do not settle it
    assert dict(f.by_account) == {"JP": f.status.__class__("compliant"), "RU": f.status.__class__("violated")}
    assert f.depends_on_dispute is True
    assert f.disputed_facts == ("c.unlawful",)
    assert any("alleged by RU" in m for m in f.missing)


def test_a_finding_the_dispute_does_not_touch():
    f = by_rule()["vccr.41.1"]
    assert f.status.value == "violated"
    assert f.by_account == ()
    assert f.depends_on_dispute is False


def test_an_uncontested_allegation_is_unknown_on_the_established_facts_and_on_the_other_account():
    f = by_rule()["vccr.40"]
    assert f.status.value == "undetermined"
    accounts = {s: st.value for s, st in f.by_account}
    assert accounts == {"JP": "violated", "RU": "undetermined"}
    assert f.depends_on_dispute is True


def test_account_reasons_are_given():
    f = by_rule()["vccr.55.1"]
    reasons = dict(f.account_reasons)
    assert reasons["RU"].startswith("Violated")
    assert reasons["JP"].startswith("Compliant")


def test_denied_event_did_not_happen_on_the_denying_account():
    inc = incident(consul(), event("b", "blindfolding", subject="consul", by="RU", alleged_by=["JP"],
                                   denied_by=["RU"]))
    [f] = [x for x in evaluate(rules(RULES), inc) if x.rule == "vccr.40"]
    assert {s: st.value for s, st in f.by_account} == {"JP": "violated", "RU": "compliant"}


def test_a_denied_reference_rules_that_value_out_on_the_denying_account():
    from tests.engine.factory import entity, fact

    text = '''rule vcdr.27.4 "Bag marks"
  cites VCDR 27(4)
  duty on sending_state
  for each thing as t
  applies when t.kind = diplomatic_bag and some mission as m where (t.mission = m)
  violated when t.visible_marks = false
end'''
    crate = entity("crate", "thing", visible_marks=False,
                   mission={"value": "hc", "alleged_by": ["GB"], "denied_by": ["NG"]})
    crate.facts["kind"] = fact("crate", "kind", "diplomatic_bag")
    inc = incident(entity("hc", "mission", name="High Commission"), crate, sending="NG", receiving="GB")
    [f] = evaluate(rules(text), inc)
    assert f.status.value == "undetermined"  # whose bag it was is disputed
    assert {s: st.value for s, st in f.by_account} == {"GB": "violated", "NG": "not_applicable"}
