"""Checks across the whole file: references resolve, and the timeline is possible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from vccheck.diagnostics import Collector, SourcePos, did_you_mean
from vccheck.facts.convert import tzinfo_of
from vccheck.facts.format import MAY_PRECEDE_CONCERNED
from vccheck.facts.model import Entity
from vccheck.facts.values import PendingRef

SECTION_OF = {"state": "states", "post": "posts", "mission": "missions", "person": "persons",
              "place": "places", "thing": "things", "event": "events"}
ANY_KINDS = ("person", "place", "thing", "post", "mission")


def with_article(word: str) -> str:
    """'a person', 'an event', 'an arrest'."""
    return ("an " if word[:1] in tuple("aeiou") else "a ") + word


ARTICLE = {kind: with_article(kind) for kind in SECTION_OF}


def _wanted(kind: str) -> tuple[str, ...]:
    return ANY_KINDS if kind == "any" else (kind,)


def _kind_words(kinds: tuple[str, ...]) -> str:
    names = [ARTICLE[k] for k in kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def resolve_refs(refs: Iterable[PendingRef], kinds_by_id: dict[str, str], out: Collector) -> None:
    """Every reference names a declared id of the right kind."""
    for ref in refs:
        wanted = _wanted(ref.kind)
        found = kinds_by_id.get(ref.id)
        if found in wanted:
            continue
        sections = [SECTION_OF[k] for k in wanted]
        where = sections[0] if len(sections) == 1 else ", ".join(sections[:-1]) + " or " + sections[-1]
        if found is not None:
            out.add_at(ref.pos, "wrong-ref", f"{ref.where}: '{ref.id}' is {ARTICLE[found]}, "
                       f"but {_kind_words(wanted)} is expected here")
            continue
        candidates = [i for i, k in kinds_by_id.items() if k in wanted]
        hint = did_you_mean(ref.id, candidates) or f"declare '{ref.id}' under {where} first"
        out.add_at(ref.pos, "undeclared", f"{ref.where}: '{ref.id}' is not declared under {where}", hint)


# ------------------------------------------------------------------ timeline


def _moment(event: Entity, start: bool, default_tz: str | None) -> tuple[dt.date, dt.datetime | None] | None:
    """(date, datetime if a time is known) of the start or end of ``event``; None without a date."""
    time_fact = event.get("time" if start else "end_time")
    date_fact = event.get("date" if start else "end_date")
    if date_fact is None and not start and time_fact is not None:
        date_fact = event.get("date")  # an end time without an end date: the same day
    if date_fact is None:
        return None
    if time_fact is None:
        return date_fact.value, None
    moment = dt.datetime.combine(date_fact.value, time_fact.value)
    tz_fact = event.get("timezone")
    tz_name = tz_fact.value if tz_fact is not None else default_tz
    tzinfo = tzinfo_of(tz_name) if tz_name else None
    return date_fact.value, moment.replace(tzinfo=tzinfo) if tzinfo else moment


def _before(a: tuple[dt.date, dt.datetime | None], b: tuple[dt.date, dt.datetime | None]) -> bool:
    """Is ``a`` certainly earlier than ``b``? (A date without a time spans the whole day.)"""
    if a[1] is not None and b[1] is not None and (a[1].tzinfo is None) == (b[1].tzinfo is None):
        return a[1] < b[1]
    return a[0] < b[0]


def _when(moment: tuple[dt.date, dt.datetime | None]) -> str:
    return moment[1].strftime("%Y-%m-%d %H:%M") if moment[1] is not None else moment[0].isoformat()


def check_timeline(events: tuple[Entity, ...], default_tz: str | None, out: Collector) -> None:
    by_id = {event.id: event for event in events}
    for event in events:
        start = _moment(event, True, default_tz)
        end = _moment(event, False, default_tz)
        if start and end and _before(end, start):
            pos = (event.get("end_date") or event.get("end_time")).pos
            out.add_at(pos, "event-order", f"event '{event.id}' ends ({_when(end)}) before it begins ({_when(start)})",
                       "check end_date and end_time against date and time (give end_date if it ended on a later day)")
        _check_concerning(event, by_id, start, default_tz, out)


def _check_concerning(event: Entity, by_id: dict[str, Entity], start, default_tz: str | None,
                      out: Collector) -> None:
    concerning = event.get("concerning")
    if concerning is None or concerning.value not in by_id:
        return
    if concerning.value == event.id:
        out.add_at(concerning.pos, "event-order", f"event '{event.id}' cannot concern itself")
        return
    if event.type in MAY_PRECEDE_CONCERNED or start is None:
        return
    earlier = by_id[concerning.value]
    earlier_start = _moment(earlier, True, default_tz)
    if earlier_start is not None and _before(start, earlier_start):
        pos: SourcePos = event.get("date").pos
        out.add_at(pos, "event-order",
                   f"the {event.type or 'event'} '{event.id}' is dated {_when(start)}, before the "
                   f"{earlier.type or 'event'} '{earlier.id}' it concerns ({_when(earlier_start)}, line "
                   f"{earlier.pos.line})", "check both dates; an event can only concern an earlier one")
