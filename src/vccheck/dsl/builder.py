"""Lark parse tree -> frozen rule model (``Builder``), with string unescaping and citations."""

from __future__ import annotations

import re

from vccheck.diagnostics import Collector, SourcePos
from vccheck.dsl import model as m
from vccheck.treaty import Citation

UNITS = {"minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400,
         "week": 604800, "weeks": 604800}


_ESCAPE = re.compile(r"\\(.)", re.S)


def unescape(token: str) -> str:
    body = token[1:-1]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda mt: "\n" if mt.group(1) == "n" else mt.group(1), body)


def _unescape_slow(token: str) -> str:  # the reference implementation (kept for the equivalence test)
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


class Builder:
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
    mt = re.fullmatch(r"(\d+|[IVX]+)(?:\((\d+)\))?(?:\(([a-z])\))?", pinpoint)
    assert mt, pinpoint
    return Citation(instrument, mt.group(1), mt.group(2), mt.group(3))
