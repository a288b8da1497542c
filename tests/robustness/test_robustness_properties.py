"""Property-based tests (Hypothesis): generated and mutated incident and rule files never crash vccheck.

For any input: no uncaught exception, exit code in {0, 1, 2} (never 3, the
internal-error code), and valid JSON whenever `--format json` succeeds.
Run longer with HYPOTHESIS_PROFILE=long (see conftest.py).
"""

import contextlib
import io
import json
import os
import tempfile

import yaml
from hypothesis import given, strategies as st

from vccheck.cli import main
from vccheck.facts import vocabulary as vocab

STATES = ["JP", "RU", "NO", "US", "ON"]


def _value(attr: vocab.Attr):
    t = attr.type
    if t == "bool":
        return st.sampled_from([True, False, "unknown", "yes", "maybe"])
    if t == "enum":
        return st.one_of(st.sampled_from(attr.values), st.text(max_size=8))
    if t == "date":
        return st.one_of(st.dates().map(str), st.sampled_from(["2022-02-30", "22/09/2022"]))
    if t == "time":
        return st.one_of(st.times().map(lambda x: x.strftime("%H:%M")), st.just("25:61"))
    if t == "duration":
        return st.sampled_from(["48h", "3d", "90m", "forever", "0h"])
    if t in ("int", "number"):
        return st.one_of(st.integers(-5, 100), st.floats(allow_nan=True))
    if t.startswith("ref:state"):
        return st.sampled_from(STATES)
    if t.startswith("ref:"):
        return st.sampled_from(["p1", "p2", "e1", "e2", "post", "nowhere"])
    if t == "timezone":
        return st.sampled_from(["Asia/Vladivostok", "+03:00", "Mars/Olympus", "UTC"])
    return st.text(max_size=20)


@st.composite
def incidents(draw):
    persons = {}
    for pid in ("p1", "p2"):
        attrs = draw(st.lists(st.sampled_from(sorted(vocab.PERSON)), max_size=5, unique=True))
        persons[pid] = {a: draw(_value(vocab.PERSON[a])) for a in attrs}
    events = []
    for i in range(draw(st.integers(0, 6))):
        etype = draw(st.sampled_from(sorted(vocab.EVENT_TYPES) + ["arest"]))
        ev = {"id": f"e{i + 1}", "type": etype}
        table = vocab.event_attrs(etype) if etype in vocab.EVENT_TYPES else vocab.EVENT_COMMON
        for a in draw(st.lists(st.sampled_from(sorted(set(table) - {"id", "type"})), max_size=6, unique=True)):
            value = draw(_value(table[a]))
            if draw(st.booleans()) and draw(st.booleans()):
                value = {"value": value, "alleged_by": draw(st.sampled_from(STATES)),
                         "denied_by": draw(st.sampled_from(STATES))}
            ev[a] = value
        events.append(ev)
    return {"vccheck": "incident/1", "title": draw(st.text(min_size=1, max_size=30)),
            "sending_state": "JP", "receiving_state": draw(st.sampled_from(["RU", "JP", "XX"])),
            "states": {"JP": "Japan", "RU": "Russia", "NO": "Norway", "US": "United States", "ON": "On"},
            "persons": persons, "events": events}


@st.composite
def mutated(draw, text_strategy):
    text = draw(text_strategy)
    lines = text.splitlines()
    for _ in range(draw(st.integers(0, 3))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["drop", "dup", "garble", "indent", "noop"]))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "garble":
            lines[i] = lines[i][: len(lines[i]) // 2] + draw(st.text(max_size=6))
        elif op == "indent":
            lines[i] = draw(st.sampled_from(["\t", "   ", ""])) + lines[i]
    return "\n".join(lines) + "\n"


def _run(args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _write(text: str, suffix: str) -> str:
    fd, path = tempfile.mkstemp(suffix=suffix)
    with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
        fh.write(text)
    return path


@given(mutated(incidents().map(lambda d: yaml.safe_dump(d, allow_unicode=True, sort_keys=False))))
def test_generated_incidents_never_crash(text):
    path = _write(text, ".yaml")
    try:
        code, out, err = _run(["check", path, "--format", "json"])
    finally:
        os.unlink(path)
    assert code in (0, 1, 2), err
    if code in (0, 1):
        assert json.loads(out)["schema"] == "vccheck.report/1"
    else:
        assert "error[" in err


with open(os.path.join(os.path.dirname(__file__), "..", "..", "rules", "vccr", "23-persona-non-grata.vcl"),
          encoding="utf-8") as _fh:
    _REAL_RULES = _fh.read()

_TOKENS = ["rule", "exception", "define", "standard", "end", "cites", "VCCR", "41(1)", "text", '"x"', "duty", "on",
           "receiving_state", "for", "each", "as", "e", "applies", "when", "violated", "true", "and", "or", "not",
           "(", ")", "{", "}", ",", ".", "=", "<=", "48", "hours", "some", "where", "time", "from", "to", "meets",
           "vccr.41.1", "#", "\n", "gives", "compliant", "in", "is", "known"]


@given(st.one_of(mutated(st.just(_REAL_RULES)),
                 st.lists(st.sampled_from(_TOKENS), max_size=60).map(" ".join),
                 st.text(max_size=200)))
def test_generated_rule_files_never_crash(text):
    path = _write(text, ".vcl")
    try:
        code, out, err = _run(["lint", "--no-tests", path, "--format", "json"])
    finally:
        os.unlink(path)
    assert code in (0, 2), err
    data = json.loads(out)
    assert ("errors" in data["summary"]) and (code == 2) == (data["summary"]["errors"] > 0)
