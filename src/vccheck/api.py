"""The Python API: check an incident and get the report object the renderers use.

For notebooks and other tools. Everything goes through ``vccheck.pipeline``,
as the CLI does, so the results are the same as ``vccheck check``.

Example (in a notebook)::

    from vccheck import api

    rules = api.load_rules()                       # parse the shipped rules once
    report = api.check("examples/vladivostok-2022.yaml", rules=rules)
    report.summary                                 # {'violated': 1, 'compliant': 2, ...}
    [(f.cite, f.status.value) for f in report.findings]

    # the same incident under a different assumption and a threshold
    api.check("examples/vladivostok-2022.yaml", rules=rules,
              assume=["detention.judicial_decision=true"], standards=["promptly=24h"])

    # an incident built in code: a mapping shaped like an incident file
    api.check({"vccheck": "incident/1", "title": "...", "sending_state": "JP", ...}, rules=rules)

    print(api.render(report))                      # the terminal report, plain text
    from IPython.display import Markdown
    Markdown(api.render(report, "markdown"))       # the memo, rendered in the notebook
    data = report.as_dict()                        # the JSON contract (vccheck.report/1)

Problems in the incident or the rules raise ``vccheck.diagnostics.DiagnosticError``;
its ``diagnostics`` say where (``file:line:col``) and what.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from vccheck.engine.findings import Finding, Report, Status
from vccheck.render import FORMATS

__all__ = ["check", "render", "load_rules", "Report", "Finding", "Status", "FORMATS"]


def load_rules(paths: Iterable[str | os.PathLike] = ()):
    """Parse and check rule files or folders (default: the shipped rules) into a rule set.

    Load once and pass it as ``rules=`` to ``check`` to check many incidents
    without parsing the rules again. Raises ``DiagnosticError`` on rule errors.
    """
    from vccheck import pipeline

    return pipeline.load_rules(tuple(os.fspath(p) for p in paths))


def check(incident: str | os.PathLike | Mapping, *, rules=None, assume: Iterable[str] = (),
          standards: Iterable[str] = (), instruments: Iterable[str] = (), only: Iterable[str] = ()) -> Report:
    """Check one incident and return its ``Report``.

    incident:    a path to an incident YAML file, or a mapping shaped like one.
    rules:       a rule set from ``load_rules``, or rule file/folder paths
                 (a str, a path, or a list of them); None: the shipped rules.
    assume:      "FACT=VALUE" statements taken as established, e.g.
                 "detention.judicial_decision=true" (like ``--assume``).
    standards:   "NAME=THRESHOLD" statements, e.g. "promptly=24h" (like ``--standard``).
    instruments: only these instruments' rules, e.g. ["VCCR"] (default: all).
    only:        only rules whose id starts with one of these prefixes, e.g. ["vccr.41"].
    """
    from vccheck import pipeline

    rule_paths: tuple[str, ...] = ()
    ruleset = None
    if isinstance(rules, (str, os.PathLike)):
        rule_paths = (os.fspath(rules),)
    elif isinstance(rules, (list, tuple)) and all(isinstance(p, (str, os.PathLike)) for p in rules):
        rule_paths = tuple(os.fspath(p) for p in rules)
    else:
        ruleset = rules
    options = pipeline.CheckOptions(rule_paths=rule_paths, instruments=tuple(i.upper() for i in instruments),
                                    only=tuple(only), assume=_strings(assume, "assume"),
                                    standards=_strings(standards, "standards"))
    source = incident if isinstance(incident, Mapping) else os.fspath(incident)
    return pipeline.check_incident(source, options, rules=ruleset)


def render(report: Report, fmt: str = "terminal", **opts) -> str:
    """The report as text: ``fmt`` is one of ``FORMATS`` (terminal, json, markdown, sarif).

    Options go to the renderer: terminal takes ``width``, ``color`` (default
    False: plain text) and ``explain``; sarif takes ``include_all`` and ``base_dir``.
    """
    from vccheck.render import render as _render

    return _render(report, fmt, **opts)


def _strings(values: Iterable[str], name: str) -> tuple[str, ...]:
    if isinstance(values, str):  # a single statement, not its characters
        values = (values,)
    out = tuple(values)
    for value in out:
        if not isinstance(value, str) or "=" not in value:
            raise ValueError(f"{name}: expected 'NAME=VALUE' strings, got {value!r}")
    return out
