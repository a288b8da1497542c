"""Pure functions: from the party data and two States to periods in force, report lines and the forum.

Every date is covered. For one State and one instrument, ``state_spans``
cuts time into spans: not yet bound (before its entry into force), bound,
withdrawn, or unknown (a date the data does not have). ``pair_periods``
combines the two States' spans in Kleene logic (not bound if either is not;
unknown if either is unknown; bound if both are) into the ``InForce``
periods the engine reads. Explicit statements in the incident file replace
the periods they cover (``apply_statements``).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

from vccheck.applicability.parties import GENERAL_EIF, LATER_EIF, PROTOCOL_OF, SHORT_TITLES, PartyData
from vccheck.engine.options import InForce

ONE_DAY = dt.timedelta(days=1)
WITHDRAWAL_CANDIDATES = {
    "on_notification": "on notification",
    "vclt_art56_twelve_months": "twelve months after notification if VCLT art. 56(2) applied",
}


# Named tuples: cheap to define at import (from collections: typing.NamedTuple would import typing for them).
class Span(namedtuple("Span", "start end bound text")):
    """One State's status under one instrument during [start, end) (dates or None): ``bound`` True, False or
    None (unknown); ``text``, a sentence fragment that names the State: "in force for Japan (JP) from
    1983-11-02 (...)"."""

    __slots__ = ()

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


class Side(namedtuple("Side", "role code name identities problem", defaults=("",))):
    """One of the two States: how the incident names it (``role``: "sending State" or "receiving State";
    ``code`` and ``name`` or None) and who speaks for it in the data (``identities``, None when not
    resolved, and then ``problem``: why)."""

    __slots__ = ()


# -- one State ---------------------------------------------------------------------------------------------


def label(data: PartyData, iso2: str) -> str:
    return f"{data.name(iso2)} ({iso2})"


def eif_text(instrument: str, row: dict) -> str:
    """How the date of entry into force was obtained: sourced, or computed under which rule."""
    basis = row.get("eif_basis") or ""
    consent, ctype = row.get("consent"), row.get("consent_type") or "consent"
    if row.get("computed") is False:
        return f"sourced: {row.get('eif_source') or basis}"
    if "30th day after deposit" in basis:
        return f"computed under {LATER_EIF[instrument]} from its {ctype} deposited {consent}"
    if "general entry into force" in basis:
        return f"computed: general entry into force, {GENERAL_EIF[instrument]}; {ctype} deposited {consent}"
    if basis.startswith("succession-date:"):
        return "succession: " + basis.removeprefix("succession-date:").strip()
    return basis or "no basis recorded"


def state_spans(instrument: str, iso2: str, data: PartyData) -> list[Span]:
    """The spans of one State that the data knows (it has a row, or it is a listed non-party)."""
    who = label(data, iso2)
    title = SHORT_TITLES[instrument]
    row = data.row(iso2, instrument)
    if row is None:
        return [Span(None, None, False, f"{who} is not a party to {title} (not listed among its parties or "
                                        f"signatories in the party data)")]
    if row["status"] == "signatory":
        signed = "succeeded to the predecessor's signature of" if row.get("signature_type") else "signed"
        return [Span(None, None, False, f"{who} {signed} {title} on {row.get('signature')} but has not ratified it: "
                                        f"not bound (note: VCLT art. 18 obliges a signatory not to defeat the "
                                        f"treaty's object and purpose; that does not make it binding)")]
    spans: list[Span] = []
    eif = _date(row.get("entry_into_force"))
    consent = _date(row.get("consent"))
    if eif is not None:
        how = eif_text(instrument, row)
        spans.append(Span(None, eif, False, f"{who} not yet bound: entry into force for {iso2} on {eif} ({how})"))
        bound_from, bound_text = eif, f"in force for {who} from {eif} ({how})"
    elif row.get("consent_type") == "succession" and consent is not None:
        why = row.get("eif_basis") or "not in the party data"
        spans.append(Span(None, consent, None, f"{who}: the date from which its succession took effect is not in "
                                               f"the party data ({why}); it is bound at the latest from its "
                                               f"notification of succession on {consent}"))
        bound_from = consent
        bound_text = (f"in force for {who} at the latest from {consent} (notification of succession; the date "
                      f"it took effect is not in the party data)")
    else:
        why = row.get("eif_basis") or "not in the party data"
        if row.get("missing"):
            why += f"; {row['missing']} missing"
        return [Span(None, None, None, f"{who}: entry into force for {iso2} is not in the party data ({why})")]
    spans += _withdrawal(instrument, row, who, bound_from, bound_text)
    return spans


