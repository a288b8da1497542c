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


@pytest.mark.parametrize("seed", range(40))
def test_grid_and_indent_match_rich(seed):
    rng = random.Random(seed)
    width = rng.choice([30, 41, 60, 80, 100, 137])
    gap = rng.choice([1, 2])
    rows = [(Text(rng.choice(["Date", "Subject:", "Receiving State", "  -", "領事"])), Text(words(rng, rng.randint(0, 40))))
            for _ in range(rng.randint(1, 5))]
    grid = Table.grid(padding=(0, gap))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        grid.add_row(label, value)
    assert ours(layout(width).grid(rows, width, gap)) == rich_lines(grid, width)
    left = rng.choice([2, 4])
    text = Text(words(rng, rng.randint(1, 60)))
    assert ours(indent(layout(width).wrap(text, width - left), left)) == \
        rich_lines(Padding(text, (0, 0, 0, left)), width)


def _trees(rng: random.Random, depth: int):
    label = words(rng, rng.randint(1, 12))
    ours_node, rich_node = Tree(Text(label)), RichTree(Text(label), guide_style="dim")
    if depth < 9:
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            child_ours, child_rich = _trees(rng, depth + 1)
            ours_node.children.append(child_ours)
            rich_node.children.append(child_rich)
    return ours_node, rich_node


@pytest.mark.parametrize("seed", range(40))
def test_tree_matches_rich_even_deeper_than_wide(seed):
    rng = random.Random(1000 + seed)
    width = rng.choice([24, 40, 60, 100])
    tree, rich_tree = _trees(rng, 0)
    assert ours(tree.lines(layout(width), width)) == rich_lines(rich_tree, width)


def test_styles_survive_the_layout():
    console = Console(file=io.StringIO(), width=40, force_terminal=True, color_system="standard", _environ={})
    lines = Layout(console).grid([(Text("Status", style="bold red"), Text("held", style="green"))], 40, 2)
    assert lines[0].spans and {str(s.style) for s in lines[0].spans} >= {"bold red", "green"}
