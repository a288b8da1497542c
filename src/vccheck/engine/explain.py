"""Turning traces into what a lawyer reads: reasons, missing facts, the decisive fact."""

from __future__ import annotations

from vccheck.dsl import model as m
from vccheck.engine.findings import ExceptionTrace, FactUse, Status, Trace, Truth
from vccheck.facts.model import Entity

_T = {True: Truth.TRUE, False: Truth.FALSE, None: Truth.UNKNOWN}


def _dedupe(items) -> tuple[str, ...]:
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return tuple(out)


def unknown_leaves(trace: Trace | None) -> tuple[str, ...]:
    """What would decide an unknown condition: the missing items along its unknown branches.

    Kept on the trace once found (not a field: equality, ``repr`` and the reports ignore it): a
    definition's trace is shared by every finding that calls it with the same arguments."""
    if trace is None or trace.value is not Truth.UNKNOWN:
        return ()
    found = trace.__dict__.get("_unknown_leaves")
    if found is None:
        out = list(trace.missing)
        for child in trace.children:
            out.extend(unknown_leaves(child))
        found = trace.__dict__["_unknown_leaves"] = tuple(out)
    return found


def collect_missing(status, app, app_tr, breach, breach_tr, exceptions: tuple[ExceptionTrace, ...]):
    if status is not Status.UNDETERMINED:
        return ()
    out: list[str] = []
    if app is None:
        out.extend(unknown_leaves(app_tr) or ["whether the event happened (it is alleged, not established)"])
    if app is not False and breach is None:
        out.extend(unknown_leaves(breach_tr))
    if app is not False and breach is not False:
        for exc in exceptions:
            if exc.value is Truth.UNKNOWN:
                out.extend(unknown_leaves(exc.trace))
    return _dedupe(out)


def decisive_leaves(trace: Trace | None, limit: int = 3) -> list[Trace]:
    """The leaves that carry the trace's value (for a one-line reason)."""
    if trace is None:
        return []
    if not trace.children or _is_unit(trace):
        return [trace]
    want = trace.value
    same = [c for c in trace.children if c.value is want]
    pool = same or list(trace.children)
    out: list[Trace] = []
    for child in pool:
        out.extend(decisive_leaves(child, limit))
        if len(out) >= limit:
            break
    return out[:limit]


def _is_unit(trace: Trace) -> bool:
    """``some ...`` and definition calls read as one condition in a reason."""
    return trace.kind in ("some", "definition")


def _all_facts(trace: Trace):
    """The facts under ``trace`` (depth first, lazily: a reason needs only the first few)."""
    stack = [trace]
    while stack:
        node = stack.pop()
        yield from node.facts
        unit = _is_unit(node)
        stack.extend(child for child in reversed(node.children) if child.value is node.value or not unit)


def _fact_text(f: FactUse) -> str:
    where = []
    if f.pos and f.pos.line:
        where.append(f"line {f.pos.line}")
    if f.provenance and f.provenance != "established":
        where.append(f.provenance)
    return f"{f.ref} = {f.value}" + (f" ({', '.join(where)})" if where else "")


def _leaf_text(tr: Trace) -> str:
    seen: set[str] = set()
    uses = []
    for f in (_all_facts(tr) if _is_unit(tr) else tr.facts):
        if f.value != "unknown" and f.ref not in seen:
            seen.add(f.ref)
            uses.append(f)
            if len(uses) == 5:
                break
    facts = ", ".join(_fact_text(f) for f in uses)
    text = f"{tr.text} is {tr.value.value}"
    if facts:
        text += f" [{facts}]"
    elif tr.note:
        text += f" [{tr.note}]"
    return text


def _leaves_text(trace: Trace | None) -> str:
    return "; ".join(_leaf_text(t) for t in decisive_leaves(trace))


