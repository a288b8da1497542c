"""Conditions decided without an explanation: each expression compiled once into a Python closure.

Most bindings are decided without a trace (the first pass, each State's
account, the candidates a ``some`` checks); ``truth`` sends those here. A
closure evaluates its condition with the same three-valued semantics as the
traced evaluation in ``expressions`` (Kleene ``and``/``or`` short-circuiting
on the deciding value), reading facts through the context (so disputed facts
read are recorded alike), but without dispatching on the expression's type,
building traces or collecting facts and notes at every node.
``quantifiers.some``, ``standards.meets``, ``reservation(...)`` and a bare value
used as a condition are delegated to their own functions.
"""

from __future__ import annotations

from collections.abc import Callable

from vccheck.dsl import model as m
from vccheck.engine import quantifiers, standards
from vccheck.engine.context import UNKNOWN, Context, Denied
from vccheck.engine.expressions import _bare, _cmp, _definition_body, _denied_compare, _path, _reservation, value
from vccheck.facts.model import Duration, Entity

Decide = Callable[[Context, dict], bool | None]  # (no string: typing would compile it at import, 2 ms)
_COMPILED: dict[int, tuple] = {}  # id(expr) -> (expr, closure): expressions live as long as their rules


def decided(expr) -> Decide:
    """The closure deciding ``expr`` (True, False or None for unknown), compiled on first use."""
    found = _COMPILED.get(id(expr))
    if found is not None and found[0] is expr:
        return found[1]
    fn = _compile(expr)
    _COMPILED[id(expr)] = (expr, fn)
    return fn


def _compile(expr) -> Decide:
    kind = type(expr)
    if kind is m.And or kind is m.Or:
        return _junction([decided(op) for op in expr.operands], kind is m.Or)
    if kind is m.Not:
        operand = decided(expr.operand)

        def not_(ctx, env):
            v = operand(ctx, env)
            return None if v is None else not v
        return not_
    if kind is m.Compare:
        return _compare(expr.op, _value(expr.left), _value(expr.right))
    if kind is m.Member:
        return _member(_value(expr.value), expr.items, expr.negated)
    if kind is m.Known:
        return _known(_value(expr.value), expr.negated)
    if kind is m.Call:
        return _call(expr)
    if kind is m.Some:
        return lambda ctx, env: quantifiers.some(ctx, expr, env)[0]
    if kind is m.Meets:
        return lambda ctx, env: standards.meets(ctx, expr, env)[0]
    return lambda ctx, env: _bare(ctx, expr, env)[0]


def _junction(operands: list[Decide], decisive: bool) -> Decide:
    """``and`` (decisive False) / ``or`` (decisive True): stops at the first operand with that value."""
    def junction(ctx, env):
        out = not decisive
        for operand in operands:
            v = operand(ctx, env)
            if v is decisive:
                return decisive
            if v is None:
                out = None
        return out
    return junction


def _compare(op: str, left, right) -> Decide:
    def compare(ctx, env):
        lv = left(ctx, env)
        rv = right(ctx, env)
        if isinstance(lv, Denied) or isinstance(rv, Denied):
            return _denied_compare(op, lv, rv)
        if lv is UNKNOWN or rv is UNKNOWN:
            return None
        return _cmp(op, lv, rv)
    return compare


def _member(val, items, negated: bool) -> Decide:
    def member(ctx, env):
        v = val(ctx, env)
        if v is UNKNOWN or isinstance(v, Denied):
            return None
        key = (v.type if v.kind == "event" else v.id) if isinstance(v, Entity) else v
        return (key not in items) if negated else (key in items)
    return member


def _known(val, negated: bool) -> Decide:
    def known(ctx, env):
        v = val(ctx, env)
        r = v is not UNKNOWN and not isinstance(v, Denied)
        return (not r) if negated else r
    return known


def _call(expr: m.Call) -> Decide:
    if expr.name == "reservation":
        return lambda ctx, env: _reservation(ctx, expr, env)[0]
    name = expr.name
    args = [_value(arg) for arg in expr.args]

    def call(ctx, env):
        definition = ctx.definitions.get(name)
        if definition is None or definition.means is None:  # lint reports it; never a crash
            return None
        inner = {}
        for param, arg in zip(definition.params, args):
            v = arg(ctx, env)
            if v is UNKNOWN or type(v) is Denied:  # stop at the first unknown argument
                return None
            inner[param] = v
        return _definition_body(ctx, name, definition, inner)[0]
    return call


def _value(expr) -> Callable:
    """A closure giving ``expressions.value(...)[0]``: the value only."""
    kind = type(expr)
    if kind is m.Literal:
        constant = expr.value
        return lambda ctx, env: constant
    if kind is m.DurationLiteral:
        duration = Duration(expr.seconds, expr.text)
        return lambda ctx, env: duration
    if kind is m.Path:
        first, rest = expr.names[0], expr.names[1:]

        def path(ctx, env):
            cur = env.get(first, _ABSENT)
            if cur is _ABSENT:  # an incident name (sending_state) or a constant
                return _path(ctx, expr, env)[0]
            for name in rest:
                if type(cur) is not Entity:
                    return UNKNOWN
                cur = ctx.read(cur, name)[0]
            return cur
        return path
    return lambda ctx, env: value(ctx, expr, env)[0]


_ABSENT = object()
