"""A condition decided without an explanation (compiled, engine.decide) has the value the traced
evaluation (engine.expressions) gives it: on every rule, exception and binding of the examples and of
generated incidents, on the established facts and under each State's account."""

import glob
import os
import sys

import pytest

from vccheck import pipeline
from vccheck.engine.context import Context
from vccheck.engine.decide import decided
from vccheck.engine.expressions import truth
from vccheck.facts import loader

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return pipeline.load_rules(())


def _incidents(tmp_path_factory):
    paths = sorted(glob.glob(os.path.join(ROOT, "examples", "*.yaml")))
    folder = str(tmp_path_factory.mktemp("generated"))
    paths += generate.generate(folder, 6, (15, 60), seed=7)
    paths += generate.generate(os.path.join(folder, "mass"), 2, (60, 60), seed=8, spread=True)
    return paths


def test_decided_conditions_have_their_traced_value(rules, tmp_path_factory):
    compared = 0
    for path in _incidents(tmp_path_factory):
        incident = loader.load_incident(path)
        for account in (None, *incident.parties):
            def ctx(tracing):
                return Context(incident, account, {}, rules.definitions, rules.standards, tracing)
            traced, untraced = ctx(True), ctx(False)
            for rule in rules.rules:
                bindings = [None] if rule.for_each is None else traced.candidates(rule.for_each.kinds)
                conditions = [rule.applies, rule.violated, rule.compliant] + \
                    [x.when for x in rules.exceptions_by_target.get(rule.id, ())]
                for entity in bindings:
                    env = {} if entity is None else {rule.for_each.var: entity}
                    for condition in conditions:
                        if condition is None:
                            continue
                        expected = truth(traced, condition, env)[0]
                        assert decided(condition)(untraced, env) is expected, (path, account, rule.id, condition.text)
                        compared += 1
    assert compared > 10_000
