"""Rule text -> rule model. One memoised LALR parser; Lark errors become diagnostics."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from vccheck.diagnostics import Collector, DiagnosticError, SourcePos, did_you_mean
from vccheck.dsl import model as m
from vccheck.treaty import Citation

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 60  # nesting of expressions; far beyond any real provision
UNITS = {"minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400,
         "week": 604800, "weeks": 604800}

KEYWORDS = ("rule", "exception", "define", "standard", "end", "cites", "text", "duty", "on", "owed",
            "to", "for", "each", "as", "applies", "when", "violated", "compliant", "overrides",
            "authority", "note", "gives", "prevails", "over", "means", "measures", "or", "and", "not",
            "in", "is", "known", "unknown", "meets", "some", "where", "time", "from", "true", "false")

# Terminal names -> plain words, for "expected ..." messages.
_PLAIN = {
    "RULE_ID": "a rule id such as vccr.41.1",
    "INSTRUMENT": "an instrument such as VCCR or VCDR",
    "PINPOINT": "an article reference such as 41(1)(b)",
    "NAME": "a name",
    "STRING": 'a quoted text "..."',
    "NUMBER": "a number",
    "UNIT": "a unit (minutes, hours, days, weeks)",
    "COMPARE": "a comparison (=, !=, <, <=, >, >=)",
    "BOUND": "'at most' or 'at least'",
    "LPAR": "'('", "RPAR": "')'", "LBRACE": "'{'", "RBRACE": "'}'", "COMMA": "','", "DOT": "'.'",
    "$END": "the end of the file",
}


@lru_cache(maxsize=1)
def _parser():
    from lark import Lark

    grammar = resources.files(__package__).joinpath("grammar.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False)


def _plain(terminal: str) -> str:
    if terminal in _PLAIN:
        return _PLAIN[terminal]
    if terminal.startswith("__ANON"):
        return "a token"
    return f"'{terminal.lower()}'"


def _expected_words(expected) -> list[str]:
    return sorted({_plain(t) for t in expected})


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
    except UnexpectedCharacters as exc:
        ch = text[exc.pos_in_stream] if exc.pos_in_stream < len(text) else ""
        if ch == '"':  # STRING did not match: the text is not closed on its line
            diags.add(exc.line, exc.column, "syntax", "this quoted text is not closed on its line",
                      'end it with " on the same line; write a line break inside a text as \\n')
        else:
            hint = "text must be in double quotes; comments start with #" if ch in "'`" else ""
            diags.add(exc.line, exc.column, "syntax", f"unexpected character {ch!r}; expected "
                      + _join(_expected_words(exc.allowed or ())), hint)
        diags.raise_if_errors()
    except UnexpectedEOF as exc:
        last = text.rstrip().splitlines() or [""]
        diags.add(len(last), len(last[-1]) + 1, "syntax",
                  "the file ends too early; expected " + _join(_expected_words(exc.expected)),
                  "every rule, exception, definition and standard closes with 'end'")
        diags.raise_if_errors()
    except UnexpectedToken as exc:
        tok = exc.token
        expected = set(exc.expected) - {"$END"} if tok.type != "$END" else set(exc.expected)
        words = _expected_words(expected)
        keywords = [t.lower() for t in expected if t.lower() in KEYWORDS]
        hint = did_you_mean(str(tok), keywords) if tok.type == "NAME" else ""
        if tok.type == "NAME" and "UNIT" in expected and not hint:
            unit = did_you_mean(str(tok), UNITS)
            hint = f"{unit} (durations are written like 48 hours, 3 days, 90 minutes)" if unit else ""
        if not hint and tok.type == "NAME" and str(tok) in ("vccr", "vcdr"):
            hint = "citations are written in capitals: cites VCCR 41(1)"
        if tok.type == "$END":
            last = text.rstrip().splitlines() or [""]
            diags.add(len(last), len(last[-1]) + 1, "syntax",
                      "the file ends too early; expected " + _join(words),
                      "every rule, exception, definition and standard closes with 'end'")
        else:
            diags.add(tok.line, tok.column, "syntax", f"unexpected {_describe(tok)}; expected {_join(words)}",
                      hint)
        diags.raise_if_errors()
    depth, deepest = _depth(tree)
    if depth > MAX_DEPTH:
        meta = deepest.meta
        line, col = (meta.line, meta.column) if not getattr(meta, "empty", True) else (1, 1)
        diags.add(line, col, "too-deep", f"expressions are nested {depth} levels deep (limit {MAX_DEPTH})",
                  "split the condition into definitions")
        diags.raise_if_errors()
    try:
        items = _Builder(path, text, diags).build(tree)
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


def _describe(tok) -> str:
    if tok.type == "STRING":
        return f"text {tok}"
    if tok.type in ("NAME", "RULE_ID", "INSTRUMENT", "PINPOINT", "NUMBER"):
        return f"'{tok}'"
    return f"'{tok}'"


def _join(words: list[str]) -> str:
    if not words:
        return "nothing more"
    if len(words) == 1:
        return words[0]
    if len(words) > 8:
        return ", ".join(words[:8]) + f" or {len(words) - 8} more"
    return ", ".join(words[:-1]) + " or " + words[-1]


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


def unescape(token: str) -> str:
    body = token[1:-1]
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append("\n" if nxt == "n" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class _Builder:
    """Walks the Lark tree into the frozen model (iteratively per item)."""

    def __init__(self, path: str, text: str, diags: Collector):
        self.path, self.text, self.diags = path, text, diags

    def pos(self, node) -> SourcePos:
        meta = getattr(node, "meta", None)
        if meta is not None and not getattr(meta, "empty", True):
            return SourcePos(self.path, meta.line, meta.column)
        return SourcePos(self.path, getattr(node, "line", 0) or 0, getattr(node, "column", 0) or 0)

    def src(self, node) -> str:
        meta = getattr(node, "meta", None)
        if meta is not None and not getattr(meta, "empty", True):
            text = " ".join(self.text[meta.start_pos:meta.end_pos].split())
            return text.replace("( ", "(").replace(" )", ")")
        return str(node)

    def tokpos(self, tok) -> SourcePos:
        return SourcePos(self.path, tok.line, tok.column)

    def build(self, tree) -> list[m.Item]:
        items = []
        for node in tree.children:
            kind = node.data
            items.append(getattr(self, "item_" + kind)(node))
        return items

    # ---------------------------------------------------------- clauses
    def _clauses(self, nodes, allowed_single: set[str]) -> dict:
        out: dict = {"cites": [], "quote": [], "authority": [], "note": [], "overrides": [], "owed": [],
                     "prevails": []}
        seen: dict[str, SourcePos] = {}
        for node in nodes:
            kind = node.data
            if kind in allowed_single:
                if kind in seen:
                    how = "join the conditions with 'and'" if kind in _CONDITIONS else "keep one"
                    self.diags.add_at(self.pos(node), "duplicate-clause",
                                      f"'{_clause_word(kind)}' is given twice in this item",
                                      f"first given at line {seen[kind].line}; {how}")
                seen[kind] = self.pos(node)
                out[kind] = node
            else:
                out[kind].append(node)
        return out

    def citations(self, nodes) -> tuple[m.CitationRef, ...]:
        refs = []
        for cites in nodes:
            for cit in cites.children:
                inst, pin = cit.children
                refs.append(m.CitationRef(_citation(str(inst), str(pin)), self.tokpos(inst)))
        return tuple(refs)

    def texts(self, nodes) -> tuple[m.Text, ...]:
        return tuple(m.Text(unescape(str(n.children[0])), self.tokpos(n.children[0])) for n in nodes)

    def refs(self, nodes) -> tuple[m.Ref, ...]:
        return tuple(m.Ref(str(n.children[0]), self.tokpos(n.children[0])) for n in nodes)

    def party(self, node) -> m.Text:
        tok = node.children[0]
        value = unescape(str(tok)) if tok.type == "STRING" else str(tok)
        return m.Text(value, self.tokpos(tok))

    def end_line(self, node) -> int:
        meta = node.meta
        return meta.end_line if not getattr(meta, "empty", True) else 0

    # ---------------------------------------------------------- items
    def item_rule(self, node) -> m.Rule:
        rid, title, *clauses = node.children
        c = self._clauses(clauses, {"duty", "for_each", "applies", "violated", "compliant"})
        for_each = None
        if "for_each" in c:
            kinds_node, var = c["for_each"].children
            for_each = m.ForEach(tuple(str(k) for k in kinds_node.children), str(var), self.pos(c["for_each"]))
        rule = m.Rule(
            id=str(rid), title=unescape(str(title)), pos=self.tokpos(rid),
            citations=self.citations(c["cites"]), quotes=self.texts(c["quote"]),
            duty_on=self.party(c["duty"].children[0]) if "duty" in c else None,
            owed_to=tuple(self.party(p) for o in c["owed"] for p in o.children),
            for_each=for_each,
            applies=self.expr(c["applies"].children[0]) if "applies" in c else None,
            violated=self.expr(c["violated"].children[0]) if "violated" in c else None,
            compliant=self.expr(c["compliant"].children[0]) if "compliant" in c else None,
            overrides=self.refs(c["overrides"]), authorities=self.texts(c["authority"]),
            notes=self.texts(c["note"]), end_line=self.end_line(node),
        )
        return rule

    def item_exception(self, node) -> m.Exception_:
        eid, title, *clauses = node.children
        c = self._clauses(clauses, {"exception_to", "gives", "exception_when"})
        gives = None
        if "gives" in c:
            tok = c["gives"].children[0]
            gives = m.Text(str(tok), self.tokpos(tok))
        target = None
        if "exception_to" in c:
            tok = c["exception_to"].children[0]
            target = m.Ref(str(tok), self.tokpos(tok))
        return m.Exception_(
            id=str(eid), title=unescape(str(title)), pos=self.tokpos(eid),
            citations=self.citations(c["cites"]), quotes=self.texts(c["quote"]), target=target,
            gives=gives, when=self.expr(c["exception_when"].children[0]) if "exception_when" in c else None,
            prevails_over=self.refs(c["prevails"]), authorities=self.texts(c["authority"]),
            notes=self.texts(c["note"]), end_line=self.end_line(node),
        )

    def item_definition(self, node) -> m.Definition:
        name, params, title, *clauses = node.children
        c = self._clauses(clauses, {"means"})
        return m.Definition(
            name=str(name), params=tuple(str(p) for p in params.children), title=unescape(str(title)),
            pos=self.tokpos(name), citations=self.citations(c["cites"]), quotes=self.texts(c["quote"]),
            means=self.expr(c["means"].children[0]) if "means" in c else None,
            authorities=self.texts(c["authority"]), notes=self.texts(c["note"]), end_line=self.end_line(node),
        )

    def item_standard(self, node) -> m.Standard:
        name, title, *clauses = node.children
        c = self._clauses(clauses, {"measures"})
        measures = bound = None
        if "measures" in c:
            target, bound_tok = c["measures"].children
            measures = str(target.children[0])
            bound = " ".join(str(bound_tok).split())
        return m.Standard(
            name=str(name), title=unescape(str(title)), pos=self.tokpos(name),
            citations=self.citations(c["cites"]), measures=measures, bound=bound,
            authorities=self.texts(c["authority"]), notes=self.texts(c["note"]), end_line=self.end_line(node),
        )

    # ---------------------------------------------------------- expressions
    def expr(self, node) -> m.Expr:
        from lark import Token

        if isinstance(node, Token):  # a bare literal token never reaches here; paths are trees
            return m.Literal(str(node), "string", self.tokpos(node), str(node))
        kind = node.data
        pos, text = self.pos(node), self.src(node)
        ch = node.children
        if kind == "path":
            return m.Path(tuple(str(t) for t in ch), pos, text)
        if kind == "string":
            return m.Literal(unescape(str(ch[0])), "string", pos, text)
        if kind == "number":
            return m.Literal(float(ch[0]), "number", pos, text)
        if kind == "duration":
            return m.DurationLiteral(int(float(ch[0]) * UNITS[str(ch[1])]), pos, text)
        if kind == "true":
            return m.Literal(True, "bool", pos, "true")
        if kind == "false":
            return m.Literal(False, "bool", pos, "false")
        if kind == "or_":
            return m.Or(self._flatten(node, "or_"), pos, text)
        if kind == "and_":
            return m.And(self._flatten(node, "and_"), pos, text)
        if kind == "not_":
            return m.Not(self.expr(ch[0]), pos, text)
        if kind == "compare":
            return m.Compare(str(ch[1]), self.expr(ch[0]), self.expr(ch[2]), pos, text)
        if kind in ("member", "not_member"):
            items = tuple(unescape(str(i.children[0])) if i.data == "string_item" else str(i.children[0])
                          for i in ch[1].children)
            return m.Member(self.expr(ch[0]), items, kind == "not_member", pos, text)
        if kind in ("known", "unknown"):
            return m.Known(self.expr(ch[0]), kind == "unknown", pos, text)
        if kind == "meets":
            return m.Meets(self.expr(ch[0]), str(ch[1]), pos, text)
        if kind == "call":
            return m.Call(str(ch[0]), tuple(self.expr(a) for a in ch[1:] if a is not None), pos, text)
        if kind == "some":
            kinds, var, cond = ch
            return m.Some(tuple(str(k) for k in kinds.children), str(var), self.expr(cond), pos, text)
        if kind == "duration_between":
            return m.TimeBetween(self.expr(ch[0]), self.expr(ch[1]), pos, text)
        raise AssertionError(f"unhandled expression node {kind}")  # grammar and builder out of step

    def _flatten(self, node, kind) -> tuple:
        out = []
        stack = [node]
        while stack:
            cur = stack.pop()
            if getattr(cur, "data", None) == kind:
                stack.extend(reversed(cur.children))
            else:
                out.append(self.expr(cur))
        return tuple(out)


_CONDITIONS = {"applies", "violated", "compliant", "exception_when", "means"}


def _clause_word(kind: str) -> str:
    return {"for_each": "for each", "exception_when": "when", "exception_to": "to", "duty": "duty on",
            "applies": "applies when", "violated": "violated when", "compliant": "compliant when"}.get(kind, kind)


def _citation(instrument: str, pinpoint: str) -> Citation:
    import re

    mt = re.fullmatch(r"(\d+|[IVX]+)(?:\((\d+)\))?(?:\(([a-z])\))?", pinpoint)
    assert mt, pinpoint
    return Citation(instrument, mt.group(1), mt.group(2), mt.group(3))


def parse_file(path: str, display: str | None = None) -> m.RuleFile:
    """Read and parse a rule file; unreadable or undecodable files become diagnostics."""
    shown = display or path
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_text(text, shown)


def _os_diag(path, exc):
    from vccheck.diagnostics import Diagnostic

    return Diagnostic(SourcePos(path, 0, 0), "io", f"cannot read the file: {exc.strerror or exc}")
