"""Terminal layout as lines of styled text (``rich.text.Text``), for ``render.terminal``.

The report is laid out as lines: paragraphs wrapped by Rich (``Text.wrap``,
as a table cell or tree node would be), label/value grids, indents and tree
guides composed directly, and real tables drawn by ``rich.table``. The text is
the same as nesting Rich's grids, paddings and trees (a test compares them on
every example, at several widths), at a fraction of the cost: the layout
engine took most of a terminal report's time.
"""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.text import Text

Lines = list  # of Text, one per output line
RULE = "─"


class Layout:
    """Lays text out for one console (Rich wraps with the console's tab size and cell widths)."""

    def __init__(self, console: Console):
        self.console = console

    def wrap(self, text: Text, width: int) -> Lines:
        """``text`` wrapped to ``width`` cells (words folded when longer than a line); no lines at all when
        there is no room (a tree nested deeper than the terminal is wide), as Rich draws nothing there."""
        return list(text.wrap(self.console, width, overflow="fold")) if width >= 1 else []

    def grid(self, rows: Iterable[tuple[Text, Text]], width: int, gap: int, label_style: str = "") -> Lines:
        """Label/value rows: labels in a column as wide as the widest, values wrapped beside them."""
        rows = list(rows)
        if not rows:
            return []
        label_width = max(label.cell_len for label, _ in rows)
        value_width = width - label_width - gap
        out: Lines = []
        for label, value in rows:
            head = Text.assemble(label, style=label_style) if label_style else label.copy()
            head.pad_right(label_width - head.cell_len + gap)
            for i, line in enumerate(self.wrap(value, value_width)):
                out.append(Text.assemble(head if i == 0 else " " * (label_width + gap), line))
        return out

    def rich(self, renderable, width: int) -> Lines:
        """A Rich renderable (a table) drawn ``width`` cells wide, as lines."""
        drawn = self.console.render_lines(renderable, self.console.options.update_width(width), pad=False)
        return [Text.assemble(*((seg.text, seg.style) for seg in line if not seg.control)) for line in drawn]


def indent(lines: Lines, left: int = 2) -> Lines:
    pad = " " * left
    return [Text.assemble(pad, line) for line in lines]


class Tree:
    """A tree of labels drawn with guide lines (as ``rich.tree.Tree`` draws them)."""

    __slots__ = ("label", "children")

    def __init__(self, label: Text):
        self.label = label
        self.children: list[Tree] = []

    def add(self, label: Text) -> "Tree":
        node = Tree(label)
        self.children.append(node)
        return node

    def lines(self, layout: Layout, width: int) -> Lines:
        out = layout.wrap(self.label, width)
        self._children(layout, width, [], out)
        return out

    def _children(self, layout: Layout, width: int, guides: list[str], out: Lines) -> None:
        for i, child in enumerate(self.children):
            last = i == len(self.children) - 1
            prefix = "".join(guides)
            for j, line in enumerate(layout.wrap(child.label, width - 4 * (len(guides) + 1))):
                guide = ("└── " if last else "├── ") if j == 0 else ("    " if last else "│   ")
                out.append(Text.assemble((prefix + guide, "dim"), line))
            if width - 4 * (len(guides) + 2) >= 1:
                child._children(layout, width, guides + ["    " if last else "│   "], out)


