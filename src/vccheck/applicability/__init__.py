"""Applicability and forum: which instrument bound the two States on the incident's date, and where a dispute can go.

    party data (treaty/data/parties.yaml -> parties_index.py)
        -> parties.resolve: how the incident names each State -> rows of the data
        -> decide: per instrument, periods in force between the States (InForce, for the engine)
        -> the report's applicability lines, forum and reservations

``assess(incident)`` runs before the engine (its ``in_force`` periods go into
``EngineOptions``); ``Assessment.complete(report)`` adds the lines, the forum
and the reservations to the report the engine built. Both are pure apart from
reading the shipped party data once per process. See docs/applicability.md.
"""

from __future__ import annotations

import datetime as dt

from vccheck.engine.options import InForce
from vccheck.record import field, record, replace

__all__ = ["assess", "Assessment"]


@record
class Assessment:
    """What the party data (and the incident's own statements) say about the two States."""

    in_force: tuple[InForce, ...]  # every instrument, every date
    day: dt.date | None  # the incident's date (or its first event's)
    sides: tuple  # (sending, receiving) decide.Side
    periods: dict = field(hash=False, compare=False)  # instrument -> tuple[InForce, ...]
    event_range: tuple = (None, None)  # first and last established event dates

    def complete(self, report):
        """The report with its applicability lines, forum and relevant reservations."""
        from vccheck.applicability import decide, reservations
        from vccheck.applicability.parties import CONVENTIONS, PROTOCOL_OF, load
        from vccheck.engine.findings import Applicability, Forum

        data = load()
        used = [i for i in report.instruments if i in CONVENTIONS] or list(CONVENTIONS)
        lines = []
        for instrument in used:
            value, reason = decide.line_reason(instrument, self.sides, data, self.periods[instrument], self.day,
                                               self.event_range)
            lines.append(Applicability(instrument, value, reason))
        value, basis = decide.combine_forum([
            decide.forum_for(c, self.periods[c], self.periods[PROTOCOL_OF[c]], self.day,
                             "; ".join(decide.side_at(PROTOCOL_OF[c], side, data, self.day) for side in self.sides))
            for c in used])
        forum = Forum(value, basis, data.data_as_of)
        citations = [c for f in report.findings for c in f.citations if c.instrument in CONVENTIONS]
        found = reservations.relevant(data, self._state_pairs(), citations)
        return replace(report, applicability=tuple(lines), forum=forum, reservations=found)

    def rule_reservations(self) -> tuple[tuple[str, str, str, str | None, str], ...]:
        """Reservations (not declarations or objections) of the two States, as the rules may read them:
        (State code as the incident names it, instrument, article, paragraph or None, summary)."""
        from vccheck.applicability.parties import CONVENTIONS, load

        data = load()
        out = []
        for side in self.sides:
            iso = _iso_on(side, self.day)
            if not iso or not side.code:
                continue
            for instrument in CONVENTIONS:
                for res in (data.row(iso, instrument) or {}).get("reservations") or ():
                    if res.get("kind") != "reservation":
                        continue
                    for article, paragraph in res.get("refs") or ():
                        out.append((side.code, instrument, str(article), None if paragraph is None else str(paragraph),
                                    res.get("summary", "")))
        return tuple(sorted(set(out)))

    def _state_pairs(self) -> tuple[tuple[str, str | None], ...]:
        """(State, the other State) for the two States, as the data knows them on the incident's date."""
        codes = [_iso_on(side, self.day) for side in self.sides]
        pairs = []
        for i, code in enumerate(codes):
            if code and all(code != p[0] for p in pairs):
                pairs.append((code, codes[1 - i]))
        return tuple(pairs)


def _iso_on(side, day: dt.date | None) -> str | None:
    for identity in side.identities or ():
        if identity.iso2 and (day is None or ((identity.start is None or day >= identity.start)
                                              and (identity.end is None or day < identity.end))):
            return identity.iso2
    return None


def incident_day(incident) -> dt.date | None:
    """The incident's date, else the first established event date."""
    if incident.date is not None:
        return incident.date
    first, _ = event_range(incident)
    return first


def event_range(incident) -> tuple[dt.date | None, dt.date | None]:
    days = []
    for event in incident.events:
        fact = event.facts.get("date")
        if fact is not None and fact.prov.established and isinstance(fact.value, dt.date):
            days.append(fact.value)
    return (min(days), max(days)) if days else (None, None)


def assess(incident) -> Assessment:
    """Periods in force for every instrument between the incident's sending and receiving States."""
    from vccheck.applicability import decide
    from vccheck.applicability.parties import INSTRUMENTS, load, resolve_checked

    data = load()
    sides = []
    for role, code in (("sending State", incident.sending_state), ("receiving State", incident.receiving_state)):
        name = incident.states_named.get(code) if code else None
        if not code:
            sides.append(decide.Side(role, None, None, None, f"the incident file names no {role} "
                                                             f"('{role.split()[0]}_state')"))
            continue
        found = resolve_checked(code, name, data)
        if isinstance(found, str):
            sides.append(decide.Side(role, code, name, None, f"{role}: {found}"))
        else:
            sides.append(decide.Side(role, code, name, found))
    statements: dict[str, list[dict]] = {}
    for statement in incident.applicability:
        statements.setdefault(statement["instrument"], []).append(statement)
    periods = {}
    for instrument in INSTRUMENTS:
        spans = [decide.side_spans(instrument, side, data) for side in sides]
        computed = decide.pair_periods(instrument, *spans)
        periods[instrument] = decide.apply_statements(computed, statements.get(instrument, []))
    in_force = tuple(p for instrument in INSTRUMENTS for p in periods[instrument])
    return Assessment(in_force, incident_day(incident), tuple(sides), periods, event_range(incident))