def _withdrawal(instrument: str, row: dict, who: str, bound_from: dt.date, bound_text: str) -> list[Span]:
    title = SHORT_TITLES[instrument]
    withdrawal = row.get("withdrawal") if row.get("status") == "withdrawn" else None
    if not withdrawal:
        return [Span(bound_from, None, True, bound_text)]
    notified = _date(withdrawal.get("notified"))
    effective = _date(withdrawal.get("effective"))
    if effective is not None:
        return [Span(bound_from, effective, True, bound_text),
                Span(effective, None, False, f"{who} withdrew from {title} (notified {notified}, effective {effective})")]
    candidates = {k: _date(v) for k, v in (withdrawal.get("effective_candidates") or {}).items() if v}
    if not candidates:
        return [Span(bound_from, notified, True, bound_text),
                Span(notified, None, None, f"{who} notified its withdrawal from {title} on {notified}; its effective "
                                           f"date is not in the party data")]
    low, high = min([notified, *candidates.values()]), max(candidates.values())
    readings = "; ".join(f"{WITHDRAWAL_CANDIDATES.get(k, k.replace('_', ' '))}: {v}"
                         for k, v in sorted(candidates.items(), key=lambda kv: kv[1]))
    spans = [Span(bound_from, low, True, bound_text)]
    if high > low:
        spans.append(Span(low, high, None,
                          f"{who} notified its withdrawal from {title} on {notified}; the date it took effect is "
                          f"contested ({readings}) and the data flags {low} to {high} as contested"))
    spans.append(Span(high, None, False, f"{who} withdrew from {title} (notified {notified}; effective at the "
                                         f"latest {high}: {readings})"))
    return spans


def side_spans(instrument: str, side: Side, data: PartyData) -> list[Span]:
    """Spans for one side of the incident, whatever the data knows of it (every date covered)."""
    if side.identities is None:
        spans = [Span(None, None, None, side.problem or f"the {side.role} is not known")]
    else:
        spans = []
        for identity in side.identities:
            if identity.iso2 is None:
                inner = [Span(None, None, None, f"{side.name or side.code}: {identity.unknown}")]
            else:
                inner = state_spans(instrument, identity.iso2, data)
                if identity.note:
                    inner = [Span(s.start, s.end, s.bound, f"{s.text}; {identity.note}") for s in inner]
            spans += _clip(inner, identity.start, identity.end)
    general = data.general_eif(instrument)
    if general is not None:  # before its general entry into force the instrument bound no one
        spans = [Span(None, general, False, f"{SHORT_TITLES[instrument]} was not yet in force (general entry "
                                            f"into force {general})")] + _clip(spans, general, None)
    return spans


def _clip(spans: list[Span], start: dt.date | None, end: dt.date | None) -> list[Span]:
    out = []
    for s in spans:
        lo = _max(s.start, start)
        hi = _min(s.end, end)
        if lo is None or hi is None or lo < hi:
            out.append(Span(lo, hi, s.bound, s.text))
    return out


# -- two States --------------------------------------------------------------------------------------------


def pair_periods(instrument: str, a: list[Span], b: list[Span]) -> tuple[InForce, ...]:
    """Periods during which the instrument bound both States (Kleene AND), merged where nothing changes."""
    cuts = sorted({d for s in (*a, *b) for d in (s.start, s.end) if d is not None})
    bounds = [None, *cuts, None]
    out: list[InForce] = []
    for lo, hi in zip(bounds, bounds[1:]):
        sa, sb = _span_in(a, lo, hi), _span_in(b, lo, hi)
        bound, reason = combine(sa, sb)
        if out and out[-1].in_force == bound and out[-1].reason == reason:
            out[-1] = InForce(instrument, out[-1].start, hi, bound, reason)
        else:
            out.append(InForce(instrument, lo, hi, bound, reason))
    return tuple(out)


