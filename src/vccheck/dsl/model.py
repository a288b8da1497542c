"""The rule model: frozen dataclasses built from the parse tree.

Every node keeps ``pos`` (file, line, column) and expressions keep the
source ``text`` they were written as, so errors and explanations can point
back to what the rule author wrote.
"""

from __future__ import annotations

from functools import cached_property

from vccheck.diagnostics import SourcePos
from vccheck.treaty import Citation
from vccheck.record import field, record


# ------------------------------------------------------------------ expressions
@record
class Path:
    """``e.subject.status``; a single bare name may be a variable or a constant."""

    names: tuple[str, ...]
    pos: SourcePos
    text: str


@record
class Literal:
    value: object  # str | float | bool
    kind: str  # "string" | "number" | "bool"
    pos: SourcePos
    text: str


@record
class DurationLiteral:
    seconds: int
    pos: SourcePos
    text: str


@record
class Call:
    """Use of a definition: ``consular_officer(e.subject)``."""

    name: str
    args: tuple["Expr", ...]
    pos: SourcePos
    text: str


@record
class Not:
    operand: "Expr"
    pos: SourcePos
    text: str


@record
class And:
    operands: tuple["Expr", ...]
    pos: SourcePos
    text: str


@record
class Or:
    operands: tuple["Expr", ...]
    pos: SourcePos
    text: str


@record
class Compare:
    op: str  # = != < <= > >=
    left: "Expr"
    right: "Expr"
    pos: SourcePos
    text: str


@record
class Member:
    value: "Expr"
    items: tuple[str, ...]
    negated: bool
    pos: SourcePos
    text: str


@record
class Known:
    value: "Expr"
    negated: bool  # True for ``is unknown``
    pos: SourcePos
    text: str


@record
class Meets:
    """``time from e to n meets without_delay`` / ``e meets grave_crime``."""

    value: "Expr"
    standard: str
    pos: SourcePos
    text: str


@record
class Some:
    """``some notification as n where (...)``: is there such an event/entity?"""

    kinds: tuple[str, ...]
    var: str
    condition: "Expr"
    pos: SourcePos
    text: str


@record
class TimeBetween:
    start: "Expr"
    end: "Expr"
    pos: SourcePos
    text: str


Expr = Path | Literal | DurationLiteral | Call | Not | And | Or | Compare | Member | Known | Meets | Some | \
    TimeBetween

_SUB_FIELDS = ("operand", "left", "right", "value", "condition", "start", "end", "operands", "args")
_SUBS: dict[type, tuple[str, ...]] = {}  # expression class -> its fields that hold expressions


def subexpressions(expr) -> list:
    """The expressions directly inside ``expr`` (operands, sides, arguments, a condition...)."""
    kind = type(expr)
    fields = _SUBS.get(kind)
    if fields is None:
        fields = _SUBS[kind] = tuple(f for f in _SUB_FIELDS if f in getattr(kind, "__dataclass_fields__", ()))
    out = []
    for name in fields:
        child = getattr(expr, name)
        if isinstance(child, tuple):
            out.extend(child)
        elif child is not None and not isinstance(child, (str, int, float, bool)):  # (a literal's value)
            out.append(child)
    return out


# ------------------------------------------------------------------ items
@record
class CitationRef:
    citation: Citation
    pos: SourcePos


@record
class Text:
    """A quoted string the author wrote (quote, note, authority, party)."""

    value: str
    pos: SourcePos


@record
class Ref:
    """A reference to a rule or exception by id."""

    id: str
    pos: SourcePos


@record
class ForEach:
    kinds: tuple[str, ...]
    var: str
    pos: SourcePos


@record
class Rule:
    id: str
    title: str
    pos: SourcePos
    citations: tuple[CitationRef, ...] = ()
    quotes: tuple[Text, ...] = ()
    duty_on: Text | None = None
    owed_to: tuple[Text, ...] = ()
    for_each: ForEach | None = None
    applies: Expr | None = None
    violated: Expr | None = None
    compliant: Expr | None = None
    overrides: tuple[Ref, ...] = ()
    authorities: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    end_line: int = 0

    @property
    def citation(self) -> Citation | None:
        return self.citations[0].citation if self.citations else None


@record
class Exception_:
    """An exception defeating a rule when its own conditions are established."""

    id: str
    title: str
    pos: SourcePos
    citations: tuple[CitationRef, ...] = ()
    quotes: tuple[Text, ...] = ()
    target: Ref | None = None
    gives: Text | None = None  # compliant | excused | not_applicable
    when: Expr | None = None
    prevails_over: tuple[Ref, ...] = ()
    authorities: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    end_line: int = 0

    @property
    def citation(self) -> Citation | None:
        return self.citations[0].citation if self.citations else None


@record
class Definition:
    name: str
    params: tuple[str, ...]
    title: str
    pos: SourcePos
    citations: tuple[CitationRef, ...] = ()
    quotes: tuple[Text, ...] = ()
    means: Expr | None = None
    authorities: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    end_line: int = 0


