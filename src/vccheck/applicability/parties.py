"""The party data: who is bound by which instrument since when, and how the incident names a State.

``load()`` imports the compact index shipped beside this module
(``parties_index``, built from ``treaty/data/parties.yaml`` by
``build_index``) once per process. If the
YAML no longer matches the index (someone edited the data and did not
regenerate), the index is rebuilt from the YAML in memory: slower, never stale.

``resolve(code, name, data)`` maps what an incident file says (an ISO 3166
alpha-2 code, a current or former name, a historical State) to ``Identity``
segments: which row of the data speaks for that State during which dates.
Historical States follow the data's notes: the USSR is the Russian Federation
(continuing State); the SFRY, Czechoslovakia and the GDR have no dates in the
data (status unknown, with the reason); the Federal Republic of Yugoslavia is
Serbia.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import namedtuple
from functools import lru_cache

from vccheck.applicability import build_index
from vccheck.record import field, record

INSTRUMENTS = tuple(build_index.INSTRUMENT_KEYS)  # VCCR, VCDR, VCCR-OP, VCDR-OP
CONVENTIONS = ("VCCR", "VCDR")
PROTOCOL_OF = {"VCCR": "VCCR-OP", "VCDR": "VCDR-OP"}
SHORT_TITLES = {
    "VCCR": "the VCCR",
    "VCDR": "the VCDR",
    "VCCR-OP": "the VCCR Optional Protocol on disputes (VCCR-OP)",
    "VCDR-OP": "the VCDR Optional Protocol on disputes (VCDR-OP)",
}
# Article of each instrument that fixes entry into force for a later ratification or accession.
LATER_EIF = {"VCCR": "VCCR art. 77(2)", "VCDR": "VCDR art. 51(2)", "VCCR-OP": "Protocol art. VIII(2)",
             "VCDR-OP": "Protocol art. VIII(2)"}
GENERAL_EIF = {"VCCR": "VCCR art. 77(1)", "VCDR": "VCDR art. 51(1)", "VCCR-OP": "Protocol art. VIII(1)",
               "VCDR-OP": "Protocol art. VIII(1)"}

# States the data's notes name as parties to neither Convention (they have no row at all).
NON_PARTIES = {"PW": "Palau", "SS": "South Sudan"}

# Common names and former names -> ISO code (beside the names the data itself gives).
ALIASES = {
    "united states": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "britain": "GB",
    "russia": "RU", "iran": "IR", "syria": "SY", "vietnam": "VN", "laos": "LA", "moldova": "MD",
    "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "micronesia": "FM", "brunei": "BN",
    "south korea": "KR", "korea": "KR", "north korea": "KP", "dprk": "KP", "czech republic": "CZ",
    "ivory coast": "CI", "cote d'ivoire": "CI", "east timor": "TL", "vatican": "VA", "vatican city": "VA",
    "palestine": "PS", "netherlands": "NL", "holland": "NL", "turkey": "TR", "swaziland": "SZ",
    "macedonia": "MK", "former yugoslav republic of macedonia": "MK", "fyrom": "MK",
    "cape verde": "CV", "zaire": "CD", "congo (leopoldville)": "CD", "congo-kinshasa": "CD", "drc": "CD",
    "congo (brazzaville)": "CG", "congo-brazzaville": "CG", "dahomey": "BJ", "upper volta": "BF",
    "ceylon": "LK", "burma": "MM", "united arab republic": "EG", "uae": "AE",
    "federal republic of germany": "DE", "west germany": "DE", "frg": "DE", "brd": "DE",
    "byelorussian ssr": "BY", "byelorussia": "BY", "belorussia": "BY", "ukrainian ssr": "UA",
    "kampuchea": "KH", "sao tome": "ST", "st. kitts and nevis": "KN", "st. lucia": "LC",
    "st. vincent and the grenadines": "VC", "the gambia": "GM", "timor leste": "TL",
}


# Named tuples, not records: cheaper to define at import (every check imports them); from collections, as
# typing.NamedTuple would import typing for them alone.
class Identity(namedtuple("Identity", "start end iso2 note unknown", defaults=("", ""))):
    """Which row of the data speaks for the State during [start, end) (dates or None): ``iso2`` None when none
    does; ``note``: how the incident's name was read ("USSR: the Russian Federation, continuing State");
    ``unknown``: when iso2 is None, why nothing in the data speaks for it."""

    __slots__ = ()


class Historical(namedtuple("Historical", "names codes title segments")):
    """A State that no longer exists: its names and codes, how to call it, who speaks for it (Identity)."""

    __slots__ = ()


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


HISTORICAL = (
    Historical(("ussr", "soviet union", "union of soviet socialist republics"), ("SU", "SUHH"), "USSR", (
        Identity(None, None, "RU", "the USSR's acts are listed under the Russian Federation, its continuing State "
                                   "(party data notes)"),)),
    Historical(("yugoslavia",), ("YU", "YUCS"), "Yugoslavia", (
        Identity(None, _d("1992-04-27"), None, unknown=(
            "the Socialist Federal Republic of Yugoslavia's own ratification dates are not in the party data "
            "(MTDSG footnotes, not captured)")),
        Identity(_d("1992-04-27"), None, "RS", "from 27 Apr 1992 Yugoslavia is the Federal Republic of Yugoslavia, "
                                               "whose succession (effective 27 Apr 1992) is listed under Serbia "
                                               "(party data notes)"))),
    Historical(("sfry", "socialist federal republic of yugoslavia"), (), "the SFRY", (
        Identity(None, _d("1992-04-27"), None, unknown=(
            "the SFRY's own ratification dates are not in the party data (MTDSG footnotes, not captured)")),
        Identity(_d("1992-04-27"), None, None, unknown=(
            "the SFRY had dissolved; name the successor State (Slovenia, Croatia, Bosnia and Herzegovina, "
            "North Macedonia, Serbia or Montenegro)")))),
    Historical(("federal republic of yugoslavia", "fry", "serbia and montenegro"), (), "the Federal Republic of "
               "Yugoslavia", (
        Identity(None, None, "RS", "the Federal Republic of Yugoslavia's succession (notified 12 Mar 2001, "
                                   "effective 27 Apr 1992) is listed under Serbia (party data notes)"),)),
    Historical(("czechoslovakia", "czechoslovak socialist republic", "czech and slovak federal republic", "csfr",
                "cssr"), ("CSHH",), "Czechoslovakia", (
        Identity(None, _d("1993-01-01"), None, unknown=(
            "Czechoslovakia's own ratification dates are not in the party data (not in the archived sources)")),
        Identity(_d("1993-01-01"), None, None, unknown=(
            "Czechoslovakia ceased to exist on 31 Dec 1992; name the successor State, Czechia (CZ) or "
            "Slovakia (SK)")))),
    Historical(("german democratic republic", "gdr", "east germany", "ddr"), ("DD", "DDDE"), "the GDR", (
        Identity(None, _d("1990-10-03"), None, unknown=(
            "the German Democratic Republic acceded separately, but its dates are not in the party data")),
        Identity(_d("1990-10-03"), None, None, unknown=(
            "the German Democratic Republic's separate participation ended with unification on 3 Oct 1990; "
            "name Germany (DE)")))),
    Historical(("yemen arab republic", "north yemen", "people's democratic republic of yemen", "south yemen",
                "pdr yemen"), ("YD", "YDYE"), "the former Yemen", (
        Identity(None, _d("1990-05-22"), None, unknown=(
            "the MTDSG merges the former Yemen Arab Republic and People's Democratic Republic of Yemen under "
            "'Yemen' (footnotes not captured): the data has no separate dates for them")),
        Identity(_d("1990-05-22"), None, "YE", "since unification on 22 May 1990: Yemen"))),
    Historical(("republic of viet-nam", "republic of vietnam", "south vietnam", "south viet nam"), (),
               "the former Republic of Viet-Nam", (
        Identity(None, None, None, unknown=(
            "the former Republic of Viet-Nam's participation is only in the party data's notes (VCDR in force "
            "9 Jun 1973; VCCR Optional Protocol accession 10 May 1973), without rows")),)),
)


@record
class PartyData:
    """The index: ``states`` iso2 -> {name, names, rows: {instrument: row}}; see build_index."""

    raw: dict = field(hash=False, compare=False)
    rebuilt: bool = False  # True if the shipped index was stale and was rebuilt from the YAML
    _cache: dict = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def states(self) -> dict:
        return self.raw["states"]

    @property
    def as_of(self) -> dict:
        return self.raw["as_of"]

    @property
    def data_as_of(self) -> str:
        """One line: the date the status is as of, and what that rests on."""
        a = self.as_of
        return (f"{a['status']} (UN treaty status as archived: MTDSG scrapes of {a['scrape_vccr']} (VCCR) and "
                f"{a['scrape_others']} (VCDR, Protocols), later changes where archived sources showed them; "
                f"reservations as of {a['reservations']}; data generated {a['generated']})")

    @property
    def short_as_of(self) -> str:
        return f"party data as of {self.as_of['status']} (generated {self.as_of['generated']})"

    def name(self, iso2: str) -> str:
        entry = self.states.get(iso2)
        return entry["name"] if entry else NON_PARTIES.get(iso2, iso2)

    def row(self, iso2: str, instrument: str) -> dict | None:
        entry = self.states.get(iso2)
        return entry["rows"].get(instrument) if entry else None

    def instrument(self, instrument: str) -> dict:
        return self.raw["instruments"][instrument]

    def general_eif(self, instrument: str) -> dt.date | None:
        text = self.instrument(instrument).get("general_entry_into_force")
        return dt.date.fromisoformat(text) if text else None

    @property
    def jurisdiction_note(self) -> str:
        return self.raw.get("jurisdiction_note", "")

    @property
    def notes(self) -> list[str]:
        return self.raw.get("notes", [])

    def names_index(self) -> dict[str, str]:
        """Normalised name -> ISO code: the data's names, the listed non-parties, common and former names."""
        if "names" not in self._cache:
            self._cache["names"] = _names_index(self)
        return self._cache["names"]


