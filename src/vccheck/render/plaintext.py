"""Plain text laid out as Rich lays it out, without importing Rich: for a report with no colour.

``PlainText`` has the part of ``rich.text.Text``'s interface the terminal
report uses (``assemble``, ``append``, ``copy``, ``pad_right``, ``cell_len``,
``wrap``...) and gives the same characters; styles are accepted and dropped,
as plain output has none. ``wrap`` is Rich's algorithm (``Text.wrap`` with
``rich._wrap.divide_line``): words are runs of spaces, non-spaces and the
spaces after them; a word that does not fit starts a new line, one longer
than a line is folded; spaces past the edge are cropped; "left" and "right"
justification pad to the width.

Widths are counted in terminal cells as Rich counts them. A string of
characters one cell wide (Rich's own list of them, and the punctuation the
report itself writes, which Rich measures one cell wide in every Unicode
version it knows: tests hold both to Rich) is as wide as it is long; any
other string, e.g. one with CJK characters, is measured, folded and cropped
by ``rich.cells`` itself, imported then. A plain report therefore never
imports ``rich.text`` (~40 ms, the largest part of the report's start-up).
"""

from __future__ import annotations

import re

# rich.cells._SINGLE_CELL_UNICODE_RANGES: the characters Rich measures as one cell without a table
_RICH_SINGLE_CELL_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2500, 0x25FC),
                            (0x2800, 0x28FF))
# What the report writes besides: quotes, dashes, arrows, ellipsis, bullet, primes
REPORT_PUNCTUATION = "‘’“”–—→←↔…•′″"
_SINGLE = frozenset([chr(c) for start, end in _RICH_SINGLE_CELL_RANGES for c in range(start, end + 1)]
                    + list(REPORT_PUNCTUATION))
single_cell = _SINGLE.issuperset  # every character of the string is one cell wide

_STRIP = {7: None, 8: None, 11: None, 12: None, 13: None}  # rich.control.strip_control_codes


def _strip(text: str) -> str:
    """``rich.control.strip_control_codes``; printable text (most) has none of them: returned as it is."""
    return text if text.isprintable() else text.translate(_STRIP)

_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word
_NON_SPACE = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")
_TRAILING_SPACE = re.compile(r"\s+$")


def cell_len(text: str) -> int:
    if single_cell(text):
        return len(text)
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def _chop_cells(text: str, width: int) -> list[str]:
    if single_cell(text):
        return [text[i:i + width] for i in range(0, len(text), width)]
    from rich.cells import chop_cells

    return chop_cells(text, width)


def _set_cell_size(text: str, total: int) -> str:
    if single_cell(text):
        return text + " " * (total - len(text)) if len(text) < total else text[:total]
    from rich.cells import set_cell_size

    return set_cell_size(text, total)


