"""Expression typing: the Ty model, vocabulary lookups, path and expression checks.

Expressions are typed against ``facts.vocabulary``: a ``for each`` / ``some``
variable is an event of the listed types or an entity kind, ``sending_state``
/ ``receiving_state`` are states, definition parameters are untyped (any
attribute known to any kind is accepted, so misspellings are still caught).
``TypeChecker`` reports through the corpus report of ``dsl.check`` (a callable
taking code, position, message and hint, with ``tok(pos)`` giving ``Tokens``);
nothing here runs rule text, it only walks the frozen model.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache
from collections.abc import Iterator

from vccheck.diagnostics import SourcePos, did_you_mean
from vccheck.dsl import model as m
from vccheck.facts import vocabulary as vocab
from vccheck.record import record


# ------------------------------------------------------------------ types
@record
class Ty:
    kind: str  # "event" | "entity" | "value" | "untyped" | "const" (a bare unbound name)
    name: str = ""  # entity kind, value type (bool, enum, ...), or the constant
    events: tuple[str, ...] = ()  # event types (empty: any event)
    values: tuple[str, ...] = ()  # enum values

    def describe(self) -> str:
        if self.kind == "event":
            return " or ".join(self.events) + " events" if self.events else "events"
        if self.kind == "entity":
            return "a person, place, thing, post or mission" if self.name == "any" else f"a {self.name}"
        return {"enum": "a choice", "int": "a number"}.get(self.name, f"a {self.name}") if self.kind == "value" \
            else "a value"


UNTYPED, BOOL, DURATION = Ty("untyped"), Ty("value", "bool"), Ty("value", "duration")
STATE = Ty("entity", "state")
_ORDERED = {"number", "int", "duration", "date", "time"}


@lru_cache(maxsize=1)
def _all_attrs() -> dict[str, tuple[vocab.Attr, ...]]:
    out: dict[str, list] = {}
    for attrs in (*vocab.KIND_ATTRS.values(), vocab.EVENT_COMMON, *(a for _, a in vocab.EVENT_TYPES.values())):
        for attr in attrs.values():
            out.setdefault(attr.name, []).append(attr)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _all_enum_values() -> frozenset[str]:
    return frozenset(v for attrs in _all_attrs().values() for a in attrs for v in a.values)


def _attr_ty(attr: vocab.Attr) -> Ty:
    ref = attr.ref_kind
    if ref == "event":
        return Ty("event")
    if ref:
        return Ty("entity", ref)
    return Ty("value", attr.type, values=attr.values)


def _attrs_of(ty: Ty) -> dict[str, vocab.Attr] | None:
    if ty.kind == "event":
        return vocab.attrs_of("event", ty.events)
    if ty.kind == "entity":
        return vocab.attrs_of(ty.name)
    return None


def _step(ty: Ty, name: str) -> Ty | None:
    """The type of ``x.name`` for ``x`` of type ``ty`` (None: no such attribute)."""
    if ty.kind == "untyped":
        cands = _all_attrs().get(name)
        if not cands:
            return None
        types = {a.type for a in cands}
        if types == {"enum"}:
            return Ty("value", "enum", values=tuple(sorted({v for a in cands for v in a.values})))
        return _attr_ty(cands[0]) if len(types) == 1 else UNTYPED
    attrs = _attrs_of(ty)
    return _attr_ty(attrs[name]) if attrs and name in attrs else None


def _category(ty: Ty) -> str | None:
    if ty.kind == "event":
        return "event"
    if ty.kind == "entity":
        return "state" if ty.name == "state" else "entity"
    if ty.kind == "value":
        return "number" if ty.name in ("int", "number") else ty.name
    return None


# ------------------------------------------------------------------ token positions
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|#[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|\S')


class Tokens:
    """Finds the exact token inside a node the model keeps only a start position for."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def starts(self) -> list[int]:
        """The offset of each line's first character (built on first use, with str.find)."""
        text, out = self.text, [0]
        i = text.find("\n")
        while i >= 0:
            out.append(i + 1)
            i = text.find("\n", i + 1)
        return out

    def after(self, pos: SourcePos) -> Iterator[tuple[str, SourcePos]]:
        if pos.line < 1 or pos.line > len(self.starts):
            return
        start = self.starts[pos.line - 1] + max(pos.column, 1) - 1
        for mt in _TOKEN.finditer(self.text, start):
            if not mt.group().startswith("#"):
                line = bisect.bisect_right(self.starts, mt.start())
                yield mt.group(), SourcePos(pos.file, line, mt.start() - self.starts[line - 1] + 1)

    def path_steps(self, pos: SourcePos, count: int) -> list[SourcePos]:
        out, want_name = [], True
        for tok, tpos in self.after(pos):
            if want_name and (tok[0].isalpha() or tok[0] == "_"):
                out.append(tpos)
            elif want_name or tok != ".":
                break
            want_name = not want_name
            if len(out) == count:
                break
        return out + [pos] * (count - len(out))

    def names(self, pos: SourcePos, count: int, skip=("for", "each", "some", "or", "(", ",")) -> list[SourcePos]:
        """Positions of the names in ``for each a or b as``, ``some a as``, ``define f(a, b)``."""
        out = []
        for tok, tpos in self.after(pos):
            if tok in ("as", ")") or len(out) == count:
                break
            if tok not in skip:
                out.append(tpos)
        return out + [pos] * (count - len(out))

    def after_keyword(self, pos: SourcePos, keyword: str) -> list[SourcePos]:
        """Positions of the tokens after the first ``keyword`` outside brackets (for ``{...}``: its items)."""
        depth, found, out = 0, False, []
        for tok, tpos in self.after(pos):
            if found:
                if tok in ("}", "end") or keyword != "{" and out:
                    break
                if tok != ",":
                    out.append(tpos)
            elif tok == keyword and depth == 0:
                found = True
            elif tok in "({":
                depth += 1
            elif tok in ")}":
                depth -= 1
        return out