def reason_for(status: Status, app, app_tr, breach, breach_tr, exceptions, conflict, occ, entity, ctx) -> str:
    if not ctx.tracing:
        return ""
    who = entity.id if entity is not None else "the incident"
    if status is Status.NOT_APPLICABLE:
        if occ is False:
            return f"Not applicable: on {ctx.account_name}, {who} did not happen."
        return f"Not applicable: {_leaves_text(app_tr)}."
    if conflict:
        return ("Undetermined: the exceptions " + " and ".join(conflict)
                + " both hold but give different results, and neither prevails over the other.")
    held = [e for e in exceptions if e.value is Truth.TRUE and not e.set_aside_by]
    failed = [e for e in exceptions if e.value is Truth.FALSE]
    open_ = [e for e in exceptions if e.value is Truth.UNKNOWN]
    if status is Status.VIOLATED:
        if breach_tr is not None and not breach_tr.children and breach_tr.text == "true":
            # `violated when true`: the conduct the rule ranges over is itself the breach
            text = f"Violated: the {_entity_words(entity)} is itself the breach: {_leaves_text(app_tr)}."
        else:
            text = f"Violated: {_leaves_text(breach_tr)}." if breach_tr else "Violated."
        if failed:
            text += " No exception applies: " + "; ".join(
                f"{e.title} ({e.cite}) fails because {_leaves_text(e.trace)}" for e in failed) + "."
        return text
    if status in (Status.COMPLIANT, Status.EXCUSED, Status.NOT_APPLICABLE) and held and breach is not False:
        e = held[0]
        return f"{status.value.capitalize()}: the exception '{e.title}' ({e.cite}) holds: {_leaves_text(e.trace)}."
    if status is Status.COMPLIANT:
        if breach_tr is not None and not breach_tr.children and breach_tr.text == "true":
            # `compliant when true`: a power used within its limits
            return f"Compliant: the {_entity_words(entity)} is within the power the provision grants: {_leaves_text(app_tr)}."
        return f"Compliant: {_leaves_text(breach_tr)}." if breach_tr else "Compliant."
    # undetermined
    if occ is None:
        return f"Undetermined: whether {who} happened is disputed or unknown on {ctx.account_name}."
    if app is None:
        return f"Undetermined: it is unknown whether the rule applies: {_leaves_text(app_tr)}."
    if breach is None:
        return f"Undetermined: {_leaves_text(breach_tr)}."
    if open_:
        return ("Undetermined: the conduct breaches the rule unless an exception applies, and the facts do not "
                "settle " + ", ".join(f"'{e.title}' ({e.cite})" for e in open_) + ".")
    return "Undetermined."


def _entity_words(entity) -> str:
    if entity is None:
        return "conduct"
    if entity.kind == "event":
        subj = entity.facts.get("subject")
        what = (entity.type or "event").replace("_", " ")
        return f"{what} '{entity.id}'" + (f" of {subj.value}" if subj else "")
    return f"{entity.kind} '{entity.id}'"


def would_decide(rule: m.Rule, unknown_exceptions) -> tuple[str, ...]:
    cite = rule.citation.cite if rule.citation else rule.id
    return tuple(f"lawful under {cite} only if the exception '{x.title}'"
                 f" ({x.citation.cite if x.citation else x.id}) held: {x.when.text}" for x in unknown_exceptions)


def _first_fact(trace: Trace | None, want: Truth | None = None) -> FactUse | None:
    if trace is None:
        return None
    if want is None or trace.value is want:
        for f in trace.facts:
            if f.pos is not None and f.pos.line:
                return f
        for child in trace.children:
            found = _first_fact(child, want)
            if found:
                return found
    return None


def decisive_fact(outcome, entity: Entity | None) -> FactUse | None:
    status = outcome.status
    found = None
    if status is Status.NOT_APPLICABLE:
        found = _first_fact(outcome.applies, Truth.FALSE)
    elif status in (Status.VIOLATED, Status.COMPLIANT):
        found = _first_fact(outcome.breach)
    elif status is Status.EXCUSED:
        for e in outcome.exceptions:
            if e.value is Truth.TRUE:
                found = found or _first_fact(e.trace)
    if found is None and entity is not None:
        found = FactUse(entity.id, entity.type or entity.kind, entity.pos, "")
    return found


def subject_label(entity: Entity | None, env: dict) -> str | None:
    if entity is None:
        return None
    name = entity.facts.get("name")
    if entity.kind == "event":
        subj = entity.facts.get("subject")
        what = entity.type.replace("_", " ") if entity.type else "event"
        return f"{what} of {subj.value}" if subj else what
    return f"{entity.id} ({name.value})" if name else entity.id
