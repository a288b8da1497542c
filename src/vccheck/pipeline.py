"""Runs the stages in order; the CLI, the Python API and the tests all go through here.

    rules:    rule files -> dsl.corpus.load_rules -> RuleSet
    facts:    incident YAML -> facts.loader.load_incident -> Incident
    parties:  applicability.assess(Incident) -> instruments in force between the States (Options.in_force)
    engine:   engine.evaluate(RuleSet, Incident, Options) -> findings
    report:   findings -> Report, completed with applicability, forum and reservations (render.* -> text)
"""

from __future__ import annotations


from vccheck.record import record
from collections.abc import Mapping, Sequence


@record
class CheckOptions:
    rule_paths: tuple[str, ...] = ()  # empty: the shipped rules
    instruments: tuple[str, ...] = ()  # empty: all
    only: tuple[str, ...] = ()  # rule id prefixes, e.g. ("vccr.41",)
    assume: tuple[str, ...] = ()  # "FACT=VALUE" statements
    standards: tuple[str, ...] = ()  # "NAME=THRESHOLD" statements


def load_rules(paths: Sequence[str] = ()):
    """The checked rules, from the compiled-rules cache when the files have not changed."""
    from vccheck.dsl.cache import load_rules_cached

    return load_rules_cached(tuple(paths))


def check_incident(incident: str | Mapping, options: CheckOptions = CheckOptions(), rules=None):
    """Check one incident (a path, or a mapping as an incident file would hold) -> Report."""
    from vccheck.gcpause import paused

    with paused():  # the whole check builds acyclic objects only (see vccheck.gcpause)
        return _check_incident(incident, options, rules)


def _check_incident(incident: str | Mapping, options: CheckOptions, rules):
    from vccheck import applicability
    from vccheck.engine import evaluate
    from vccheck.engine.options import EngineOptions
    from vccheck.facts import loader

    ruleset = rules if rules is not None else load_rules(options.rule_paths)
    if isinstance(incident, str):
        facts = loader.load_incident(incident)
    else:
        facts = loader.load_mapping(dict(incident))
    if options.assume:
        facts = loader.apply_assumptions(facts, options.assume)
    thresholds = loader.parse_thresholds(options.standards, facts)
    parties = applicability.assess(facts)  # instruments in force between the two States, by period
    engine_options = EngineOptions(thresholds=thresholds, instruments=options.instruments, only=options.only,
                                   assumptions=options.assume, in_force=parties.in_force,
                                   reservations=parties.rule_reservations())
    report = evaluate.build_report(ruleset, facts, engine_options)
    return parties.complete(report)  # applicability lines, forum, reservations