def combine(a: Span, b: Span) -> tuple[bool | None, str]:
    sides = [a] if a == b else [a, b]
    for value in (False, None):
        hit = [s.text for s in sides if s.bound is value]
        if hit:
            return value, "; ".join(_unique(hit))
    return True, "; ".join(_unique(s.text for s in sides))


def _span_in(spans: list[Span], lo: dt.date | None, hi: dt.date | None) -> Span:
    """The span containing the elementary interval [lo, hi) (spans partition time)."""
    for s in spans:
        if (s.start is None or (lo is not None and s.start <= lo)) and (s.end is None or (hi is not None and hi <= s.end)):
            return s
    raise AssertionError(f"spans do not cover [{lo}, {hi})")  # pragma: no cover


# -- statements in the incident file ------------------------------------------------------------------------


def statement_window(statement: dict) -> tuple[dt.date | None, dt.date | None]:
    """[from, until + 1 day): ``until`` is the last day the statement covers."""
    start = statement.get("from")
    until = statement.get("until")
    return start, (until + ONE_DAY if until is not None else None)


def statement_reason(statement: dict) -> str:
    reason = statement.get("reason") or "no reason given"
    source = f" (source: {statement['source']})" if statement.get("source") else ""
    start, until = statement.get("from"), statement.get("until")
    window = ""
    if start or until:
        window = f" [{'from ' + str(start) if start else ''}{' ' if start and until else ''}" \
                 f"{'until ' + str(until) if until else ''}]"
    return f"stated in the incident file: {reason}{source}{window}"


def apply_statements(periods: tuple[InForce, ...], statements: list[dict]) -> tuple[InForce, ...]:
    """Each statement replaces the periods it covers (later statements win where they overlap)."""
    out = list(periods)
    for statement in statements:
        start, end = statement_window(statement)
        if start is not None and end is not None and end <= start:
            continue  # 'until' before 'from': covers nothing
        instrument = periods[0].instrument if periods else statement["instrument"]
        kept: list[InForce] = []
        for p in out:
            for lo, hi in _outside(p.start, p.end, start, end):
                kept.append(InForce(p.instrument, lo, hi, p.in_force, p.reason))
        kept.append(InForce(instrument, start, end, statement["in_force"], statement_reason(statement)))
        out = sorted(kept, key=lambda p: (p.start is not None, p.start or dt.date.min))
    return tuple(out)


def _outside(lo, hi, cut_lo, cut_hi) -> list[tuple]:
    """The parts of [lo, hi) outside [cut_lo, cut_hi) (None = unbounded)."""
    parts = []
    if cut_lo is not None and (lo is None or lo < cut_lo):
        parts.append((lo, _min(hi, cut_lo)))
    if cut_hi is not None and (hi is None or hi > cut_hi):
        parts.append((_max(lo, cut_hi), hi))
    return [(a, b) for a, b in parts if a is None or b is None or a < b]


# -- reading the periods -------------------------------------------------------------------------------------


def status_at(periods: tuple[InForce, ...], day: dt.date | None) -> tuple[bool | None, str, InForce | None]:
    """(in force?, reason, the period) on ``day``; with no date, only a status that never changed is known."""
    if day is None:
        values = {p.in_force for p in periods}
        if len(values) == 1:
            return periods[0].in_force, periods[0].reason, periods[0]
        return None, "the incident's date is unknown and the instrument's status between the States changed " \
                     "over time", None
    for p in periods:
        if p.covers(day):
            return p.in_force, p.reason, p
    return None, "no party data for this date", None  # pragma: no cover (periods cover every date)


def changes_between(periods: tuple[InForce, ...], first: dt.date | None, last: dt.date | None) -> list[dt.date]:
    """Dates in (first, last] on which the status changes (the events straddle them)."""
    if first is None or last is None:
        return []
    out = []
    for before, after in zip(periods, periods[1:]):
        if after.start is not None and first < after.start <= last and before.in_force != after.in_force:
            out.append(after.start)
    return out


def side_at(instrument: str, side: Side, data: PartyData, day: dt.date | None) -> str:
    """What the data says of one State on ``day`` (every State's dates are named in the line)."""
    spans = side_spans(instrument, side, data)
    if day is None:  # the span that says most: when it came into force, else the latest
        return next((s.text for s in reversed(spans) if s.bound is True), spans[-1].text)
    return next(s.text for s in spans if s.covers(day))