@record
class Standard:
    """An open-textured standard ("without delay"), decided by fact or threshold."""

    name: str
    title: str
    pos: SourcePos
    citations: tuple[CitationRef, ...] = ()
    measures: str | None = None  # "duration" or a numeric fact name
    bound: str | None = None  # "at most" | "at least"
    authorities: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    end_line: int = 0


Item = Rule | Exception_ | Definition | Standard


@record
class Comment:
    text: str
    pos: SourcePos


@record
class RuleFile:
    path: str
    items: tuple[Item, ...]
    comments: tuple[Comment, ...] = ()
    text: str = field(default="", repr=False, compare=False)


@record
class RuleSet:
    """The compiled corpus: every item of every file, by kind, in a stable order (computed once)."""

    files: tuple[RuleFile, ...]

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(sorted((i for f in self.files for i in f.items if isinstance(i, Rule)),
                            key=lambda r: _id_key(r.id)))

    @cached_property
    def exceptions(self) -> tuple[Exception_, ...]:
        return tuple(sorted((i for f in self.files for i in f.items if isinstance(i, Exception_)),
                            key=lambda r: _id_key(r.id)))

    @cached_property
    def definitions(self) -> dict[str, Definition]:
        return {i.name: i for f in self.files for i in f.items if isinstance(i, Definition)}

    @cached_property
    def standards(self) -> dict[str, Standard]:
        return {i.name: i for f in self.files for i in f.items if isinstance(i, Standard)}

    @cached_property
    def exceptions_by_target(self) -> dict[str, tuple[Exception_, ...]]:
        out: dict[str, list[Exception_]] = {}
        for exc in self.exceptions:
            if exc.target is not None:
                out.setdefault(exc.target.id, []).append(exc)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def excepted_to_not_applicable(self) -> frozenset[str]:
        """Ids of the rules an exception can make not applicable (``gives not_applicable``)."""
        return frozenset(target for target, excs in self.exceptions_by_target.items()
                         if any(x.gives is not None and x.gives.value == "not_applicable" for x in excs))

    @cached_property
    def standards_used(self) -> dict[str, tuple[str, ...]]:
        """rule id -> the standards (``meets NAME``) its own conditions and its exceptions' turn on, sorted."""
        out = {}
        for rule in self.rules:
            names: set[str] = set()
            stack = [e for e in (rule.applies, rule.violated, rule.compliant,
                                 *(x.when for x in self.exceptions_by_target.get(rule.id, ()))) if e is not None]
            while stack:
                node = stack.pop()
                if type(node) is Meets:
                    names.add(node.standard)
                stack.extend(subexpressions(node))
            out[rule.id] = tuple(sorted(names))
        return out

    @cached_property
    def quotes(self) -> dict[str, tuple[str, bool]]:
        """rule id -> the authentic text of its first citation, and whether that reading is flagged
        ``needs_unts_check`` (stored with cached rules: a check reads no treaty text)."""
        from vccheck import treaty

        out = {}
        for rule in self.rules:
            prov = treaty.lookup(rule.citations[0].citation) if rule.citations else None
            out[rule.id] = (prov.text, prov.needs_unts_check) if prov else ("", False)  # (lint reports it)
        return out

    @cached_property
    def instruments(self) -> dict[str, str | None]:
        """rule id -> the instrument of its first citation (None: a rule citing nothing)."""
        return {r.id: r.citations[0].citation.instrument if r.citations else None for r in self.rules}

    @cached_property
    def _selections(self) -> dict:
        return {}

    def select(self, only: tuple[str, ...] = (), instruments: tuple[str, ...] = ()) -> tuple[Rule, ...]:
        """The rules whose id is in ``only`` or under one of its prefixes, of ``instruments`` (memoised)."""
        key = (only, instruments)
        found = self._selections.get(key)
        if found is None:
            wanted = frozenset(i.upper() for i in instruments)
            prefixes = tuple(p.rstrip(".") + "." for p in only)
            instrument = self.instruments
            found = tuple(r for r in self.rules if instrument[r.id] is not None
                          and (not wanted or instrument[r.id].upper() in wanted)
                          and (not only or r.id in only or r.id.startswith(prefixes)))
            if len(self._selections) < 4096:
                self._selections[key] = found
        return found

    def __getstate__(self):  # memoised selections are not part of the pickled corpus
        state = dict(self.__dict__)
        state.pop("_selections", None)
        return state

    @cached_property
    def overriders(self) -> dict[str, tuple[Rule, ...]]:
        """rule id -> the overlay rules that override it."""
        out: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for ref in rule.overrides:
                out.setdefault(ref.id, []).append(rule)
        return {k: tuple(v) for k, v in out.items()}


def _id_key(rule_id: str) -> tuple:
    """Natural order: vccr.5 before vccr.41, vccr.41.1 before vccr.41.2."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in rule_id.split("."))


id_key = _id_key
