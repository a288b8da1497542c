"""Rule text -> rule model. One memoised LALR parser; Lark errors become diagnostics.

Syntax-error wording lives in ``dsl.syntax_errors``, the tree-to-model walk in ``dsl.builder``.
"""

from __future__ import annotations

import hashlib
import io
import os
from functools import lru_cache
from importlib import resources

from vccheck.diagnostics import Collector, DiagnosticError, SourcePos
from vccheck.dsl import model as m
from vccheck.dsl.builder import UNITS, Builder, unescape  # noqa: F401 (UNITS, unescape: re-exported)
from vccheck.dsl.syntax_errors import KEYWORDS, add_syntax_error  # noqa: F401 (KEYWORDS: re-exported)

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 60  # nesting of expressions; far beyond any real provision


TABLES = "grammar.lark.tables"  # the LALR parser built from grammar.lark, saved (python -m vccheck.dsl.parser)
_OPTIONS = dict(parser="lalr", propagate_positions=True, maybe_placeholders=False)


def _grammar() -> str:
    return resources.files(__package__).joinpath("grammar.lark").read_text(encoding="utf-8")


def grammar_digest(grammar: str) -> str:
    return hashlib.sha256((grammar + "\0" + repr(sorted(_OPTIONS.items()))).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _parser():
    """The parser: loaded from the shipped tables (15 ms) when they were built from this grammar with
    this Lark version, else built from the grammar (0.4 s; Lark caches it in the user cache)."""
    from lark import Lark, __version__ as lark_version

    grammar = _grammar()
    try:
        data = resources.files(__package__).joinpath(TABLES).read_bytes()
        head, _, body = data.partition(b"\n")
        if head.decode("ascii") == f"{grammar_digest(grammar)} lark-{lark_version}":
            return Lark.load(io.BytesIO(body))
    except Exception:  # absent, stale or from another Lark: build it
        pass
    from vccheck.digest import cache_dir

    try:
        os.makedirs(cache_dir(), exist_ok=True)
        return Lark(grammar, cache=os.path.join(cache_dir(), f"lark-{lark_version}.tables"), **_OPTIONS)
    except OSError:
        return Lark(grammar, **_OPTIONS)


def write_tables(path: str | None = None) -> str:
    """Build the parser from grammar.lark and save it beside it (run after changing the grammar)."""
    from lark import Lark, __version__ as lark_version

    grammar = _grammar()
    buf = io.BytesIO()
    Lark(grammar, **_OPTIONS).save(buf)
    path = path or str(resources.files(__package__).joinpath(TABLES))
    with open(path, "wb") as fh:
        fh.write(f"{grammar_digest(grammar)} lark-{lark_version}\n".encode("ascii") + buf.getvalue())
    return path


def parse_text(text: str, path: str) -> m.RuleFile:
    """Parse one rule file; raise DiagnosticError with every problem found."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken, VisitError

    diags = Collector(path, text)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        diags.add(1, 1, "file-too-large", f"rule file is larger than {MAX_FILE_BYTES // 1_000_000} MB",
                  "split the rules into one file per article")
        diags.raise_if_errors()
    try:
        tree = _parser().parse(text)
    except (UnexpectedCharacters, UnexpectedEOF, UnexpectedToken) as exc:
        add_syntax_error(exc, text, diags)
        diags.raise_if_errors()
    depth, deepest = _depth(tree)
    if depth > MAX_DEPTH:
        meta = deepest.meta
        line, col = (meta.line, meta.column) if not getattr(meta, "empty", True) else (1, 1)
        diags.add(line, col, "too-deep", f"expressions are nested {depth} levels deep (limit {MAX_DEPTH})",
                  "split the condition into definitions")
        diags.raise_if_errors()
    try:
        items = Builder(path, text, diags).build(tree)
    except VisitError as exc:  # unwrap at the boundary
        raise exc.orig_exc from None
    diags.raise_if_errors()
    return m.RuleFile(path, tuple(items), _comments(text, path), text)


def _comments(text: str, path: str) -> tuple[m.Comment, ...]:
    """Every # comment with its position (for lint suppressions and docs)."""
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        col = _comment_col(line)
        if col is not None:
            out.append(m.Comment(line[col:], SourcePos(path, lineno, col + 1)))
    return tuple(out)


def _comment_col(line: str) -> int | None:
    """Column of a # comment outside strings, or None."""
    if "#" not in line:
        return None
    in_str = False
    escaped = False
    for i, ch in enumerate(line):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "#":
            return i
    return None


_CHAINS = ("and_", "or_")  # a flat `a and b and c ...` is one level: the builder flattens it


def _depth(tree):
    """(nesting depth, deepest node); a chain of the same and/or counts once."""
    from lark import Tree

    best, deepest = 0, tree
    stack = [(tree, 1)]
    while stack:
        node, d = stack.pop()
        if d > best:
            best, deepest = d, node
        for child in node.children:
            if isinstance(child, Tree):
                same_chain = child.data == node.data and node.data in _CHAINS
                stack.append((child, d if same_chain else d + 1))
    return best, deepest


def parse_file(path: str, display: str | None = None) -> m.RuleFile:
    """Read and parse a rule file; unreadable or undecodable files become diagnostics."""
    from vccheck.dsl.cache import cached_parse

    shown = display or path
    return cached_parse(read_rule_text(path, shown), shown, parse_text)


def read_rule_text(path: str, shown: str) -> str:
    """A rule file's text (UTF-8, no BOM, \\n line ends); DiagnosticError if it cannot be read."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DiagnosticError([_os_diag(shown, exc)]) from None
    diags = Collector(shown, "")
    if len(raw) > MAX_FILE_BYTES:
        diags.add(1, 1, "file-too-large", f"rule file is larger than {MAX_FILE_BYTES // 1_000_000} MB",
                  "split the rules into one file per article")
        diags.raise_if_errors()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        diags.add(line, col, "encoding", "the file is not valid UTF-8", "save the file as UTF-8")
        diags.raise_if_errors()
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _os_diag(path, exc):
    from vccheck.diagnostics import Diagnostic

    return Diagnostic(SourcePos(path, 0, 0), "io", f"cannot read the file: {exc.strerror or exc}")


if __name__ == "__main__":
    print(f"wrote {write_tables()}")
