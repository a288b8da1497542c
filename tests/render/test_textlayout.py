"""The terminal's own layout (grids, indents, trees) draws what Rich's Table.grid, Padding and Tree draw.

The terminal report is composed from lines (``render.textlayout``) rather than nested Rich renderables,
for speed; these tests hold it to Rich's own drawing of the same structure, on generated texts: long
words folded, several paragraphs, wide (CJK) characters, deep trees narrower than their labels.
"""

import io
import random

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.tree import Tree as RichTree

from vccheck.render.plaintext import PlainText
from vccheck.render.terminal import make_console
from vccheck.render.textlayout import Layout, Tree, indent

WORDS = ["consul", "detention", "of", "the", "receiving", "State", "art.", "41(1)", "—", "領事官", "x",
         "inviolability_of_consular_premises_and_archives", "a" * 70, "(line 12, established)"]


def words(rng: random.Random, n: int) -> str:
    parts = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.2:
        parts.insert(rng.randrange(len(parts) + 1), "\n")
    return " ".join(parts).replace(" \n ", "\n")


def rich_lines(renderable, width: int) -> list[str]:
    buffer = io.StringIO()
    make_console(buffer, width=width).print(renderable)
    return [line.rstrip() for line in buffer.getvalue().split("\n")[:-1]]


def ours(lines) -> list[str]:
    return [line.plain.rstrip() for line in lines]


def layout(width: int) -> Layout:
    return Layout(make_console(io.StringIO(), width=width))


def plain(text: Text) -> PlainText:
    """The same text as a plain report lays it out (without Rich)."""
    return PlainText(text.plain, justify=text.justify, no_wrap=text.no_wrap)


def plain_layout(width: int) -> Layout:
    return Layout(None, lambda: make_console(io.StringIO(), width=width))


@pytest.mark.parametrize("seed", range(40))
def test_grid_and_indent_match_rich(seed):
    rng = random.Random(seed)
    width = rng.choice([30, 41, 60, 80, 100, 137])
    gap = rng.choice([1, 2])
    labels = ["Date", "Subject:", "Receiving State", "  -", "領事"]
    rows = [(Text(rng.choice(labels)), Text(words(rng, rng.randint(0, 40)))) for _ in range(rng.randint(1, 5))]
    grid = Table.grid(padding=(0, gap))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        grid.add_row(label, value)
    assert ours(layout(width).grid(rows, width, gap)) == rich_lines(grid, width)
    plain_rows = [(plain(label), plain(value)) for label, value in rows]
    assert ours(plain_layout(width).grid(plain_rows, width, gap, "dim")) == rich_lines(grid, width)
    left = rng.choice([2, 4])
    text = Text(words(rng, rng.randint(1, 60)))
    assert ours(indent(layout(width).wrap(text, width - left), left)) == \
        rich_lines(Padding(text, (0, 0, 0, left)), width)
    assert ours(indent(plain_layout(width).wrap(plain(text), width - left), left)) == \
        rich_lines(Padding(text, (0, 0, 0, left)), width)


def _trees(rng: random.Random, depth: int, text=Text):
    label = words(rng, rng.randint(1, 12))
    ours_node, rich_node = Tree(text(label)), RichTree(Text(label), guide_style="dim")
    if depth < 9:
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            child_ours, child_rich = _trees(rng, depth + 1, text)
            ours_node.children.append(child_ours)
            rich_node.children.append(child_rich)
    return ours_node, rich_node


@pytest.mark.parametrize("seed", range(40))
def test_tree_matches_rich_even_deeper_than_wide(seed):
    rng = random.Random(1000 + seed)
    width = rng.choice([24, 40, 60, 100])
    tree, rich_tree = _trees(rng, 0)
    assert ours(tree.lines(layout(width), width)) == rich_lines(rich_tree, width)
    plain_tree, rich_tree = _trees(random.Random(1000 + seed), 0, PlainText)
    assert ours(plain_tree.lines(plain_layout(width), width)) == rich_lines(rich_tree, width)


def test_styles_survive_the_layout():
    console = Console(file=io.StringIO(), width=40, force_terminal=True, color_system="standard", _environ={})
    lines = Layout(console).grid([(Text("Status", style="bold red"), Text("held", style="green"))], 40, 2)
    assert lines[0].spans and {str(s.style) for s in lines[0].spans} >= {"bold red", "green"}


