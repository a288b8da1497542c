"""Three-valued evaluation of rule expressions, with the trace that explains it.

``truth`` returns (True | False | None, Trace | None); None is unknown
(Kleene). ``value`` returns (value | UNKNOWN, facts read, missing, note).
With ``ctx.tracing`` (a finding's explanation) every node is traced here;
without it (the first pass, the States' accounts, candidates a ``some``
checks) ``truth`` runs the condition compiled by ``engine.decide``.
"""

from __future__ import annotations

import datetime as dt

from vccheck.dsl import model as m
from vccheck.engine import timeline
from vccheck.engine.context import UNKNOWN, Context, Denied, display
from vccheck.engine.findings import Trace, Truth
from vccheck.facts.model import Duration, Entity
from vccheck.facts import vocabulary as vocab

_TRUTH = {True: Truth.TRUE, False: Truth.FALSE, None: Truth.UNKNOWN}


def k_not(a):
    return None if a is None else not a


def k_and(values):
    out = True
    for v in values:
        if v is False:
            return False
        if v is None:
            out = None
    return out


def k_or(values):
    out = False
    for v in values:
        if v is True:
            return True
        if v is None:
            out = None
    return out


_KINDS = {m.Some: "some", m.Call: "definition", m.And: "and", m.Or: "or", m.Not: "not"}


def _trace(ctx: Context, expr, result, facts=(), children=(), note="", missing=()) -> Trace | None:
    if not ctx.tracing:
        return None
    kind = _KINDS.get(type(expr), "")
    return Trace(expr.text, _TRUTH[result], tuple(facts), tuple(c for c in children if c is not None), note,
                 expr.pos, tuple(missing) if result is None else (), kind)


# ------------------------------------------------------------------ truth
def truth(ctx: Context, expr, env: dict):
    if not ctx.tracing:  # the value only: compiled (see engine.decide)
        return _decide.decided(expr)(ctx, env), None
    fn = _TRUTH_OF.get(type(expr))
    if fn is not None:
        return fn(ctx, expr, env)
    return _bare(ctx, expr, env)


def _not(ctx: Context, expr, env: dict):
    v, tr = truth(ctx, expr.operand, env)
    r = k_not(v)
    return r, _trace(ctx, expr, r, children=[tr])


def _member(ctx: Context, expr, env: dict):
    val, facts, missing, note = value(ctx, expr.value, env)
    if isinstance(val, Denied):
        val = UNKNOWN
    if val is UNKNOWN:
        r = None
    else:
        key = val.type if isinstance(val, Entity) and val.kind == "event" else (
            val.id if isinstance(val, Entity) else val)
        r = key in expr.items
        r = (not r) if expr.negated else r
    return r, _trace(ctx, expr, r, facts, note=note, missing=missing)


def _known(ctx: Context, expr, env: dict):
    val, facts, _missing, note = value(ctx, expr.value, env)
    r = val is not UNKNOWN and not isinstance(val, Denied)
    r = (not r) if expr.negated else r
    return r, _trace(ctx, expr, r, facts, note=note)


def _some(ctx: Context, expr, env: dict):
    return quantifiers.some(ctx, expr, env)


def _bare(ctx: Context, expr, env: dict):
    if type(expr) is m.Literal and expr.kind == "bool":
        return expr.value, _trace(ctx, expr, expr.value)
    # a bare value used as a condition: a bool fact
    val, facts, missing, note = value(ctx, expr, env)
    if isinstance(val, Denied):
        val = UNKNOWN
    r = None if val is UNKNOWN else val if isinstance(val, bool) else None
    if val is not UNKNOWN and not isinstance(val, bool):
        note = note or f"{display(val)} is not true or false"
    return r, _trace(ctx, expr, r, facts, note=note, missing=missing)


BUILTINS = ("reservation",)


def _reservation(ctx: Context, expr: m.Call, env: dict):
    """reservation(STATE, "VCDR 27(3)"): has the State made a reservation touching that provision?

    True or false from the party data (reservations as paraphrased there); unknown when the data
    was not consulted or does not know the State.
    """
    from vccheck import treaty

    state, facts, missing, _ = value(ctx, expr.args[0], env)
    citation = treaty.parse_citation(expr.args[1].value) if isinstance(expr.args[1], m.Literal) else None
    if not isinstance(state, Entity) or citation is None or ctx.reservations is None:
        return None, _trace(ctx, expr, None, facts, missing=missing + [
            f"whether {display(state)} made a reservation touching {expr.args[1].text} (party data)"])
    hits = [summary for code, instrument, article, paragraph, summary in ctx.reservations
            if code == state.id and instrument == citation.instrument and article == citation.article
            and (paragraph is None or citation.paragraph is None or paragraph == citation.paragraph)]
    note = ("reservation in the party data: " + " | ".join(hits)) if hits else \
        f"no reservation of {state.id} touching {citation.short} in the party data"
    return bool(hits), _trace(ctx, expr, bool(hits), facts, note=note)