def _names_index(data: PartyData) -> dict[str, str]:
    out = {}
    for iso2, entry in data.states.items():
        for name in entry["names"]:
            for variant in _variants(name):
                out.setdefault(variant, iso2)
    for iso2, name in NON_PARTIES.items():
        out.setdefault(normalise_name(name), iso2)
    for alias, iso2 in ALIASES.items():
        out.setdefault(normalise_name(alias), iso2)
    return out


def normalise_name(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("’", "'").strip()
    text = re.sub(r"\s+", " ", text)
    return text.removeprefix("the ")


def _variants(name: str) -> list[str]:
    """"Bolivia (Plurinational State of)" -> the full name and "bolivia"."""
    base = normalise_name(name)
    out = [base]
    short = re.sub(r"\s*\(.*\)$", "", base)
    if short and short != base:
        out.append(short)
    return out


@lru_cache(maxsize=1)
def load() -> PartyData:
    """The party data, read once per process (the shipped index, or rebuilt if the YAML changed)."""
    try:
        from vccheck.applicability.parties_index import INDEX as raw
    except Exception:  # missing or not Python any more: rebuilt below
        raw = None
    if raw and raw.get("format") == build_index.FORMAT and raw.get("source_digest") == build_index.yaml_digest():
        return PartyData(raw)
    return PartyData(build_index.build(), rebuilt=True)


def resolve(code: str | None, name: str | None, data: PartyData,
            expect: str | None = None) -> tuple[Identity, ...] | None:
    """Who speaks for the State the incident names; None if neither the code nor the name is known.

    ``expect``: the ISO code the file also gives; a name that is one of that State's own names is read
    as it without building the index of every State's names."""
    for candidate in (code, name):
        if not candidate:
            continue
        text = str(candidate).strip()
        upper = text.upper()
        if upper in data.states or upper in NON_PARTIES:
            return (Identity(None, None, upper),)
        for hist in HISTORICAL:
            if upper in hist.codes or normalise_name(text) in hist.names:
                return hist.segments
        if expect and normalise_name(text) in {normalise_name(n) for n in _entry_names(data, expect)}:
            return (Identity(None, None, expect, ""),)
        iso2 = data.names_index().get(normalise_name(text))
        if iso2:
            note = "" if normalise_name(text) in (normalise_name(n) for n in _entry_names(data, iso2)) else \
                f"'{text}' read as {data.name(iso2)} ({iso2})"
            return (Identity(None, None, iso2, note),)
    return None


def resolve_checked(code: str | None, name: str | None, data: PartyData) -> tuple[Identity, ...] | str:
    """``resolve``, but a code and a name that point to different States is an error (a message)."""
    by_code = resolve(code, None, data) if code else None
    expect = by_code[0].iso2 if by_code and len(by_code) == 1 else None
    by_name = resolve(None, name, data, expect) if name else None
    if by_code and by_name and by_code != by_name and not _same_state(by_code, by_name):
        return (f"the code '{code}' is {_describe(by_code, data)} in the party data, but the file names the State "
                f"'{name}' ({_describe(by_name, data)}); correct the code or the name")
    found = by_code or by_name
    if found:
        return found
    hint = suggestions(str(name or code), data)
    return (f"'{code}'" + (f" ({name})" if name and name != code else "")
            + " is not a State the party data knows" + (f" (did you mean {' or '.join(repr(h) for h in hint)}?)"
                                                       if hint else "")
            + "; use an ISO 3166 alpha-2 code or a State's name, or state the applicability in the incident file")


def _same_state(a: tuple[Identity, ...], b: tuple[Identity, ...]) -> bool:
    return {i.iso2 for i in a} == {i.iso2 for i in b}


def _describe(identities: tuple[Identity, ...], data: PartyData) -> str:
    codes = [i.iso2 for i in identities if i.iso2]
    return " / ".join(f"{data.name(c)} ({c})" for c in codes) if codes else "a former State"


def _entry_names(data: PartyData, iso2: str) -> list[str]:
    entry = data.states.get(iso2)
    return entry["names"] if entry else [NON_PARTIES.get(iso2, iso2)]


def suggestions(text: str, data: PartyData, n: int = 3) -> list[str]:
    """Close names or codes for a did-you-mean hint."""
    import difflib

    pool = {entry["name"]: iso2 for iso2, entry in data.states.items()}
    pool.update({name: iso2 for iso2, name in NON_PARTIES.items()})
    words = list(pool) + [h.title for h in HISTORICAL]
    close = difflib.get_close_matches(text, words, n=n, cutoff=0.6)
    if not close:
        lowered = {w.lower(): w for w in words}
        close = difflib.get_close_matches(text.lower(), list(lowered), n=n, cutoff=0.6)
        close = [lowered[c] for c in close]
    return close


def historical_for(code: str | None, name: str | None) -> Historical | None:
    for candidate in (code, name):
        if candidate:
            for hist in HISTORICAL:
                if str(candidate).strip().upper() in hist.codes or normalise_name(candidate) in hist.names:
                    return hist
    return None
