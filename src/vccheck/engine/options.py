"""Options of one evaluation: a pure value, so the engine stays a pure function."""

from __future__ import annotations

import datetime as dt

from vccheck.record import field, record


VIENNA = ("VCCR", "VCDR")  # instruments whose party data vccheck ships; an overlay's is the user's to state


@record
class InForce:
    """Whether ``instrument`` bound both States during [start, end): True, False or None (unknown)."""

    instrument: str
    start: dt.date | None  # inclusive; None: from the beginning
    end: dt.date | None  # exclusive; None: open-ended
    in_force: bool | None
    reason: str

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@record
class EngineOptions:
    thresholds: dict = field(default_factory=dict, hash=False, compare=False)  # standard -> Duration | float
    instruments: tuple[str, ...] = ()  # empty: every instrument
    only: tuple[str, ...] = ()  # rule id prefixes
    assumptions: tuple[str, ...] = ()  # shown in the report; already applied to the facts
    # Instruments in force between the sending and receiving States, by period. Empty: not checked
    # (unit tests); the pipeline always supplies it from the party data (see vccheck.applicability).
    in_force: tuple[InForce, ...] = ()
    # Reservations of the two States, for the built-in reservation(STATE, "VCDR 27"): (State code in the
    # incident, instrument, article, paragraph or None, summary). None: the party data was not consulted.
    reservations: tuple[tuple[str, str, str, str | None, str], ...] | None = None

    def instrument_status(self, instrument: str, day: dt.date | None) -> tuple[bool | None, str] | None:
        """(in force?, reason) for ``instrument`` on ``day``; None when applicability is not checked."""
        if not self.in_force:
            return None
        memo = self.__dict__.setdefault("_status_memo", {})  # asked once per binding: remember the answer
        key = (instrument, day)
        if key not in memo:
            memo[key] = self._instrument_status(instrument, day)
        return memo[key]

    def _instrument_status(self, instrument: str, day: dt.date | None) -> tuple[bool | None, str] | None:
        periods = [p for p in self.in_force if p.instrument == instrument]
        if not self.in_force:
            return None
        if not periods:  # an overlay instrument (a bilateral convention): not checked against party data
            return (None, f"no party data for {instrument}") if instrument in VIENNA else None
        if day is None:
            states = {p.in_force for p in periods}
            if len(states) == 1:
                return periods[0].in_force, periods[0].reason
            return None, f"the date is unknown and {instrument}'s status changed over time"
        for p in periods:
            if p.covers(day):
                return p.in_force, p.reason
        return None, f"no party data for {instrument} on {day.isoformat()}"

    def selects(self, rule_id: str, instrument: str | None) -> bool:
        if self.instruments and (instrument or "").upper() not in self._instruments:
            return False
        if self.only and not (rule_id in self._only or rule_id.startswith(self._prefixes)):
            return False
        return True

    @property
    def _instruments(self) -> frozenset[str]:
        return frozenset(i.upper() for i in self.instruments)

    @property
    def _only(self) -> frozenset[str]:
        return frozenset(self.only)

    @property
    def _prefixes(self) -> tuple[str, ...]:
        return tuple(p.rstrip(".") + "." for p in self.only)
