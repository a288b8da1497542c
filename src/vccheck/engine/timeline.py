"""When events happened: instants as intervals, durations as intervals.

A date without a time spans the whole day; a time without a zone is read in
the incident's zone; if no zone is known anywhere the times float together
(same unknown zone), and a floating time compared with a zoned one is
widened by the widest offsets in use (UTC-12 .. UTC+14). Durations are
intervals [lo, hi] in seconds, compared three-valued.
"""

from __future__ import annotations

import datetime as dt
import re

from vccheck.record import record
from functools import lru_cache

DAY = 86400
MAX_OFFSET = 14 * 3600
MIN_OFFSET = -12 * 3600


@record
class Instant:
    lo: float  # seconds since the epoch (UTC if zoned, else floating local)
    hi: float
    floating: bool


@record
class Span:
    """A duration known to lie in [lo, hi] seconds; ``end`` is the later event (for standards)."""

    lo: float
    hi: float
    end: object = None

    def describe(self) -> str:
        if self.lo == self.hi:
            return human(self.lo)
        return f"between {human(self.lo)} and {human(self.hi)}"


def human(seconds: float) -> str:
    neg = seconds < 0
    s = abs(int(seconds))
    if s % DAY == 0 and s:
        out = f"{s // DAY} day{'s' if s // DAY != 1 else ''}"
    elif s % 3600 == 0:
        out = f"{s // 3600} hour{'s' if s // 3600 != 1 else ''}"
    elif s % 60 == 0:
        out = f"{s // 60} minutes"
    else:
        out = f"{s} seconds"
    return f"minus {out}" if neg else out


_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


@lru_cache(maxsize=256)
def _zone(name: str):
    m = _OFFSET.match(name)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return dt.timezone(sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    if name.upper() in ("UTC", "Z"):
        return dt.timezone.utc
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def instant(date: dt.date, time: dt.time | None, zone: str | None) -> Instant:
    start = dt.datetime.combine(date, time or dt.time(0, 0))
    length = 0 if time is not None else DAY
    if zone:
        aware = start.replace(tzinfo=_zone(zone))
        lo = aware.timestamp()
        if length:
            nxt = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0, 0)).replace(tzinfo=_zone(zone))
            hi = nxt.timestamp()
        else:
            hi = lo
        return Instant(lo, hi, False)
    lo = start.replace(tzinfo=dt.timezone.utc).timestamp()
    return Instant(lo, lo + length, True)


def span(a: Instant, b: Instant, end=None) -> Span:
    lo, hi = b.lo - a.hi, b.hi - a.lo
    if a.floating != b.floating:  # one zone unknown: allow any offset
        lo -= MAX_OFFSET - MIN_OFFSET
        hi += MAX_OFFSET - MIN_OFFSET
    return Span(lo, hi, end)


def at_most(s: Span, limit: float) -> bool | None:
    """Is the duration at most ``limit`` seconds? None when the interval straddles it."""
    if s.hi <= limit:
        return True
    if s.lo > limit:
        return False
    return None


def compare_span(s: Span, op: str, limit: float) -> bool | None:
    if op == "<=":
        return at_most(s, limit)
    if op == "<":
        return True if s.hi < limit else False if s.lo >= limit else None
    if op == ">":
        r = at_most(s, limit)
        return None if r is None else not r
    if op == ">=":
        return True if s.lo >= limit else False if s.hi < limit else None
    if op == "=":
        return True if s.lo == s.hi == limit else False if (limit < s.lo or limit > s.hi) else None
    if op == "!=":
        r = compare_span(s, "=", limit)
        return None if r is None else not r
    raise ValueError(op)
