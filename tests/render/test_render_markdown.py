"""The Markdown memo: headings, quotes, reasoning lists, account table; user text stays text."""

from __future__ import annotations

import pytest

from vccheck.render import render
from vccheck.render.markdown import code, md

markdown_it = pytest.importorskip("markdown_it")  # installed with Rich


def parse(text: str):
    parser = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    return parser.parse(text)


def inline_types(tokens) -> set[str]:
    out = set()
    for token in tokens:
        out.add(token.type)
        for child in token.children or ():
            out.add(child.type)
    return out


def test_title_header_and_summary(report):
    text = render(report, "markdown")
    assert text.startswith("# Vienna Convention compliance memo: Detention of a Japanese consul by the FSB "
                           "in Vladivostok\n")
    assert "| Sending State | JP (Japan) |" in text
    assert "| **violated** | 1 | VCCR art. 41(1) |" in text
    assert "| **undetermined** | 2 | VCCR art. 42, VCCR art. 55(1) |" in text


def test_finding_heading_quote_and_reasoning(report):
    text = render(report, "markdown")
    heading = ("### VCCR art. 41(1) — No arrest or detention pending trial without a judicial decision: "
               "**violated**")
    assert heading in text
    assert text.index(heading) < text.index("### VCCR art. 42 ")  # violations first
    assert ("> Consular officers shall not be liable to arrest or detention pending trial, except in the case "
            "of a grave crime and pursuant to a decision by the competent judicial authority.") in text
    assert "- Breach: `not detention.judicial_decision` — **true**" in text
    assert "  - `detention.judicial_decision = false` (line 52, established; source: mofa-0927)" in text
    assert "- *Failed:* `vccr.41.1.grave_crime` (VCCR art. 41(1))" in text


def test_missing_facts_and_account_table(report):
    text = render(report, "markdown")
    assert "**Would decide it**\n\n- detention.head\\_of\\_post\\_notified\\_at" not in text  # intraword _ kept
    assert "- detention.head_of_post_notified_at" in text
    assert "| | Established facts | JP's account | RU's account |" in text
    assert "| Result | **undetermined** | **compliant** | **violated** |" in text
    assert "Disputed facts read: `alleged-purchase.unlawful`." in text


def test_memo_parses_as_intended(report):
    tokens = parse(render(report, "markdown"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0].startswith("Vienna Convention compliance memo")
    applicable = [f for f in report.findings if f.status.value != "not_applicable"]
    inapplicable = len(report.findings) - len(applicable)
    assert inapplicable  # the fixture has one, listed in a table rather than a section of its own
    assert sum(1 for h in headings if h.startswith("VCCR art.")) == len(applicable)
    assert "Provisions that do not apply on these facts" in headings
    assert sum(1 for t in tokens if t.type == "blockquote_open") == len(applicable)
    assert sum(1 for t in tokens if t.type == "table_open") == 4  # facts, summary, accounts, not applicable


def test_user_text_cannot_inject_markdown_or_controls(report, hostile):
    text = render(hostile, "markdown")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\[bold red\\]x\\[/\\]" in text
    tokens = parse(text)
    kinds = inline_types(tokens)
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "s_open"}
    # the same structure as the clean memo: no heading, quote or table added or broken by user text
    clean = parse(render(report, "markdown"))

    def count(toks, kind):
        return sum(t.type == kind for t in toks) + sum(c.type == kind for t in toks for c in t.children or ())

    for kind in ("heading_open", "blockquote_open", "table_open", "tr_open", "td_open", "bullet_list_open",
                 "em_open", "strong_open", "code_inline"):
        assert count(tokens, kind) == count(clean, kind), kind


@pytest.mark.parametrize("raw, escaped", [
    ("without_delay", "without_delay"),
    ("_x_", "\\_x\\_"),
    ("# title", "\\# title"),
    ("- item", "\\- item"),
    ("1. item", "1\\. item"),
    ("a | b", "a \\| b"),
    ("<b>", "\\<b\\>"),
    ("&amp;", "\\&amp;"),
    ("Jones & Co", "Jones & Co"),
    ("[x](y)", "\\[x\\](y)"),
])
def test_md_escapes(raw, escaped):
    assert md(raw) == escaped


def test_code_spans_hold_backticks():
    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
    assert code("plain") == "`plain`"
