"""``some KIND as x where (...)``: three-valued existence over the incident's events and entities.

True if a listed candidate (that happened) satisfies the condition; false if
candidates are listed and none matches (the file's timeline is its account)
or an event stated not to have happened (``occurred: false``) rules it out;
unknown otherwise. Candidates are looked up by an index on an equality
conjunct (``x.subject = p``), so a check stays linear in the events.
"""

from __future__ import annotations

from vccheck.dsl import model as m
from vccheck.engine import timeline
from vccheck.engine.context import UNKNOWN, Context, Denied
from vccheck.engine.expressions import _trace, k_and, truth, value
from vccheck.facts import vocabulary as vocab
from vccheck.facts.model import Duration, Entity

_NARROW_AT = 8  # candidates above which an index lookup pays
_SHOWN = 10  # candidates of unknown match kept in an explanation (a long timeline would swamp it)


def some(ctx: Context, expr: m.Some, env: dict):
    children = []
    unknown = 0  # candidates whose match is unknown
    absence = None
    candidates = ctx.candidates(expr.kinds)
    listed = 0  # candidates that happened and were checked (or are established not to match)
    if len(candidates) > _NARROW_AT:
        narrowed = _narrow(ctx, expr, env, candidates)
        if narrowed is not None:
            listed = len(candidates) - len(narrowed)  # their established value differs: none can match
            candidates = narrowed
    for cand in candidates:
        inner = {**env, expr.var: cand}
        if cand.negative:
            if ctx.absence_claimed(cand) and _covers(ctx, cand, expr.condition, inner):
                absence = cand
            continue
        occ = ctx.occurred(cand)
        if occ is False:
            listed += 1
            continue
        r, tr = _match(ctx, expr.condition, inner, occ, len(children) < _SHOWN)
        listed += 1
        if r is True:
            note = f"{expr.var} = {cand.id}" + ("" if occ else " (occurrence disputed)")
            return True, _trace(ctx, expr, True, children=[tr], note=note)
        if r is None:
            unknown += 1
            if ctx.tracing and tr is not None and len(children) < _SHOWN:
                children.append(tr)
    if absence is not None and not unknown:
        return False, _trace(ctx, expr, False, note=f"the facts state that no such event happened ({absence.id})")
    if unknown:
        more = unknown - len(children) if ctx.tracing else 0
        return None, _trace(ctx, expr, None, children=children,
                            note=f"{unknown} candidates could match; the first {len(children)} are shown" if more else "",
                            missing=[f"whether {_kinds_text(expr.kinds)} matching \"{expr.condition.text}\" happened"])
    if listed:  # the file lists such events and none matches: the file's timeline is its account
        return False, _trace(ctx, expr, False, note=f"none of the {listed} {_kinds_text(expr.kinds)} event(s) "
                             "in the facts matches")
    return None, _trace(ctx, expr, None, note=f"no {_kinds_text(expr.kinds)} in the facts",
                        missing=[f"whether there was {_kinds_text(expr.kinds, article=True)} "
                                 f"such that {expr.condition.text} (state it as an event, or add one with "
                                 f"occurred: false)"])


def _match(ctx: Context, condition, env: dict, occ, show_unknown: bool):
    """(does the candidate match, its trace). When tracing, the candidate is first checked without a
    trace (short-circuiting), and traced again only if the explanation will show it: the one that
    matches, or one of the first few whose match is unknown. Those that do not match are not shown."""
    if not ctx.tracing:
        r, tr = truth(ctx, condition, env)
        return k_and((occ, r)), tr
    ctx.tracing = False
    try:
        r, _ = truth(ctx, condition, env)
    finally:
        ctx.tracing = True
    r = k_and((occ, r))
    if r is True or (r is None and show_unknown):
        return r, truth(ctx, condition, env)[1]
    return r, None


_KEYS: dict[int, tuple] = {}


def _index_keys(expr: m.Some, definitions: dict) -> tuple[tuple[str, object], ...]:
    """Conjuncts ``var.attr = other`` or ``var = other`` (``other`` free of ``var``) of the condition,
    looking into the definitions it calls (``d(x, e)`` whose body begins ``x.subject = e.subject and
    ...``) and into disjunctions whose every branch has one (a candidate must then match one)."""
    cached = _KEYS.get(id(expr))
    if cached is not None and cached[0] is expr:
        return cached[1]
    keys = tuple(_keys_of(expr.condition, expr.var, definitions, {}, 0))
    _KEYS[id(expr)] = (expr, keys)
    return keys


