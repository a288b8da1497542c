"""``VALUE meets STANDARD``: open-textured standards ("without delay", "promptly", "serious reason").

A standard is decided, in this order, by an explicit decision on the event
(``without_delay: true``), by a threshold the user set (``--standard
promptly=24h``, or ``standards:`` in the file), or not at all: then the
condition is unknown and the explanation says how to decide it.
"""

from __future__ import annotations

from vccheck.dsl import model as m
from vccheck.engine import timeline
from vccheck.engine.context import UNKNOWN, Context, Denied, display
from vccheck.engine.expressions import _trace, k_not, value
from vccheck.facts.model import Duration, Entity


def meets(ctx: Context, expr: m.Meets, env: dict):
    name = expr.standard
    std = ctx.standards.get(name)
    title = std.title if std else name
    val, facts, missing, note = value(ctx, expr.value, env)
    if val is UNKNOWN or isinstance(val, Denied):
        return None, _trace(ctx, expr, None, facts, note=note, missing=missing)
    target = val.end if isinstance(val, timeline.Span) else val
    # 1. an explicit decision on the event
    if isinstance(target, Entity):
        decided, use, _ = ctx.read(target, name)
        if isinstance(decided, bool):
            if use:
                facts.append(use)
            return decided, _trace(ctx, expr, decided, facts,
                                   note=f"standard '{title}' decided by the fact {target.id}.{name}")
    # 2. a threshold set by the user
    threshold = ctx.thresholds.get(name)
    bound = std.bound if std else "at most"
    if threshold is not None:
        if isinstance(val, timeline.Span):
            limit = threshold.seconds if isinstance(threshold, Duration) else float(threshold)
            r = timeline.at_most(val, limit) if bound == "at most" else k_not(timeline.compare_span(val, "<", limit))
            return r, _trace(ctx, expr, r, facts, note=f"{note}; standard '{title}' {bound} {display(threshold)} "
                             "(threshold set by the user)",
                             missing=[f"the exact times of {val.end.id if val.end else 'the events'} "
                                      f"(the known times straddle the threshold for '{title}')"])
        measure = std.measures if std else None
        if isinstance(target, Entity) and measure and measure != "duration":
            mv, use, miss = ctx.read(target, measure)
            if use:
                facts.append(use)
            if mv is UNKNOWN or isinstance(mv, Denied):
                return None, _trace(ctx, expr, None, facts, missing=[miss] if miss else [])
            r = mv <= threshold if bound == "at most" else mv >= threshold
            return r, _trace(ctx, expr, r, facts,
                             note=f"standard '{title}': {measure} {bound} {display(threshold)} (threshold set by the user)")
    where = f"on event {target.id}" if isinstance(target, Entity) else "on the event"
    hint = (f"standard '{title}' is open-textured: decide it with `{name}: true|false` {where}, "
            f"or set a threshold (--standard {name}=...)")
    return None, _trace(ctx, expr, None, facts, note=note, missing=[hint])