def _junction(ctx: Context, expr, env: dict, decisive: bool, combine):
    """'and' (``decisive`` False) / 'or' (True), traced: every operand is evaluated, so the explanation
    shows them all (without a trace, engine.decide stops at the deciding operand)."""
    results = [truth(ctx, op, env) for op in expr.operands]
    r = combine(v for v, _ in results)
    return r, _trace(ctx, expr, r, children=[tr for _, tr in results])


def _and(ctx: Context, expr, env: dict):
    return _junction(ctx, expr, env, False, k_and)


def _or(ctx: Context, expr, env: dict):
    return _junction(ctx, expr, env, True, k_or)


def _call(ctx: Context, expr: m.Call, env: dict):
    if expr.name == "reservation":
        return _reservation(ctx, expr, env)
    definition = ctx.definitions.get(expr.name)
    if definition is None or definition.means is None:  # lint reports it; the engine never crashes on it
        return None, _trace(ctx, expr, None, note=f"no definition '{expr.name}'",
                            missing=[f"the definition '{expr.name}' (missing from the rules)"])
    inner_env = {}
    facts, missing = [], []
    for param, arg in zip(definition.params, expr.args):
        val, f, mi, _ = value(ctx, arg, env)
        facts.extend(f)
        missing.extend(mi)
        inner_env[param] = val
    if any(v is UNKNOWN or isinstance(v, Denied) for v in inner_env.values()):
        return None, _trace(ctx, expr, None, facts, missing=missing)
    r, tr = _definition_body(ctx, expr.name, definition, inner_env)
    cite = definition.citations[0].citation.short if definition.citations else ""
    note = f"definition '{definition.title}'" + (f" ({cite})" if cite else "")
    return r, _trace(ctx, expr, r, facts, children=[tr], note=note)


def _definition_body(ctx: Context, name: str, definition, inner_env: dict):
    """A definition's value for these arguments: a pure function of the facts under the account, so it
    is computed once per incident, account and arguments (with the disputed facts it read)."""
    key = (name, ctx.tracing, tuple([("entity", v.id) if type(v) is Entity else v for v in inner_env.values()]))
    if ctx.recording is None:
        try:
            hit = ctx.calls.get(key)
        except TypeError:  # an unhashable argument value: not memoised
            hit, key = None, None
        if hit is not None:
            ctx.touched.update(hit[2])
            return hit[0], hit[1]
    else:
        key = None  # checking a negative event records every read: evaluate in full
    saved = ctx.touched
    ctx.touched = set()
    try:
        r, tr = truth(ctx, definition.means, inner_env)
        read = ctx.touched
    finally:
        ctx.touched = saved | ctx.touched
    if key is not None:
        ctx.calls[key] = (r, tr, frozenset(read))
    return r, tr


# ------------------------------------------------------------------ values
def value(ctx: Context, expr, env: dict):
    """(value or UNKNOWN, [FactUse], [missing], note)."""
    t = type(expr)
    if t is m.Path:
        return _path(ctx, expr, env)
    if t is m.Literal:
        return expr.value, [], [], ""
    if t is m.DurationLiteral:
        return Duration(expr.seconds, expr.text), [], [], ""
    if t is m.TimeBetween:
        return _time_between(ctx, expr, env)
    # a boolean expression used as a value
    r, tr = truth(ctx, expr, env)
    return (UNKNOWN if r is None else r), [], list(tr.missing) if tr else [], ""



def _path(ctx: Context, expr: m.Path, env: dict):
    names = expr.names
    first = names[0]
    if not ctx.tracing and first in env:  # the common case, untraced: no lists of facts and missing texts
        cur = env[first]
        for i in range(1, len(names)):
            if type(cur) is not Entity:
                if isinstance(cur, Denied) or cur is UNKNOWN:
                    return UNKNOWN, [], [], ""
                return UNKNOWN, [], [], f"'{display(cur)}' has no attribute '{names[i]}'"
            cur = ctx.read(cur, names[i])[0]
        return cur, [], [], ""
    rest = names[1:]
    facts, missing = [], []
    if first in env:
        cur = env[first]
    elif first in vocab.INCIDENT_NAMES:
        cur = ctx.named(first)
        if cur is UNKNOWN:
            missing.append(f"{first}: the incident's {first.replace('_', ' ')}")
    else:
        return first, [], [], ""  # a constant (enum value)
    for name in rest:
        if isinstance(cur, Denied):
            cur = UNKNOWN
        if cur is UNKNOWN:
            break
        if not isinstance(cur, Entity):
            return UNKNOWN, facts, missing, f"'{display(cur)}' has no attribute '{name}'"
        cur, use, miss = ctx.read(cur, name)
        if use is not None:
            facts.append(use)
        if miss:
            missing.append(miss)
    return cur, facts, missing, ""