def _keys_of(cond, var: str, definitions: dict, subst: dict, depth: int) -> list:
    """``subst`` maps a definition's parameters to the caller's expressions (Paths)."""
    conjuncts = cond.operands if isinstance(cond, m.And) else (cond,)
    keys = []  # each a tuple of (attribute, expression): the candidates matching any of them
    for c in conjuncts:
        if isinstance(c, m.Call) and depth < 4 and c.name in definitions and definitions[c.name].means is not None:
            d = definitions[c.name]
            inner = {param: _substitute(arg, subst) for param, arg in zip(d.params, c.args)}
            if all(isinstance(a, m.Path) for a in inner.values()):
                keys += _keys_of(d.means, var, definitions, inner, depth + 1)
            continue
        if isinstance(c, m.Or):  # ``(d = e or about_custody(d, e))``: a candidate must match one of them
            union = []
            for op in c.operands:
                found = _keys_of(op, var, definitions, subst, depth)
                if not found:
                    break
                union += found[0]
            else:
                keys.append(tuple(union))
            continue
        if not isinstance(c, m.Compare) or c.op != "=":
            continue
        left, right = _substitute(c.left, subst), _substitute(c.right, subst)
        if left is None or right is None:
            continue
        for this, other in ((left, right), (right, left)):
            if isinstance(this, m.Path) and this.names[0] == var and len(this.names) <= 2 \
                    and not _mentions(other, var):
                keys.append(((this.names[1] if len(this.names) == 2 else "id", other),))
                break
    return keys


def _substitute(expr, subst: dict):
    """A path with a parameter at its head, rewritten onto the caller's expression; None if unsafe."""
    if not subst:
        return expr
    if isinstance(expr, m.Path):
        head = subst.get(expr.names[0])
        if head is None:
            return expr if expr.names[0] in vocab.INCIDENT_NAMES or len(expr.names) == 1 else None
        return m.Path(head.names + expr.names[1:], expr.pos, expr.text)
    if isinstance(expr, m.Literal):
        return expr
    return None


def _mentions(expr, var: str) -> bool:
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, m.Path) and node.names[0] == var:
            return True
        if isinstance(node, m.Some) and node.var == var:
            continue
        stack.extend(m.subexpressions(node))
    return False


def _narrow(ctx: Context, expr: m.Some, env: dict, candidates):
    """The candidates that may match, by an indexed ``var.attr = other`` conjunct; None if none applies.

    Left out are only those whose ``attr`` is established and differs from ``other``: for them that
    conjunct, hence the whole condition, is false. Missing or disputed values, and events stated not
    to have happened, always stay in.
    """
    for union in _index_keys(expr, ctx.definitions):
        keep: set[int] = set()  # positions in candidates
        for attr, other in union:
            saved = ctx.tracing
            ctx.tracing = False
            try:
                wanted, _facts, _missing, _note = value(ctx, other, env)
            finally:
                ctx.tracing = saved
            if isinstance(wanted, Entity):
                wanted = wanted.id
            elif wanted is UNKNOWN or isinstance(wanted, (Denied, timeline.Span, Duration)):
                break
            index, open_ = ctx.index(expr.kinds, attr)
            keep.update(open_)
            keep.update(index.get(wanted, ()))
        else:
            return tuple(candidates[i] for i in sorted(keep))
    return None


_DESCRIPTIVE = {"id", "type", "description", "occurred", "date", "time", "timezone", "end_date", "end_time",
                "organ", "organ_kind"}


def _covers(ctx: Context, negative: Entity, condition, env: dict) -> bool:
    """Does "no event like this happened" rule out every event satisfying ``condition``?

    It does when the condition is not false for the statement, and the
    statement restricts nothing the condition does not look at (so "no
    notification to the family" does not rule out a notification to the post).
    """
    saved_rec, saved_tr = ctx.recording, ctx.tracing
    ctx.recording, ctx.tracing = set(), False
    try:
        r, _ = truth(ctx, condition, env)
        read = {name for ent, name in ctx.recording if ent == negative.id}
    finally:
        ctx.recording, ctx.tracing = saved_rec, saved_tr
    stated = set(negative.facts) - _DESCRIPTIVE
    return r is not False and stated <= read


def _kinds_text(kinds, article=False) -> str:
    words = [k.replace("_", " ") for k in kinds]
    text = " or ".join(words)
    if article:
        return ("an " if text[:1] in "aeiou" else "a ") + text
    return text
