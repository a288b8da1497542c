"""docs/output-formats.md names every key the JSON contracts write (so the reference cannot fall behind)."""

import os
import re

from vccheck import pipeline
from vccheck.diagnostics import Diagnostic, SourcePos

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA_MAPPINGS = {"bindings", "states", "by_account", "thresholds"}  # their keys are data, not field names


def _keys(value, out: set) -> set:
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            if k not in DATA_MAPPINGS:
                _keys(v, out)
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def test_every_key_of_the_report_and_batch_line_is_documented():
    doc = open(os.path.join(ROOT, "docs", "output-formats.md"), encoding="utf-8").read()
    named = set(re.findall(r"`([a-z_]+)`", doc))
    report = pipeline.check_incident(os.path.join(ROOT, "examples", "vladivostok-2022.yaml"))
    keys = _keys(report.as_dict(full=True), set()) | _keys(report.as_brief(), set())
    keys |= set(Diagnostic(SourcePos("f", 1, 1), "code", "message").as_dict())
    assert {"rule", "because", "decisive_fact", "would_decide"} <= keys  # the walk reached the trees
    missing = sorted(keys - named)
    assert not missing, f"document these keys in docs/output-formats.md: {missing}"
