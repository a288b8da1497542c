"""The engine is a pure function of (rules, facts, options): deterministic, no I/O, no global state."""

import builtins
import datetime as dt
import json
import os
import subprocess
import sys

from tests.engine.factory import consul, event, incident, rules
from tests.engine.test_disputes import RULES, facts
from vccheck.engine.evaluate import build_report, evaluate


def test_same_input_same_findings_and_order():
    inc = facts()
    a = evaluate(rules(RULES), inc)
    b = evaluate(rules(RULES), inc)
    assert [f.as_dict() for f in a] == [f.as_dict() for f in b]


def test_findings_are_ordered_by_rule_then_binding_in_file_order():
    inc = incident(consul("a"), consul("b"), event("d2", "detention", subject="b"),
                   event("d1", "detention", subject="a"))
    out = evaluate(rules(RULES), inc)
    assert [(f.rule, f.subject) for f in out] == [
        ("vccr.40", "a"), ("vccr.40", "b"), ("vccr.41.1", "d2"), ("vccr.41.1", "d1")]


def test_no_io_during_evaluation(monkeypatch):
    ruleset, inc = rules(RULES), facts()

    def forbidden(*a, **k):
        raise AssertionError("the engine must not do I/O")

    monkeypatch.setattr(builtins, "open", forbidden)
    monkeypatch.setattr(os, "listdir", forbidden)
    assert evaluate(ruleset, inc)


def test_inputs_are_not_changed():
    inc = facts()
    before = {k: dict(v.facts) for k, v in inc.entities.items()}
    evaluate(rules(RULES), inc)
    assert {k: dict(v.facts) for k, v in inc.entities.items()} == before


def test_report_json_is_identical_under_different_hash_seeds():
    code = ("import json,sys; sys.path.insert(0, '.');"
            "from tests.engine.test_disputes import RULES, facts; from tests.engine.factory import rules;"
            "from vccheck.engine.evaluate import build_report;"
            "print(json.dumps(build_report(rules(RULES), facts()).as_dict(), sort_keys=False))")
    outs = set()
    for seed in ("0", "123", "random"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(outs) == 1
    assert json.loads(outs.pop())["schema"] == "vccheck.report/1"


def test_the_cyclic_collector_is_paused_only_while_evaluating():
    """The engine pauses Python's cyclic GC while it builds findings (vccheck.gcpause) and always
    turns it back on, also when evaluation fails."""
    import gc

    from vccheck.gcpause import paused

    assert gc.isenabled()
    evaluate(rules(RULES), facts())
    assert gc.isenabled()
    try:
        with paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
