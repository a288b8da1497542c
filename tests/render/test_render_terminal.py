"""The terminal report: order, content, 80 columns, no colour codes, no markup injection."""

from __future__ import annotations

import re

import pytest

import render_fixtures
from vccheck.render import render
from vccheck.render.terminal import export_svg

ANSI = re.compile(r"\x1b")


def lines(text: str) -> list[str]:
    return text.splitlines()


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize("which", ["sample", "hostile"])
def test_fits_80_columns_without_ansi(which, explain):
    report = render_fixtures.sample_report() if which == "sample" else render_fixtures.hostile_report()
    text = render(report, "terminal", width=80, color=False, explain=explain)
    assert max(len(line) for line in lines(text)) <= 80
    assert not ANSI.search(text)
    assert "\x07" not in text and "\x9b" not in text and "\u202e" not in text


def test_width_is_respected(report):
    wide = render(report, "terminal", width=120)
    assert max(len(line) for line in lines(wide)) <= 120
    assert max(len(line) for line in lines(wide)) > 80


def test_colour_only_when_asked(report):
    assert not ANSI.search(render(report, "terminal"))  # the default is plain
    coloured = render(report, "terminal", color=True, width=80)
    assert "\x1b[" in coloured
    plain = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert "VIOLATED" in plain


def test_order_header_summary_then_findings_violations_first(report):
    text = render(report, "terminal", width=80)
    first = text.index
    assert text.startswith("Detention of a Japanese consul by the FSB in Vladivostok\n")
    assert first("Date") < first("Sending State") < first("Findings by status") < first("VIOLATED  VCCR art. 41(1)")
    assert first("VIOLATED  VCCR art. 41(1)") < first("UNDETERMINED  VCCR art. 42") \
        < first("UNDETERMINED  VCCR art. 55(1)") < first("COMPLIANT  VCCR art. 23(1)") \
        < first("not applicable (listed in the summary)")
    assert "NOT APPLICABLE  VCCR art. 41(2)" not in text  # its reason only with --explain
    full = render(report, "terminal", width=80, explain=True)
    assert full.index("COMPLIANT  VCCR art. 23(1)") < full.index("NOT APPLICABLE  VCCR art. 41(2)")


def test_header_shows_parties_instruments_accounts_assumptions(report):
    text = render(report, "terminal", width=80)
    for expected in ("2022-09-22", "examples/vladivostok-2022.yaml", "JP (Japan)", "RU (Russian Federation)",
                     "VCCR", "JP's account", "consul.category=career", "without_delay = 48h",
                     "VCCR applies", "Forum"):
        assert expected in text, expected


def test_summary_table_counts_by_status(report):
    text = render(report, "terminal", width=80)
    summary = text[text.index("Findings by status"):text.index("VIOLATED  ")]
    assert re.search(r"violated\s+1\s+VCCR art\. 41\(1\)", summary)
    assert re.search(r"undetermined\s+2\s+VCCR art\. 42, VCCR art\. 55\(1\)", summary)
    assert re.search(r"excused\s+0", summary)


def test_violated_finding_shows_quote_reason_facts_exception(report):
    text = render(report, "terminal", width=100)
    block = text[text.index("VIOLATED  "):text.index("UNDETERMINED  ")]
    assert "“Consular officers shall not be liable to arrest" in block
    assert "Reason: The consul was detained pending trial" in block
    assert "detention.judicial_decision = false  (line 52, established)" in block
    assert "failed  vccr.41.1.grave_crime" in block
    assert "Subject: consul (the consul, a career consular officer of Japan)" in block


def test_undetermined_finding_says_what_would_decide_it(report):
    text = render(report, "terminal", width=100)
    block = text[text.index("UNDETERMINED  VCCR art. 42"):text.index("UNDETERMINED  VCCR art. 55(1)")]
    assert "Would decide it:" in block
    assert "- detention.head_of_post_notified_at" in block
    assert "- lawful only if the head of the consular post was notified promptly" in block
    assert "Turns on the standard: promptly" in block


def test_dispute_shows_each_account_side_by_side(report):
    text = render(report, "terminal", width=80)
    block = text[text.index("UNDETERMINED  VCCR art. 55(1)"):text.index("COMPLIANT  ")]
    assert re.search(r"established facts\s+JP's account\s+RU's account", block)
    assert re.search(r"undetermined\s+compliant\s+violated", block)
    assert "The result depends on whose account is accepted." in block


def test_compact_by_default_full_trees_with_explain(report):
    compact = render(report, "terminal", width=100)
    full = render(report, "terminal", width=100, explain=True)
    assert "applies when:" not in compact.split("COMPLIANT  ")[0]
    assert "applies when: detention.subject.status == consular_officer  → true" in full
    assert "detention.grave_crime = unknown  (not in the file)" in full  # inside the exception's tree
    assert "source: mofa-0927" in full and "source: mofa-0927" not in compact
    assert "Rules with nothing in the facts to check:" in full
    assert "--explain" in compact
    # compliant and not-applicable findings are short unless --explain
    assert "“The receiving State may at any time" not in compact
    assert "“The receiving State may at any time" in full


def test_user_text_is_never_markup(hostile):
    for color in (False, True):
        text = render(hostile, "terminal", width=80, color=color, explain=True)
        assert "[bold red]x[/]" in text
        assert ":smile:" in text  # no emoji substitution either
        assert "\x1b]" not in text and "\x07" not in text
        assert "http://evil" not in text


def test_plain_output_has_no_trailing_spaces(report):
    assert all(line == line.rstrip() for line in lines(render(report, "terminal", width=80, explain=True)))


def test_export_svg(tmp_path, hostile):
    path = tmp_path / "report.svg"
    export_svg(hostile, str(path), width=80)
    svg = path.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg")
    assert "<b>html</b>" not in svg and "\x1b" not in svg
    export_svg(hostile, str(tmp_path / "again.svg"), width=80)
    assert (tmp_path / "again.svg").read_text(encoding="utf-8") == svg


def test_too_narrow_a_report_is_refused_not_truncated(report):
    """Below 40 columns the label columns and tree guides would leave no room: an error, never text lost."""
    with pytest.raises(ValueError, match="at least 40 columns"):
        render(report, "terminal", width=39)
    narrowest = render(report, "terminal", width=40, explain=True)
    assert max(len(line) for line in narrowest.splitlines()) <= 40
    for word in ("VIOLATED", "Reasoning:", "Findings by status"):
        assert (word in narrowest) == (word in render(report, "terminal", width=120, explain=True))
