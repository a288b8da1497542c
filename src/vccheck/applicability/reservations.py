"""Reservations, declarations and objections of the two States that touch the provisions checked.

The data gives each reservation the articles it concerns ("35", "31(4)",
"Chapter II", expanded when the index is built). A reservation touches a
finding's citation when the instrument and the article match and, where both
name a paragraph, the paragraph too. Statements without articles are shown
when they are general (for example that the Optional Protocol does not enter
into force for the State), except declarations of non-recognition of Israel,
shown only when the other State is Israel. An objection is shown only when
its summary names the other State: an objection to a third State's
reservation does not bear on the two States of the incident.
"""

from __future__ import annotations

from collections.abc import Iterable

from vccheck.applicability.parties import HISTORICAL, PartyData, normalise_name
from vccheck.record import record

TOPIC_ONLY_AGAINST = {"israel-non-recognition": "IL"}  # topic -> the other State it concerns
# How summaries refer to some States (beside the names the data gives them).
MENTIONS = {"RU": ("ussr", "soviet"), "BY": ("byelorussian",), "UA": ("ukrainian",), "EG": ("uar", "egypt"),
            "YE": ("yemen",), "CN": ("china",), "KH": ("cambodia",)}


@record
class Reservation:
    """A reservation, declaration or objection of one State, and the report's provisions it touches."""

    state: str  # ISO code
    state_name: str
    instrument: str
    kind: str  # reservation | declaration | objection
    articles: tuple[str, ...]
    summary: str  # a paraphrase (the data's), not the authentic text
    touches: tuple[str, ...] = ()  # cites of the report's findings, e.g. "VCDR art. 27(3)"

    def as_dict(self) -> dict:
        return {"state": self.state, "instrument": self.instrument, "kind": self.kind,
                "articles": list(self.articles), "summary": self.summary, "touches": list(self.touches)}


def touches(refs: Iterable, citation) -> bool:
    """A reservation reference [article, paragraph|None] touches ``citation`` (same article, same paragraph)."""
    for article, paragraph in refs:
        if str(citation.article) != str(article):
            continue
        if paragraph is None or citation.paragraph is None or str(citation.paragraph) == str(paragraph):
            return True
    return False


def relevant(data: PartyData, states: tuple[tuple[str, str | None], ...], citations: Iterable) -> tuple[Reservation, ...]:
    """The reservations of ``states`` ((iso2, other iso2) pairs) touching ``citations``, in a stable order."""
    citations = sorted(set(citations), key=lambda c: (c.instrument, _num(c.article), c.paragraph or "", c.subparagraph or ""))
    instruments = sorted({c.instrument for c in citations})
    out: list[Reservation] = []
    for iso2, other in states:
        for instrument in instruments:
            row = data.row(iso2, instrument) or {}
            for res in row.get("reservations") or ():
                hits = tuple(c.cite for c in citations if c.instrument == instrument and touches(res["refs"], c))
                if not _shown(res, hits, other, data):
                    continue
                out.append(Reservation(iso2, data.name(iso2), instrument, res["kind"], tuple(res["articles"]),
                                       res["summary"], hits))
    return tuple(out)


def by_citation(reservations: Iterable[Reservation]) -> dict[str, tuple[Reservation, ...]]:
    """cite -> the reservations touching it (the mapping a renderer or a rule can read)."""
    out: dict[str, list[Reservation]] = {}
    for res in reservations:
        for cite in res.touches:
            out.setdefault(cite, []).append(res)
    return {cite: tuple(items) for cite, items in out.items()}


def _shown(res: dict, hits: tuple[str, ...], other: str | None, data: PartyData) -> bool:
    if res["refs"] and not hits:
        return False
    if not res["refs"]:
        only = {TOPIC_ONLY_AGAINST[t] for t in res.get("topics") or () if t in TOPIC_ONLY_AGAINST}
        if only and other not in only:
            return False
    if res["kind"] == "objection":
        return other is not None and _mentions(res["summary"], other, data)
    return True


def _mentions(summary: str, iso2: str, data: PartyData) -> bool:
    text = normalise_name(summary)
    entry = data.states.get(iso2) or {"names": []}
    words = {normalise_name(n).split(" (")[0] for n in entry["names"]} | set(MENTIONS.get(iso2, ()))
    words |= {name for hist in HISTORICAL for seg in hist.segments if seg.iso2 == iso2 for name in hist.names}
    return any(word and word in text for word in words)


def _num(article: str) -> tuple:
    return (0, int(article), "") if str(article).isdigit() else (1, 0, str(article))
