"""The registry, lazy imports (no Rich or Lark for machine formats) and safe_text."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vccheck.render import FORMATS, RENDERERS, get_renderer, render
from vccheck.render.common import natural_key, safe_text, sorted_findings
from vccheck.engine.findings import Status

HERE = Path(__file__).parent
SRC = HERE.parent.parent / "src" / "vccheck"


def test_registry_names_every_format():
    assert FORMATS == tuple(RENDERERS) == ("terminal", "json", "markdown", "sarif")
    assert all(module.startswith("vccheck.render.") for module in RENDERERS.values())
    for fmt in FORMATS:
        assert callable(get_renderer(fmt))


def test_unknown_format_says_which_exist(report):
    with pytest.raises(ValueError, match="terminal, json, markdown, sarif"):
        render(report, "html")


def test_renderers_are_strings_and_pure(report):
    for fmt in FORMATS:
        first = render(report, fmt)
        assert isinstance(first, str) and first.endswith("\n")
        assert render(report, fmt) == first


def test_only_terminal_imports_rich():
    """The terminal report and its layout; plaintext for the widths of CJK and other wide text only."""
    for path in sorted((SRC / "render").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        imports_rich = "import rich" in text or "from rich" in text
        assert imports_rich == (path.name in ("terminal.py", "textlayout.py", "plaintext.py")), path.name
        assert "lark" not in text, path.name


def test_modules_stay_small():
    paths = [*(SRC / "render").glob("*.py"), SRC / "commands" / "check.py", SRC / "commands" / "batch.py",
             SRC / "api.py"]
    for path in paths:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


IMPORT_CHECK = """
import sys
import render_fixtures
from vccheck import pipeline
pipeline.check_incident = lambda path, options=None, rules=None: render_fixtures.sample_report()
from vccheck.cli import main
from vccheck.render import render
report = render_fixtures.sample_report()
for fmt in ("json", "markdown", "sarif"):
    render(report, fmt)
code = main([sys.argv[1], "--format", "json", "--output", sys.argv[2]])
assert code == 1, code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("rich", "lark"))
print(" ".join(heavy))
"""


def test_json_path_imports_neither_rich_nor_lark(tmp_path):
    incident = tmp_path / "incident.yaml"
    incident.write_text("title: x\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", IMPORT_CHECK, str(incident), str(tmp_path / "out.json")],
                          cwd=HERE, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.parametrize("raw, shown", [
    ("plain text", "plain text"),
    ("\x1b]8;;http://evil\x07click\x1b]8;;\x07", "click"),
    ("\x1b]0;title\x1b\\after", "after"),
    ("\x1b[31mred\x1b[0m", "red"),
    ("\x9b31mred", "red"),
    ("bell\x07 null\x00", "bell\\x07 null\\x00"),
    ("trailing escape\x1b", "trailing escape\\x1b"),
    ("a\tb", "a b"),
    ("line one\nline two\r\nthree", "line one line two three"),
    ("rtl \u202egnp.exe", "rtl \\u202egnp.exe"),
    ("[bold red]x[/]", "[bold red]x[/]"),
    (None, ""),
])
def test_safe_text(raw, shown):
    assert safe_text(raw) == shown


def test_safe_text_multiline_keeps_lines():
    assert safe_text("a\r\nb\x1b[2Jc", multiline=True) == "a\nbc"


def _safe_text_in_full(text: str, multiline: bool) -> str:
    """safe_text without its shortcut for printable text: every pattern applied."""
    from vccheck.render import common

    text = re.sub(common._LINE_BREAKS, "\n", text)
    text = re.sub(common._ESCAPE_SEQUENCE, "", text, flags=re.VERBOSE)
    text = re.sub(common._CONTROL, common._visible, text)
    text = text.replace("\t", " ")
    if not multiline:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip()) if "\n" in text else text
    return text


def test_safe_text_shortcut_changes_nothing():
    """Printable text is returned as it is: no pattern finds anything in text made of all of Unicode's
    printable characters (each pattern starts with a character that is not), and random strings give
    what applying every pattern gives (fails if a pattern could match printable text)."""
    from vccheck.render import common

    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    for pattern in (common._LINE_BREAKS, common._ESCAPE_SEQUENCE, common._CONTROL, "[\t\n]"):
        assert re.search(pattern, printable, flags=re.VERBOSE) is None
    assert safe_text(printable) == printable
    # nor with line feeds and tabs among them (text of several lines: its tabs and line feeds only handled)
    spaced = "".join(c + "\n\t"[i % 2] for i, c in enumerate(printable))
    for pattern in (common._LINE_BREAKS, common._ESCAPE_SEQUENCE, common._CONTROL):
        assert re.search(pattern, spaced, flags=re.VERBOSE) is None
    for multiline in (False, True):
        assert safe_text(spaced, multiline=multiline) == _safe_text_in_full(spaced, multiline)
    rng = random.Random(7)
    alphabet = "ab \t\n\n\t\r\x1b\x07\x9b\x9c\x85[]0;m\\\u2028\u202e\u00e9\u4e00"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for multiline in (False, True):
            assert safe_text(text, multiline=multiline) == _safe_text_in_full(text, multiline), repr(text)


def test_findings_sorted_violations_first_then_rule_then_subject(report):
    order = [(f.status, f.rule) for f in sorted_findings(report.findings)]
    assert order == [(Status.VIOLATED, "vccr.41.1"), (Status.UNDETERMINED, "vccr.42"),
                     (Status.UNDETERMINED, "vccr.55.1"), (Status.COMPLIANT, "vccr.23.1"),
                     (Status.NOT_APPLICABLE, "vccr.41.2")]


def test_natural_key_orders_article_numbers():
    ids = ["vccr.41.1", "vccr.5", "vccr.36.1.b", "vccr.36.1.a", "vcdr.29"]
    assert sorted(ids, key=natural_key) == ["vccr.5", "vccr.36.1.a", "vccr.36.1.b", "vccr.41.1", "vcdr.29"]