# ------------------------------------------------------------------ expressions
class TypeChecker:
    """Types expressions and paths against the vocabulary; ``report`` receives each problem."""

    def __init__(self, report, definitions: dict, standards: dict):
        self.report, self.definitions, self.standards = report, definitions, standards
        self.lenient = False  # True while checking an exception whose rule (and so its variables) is unknown

    def range_ty(self, kinds: tuple[str, ...], pos: SourcePos) -> Ty:
        resolved, positions = [], self.report.tok(pos).names(pos, len(kinds))
        for kind, kpos in zip(kinds, positions):
            r = vocab.kind_of_name(kind)
            if r is None:
                self.report("unknown-kind", kpos, f"'{kind}' is not an event type or entity kind",
                            did_you_mean(kind, vocab.RANGE_NAMES) or "see 'vccheck schema' for the event types")
            else:
                resolved.append(r)
        if not resolved:
            return UNTYPED
        if len({r[0] for r in resolved}) > 1:
            self.report("mixed-kinds", positions[0], "'" + " or ".join(kinds) + "' mixes events and entities",
                        "range over events or over one kind of entity")
            return UNTYPED
        if resolved[0][0] != "event":
            return Ty("entity", resolved[0][0])
        if any(not r[1] for r in resolved):
            return Ty("event")
        return Ty("event", events=tuple(dict.fromkeys(t for r in resolved for t in r[1])))

    def cond(self, expr, scope: dict[str, Ty]) -> None:
        """``expr`` must be a condition (true / false / unknown)."""
        ty = self.value(expr, scope)
        if ty.kind == "const":
            self.report("unknown-name", expr.pos, f"'{ty.name}' is not a variable or a condition",
                        did_you_mean(ty.name, [*scope, "true", "false", *self.definitions]))
        elif ty.kind != "untyped" and not (ty.kind == "value" and ty.name == "bool"):
            self.report("not-a-condition", expr.pos, f"'{expr.text}' is {ty.describe()}, not a condition",
                        f"compare it (e.g. {expr.text} = ...) or test '{expr.text} is known'")

    def bound(self, expr, scope: dict[str, Ty], what: str) -> Ty:
        """A value that must come from a variable (not a bare constant)."""
        ty = self.value(expr, scope)
        if ty.kind == "const":
            self.report("unbound-variable", expr.pos, f"'{ty.name}' is not bound here",
                        did_you_mean(ty.name, [*scope, *vocab.INCIDENT_NAMES]) or f"{what}")
            return UNTYPED
        return ty

    def value(self, expr, scope: dict[str, Ty]) -> Ty:  # noqa: C901 (one branch per node type)
        if isinstance(expr, m.Path):
            return self.path(expr, scope)
        if isinstance(expr, m.Literal):
            return Ty("value", {"string": "text"}.get(expr.kind, expr.kind))
        if isinstance(expr, m.DurationLiteral):
            return DURATION
        if isinstance(expr, (m.And, m.Or)):
            for op in expr.operands:
                self.cond(op, scope)
        elif isinstance(expr, m.Not):
            self.cond(expr.operand, scope)
        elif isinstance(expr, m.Compare):
            self.compare(expr, scope)
        elif isinstance(expr, m.Member):
            self.member(expr, scope)
        elif isinstance(expr, m.Known):
            self.bound(expr.value, scope, "'is known' tests a fact: write e.g. e.date is known")
        elif isinstance(expr, m.Meets):
            self.meets(expr, scope)
        elif isinstance(expr, m.Call):
            self.call(expr, scope)
        elif isinstance(expr, m.Some):
            ty = self.range_ty(expr.kinds, expr.pos)
            if expr.var in scope or expr.var in vocab.INCIDENT_NAMES:
                self.report("shadowed-variable", expr.pos, f"'{expr.var}' hides a variable of the same name",
                            "choose another name")
            self.cond(expr.condition, {**scope, expr.var: ty})
        elif isinstance(expr, m.TimeBetween):
            for end in (expr.start, expr.end):
                ty = self.bound(end, scope, "'time from A to B' measures between two events")
                if ty.kind not in ("event", "untyped"):
                    self.report("not-an-event", end.pos, f"'{end.text}' is {ty.describe()}, not an event",
                                "'time from A to B' measures between two events")
            return DURATION
        return BOOL

    def path(self, path: m.Path, scope: dict[str, Ty]) -> Ty:
        head = path.names[0]
        if head in scope:
            ty = scope[head]
        elif head in vocab.INCIDENT_NAMES:
            ty = STATE
        elif self.lenient:
            return UNTYPED
        elif len(path.names) == 1:
            return Ty("const", head)
        else:
            self.report("unbound-variable", path.pos, f"'{head}' is not bound here",
                        did_you_mean(head, [*scope, *vocab.INCIDENT_NAMES]) or
                        f"bind it with 'for each KIND as {head}' or 'some KIND as {head} where (...)'")
            return UNTYPED
        positions = None
        for i, name in enumerate(path.names[1:], 1):
            nxt = _step(ty, name)
            if nxt is None:
                positions = positions or self.report.tok(path.pos).path_steps(path.pos, len(path.names))
                attrs = _attrs_of(ty) if ty.kind != "untyped" else _all_attrs()
                so_far = ".".join(path.names[:i])
                if attrs is None:
                    msg = f"'{so_far}' is {ty.describe()}; it has no attribute '{name}'"
                elif ty.kind == "untyped":
                    msg = f"'{name}' is not an attribute of anything in the fact vocabulary"
                else:
                    msg = f"'{name}' is not an attribute of {ty.describe()} ('{so_far}')"
                self.report("unknown-attribute", positions[i], msg, did_you_mean(name, attrs or ()))
                return UNTYPED
            ty = nxt
        return ty

    def compare(self, cmp: m.Compare, scope: dict[str, Ty]) -> None:
        left, right = self.value(cmp.left, scope), self.value(cmp.right, scope)
        for const, const_expr, other in ((left, cmp.left, right), (right, cmp.right, left)):
            if const.kind == "const":
                self.constant(const.name, const_expr.pos, other, scope)
        if "const" in (left.kind, right.kind):
            return
        cl, cr = _category(left), _category(right)
        for ty, lit in ((left, cmp.right), (right, cmp.left)):
            if ty.name == "enum" and isinstance(lit, m.Literal) and lit.kind == "string" and ty.values \
                    and lit.value not in ty.values:
                self.report("unknown-enum-value", lit.pos, f"'{lit.value}' is not one of the values",
                            did_you_mean(str(lit.value), ty.values) or "values: " + ", ".join(ty.values))
                return
        if cl and cr and cl != cr and not {cl, cr} <= {"enum", "text"}:
            hint = ""
            for expr, other in ((cmp.left, right), (cmp.right, left)):
                if isinstance(expr, m.Path) and expr.text in vocab.INCIDENT_NAMES and expr.text in other.values:
                    hint = (f"here '{expr.text}' is the State itself; to compare with the value {expr.text} "
                            f'write: "{expr.text}" or in {{{expr.text}}}')
            self.report("type-mismatch", cmp.pos, f"cannot compare '{cmp.left.text}' ({left.describe()}) "
                        f"with '{cmp.right.text}' ({right.describe()})", hint)
        elif cmp.op in ("<", "<=", ">", ">=") and {cl, cr} - {None} and not ({left.name, right.name} & _ORDERED):
            self.report("type-mismatch", cmp.pos, f"'{cmp.op}' compares numbers, durations, dates or times",
                        "use = or != for other values")

    def constant(self, name: str, pos: SourcePos, other: Ty, scope) -> None:
        if other.kind == "value" and other.name == "enum":
            if name not in other.values:
                self.report("unknown-enum-value", pos, f"'{name}' is not one of the values it is compared with",
                            did_you_mean(name, other.values) or "values: " + ", ".join(other.values))
        elif other.kind in ("untyped", "const"):
            if name not in _all_enum_values():
                self.report("unknown-enum-value" if other.kind == "untyped" else "unknown-name", pos,
                            f"'{name}' is not a variable or a value known to the fact vocabulary",
                            did_you_mean(name, [*_all_enum_values(), *scope, *vocab.INCIDENT_NAMES]))
        else:
            hint = {"bool": "compare with true or false", "text": 'write text in double quotes: "..."'}.get(
                other.name, did_you_mean(name, [*scope, *vocab.INCIDENT_NAMES]))
            self.report("unknown-name", pos, f"'{name}' is not a variable, and {other.describe()} has no named "
                        "values", hint)

    def member(self, mem: m.Member, scope: dict[str, Ty]) -> None:
        ty = self.bound(mem.value, scope, "'in' tests the value of a fact")
        if ty.kind == "event":
            pool = tuple(ty.events or vocab.EVENT_TYPES)
        elif ty.kind == "value" and ty.name == "enum":
            pool = ty.values
        elif ty.kind == "untyped":  # a definition parameter: an enum value, or an event type
            pool = tuple(sorted(_all_enum_values() | set(vocab.EVENT_TYPES)))
        else:
            return
        positions = self.report.tok(mem.pos).after_keyword(mem.pos, "{")
        for i, item in enumerate(mem.items):
            if item not in pool and not (ty.kind == "untyped" and self.lenient):
                pos = positions[i] if i < len(positions) else mem.pos
                self.report("unknown-enum-value", pos, f"'{item}' is not one of the values of '{mem.value.text}'",
                            did_you_mean(item, pool) or ("values: " + ", ".join(pool) if len(pool) < 20 else ""))

    def meets(self, meets: m.Meets, scope: dict[str, Ty]) -> None:
        ty = self.bound(meets.value, scope, "'meets' applies to an event or to 'time from A to B'")
        pos = (self.report.tok(meets.pos).after_keyword(meets.pos, "meets") or [meets.pos])[0]
        known = vocab.STANDARDS.get(meets.standard)
        if known is None:
            self.report("unknown-standard", pos, f"'{meets.standard}' is not a standard of the fact vocabulary",
                        did_you_mean(meets.standard, vocab.STANDARDS) or "standards: " + ", ".join(vocab.STANDARDS))
            return
        if meets.standard not in self.standards:
            self.report("undeclared-standard", pos, f"no 'standard {meets.standard}' item declares this standard",
                        "declare it with its citation and authority (see rules/vccr/standards.vcl)")
        measure = known[0]
        if ty.kind == "untyped" or ty.kind == "event" and (measure == "duration" or measure in _attrs_of(ty)):
            return
        if measure == "duration" and ty == DURATION or measure != "duration" and ty.kind == "entity" \
                and measure in (_attrs_of(ty) or {}):
            return
        self.report("meets-mismatch", meets.pos, f"'{meets.standard}' measures {measure}, which "
                    f"'{meets.value.text}' ({ty.describe()}) does not have",
                    "write: time from A to B meets " + meets.standard if measure == "duration"
                    else f"apply it to an event with {measure}")

    def _reservation_call(self, call: m.Call, scope: dict[str, Ty]) -> None:
        from vccheck import treaty

        if len(call.args) != 2:
            self.report("wrong-arguments", call.pos, "'reservation' takes 2 arguments (a State, a provision), "
                        f"{len(call.args)} given", 'e.g. reservation(receiving_state, "VCDR 27(3)")')
            return
        cit = call.args[1]
        parsed = treaty.parse_citation(cit.value) if isinstance(cit, m.Literal) and cit.kind == "string" else None
        if parsed is None or treaty.lookup(parsed) is None:
            self.report("unknown-citation", cit.pos, f"{cit.text} is not a provision of the treaty text",
                        'write the provision in quotes, e.g. "VCDR 27(3)"')

    def call(self, call: m.Call, scope: dict[str, Ty]) -> None:
        for arg in call.args:
            ty = self.value(arg, scope)
            if ty.kind == "const" and ty.name not in _all_enum_values():
                self.report("unbound-variable", arg.pos, f"'{ty.name}' is not bound here",
                            did_you_mean(ty.name, [*scope, *vocab.INCIDENT_NAMES]))
        d = self.definitions.get(call.name)
        if call.name == "reservation" and d is None:  # built-in: reservation(STATE, "VCDR 27(3)")
            self._reservation_call(call, scope)
            return
        if d is None:
            self.report("unknown-definition", call.pos, f"no definition named '{call.name}'",
                        did_you_mean(call.name, [*self.definitions, "reservation"]))
        elif len(d.params) != len(call.args):
            n = len(d.params)
            self.report("wrong-arguments", call.pos, f"'{call.name}' takes {n} argument{'s' if n != 1 else ''} "
                        f"({', '.join(d.params)}), {len(call.args)} given", f"defined at {d.pos}")