VERDICT = {True: "both States bound", False: "not binding both States", None: "not known to bind both States"}


def line_reason(instrument: str, sides: tuple[Side, Side], data: PartyData, periods: tuple[InForce, ...],
                day: dt.date | None, event_range: tuple[dt.date | None, dt.date | None]) -> tuple[bool | None, str]:
    """The report's applicability line: verdict on the date, both States' entry into force, the data's age."""
    in_force, reason, period = status_at(periods, day)
    when = f"on {day}" if day else "(the incident's date is unknown)"
    detail = "; ".join(_unique(side_at(instrument, side, data, day) for side in sides))
    if period is not None and period.reason.startswith("stated in the incident file"):
        text = f"{period.reason}; the party data says: {detail}"
    elif day is None and in_force is None:
        text = f"{reason}: {detail}"
    else:
        text = detail
    out = f"{VERDICT[in_force]} {when}: {text}. {data.short_as_of[0].upper()}{data.short_as_of[1:]}."
    changes = changes_between(periods, *event_range)
    if changes:
        out += (" The status changes on " + ", ".join(str(c) for c in changes)
                + ", within the dates of the events: each finding is decided on its event's date.")
    return in_force, out


# -- forum ---------------------------------------------------------------------------------------------------

_NO_FORUM = ("no compulsory forum follows from these instruments (other titles of jurisdiction, such as "
             "declarations under art. 36(2) of the ICJ Statute, compromissory clauses or the Pact of Bogotá, "
             "are outside the party data)")
_FILING = ("ICJ jurisdiction is assessed when an application is filed; this is the position on the incident's "
           "date only")


def forum_for(convention: str, conv: tuple[InForce, ...], protocol: tuple[InForce, ...],
              day: dt.date | None, op_detail: str = "") -> tuple[bool | None, str]:
    """Compulsory ICJ jurisdiction under the convention's Optional Protocol on ``day`` (both States bound by both).

    ``op_detail``: what the data says of each State under the Protocol (shown when it gives no forum).
    """
    op = PROTOCOL_OF[convention]
    when = f"on {day}" if day else "(the incident's date is unknown)"
    conv_value, conv_reason, _ = status_at(conv, day)
    op_value, op_reason, period = status_at(protocol, day)
    if conv_value is False:
        return False, f"{convention}: the {convention} did not bind both States {when} ({conv_reason}), so its " \
                      f"Optional Protocol gives no forum; {_NO_FORUM}"
    if op_value is False:
        stated = period is not None and period.reason.startswith("stated in the incident file")
        detail = op_reason if stated or not op_detail else op_detail
        return False, f"{convention}: no compulsory ICJ jurisdiction under {op} {when}: {detail}; {_NO_FORUM}"
    if conv_value is None or op_value is None:
        unknown = "; ".join(_unique(r for v, r in ((conv_value, conv_reason), (op_value, op_reason)) if v is None))
        return None, f"{convention}: it is not known whether both States were bound by the {convention} and {op} " \
                     f"{when}: {unknown}. {_FILING}"
    return True, (f"{convention}: both States were bound by the {convention} and its Optional Protocol concerning "
                  f"the Compulsory Settlement of Disputes {when} ({op_reason}): disputes arising out of the "
                  f"interpretation or application of the {convention} lie within the compulsory jurisdiction of the "
                  f"International Court of Justice (Protocol art. I), as in LaGrand, Avena and Jadhav, unless the "
                  f"parties agree on arbitration or conciliation within two months (arts. II-III). {_FILING}")


def combine_forum(values: list[tuple[bool | None, str]]) -> tuple[bool | None, str]:
    """One forum for the report: available if some convention's Protocol gives it (the basis says which)."""
    if not values:
        return None, "no Vienna Convention rule was checked"
    flags = [v for v, _ in values]
    value = True if True in flags else (None if None in flags else False)
    return value, " ".join(text if text.endswith(".") else text + "." for _, text in values)


# -- helpers -------------------------------------------------------------------------------------------------


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _min(a, b):
    return b if a is None else a if b is None else min(a, b)


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


def _unique(items) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


__all__ = ["Span", "Side", "state_spans", "side_spans", "pair_periods", "apply_statements", "status_at",
           "line_reason", "forum_for", "combine_forum", "eif_text"]
