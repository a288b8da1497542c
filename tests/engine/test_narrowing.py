"""Looking candidates up by an index (``some ... where x.subject = e.subject``, ``d = e or ...``) must
never change a finding: the same reports with and without the index (but for disputed facts about
events that could not match anyway)."""

import os
import sys

import pytest

from vccheck import pipeline
from vccheck.engine import quantifiers
from vccheck.engine.evaluate import evaluate
from vccheck.facts import loader

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return pipeline.load_rules(())


def _reports(rules, incident, monkeypatch):
    narrowed = [f.as_dict(full=True) for f in evaluate(rules, incident)]
    monkeypatch.setattr(quantifiers, "_NARROW_AT", 10 ** 9)  # every candidate checked
    every = [f.as_dict(full=True) for f in evaluate(rules, incident)]
    return narrowed, every


@pytest.mark.parametrize("spread", [False, True], ids=["six-persons", "mass-incident"])
def test_the_index_changes_no_finding_on_generated_incidents(rules, tmp_path, monkeypatch, spread):
    [path] = generate.generate(str(tmp_path), 1, (120, 120), seed=7, spread=spread)
    incident = loader.load_incident(path)
    narrowed, every = _reports(rules, incident, monkeypatch)
    assert len(narrowed) == len(every) > 500
    for a, b in zip(narrowed, every):
        # the index leaves out events that cannot match on established facts; whether they happened
        # (even if disputed) does not matter to the finding, so they are not among its disputed facts
        assert set(a.pop("disputed_facts")) <= set(b.pop("disputed_facts"))
        assert a == b


def test_the_index_is_used_through_a_disjunction(rules, tmp_path, monkeypatch):
    """nationality_apparent(e): ``some arrest ... as d where ((d = e or about_custody(d, e)) and ...)``"""
    [path] = generate.generate(str(tmp_path), 1, (120, 120), seed=7, spread=True)
    incident = loader.load_incident(path)
    checked = []
    original = quantifiers._match

    def counting(ctx, condition, env, occ, show):
        checked.append(condition.text)
        return original(ctx, condition, env, occ, show)

    monkeypatch.setattr(quantifiers, "_match", counting)
    evaluate(rules, incident)
    with_index = sum("d = e or about_custody(d, e)" in c for c in checked)
    checked.clear()
    monkeypatch.setattr(quantifiers, "_NARROW_AT", 10 ** 9)
    evaluate(rules, incident)
    without = sum("d = e or about_custody(d, e)" in c for c in checked)
    assert with_index * 3 < without