def divide_line(text: str, width: int) -> list[int]:
    """``rich._wrap.divide_line(text, width, fold=True)``: where to break ``text`` to fit ``width`` cells."""
    if single_cell(text):
        return _divide_single_cell_line(text, width)
    breaks: list[int] = []
    offset = 0  # cells used on the current line
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        word_length = cell_len(word.rstrip())
        if width - offset >= word_length:
            offset += cell_len(word)
        elif word_length > width:  # longer than a line: folded
            folded = _chop_cells(word, width)
            for i, piece in enumerate(folded):
                if start:
                    breaks.append(start)
                if i == len(folded) - 1:
                    offset = cell_len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def _divide_single_cell_line(text: str, width: int) -> list[int]:
    """``divide_line`` for text whose every character is one cell, a line at a time: from a line's start
    ``start``, the words fit up to the first whose last non-space character lies beyond
    ``start + width``; that word starts the next line, or is folded when longer than a line."""
    breaks: list[int] = []
    start, size = 0, len(text)
    while True:
        found = _NON_SPACE.search(text, start + width)  # a character that does not fit on this line
        if found is None:
            return breaks
        word = found.start()
        while word > start and not text[word - 1].isspace():
            word -= 1  # the start of its word
        if word > start and _NON_SPACE.search(text, 0, word) is None:
            word = 0  # the text's first word, which holds its leading spaces
        end = found.end()  # (of the word's non-space characters)
        if end - word > width:  # longer than a line: folded in pieces of ``width``, spaces after it included
            spaces = _SPACES.match(text, end)
            full = (spaces.end() if spaces else end) - word
            breaks.extend(word + i * width for i in range(-(-full // width)) if word + i * width)
            start = word + (-(-full // width) - 1) * width
        else:
            breaks.append(word)
            start = word
        if start >= size:
            return breaks


class PlainText:
    """``rich.text.Text`` without styles (see the module's docstring)."""

    __slots__ = ("plain", "justify", "no_wrap")

    def __init__(self, text: str = "", style: object = "", *, justify: str | None = None,
                 no_wrap: bool | None = None):
        self.plain = _strip(text)
        self.justify = justify
        self.no_wrap = no_wrap

    @classmethod
    def assemble(cls, *parts, style: object = "", justify: str | None = None) -> PlainText:
        """Strings, ``(string, style)`` pairs and texts, one after the other."""
        out = cls(justify=justify)
        out.plain = "".join(part.plain if type(part) is cls else
                            _strip(part if type(part) is str else part[0]) for part in parts)
        return out

    def append(self, text, style: object = None) -> PlainText:
        self.plain += text.plain if type(text) is PlainText else _strip(text)
        return self

    def append_text(self, text: PlainText) -> PlainText:
        self.plain += text.plain
        return self

    def copy(self) -> PlainText:
        out = PlainText(justify=self.justify, no_wrap=self.no_wrap)
        out.plain = self.plain
        return out

    def pad_right(self, count: int) -> None:
        if count:
            self.plain += " " * count

    @property
    def cell_len(self) -> int:
        return cell_len(self.plain)

    def __len__(self) -> int:
        return len(self.plain)

    def __str__(self) -> str:
        return self.plain

    def __repr__(self) -> str:
        return f"PlainText({self.plain!r})"

    def wrap(self, console: object, width: int, *, justify: str | None = None, overflow: str | None = None,
             no_wrap: bool | None = None) -> list[PlainText]:
        """``Text.wrap`` with ``overflow="fold"`` (the only overflow the report uses). What the report never
        asks for (another overflow, full justification, tabs: ``safe_text`` replaces them) is wrapped by
        Rich itself, so any text still gives Rich's characters."""
        how = justify or self.justify or "default"
        if overflow not in (None, "fold") or how == "full" or "\t" in self.plain:
            return self._wrapped_by_rich(width, justify, overflow, no_wrap)
        no_wrap = no_wrap if no_wrap is not None else bool(self.no_wrap)
        out: list[PlainText] = []
        for line in self.plain.split("\n"):
            if no_wrap:
                pieces = [line]
            else:
                offsets = divide_line(line, width)
                bounds = [0, *offsets, len(line)]
                pieces = [_rstrip_end(line[a:b], width) for a, b in zip(bounds, bounds[1:])] if offsets else \
                    [_rstrip_end(line, width)]
            measure = len if single_cell(line) else cell_len
            for piece in pieces:  # Lines.justify, then Text.truncate
                if how in ("right", "center"):
                    piece = piece.rstrip()
                length = measure(piece)
                if length > width:
                    piece = _set_cell_size(piece, width)
                if how == "left" and length < width:
                    piece += " " * (width - length)
                elif how == "right":
                    piece = " " * (width - measure(piece)) + piece
                elif how == "center":
                    piece = " " * ((width - measure(piece)) // 2) + piece
                    piece += " " * (width - measure(piece))
                text = PlainText(justify=self.justify, no_wrap=self.no_wrap)
                text.plain = piece
                out.append(text)
        return out


    def _wrapped_by_rich(self, width: int, justify, overflow, no_wrap) -> list[PlainText]:
        from rich.text import Text

        lines = Text(self.plain, justify=self.justify, no_wrap=self.no_wrap).wrap(
            None, width, justify=justify, overflow=overflow or "fold", no_wrap=no_wrap)
        return [PlainText(line.plain, justify=self.justify, no_wrap=self.no_wrap) for line in lines]


def _rstrip_end(line: str, size: int) -> str:
    """``Text.rstrip_end``: the spaces at the end beyond ``size`` characters removed."""
    if len(line) > size:
        match = _TRAILING_SPACE.search(line)
        if match is not None:
            return line[:-min(len(match.group(0)), len(line) - size)]
    return line
