"""``PlainText`` gives the characters ``rich.text.Text`` gives, without importing Rich.

The plain (piped) terminal report is laid out with ``render.plaintext``; these tests hold its wrapping,
folding, cropping, justification and cell widths to Rich's own on generated text: spaces of every
kind, long words, wide (CJK) characters, combining marks, the report's punctuation, control codes.
"""

import random

import pytest
from rich.cells import cell_len as rich_cell_len
from rich.cells import get_character_cell_size
from rich.text import Text

from vccheck.render import plaintext
from vccheck.render.plaintext import PlainText

PIECES = ["consul", "of", "the", "State", "art.", "41(1)", "—", "“quoted”", "→", "…", "領事官", "x", " ", "  ",
          "a" * 30, "inviolability_of_consular_premises", "\n", "e\u0301", "é", "Ж", "├──", "\u00a0", "\x07",
          "\u200b", "🙂", "§ 3", "(line 12)"]


def text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(0, 25)))


def plain_of(lines) -> list[str]:
    return [line.plain for line in lines]


@pytest.mark.parametrize("seed", range(300))
def test_wrap_gives_rich_characters(seed):
    rng = random.Random(seed)
    s = text(rng)
    width = rng.choice([1, 2, 3, 5, 8, 13, 20, 40, 80])
    justify = rng.choice([None, "default", "left", "right", "center"])
    own = rng.choice([None, "left", "right"])
    no_wrap = rng.choice([None, None, False, True])
    ours = PlainText(s, "bold", justify=own).wrap(None, width, justify=justify, overflow="fold", no_wrap=no_wrap)
    theirs = Text(s, "bold", justify=own).wrap(None, width, justify=justify, overflow="fold", no_wrap=no_wrap)
    assert plain_of(ours) == plain_of(theirs), (s, width, justify, no_wrap)
    assert [t.justify for t in ours] == [t.justify for t in theirs]


@pytest.mark.parametrize("seed", range(100))
def test_line_breaks_are_rich_s(seed):
    from rich._wrap import divide_line

    rng = random.Random(5_000 + seed)
    line = text(rng).replace("\n", " ")
    ascii_line = "".join(rng.choice(["a", "bb", " ", "  ", "x" * 17, "word ", "\u00a0"]) for _ in range(30))
    for width in (1, 2, 3, 4, 7, 10, 16, 17, 18, 33):
        assert plaintext.divide_line(line, width) == divide_line(line, width, fold=True), (line, width)
        assert plaintext.divide_line(ascii_line, width) == divide_line(ascii_line, width, fold=True)


@pytest.mark.parametrize("seed", range(100))
def test_composition_gives_rich_characters(seed):
    rng = random.Random(10_000 + seed)
    parts = [rng.choice(PIECES) for _ in range(rng.randint(0, 6))]
    styled = [(p, "dim") if rng.random() < 0.5 else p for p in parts]
    ours, theirs = PlainText.assemble(*styled, style="x"), Text.assemble(*styled, style="x")
    assert ours.plain == theirs.plain and ours.cell_len == theirs.cell_len and len(ours) == len(theirs)
    extra = rng.choice(PIECES)
    ours.append(extra, style="dim")
    theirs.append(extra, style="dim")
    ours.append_text(PlainText(extra))
    theirs.append_text(Text(extra))
    ours.pad_right(3)
    theirs.pad_right(3)
    assert ours.copy().plain == theirs.copy().plain == theirs.plain
    assert PlainText.assemble(ours, "·").plain == Text.assemble(theirs, "·").plain


def test_cell_widths_are_rich_s():
    rng = random.Random(7)
    samples = PIECES + [chr(c) for c in range(0x20, 0x3000, 7)] + ["".join(rng.choice(PIECES) for _ in range(9))
                                                                    for _ in range(200)]
    for s in samples:
        assert plaintext.cell_len(s) == rich_cell_len(s), repr(s)


def test_the_report_s_punctuation_is_one_cell_in_every_unicode_version_rich_knows():
    from rich._unicode_data._versions import VERSIONS

    for version in VERSIONS:
        for character in plaintext.REPORT_PUNCTUATION:
            assert get_character_cell_size(character, version) == 1, (character, version)


def test_rich_s_single_cell_characters_are_ours():
    from rich import cells

    assert cells._SINGLE_CELLS <= plaintext._SINGLE
    assert plaintext._SINGLE - cells._SINGLE_CELLS == set(plaintext.REPORT_PUNCTUATION)


@pytest.mark.parametrize("seed", range(40))
def test_what_the_report_never_asks_for_is_wrapped_by_rich(seed):
    """Tabs, other overflows, full justification: Rich wraps them (justify "full" needs a console)."""
    rng = random.Random(20_000 + seed)
    s = text(rng).replace(" ", rng.choice([" ", "\t", "  "]))
    width = rng.choice([3, 8, 20, 40])
    overflow = rng.choice(["fold", "crop", "ellipsis"])
    ours = PlainText(s).wrap(None, width, overflow=overflow)
    assert plain_of(ours) == plain_of(Text(s).wrap(None, width, overflow=overflow))
    assert all(type(line) is PlainText for line in ours)


def test_control_codes_are_stripped_as_rich_strips_them():
    """Printable text is kept as it is (no control code Rich strips is printable); text with any
    character of Unicode gives what rich.control.strip_control_codes gives."""
    from rich.control import strip_control_codes

    everything = "".join(map(chr, range(0x110000)))
    assert not any(chr(code).isprintable() for code in plaintext._STRIP)
    assert PlainText(everything).plain == strip_control_codes(everything)
    for code in (*plaintext._STRIP, 9, 10, 0x1B, 0x85, 0x2028):
        piece = f"a{chr(code)}b"
        assert PlainText(piece).plain == Text(piece).plain
        assert PlainText.assemble(piece, (piece, "x")).plain == Text.assemble(piece, (piece, "x")).plain
        assert PlainText("x").append(piece).plain == Text("x").append(piece).plain
