"""Build the compact party index (``parties_index.py``) from ``treaty/data/parties.yaml``.

    python -m vccheck.applicability.build_index        # rewrite parties_index.py beside this module

``parties.yaml`` is a 7000-line file: parsing it with PyYAML takes about
0.1 s with the C loader and 0.7 s without. The index holds the same facts,
pre-processed into what ``vccheck.applicability`` reads (one entry per State,
its row for each instrument, reservations with the articles they touch), as
a generated Python module of plain literals (a line per State): imported from
its compiled bytecode in about 1.5 ms, where parsing the same data as JSON
took about 3 ms after importing the json package (about 3 ms more). It
records a digest (BLAKE2b) of the YAML it was built from: ``parties.load``
rebuilds it in memory if the YAML changed, and ``tests/applicability`` fails
until the file is regenerated.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys

from vccheck import digest

FORMAT = "vccheck.parties-index/2"
INDEX_NAME = "parties_index.py"
INSTRUMENT_KEYS = {  # vccheck's instrument id -> key in parties.yaml
    "VCCR": "vccr-1963",
    "VCDR": "vcdr-1961",
    "VCCR-OP": "vccr-1963-optional-protocol-disputes",
    "VCDR-OP": "vcdr-1961-optional-protocol-disputes",
}
TEXT_FILES = {"VCCR": "vccr-1963.yaml", "VCDR": "vcdr-1961.yaml"}  # for "Chapter II" in reservations
ROW_KEYS = ("signature", "consent", "consent_type", "entry_into_force", "computed", "eif_basis", "eif_source",
            "status", "note", "name_in_source", "consent_type_inferred", "consent_computed")
_ARTICLE = r"^(?P<art>\d+)(?:\((?P<par>\d+)\))?(?:\((?P<sub>[a-z])\))?$"  # (compiled when an index is built)
_CHAPTER = r"^Chapter (?P<chapter>[IVX]+)$"


# Paths from this file (neither importlib.resources nor pathlib: a check would import them for this alone)
TREATY_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "treaty", "data")


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def yaml_path() -> str:
    return os.path.join(TREATY_DATA, "parties.yaml")


def yaml_bytes() -> bytes:
    return _read_bytes(yaml_path())


def yaml_digest() -> str:
    """``source_digest`` of parties.yaml, from the memo of file digests while the file is unchanged (reading
    and hashing its 230 KB was ~1 ms of every check)."""
    path = yaml_path()
    return digest.file_digests([path], digest.memo_path([path]))[0].hex()


def index_path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), INDEX_NAME)


def source_digest(data: bytes) -> str:
    return digest.hexdigest(data)


def _load_yaml(data: bytes):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data, Loader=loader)


def _iso(value):
    """Dates as ISO strings; everything else as is (lists and mappings recursively)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value


def _chapters() -> dict[str, dict[str, list[str]]]:
    """instrument -> chapter (roman) -> article numbers, from the authentic texts."""
    out: dict[str, dict[str, list[str]]] = {}
    for instrument, name in TEXT_FILES.items():
        doc = _load_yaml(_read_bytes(os.path.join(TREATY_DATA, name)))
        chapters: dict[str, list[str]] = {}
        for article in doc["articles"]:
            if article.get("chapter"):
                chapters.setdefault(article["chapter"], []).append(str(article["number"]))
        out[instrument] = chapters
    return out


def _refs(instrument: str, articles: list[str], chapters) -> list[list]:
    """["35", "31(4)", "Chapter II"] -> [[article, paragraph or None], ...] (what the reservation touches)."""
    refs: list[list] = []
    for text in articles:
        text = str(text).strip()
        match = re.match(_ARTICLE, text)
        if match:
            refs.append([match["art"], match["par"]])
            continue
        chapter = re.match(_CHAPTER, text)
        if chapter and chapter["chapter"] in chapters.get(instrument, {}):
            refs += [[art, None] for art in chapters[instrument][chapter["chapter"]]]
            continue
        raise ValueError(f"{instrument}: cannot read the article reference {text!r} of a reservation")
    return refs