def _event_instant(ctx: Context, event: Entity, facts: list, missing: list):
    date, use, miss = ctx.read(event, "date")
    if use:
        facts.append(use)
    if date is UNKNOWN or isinstance(date, Denied):
        missing.append(miss)
        return None
    time, use, _ = ctx.read(event, "time")
    if isinstance(time, Denied):
        time = UNKNOWN
    if use and time is not UNKNOWN:
        facts.append(use)
    zone, _, _ = ctx.read(event, "timezone")
    if zone is UNKNOWN or isinstance(zone, Denied):
        zone = ctx.incident.timezone
    return timeline.instant(date, None if time is UNKNOWN else time, zone)


def _time_between(ctx: Context, expr: m.TimeBetween, env: dict):
    a, fa, ma, _ = value(ctx, expr.start, env)
    b, fb, mb, _ = value(ctx, expr.end, env)
    facts, missing = fa + fb, ma + mb
    if not isinstance(a, Entity) or not isinstance(b, Entity):
        return UNKNOWN, facts, missing, ""
    ia = _event_instant(ctx, a, facts, missing)
    ib = _event_instant(ctx, b, facts, missing)
    if ia is None or ib is None:
        return UNKNOWN, facts, missing, ""
    s = timeline.span(ia, ib, end=b)
    return s, facts, missing, f"time from {a.id} to {b.id}: {s.describe()}"


def _seconds(v):
    if isinstance(v, Duration):
        return v.seconds
    return None


def _compare(ctx: Context, expr: m.Compare, env: dict):
    lv, lf, lm, ln = value(ctx, expr.left, env)
    rv, rf, rm, rn = value(ctx, expr.right, env)
    facts, missing = lf + rf, lm + rm
    note = "; ".join(n for n in (ln, rn) if n)
    if isinstance(lv, Denied) or isinstance(rv, Denied):
        r = _denied_compare(expr.op, lv, rv)
        return r, _trace(ctx, expr, r, facts, note=note, missing=missing if r is None else ())
    if lv is UNKNOWN or rv is UNKNOWN:
        return None, _trace(ctx, expr, None, facts, note=note, missing=missing)
    r = _cmp(expr.op, lv, rv)
    if r is None and not note:
        note = f"cannot compare {display(lv)} with {display(rv)}"
    return r, _trace(ctx, expr, r, facts, note=note, missing=missing if r is None else ())


def _denied_compare(op: str, a, b):
    """``not v = w`` is false when w is v (the account denies exactly that), else unknown."""
    if isinstance(a, Denied) and isinstance(b, Denied) or op not in ("=", "!="):
        return None
    denied, other = (a.value, b) if isinstance(a, Denied) else (b.value, a)
    if other is UNKNOWN:
        return None
    same = _cmp("=", denied, other)
    if same is True:
        return op == "!="
    return None


def _cmp(op: str, a, b):
    if isinstance(a, timeline.Span) and _seconds(b) is not None:
        return timeline.compare_span(a, op, _seconds(b))
    if isinstance(b, timeline.Span) and _seconds(a) is not None:
        flipped = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!="}[op]
        return timeline.compare_span(b, flipped, _seconds(a))
    if isinstance(a, Duration) and isinstance(b, Duration):
        a, b = a.seconds, b.seconds
    if isinstance(a, Entity) or isinstance(b, Entity):
        ka = a.id if isinstance(a, Entity) else a
        kb = b.id if isinstance(b, Entity) else b
        if op == "=":
            return ka == kb
        if op == "!=":
            return ka != kb
        return None
    if isinstance(a, bool) != isinstance(b, bool):
        return None
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    comparable = (int, float, dt.date, dt.time)
    if isinstance(a, comparable) and isinstance(b, comparable) and type(a) is type(b) or (
            isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
    return None


from vccheck.engine import quantifiers, standards  # noqa: E402  (they use truth and value above)
from vccheck.engine import decide as _decide  # noqa: E402  (it compiles with the functions above)

_TRUTH_OF = {m.And: _and, m.Or: _or, m.Not: _not, m.Compare: _compare, m.Member: _member, m.Known: _known,
             m.Meets: standards.meets, m.Some: _some, m.Call: _call}
