"""Not-applicable findings decided on established facts alone have their explanation built when first read.

The deferral must be invisible: a deferred finding reads, compares, copies and
pickles exactly like one built eagerly, and resolving it later (after other
work on other incidents) gives the same explanation as resolving it at once.
"""

import dataclasses
import glob
import pickle

import pytest

from vccheck import pipeline
from vccheck.engine.evaluate import evaluate
from vccheck.engine.findings import Status
from vccheck.engine.options import EngineOptions
from vccheck.facts import loader

VLADIVOSTOK = "examples/vladivostok-2022.yaml"
DIKKO = "examples/dikko-1984.yaml"


def _deferred(findings):
    return [f for f in findings if "_resolve" in f.__dict__]


@pytest.fixture(scope="module")
def rules():
    return pipeline.load_rules(())


def test_most_not_applicable_findings_are_deferred_and_only_those(rules):
    findings = evaluate(rules, loader.load_incident(VLADIVOSTOK))
    deferred = _deferred(findings)
    assert len(deferred) > len(findings) / 2
    assert all(f.status is Status.NOT_APPLICABLE and not f.by_account and not f.depends_on_dispute
               for f in deferred)


def test_a_deferred_explanation_is_the_same_read_late_as_read_at_once(rules):
    early = evaluate(rules, loader.load_incident(DIKKO))
    early_dicts = [f.as_dict(full=True) for f in early]
    late = evaluate(rules, loader.load_incident(DIKKO))
    evaluate(rules, loader.load_incident(VLADIVOSTOK))  # other work in between
    assert [f.as_dict(full=True) for f in reversed(late)][::-1] == early_dicts


def test_deferred_explanation_says_why_and_points_to_a_fact(rules):
    findings = _deferred(evaluate(rules, loader.load_incident(VLADIVOSTOK)))
    for f in findings:
        assert f.explanation.reason.startswith("Not applicable")
        assert f.explanation.applies is not None or "did not bind" in f.explanation.reason
        assert f.decisive is not None


def test_the_decisive_fact_of_a_deferred_finding_can_be_read_first(rules):
    """(A class-level default would answer None before the finding computed it.)"""
    findings = _deferred(evaluate(rules, loader.load_incident(VLADIVOSTOK)))
    first = findings[0]
    assert first.decisive is not None
    assert "_resolve" not in first.__dict__ and first.explanation.reason.startswith("Not applicable")


def test_deferred_findings_compare_copy_and_pickle_like_eager_ones(rules):
    inc = loader.load_incident(VLADIVOSTOK)
    a = _deferred(evaluate(rules, inc))[0]
    b = _deferred(evaluate(rules, inc))[0]
    assert a == b and repr(a) == repr(b)
    copy = dataclasses.replace(a, status=Status.UNDETERMINED)
    assert copy.explanation == a.explanation and copy.status is Status.UNDETERMINED
    c = _deferred(evaluate(rules, inc))[0]
    restored = pickle.loads(pickle.dumps(c))
    assert restored == a and "_resolve" not in restored.__dict__
    with pytest.raises(AttributeError):
        a.no_such_field  # noqa: B018


def test_the_rule_fields_of_a_deferred_finding_are_read_when_asked_and_equal_eager_ones(rules):
    """A not-applicable finding reads its rule's texts (title, quote, notes...) only when a report asks
    for one of them; each field can be read first (no class-level default answers for it), and the
    finding then holds what a finding built eagerly holds."""
    from vccheck.engine import evaluate as engine
    from vccheck.engine.findings import STATIC_FIELDS, Finding

    inc = loader.load_incident(VLADIVOSTOK)
    for name in STATIC_FIELDS:
        f = _deferred(evaluate(rules, inc))[0]
        assert "_static" in f.__dict__ and name not in f.__dict__
        assert f.rule and f.citations and f.subject  # (a summary's fields are there at once)
        assert "_static" in f.__dict__
        value = getattr(f, name)
        assert "_static" not in f.__dict__
        rule = next(r for r in rules.rules if r.id == f.rule)
        eager = engine._static(rule, rules.exceptions_by_target.get(rule.id, ()), rules)
        assert value == eager[name] and all(getattr(f, n) == eager[n] for n in STATIC_FIELDS)
    g = _deferred(evaluate(rules, inc))[0]
    built = Finding(**{n: getattr(g, n) for n in Finding.__record_fields__})
    h = _deferred(evaluate(rules, inc))[0]
    assert h == built and repr(h) == repr(built) and pickle.loads(pickle.dumps(h)) == built
    assert dataclasses.replace(_deferred(evaluate(rules, inc))[0], status=Status.NOT_APPLICABLE) == built


def test_a_dispute_the_status_does_not_turn_on_is_not_reported_as_one(rules):
    """Dikko: crate-2 was a diplomatic bag (established), so VCCR's consular-bag rule does not apply on
    any account; whether its marks were visible (alleged by GB) does not matter to that."""
    findings = evaluate(rules, loader.load_incident(DIKKO), EngineOptions())
    marks = [f for f in findings if f.status is Status.NOT_APPLICABLE
             and "crate-2.visible_marks" in f.explanation.reason]
    assert marks
    assert all(f.disputed_facts == () and f.by_account == () for f in marks)


# -- the shortcuts change nothing ----------------------------------------------------------------------------

EXAMPLES = sorted(glob.glob("examples/*.yaml"))


def _accounts_traced(monkeypatch):
    """The engine as it ran before the accounts were decided without traces: each State's account is
    explained as it is decided (the established facts' first pass stays as it is)."""
    from vccheck.engine import evaluate as engine

    real = engine.Context

    def traced(incident, account, *args, **kwargs):
        ctx = real(incident, account, *args, **kwargs)
        if account is not None:
            ctx.tracing = True
        return ctx

    monkeypatch.setattr(engine, "Context", traced)


@pytest.mark.parametrize("path", EXAMPLES)
def test_accounts_decided_without_traces_give_what_traced_accounts_give(rules, path, monkeypatch):
    """Each State's account is decided without traces and its reason explained when read: statuses,
    accounts, reasons and explanations are those of accounts traced as they are decided."""
    inc = loader.load_incident(path)
    fast = evaluate(rules, inc)
    assert all("account_reasons" not in f.__dict__ for f in fast if f.by_account)  # not explained yet
    _accounts_traced(monkeypatch)
    slow = evaluate(rules, inc)
    assert [f.as_dict(full=True) for f in fast] == [f.as_dict(full=True) for f in slow]
    assert [(f.by_account, f.account_reasons) for f in fast] == [(f.by_account, f.account_reasons) for f in slow]
    assert fast == slow


def test_account_reasons_are_explained_when_read_and_say_each_states_result(rules):
    findings = [f for f in evaluate(rules, loader.load_incident(VLADIVOSTOK)) if f.by_account]
    assert findings and all("_reasons" in f.__dict__ for f in findings)
    for f in findings:
        reasons = dict(f.account_reasons)
        assert "_reasons" not in f.__dict__
        assert set(reasons) == {state for state, _ in f.by_account}
        for state, status in f.by_account:
            word = status.value.replace("_", " ")
            assert reasons[state].lower().startswith(word), (f.rule, state, reasons[state])