def _as_of(doc: dict) -> dict:
    """The dates the data speaks for, read from ``retrieved_note`` (fails loudly if its wording changes)."""
    note = " ".join(str(doc["retrieved_note"]).split())

    def find(pattern: str, what: str) -> str:
        match = re.search(pattern, note)
        if not match:
            raise ValueError(f"parties.yaml retrieved_note: cannot find {what} ({pattern})")
        return match.group(1)

    iso = r"(\d{4}-\d{2}-\d{2})"
    stamp = find(r"STATUS AS AT (\d{2}-\d{2}-\d{4})", "the MTDSG status stamp")
    day, month, year = stamp.split("-")
    return {
        "status": f"{year}-{month}-{day}",
        "scrape_vccr": find(rf"as of {iso} for III\.6", "the VCCR scrape date"),
        "scrape_others": find(rf"and {iso} for III\.3", "the VCDR scrape date"),
        "reservations": find(rf"declarations as of {iso}", "the declarations date"),
        "generated": find(rf"Generated {iso}", "the generation date"),
    }


def build(data: bytes | None = None) -> dict:
    """The index as a JSON-ready dict, from the bytes of parties.yaml (default: the shipped file)."""
    data = yaml_bytes() if data is None else data
    doc = _load_yaml(data)
    chapters = _chapters()
    conventions = doc.get("conventions") or {}
    index: dict = {
        "format": FORMAT,
        "source_digest": source_digest(data),
        "as_of": _as_of(doc),
        "retrieved_note": " ".join(str(doc["retrieved_note"]).split()),
        "jurisdiction_note": conventions.get("jurisdiction_note", ""),
        "signatories_note": conventions.get("signatories_only", ""),
        "reservations_note": conventions.get("reservations", ""),
        "sources": {k: " ".join(str(v).split()) for k, v in (doc.get("source") or {}).items()},
        "notes": [" ".join(str(n).split()) for n in doc.get("notes") or []],
        "instruments": {},
        "states": {},
    }
    states: dict[str, dict] = {}

    def state(iso2: str, name: str) -> dict:
        entry = states.setdefault(iso2, {"name": name, "names": [], "rows": {}})
        if name not in entry["names"]:
            entry["names"].append(name)
        return entry

    for instrument, key in INSTRUMENT_KEYS.items():
        inst = doc["instruments"][key]
        index["instruments"][instrument] = _iso({
            "key": key, "title": inst["title"], "unts": inst.get("unts"), "status_page": inst.get("status_page"),
            "general_entry_into_force": inst.get("general_entry_into_force"),
            "entry_into_force_rule": " ".join(str(inst.get("entry_into_force_rule", "")).split()),
        })
        missing = {m["iso2"]: m.get("missing") for m in inst.get("missing") or []}
        for party in inst.get("parties") or []:
            entry = state(party["iso2"], party["state"])
            row = {k: _iso(party[k]) for k in ROW_KEYS if party.get(k) is not None}
            if party.get("name_in_source") and party["name_in_source"] not in entry["names"]:
                entry["names"].append(party["name_in_source"])
            if party.get("withdrawal"):
                row["withdrawal"] = _iso(party["withdrawal"])
            if party["iso2"] in missing:
                row["missing"] = missing[party["iso2"]]
            reservations = []
            for res in party.get("reservations") or []:
                reservations.append({"kind": res["kind"], "articles": [str(a) for a in res.get("articles") or []],
                                     "topics": list(res.get("topics") or []),
                                     "summary": " ".join(str(res["summary"]).split()),
                                     "refs": _refs(instrument.removesuffix("-OP"), res.get("articles") or [],
                                                   chapters)})
            if reservations:
                row["reservations"] = reservations
            entry["rows"][instrument] = row
        for signatory in inst.get("signatories_only") or []:
            entry = state(signatory["iso2"], signatory["state"])
            row = {"status": "signatory", "signature": _iso(signatory.get("signature"))}
            for k in ("signature_type", "note"):
                if signatory.get(k):
                    row[k] = signatory[k]
            entry["rows"][instrument] = row
    index["states"] = {iso2: states[iso2] for iso2 in sorted(states)}
    return index


HEADER = '''"""The party index, generated from treaty/data/parties.yaml by build_index: do not edit.

    python -m vccheck.applicability.build_index        # regenerate (tests/applicability fails until then)
"""

'''


def dumps(index: dict) -> str:
    """The index as the source of ``parties_index``: ``INDEX = {...}``, plain literals (str, int, bool,
    None, lists, dicts, as JSON would hold), a line per top-level key and per State."""
    lines = [HEADER + "INDEX = {"]
    for key, value in index.items():
        if key == "states":
            lines.append(f"    {key!r}: {{")
            lines += [f"        {code!r}: {entry!r}," for code, entry in value.items()]
            lines.append("    },")
        else:
            lines.append(f"    {key!r}: {value!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    path = index_path()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(dumps(build()))
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
