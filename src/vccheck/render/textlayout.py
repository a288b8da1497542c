"""Terminal layout as lines of text, for ``render.terminal``.

The report is laid out as lines: paragraphs wrapped as Rich wraps them
(``Text.wrap``, as a table cell or tree node would be), and label/value
grids, indents, tree guides and titled tables composed here, as Rich's
``Table.grid``, ``Padding``, ``Tree`` and ``Table(box=SIMPLE_HEAD)`` draw them
(``rich.table`` itself only for a table whose columns must share the
shrinking). Tests compare each with Rich's own drawing on generated text;
the layout engine took most of a terminal report's time.

The lines are of the class of the text given: ``rich.text.Text`` (styled,
for a coloured report) or ``render.plaintext.PlainText`` (the same
characters without styles or Rich's import, for plain text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from vccheck.render.plaintext import PlainText, cell_len

Lines = list  # of Text or PlainText, one per output line
RULE = "─"


class Layout:
    """Lays text out for one console (coloured ``rich.text.Text``), or for plain text with none
    (``PlainText``, or ``Text`` in the tests: its ``wrap`` reads the console only to justify text in
    full, which no report does). ``make_console`` gives one when a table must be drawn by Rich."""

    def __init__(self, console=None, make_console: Callable | None = None):
        self.console = console  # a rich.console.Console, or None
        self.make_console = make_console

    def wrap(self, text, width: int) -> Lines:
        """``text`` wrapped to ``width`` cells (words folded when longer than a line); no lines at all when
        there is no room (a tree nested deeper than the terminal is wide), as Rich draws nothing there."""
        if width < 1:
            return []
        plain = text.plain
        if "\n" not in plain and "\t" not in plain and text.justify in (None, "default") and not text.no_wrap \
                and cell_len(plain) <= width:
            return [text.copy()]  # one line that fits: what Text.wrap gives, without dividing it into words
        return list(text.wrap(self.console, width, overflow="fold"))

    def grid(self, rows: Iterable[tuple], width: int, gap: int, label_style: str = "") -> Lines:
        """Label/value rows: labels in a column as wide as the widest, values wrapped beside them."""
        rows = list(rows)
        if not rows:
            return []
        label_width = max(label.cell_len for label, _ in rows)
        value_width = width - label_width - gap
        out: Lines = []
        for label, value in rows:
            head = type(label).assemble(label, style=label_style) if label_style else label.copy()
            head.pad_right(label_width - head.cell_len + gap)
            for i, line in enumerate(self.wrap(value, value_width)):
                out.append(type(line).assemble(head if i == 0 else " " * (label_width + gap), line))
        return out

    def table(self, title, columns: list[tuple[str, str, bool]], rows: list[list], width: int) -> Lines | None:
        """A table as ``rich.table.Table(box=SIMPLE_HEAD, pad_edge=False, show_edge=False)`` draws it:
        the title, bold headings, a rule, then the rows; ``columns`` are (heading, justify, no_wrap).
        None when the table is too wide for its one widest wrapping column to absorb the excess (Rich
        then shares the shrinking out among columns: ``rich_table`` draws it)."""
        Text = type(title)
        n = len(columns)
        left = [0 if i == 0 else 1 for i in range(n)]  # cell padding (0, 1), none at the table's edges
        right = [0 if i == n - 1 else 1 for i in range(n)]
        cells = [[Text(heading) for heading, _, _ in columns]] + rows
        widths = [max(_width(row[i]) for row in cells) + left[i] + right[i] for i in range(n)]
        excess = sum(widths) + n - 1 - width  # n - 1: the space between columns
        if excess > 0:
            wrapping = [i for i, (_, _, no_wrap) in enumerate(columns) if not no_wrap]
            if not wrapping:
                return None
            widest = max(widths[i] for i in wrapping)
            if sum(widths[i] == widest for i in wrapping) > 1:
                return None
            second = max((widths[i] for i in wrapping if widths[i] != widest), default=0)
            i = next(i for i in wrapping if widths[i] == widest)
            if excess > widest - second or widest - excess <= left[i] + right[i]:
                return None
            widths[i] -= excess
        total = sum(widths) + n - 1
        out = self.wrap(Text.assemble(title, justify="left"), total)
        heads = [Text(heading, style="bold") for heading, _, _ in columns]
        for index, row in enumerate([heads] + rows):
            drawn = [self._cell(row[i], widths[i] - left[i] - right[i], columns[i][1], columns[i][2])
                     for i in range(n)]
            height = max(len(d) for d in drawn)
            if index == 0:  # headings sit on the bottom line of their row, cells on the top line
                drawn = [[Text(" " * (widths[i] - left[i] - right[i]))] * (height - len(d)) + d
                         for i, d in enumerate(drawn)]
            for k in range(height):
                line = Text()
                for i in range(n):
                    inner = widths[i] - left[i] - right[i]
                    line.append(" " * ((1 if i else 0) + left[i]))
                    line.append_text(drawn[i][k] if k < len(drawn[i]) else Text(" " * inner))
                    line.append(" " * right[i])
                out.append(line)
            if index == 0:
                out.append(Text(RULE * total))
        return out

    def _cell(self, text, width: int, justify: str, no_wrap: bool) -> Lines:
        lines = list(text.wrap(self.console, width, justify=justify, overflow="fold", no_wrap=no_wrap))
        return lines or [type(text)(" " * width)]

    def rich_table(self, title, columns: list[tuple[str, str, bool]], rows: list[list], width: int) -> Lines:
        """The table ``table`` leaves to Rich, drawn by ``rich.table.Table`` (the same arguments)."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        plain = type(title) is PlainText

        def rich_text(text):
            return Text(text.plain) if plain else text

        table = Table(title=rich_text(title), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False,
                      show_edge=False)
        for heading, justify, no_wrap in columns:
            table.add_column(heading, justify=justify, no_wrap=no_wrap, overflow="fold")
        for row in rows:
            table.add_row(*(rich_text(cell) for cell in row))
        lines = self.rich(table, width)
        return [PlainText(line.plain) for line in lines] if plain else lines

    def rich(self, renderable, width: int) -> Lines:
        """A Rich renderable (a table) drawn ``width`` cells wide, as lines of ``rich.text.Text``."""
        from rich.text import Text

        if self.console is None:
            self.console = self.make_console()
        drawn = self.console.render_lines(renderable, self.console.options.update_width(width), pad=False)
        return [Text.assemble(*((seg.text, seg.style) for seg in line if not seg.control)) for line in drawn]


def indent(lines: Lines, left: int = 2) -> Lines:
    pad = " " * left
    return [type(line).assemble(pad, line) for line in lines]


class Tree:
    """A tree of labels drawn with guide lines (as ``rich.tree.Tree`` draws them)."""

    __slots__ = ("label", "children")

    def __init__(self, label):
        self.label = label
        self.children: list[Tree] = []

    def add(self, label) -> "Tree":
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
                out.append(type(line).assemble((prefix + guide, "dim"), line))
            if width - 4 * (len(guides) + 2) >= 1:
                child._children(layout, width, guides + ["    " if last else "│   "], out)


def _width(text) -> int:
    """The width Rich measures a cell's text at: its longest line, in cells."""
    return max((cell_len(line) for line in text.plain.splitlines()), default=0)