def _table_case(seed: int, realistic: bool):
    """Random tables; ``realistic``: short cells but in the last column (the shape of the report's)."""
    rng = random.Random(2000 + seed)
    width = rng.choice([30, 50, 80, 100, 137])
    n = rng.choice([2, 3, 4])
    columns = [(rng.choice(["Status", "Count", "Provisions", "JP's account", "established facts"]),
                rng.choice(["left", "right"]), rng.random() < 0.3) for _ in range(n)]
    if realistic:
        columns[-1] = (columns[-1][0], "left", False)

    def cell(i):
        size = rng.choice([0, 1, 2, 30]) if not realistic or i == n - 1 else rng.choice([0, 1, 2])
        return Text(" ".join(w for w in words(rng, size).split() if len(w) < 20 or i == n - 1))

    rows = [[cell(i) for i in range(n)] for _ in range(rng.randint(1, 6))]
    title = Text(words(rng, rng.randint(1, 8)).replace("\n", " "), style="bold")
    return width, columns, rows, title


def _rich_table(title, columns, rows):
    from rich import box

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for heading, justify, no_wrap in columns:
        table.add_column(heading, justify=justify, no_wrap=no_wrap, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


@pytest.mark.parametrize("seed", range(60))
def test_table_matches_rich(seed):
    width, columns, rows, title = _table_case(seed, realistic=True)
    drawn = layout(width).table(title, columns, rows, width)
    expected = rich_lines(_rich_table(title, columns, rows), width)
    if drawn is not None:  # else the caller draws it with Rich
        assert ours(drawn) == expected
    plain_rows = [[plain(cell) for cell in row] for row in rows]
    drawn_plain = plain_layout(width).table(plain(title), columns, plain_rows, width)
    assert (drawn_plain is None) == (drawn is None)
    if drawn_plain is None:
        drawn_plain = plain_layout(width).rich_table(plain(title), columns, plain_rows, width)
        assert all(type(line) is PlainText for line in drawn_plain)
    assert ours(drawn_plain) == expected


def test_most_report_shaped_tables_are_drawn_without_rich():
    cases = [_table_case(seed, realistic=True) for seed in range(60)]
    assert sum(layout(w).table(t, c, r, w) is not None for w, c, r, t in cases) >= 40


@pytest.mark.parametrize("seed", range(60))
def test_any_table_matches_rich_or_is_left_to_rich(seed):
    width, columns, rows, title = _table_case(seed, realistic=False)
    drawn = layout(width).table(title, columns, rows, width)
    if drawn is not None:
        assert ours(drawn) == rich_lines(_rich_table(title, columns, rows), width)


def test_the_examples_reports_need_no_rich_table():
    """The summary and accounts tables of every example are drawn here (rich.table, with its import,
    only for tables whose columns must share the shrinking)."""
    import subprocess
    import sys

    code = ("import glob, io, sys, contextlib\nfrom vccheck.cli import main\n"
            "for path in sorted(glob.glob('examples/*.yaml')):\n"
            "    with contextlib.redirect_stdout(io.StringIO()): main([path])\n"
            "print('rich.table' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.parametrize("seed", range(30))
def test_a_layout_without_a_console_lays_out_the_same(seed):
    """A plain report is laid out without a console (so that it never imports rich.console): the same
    wrapped lines, grids and tables; a console is made only when Rich must draw a table."""
    made = []

    def make():
        made.append(1)
        return make_console(io.StringIO(), width=width)

    width, columns, rows, title = _table_case(seed, realistic=seed % 2 == 0)
    bare, full = Layout(None, make), layout(width)
    text = Text(words(random.Random(seed), 40), style="italic")
    assert ours(bare.wrap(text, width)) == ours(full.wrap(text, width))
    grid = [(Text("Label:"), text), (Text("L"), Text(words(random.Random(seed + 1), 7)))]
    assert ours(bare.grid(grid, width, 2, "dim")) == ours(full.grid(grid, width, 2, "dim"))
    drawn = bare.table(title, columns, rows, width)
    assert (drawn is None) == (full.table(title, columns, rows, width) is None)
    if drawn is not None:
        assert ours(drawn) == ours(full.table(title, columns, rows, width)) and not made
    else:
        assert ours(bare.rich_table(title, columns, rows, width)) == rich_lines(
            _rich_table(title, columns, rows), width) and made == [1]
