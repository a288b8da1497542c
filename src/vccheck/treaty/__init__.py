"""The authentic English texts of the VCCR (1963) and VCDR (1961).

The structured YAML files under ``data/`` are copied verbatim from the
project's treaty sources (see ``data/PROVENANCE.md``). This module looks up
any article / paragraph / sub-paragraph and returns its exact text, and
lists the provision units (a paragraph, or each lettered sub-paragraph
where a paragraph has them) that coverage counts.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from vccheck.record import record

INSTRUMENT_FILES = {
    "VCCR": "vccr-1963.yaml",
    "VCDR": "vcdr-1961.yaml",
    "VCCR-OP": "vccr-1963-optional-protocol-disputes.yaml",
    "VCDR-OP": "vcdr-1961-optional-protocol-disputes.yaml",
}
INSTRUMENT_TITLES = {
    "VCCR": "Vienna Convention on Consular Relations (1963)",
    "VCDR": "Vienna Convention on Diplomatic Relations (1961)",
    "VCCR-OP": "Optional Protocol to the VCCR concerning the Compulsory Settlement of Disputes (1963)",
    "VCDR-OP": "Optional Protocol to the VCDR concerning the Compulsory Settlement of Disputes (1961)",
}


@record(order=True)
class Citation:
    """A pinpoint citation: VCCR art. 36(1)(b) = ("VCCR", "36", "1", "b")."""

    instrument: str
    article: str
    paragraph: str | None = None
    subparagraph: str | None = None

    def __str__(self) -> str:
        return self.cite

    @property
    def cite(self) -> str:
        out = f"{self.instrument} art. {self.article}"
        if self.paragraph:
            out += f"({self.paragraph})"
        if self.subparagraph:
            out += f"({self.subparagraph})"
        return out

    @property
    def short(self) -> str:
        return self.cite.replace(" art. ", " ")

    @property
    def rule_id(self) -> str:
        parts = [self.instrument.lower(), self.article]
        if self.paragraph:
            parts.append(self.paragraph)
        if self.subparagraph:
            parts.append(self.subparagraph)
        return ".".join(parts)

    def as_dict(self) -> dict:
        return {"instrument": self.instrument, "article": self.article,
                "paragraph": self.paragraph, "subparagraph": self.subparagraph}

    def contains(self, other: "Citation") -> bool:
        """True if ``other`` is this provision or lies inside it."""
        if (self.instrument, self.article) != (other.instrument, other.article):
            return False
        if self.paragraph is not None and self.paragraph != other.paragraph:
            return False
        if self.subparagraph is not None and self.subparagraph != other.subparagraph:
            return False
        return True


@lru_cache(maxsize=1)
def _citation_patterns():
    """Compiled on first use (compiling them costs more at start-up than most runs spend on them)."""
    cite = re.compile(
        r"^\s*(?P<inst>[A-Za-z][A-Za-z-]*)\s*(?:art(?:icle)?\.?\s*)?(?P<art>\d+|[IVX]+)"
        r"\s*(?:\((?P<par>\d+)\))?\s*(?:\((?P<sub>[a-z]+)\))?\s*$",
        re.IGNORECASE,
    )
    dotted = re.compile(r"^(?P<inst>[a-z][a-z-]*)\.(?P<art>\d+|[ivx]+)(?:\.(?P<par>\d+))?(?:\.(?P<sub>[a-z]+))?$",
                        re.IGNORECASE)
    return cite, dotted


def parse_citation(text: str) -> Citation | None:
    """Parse ``VCCR 41(1)``, ``VCCR art. 36(1)(b)``, ``vccr.41.1`` (None if not a citation)."""
    cite, dotted = _citation_patterns()
    m = cite.match(text) or dotted.match(text.strip())
    if not m:
        return None
    art = m.group("art")
    return Citation(m.group("inst").upper(), art.upper() if not art.isdigit() else art,
                    m.group("par"), m.group("sub").lower() if m.group("sub") else None)


@record
class Provision:
    """One addressable piece of text: an article, a paragraph or a sub-paragraph."""

    citation: Citation
    text: str
    title: str | None = None
    needs_unts_check: bool = False


INDEX_FILE = "index.json"  # compact form of the YAML texts, rebuilt by build_index(); a test keeps it in sync


@lru_cache(maxsize=None)
def _load(instrument: str) -> dict:
    """The full YAML of ``instrument`` (with provenance); only tools that need it read it."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    name = INSTRUMENT_FILES[instrument]
    with open(os.path.join(os.path.dirname(__file__), "data", name), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


@lru_cache(maxsize=1)
def _compact() -> dict:
    """{instrument: {"articles": [...], "meta": {...}}} from data/index.json (fast: no YAML)."""
    import json
    import os

    path = os.path.join(os.path.dirname(__file__), "data", INDEX_FILE)
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def build_index() -> dict:
    """The compact index of every instrument, as written to data/index.json."""
    out = {}
    for instrument in INSTRUMENT_FILES:
        data = _load(instrument)
        out[instrument] = {
            "meta": {k: data.get(k) for k in ("id", "title", "adopted", "entry_into_force", "source")},
            "articles": [{"number": str(a["number"]), "title": a.get("title"),
                          "flags": sorted(_flag_locations(a)),
                          "paragraphs": [{"number": str(p["number"]), "text": p["text"],
                                          "subparagraphs": [{"label": str(sp["label"]), "text": sp["text"]}
                                                            for sp in p.get("subparagraphs") or ()]}
                                         for p in a["paragraphs"]]}
                         for a in data["articles"]],
        }
    return out


def instruments() -> tuple[str, ...]:
    return tuple(INSTRUMENT_FILES)


def instrument_meta(instrument: str) -> dict:
    return dict(_compact()[instrument]["meta"])


def _flag_locations(article: dict) -> set[str]:
    return {n.get("location", "") for n in article.get("text_notes") or () if n.get("needs_unts_check")}


@lru_cache(maxsize=None)
def _articles(instrument: str) -> dict[str, dict]:
    return {str(art["number"]): art for art in _compact()[instrument]["articles"]}


@lru_cache(maxsize=None)
def _article(instrument: str, num: str) -> dict[Citation, Provision]:
    """The article, each paragraph and each sub-paragraph of one article, by citation (built when first
    asked for: a check quotes a few dozen provisions of the hundred-odd articles)."""
    art = _articles(instrument).get(num)
    if art is None:
        return {}
    out: dict[Citation, Provision] = {}
    flags = set(art["flags"])
    title = art.get("title")
    art_parts: list[str] = []
    for par in art["paragraphs"]:
        pnum = str(par["number"]) or None
        subs = par.get("subparagraphs") or []
        par_text = " ".join([par["text"]] + [f"({s['label']}) {s['text']}" for s in subs])
        art_parts.append(f"{pnum}. {par_text}" if pnum else par_text)
        loc = f"{num}({pnum})" if pnum else num
        if pnum:
            out[Citation(instrument, num, pnum)] = Provision(
                Citation(instrument, num, pnum), par_text, title,
                any(f == loc or f.startswith(loc + "(") for f in flags))
        for s in subs:
            label = str(s["label"])
            cit = Citation(instrument, num, pnum, label)
            sloc = f"{loc}({label})"
            out[cit] = Provision(cit, s["text"], title, sloc in flags or loc in flags)
    out[Citation(instrument, num)] = Provision(
        Citation(instrument, num), " ".join(art_parts), title,
        any(f == num or f.startswith(num + "(") for f in flags))
    return out


def _index(instrument: str) -> dict[Citation, Provision]:
    """Every article, paragraph and sub-paragraph of ``instrument`` by citation."""
    out: dict[Citation, Provision] = {}
    for num in _articles(instrument):
        out.update(_article(instrument, num))
    return out


def lookup(citation: Citation) -> Provision | None:
    """The provision at ``citation``, or None if the treaty has no such text."""
    if citation.instrument not in INSTRUMENT_FILES:
        return None
    return _article(citation.instrument, citation.article).get(citation)


def nearest(citation: Citation) -> list[Citation]:
    """Existing citations in the same article (for a helpful error)."""
    if citation.instrument not in INSTRUMENT_FILES:
        return []
    return sorted((c for c in _index(citation.instrument) if c.article == citation.article),
                  key=lambda c: (c.paragraph or "", c.subparagraph or ""))


def provision_units(instrument: str) -> list[Citation]:
    """Coverage units: each paragraph, or each lettered sub-paragraph where it has them.

    An article without numbered paragraphs is one unit (or one per sub-paragraph).
    """
    units: list[Citation] = []
    for art in _compact()[instrument]["articles"]:
        num = str(art["number"])
        for par in art["paragraphs"]:
            pnum = str(par["number"]) or None
            subs = par.get("subparagraphs") or []
            if subs:
                units.extend(Citation(instrument, num, pnum, str(s["label"])) for s in subs)
            else:
                units.append(Citation(instrument, num, pnum))
    return units


def article_title(instrument: str, article: str) -> str | None:
    prov = lookup(Citation(instrument, article))
    return prov.title if prov else None


@lru_cache(maxsize=1)
def _equivalences():
    return [
        (re.compile(r"sub-paragraph", re.I), "subparagraph"),
        (re.compile(r"\bin so far\b", re.I), "insofar"),
        (re.compile(r"\bArticle\b"), "article"),
        (re.compile(r"[\u2018\u2019]"), "'"),
        (re.compile(r"[\u201c\u201d]"), '"'),
        (re.compile(r"\s+"), " "),
    ]


def normalise(text: str) -> str:
    """Typographic normalisation used when matching quotes (see PROVENANCE.md)."""
    for pattern, repl in _equivalences():
        text = pattern.sub(repl, text)
    return text.strip()


@lru_cache(maxsize=4096)
def _normalised_text(citation: Citation) -> str | None:
    prov = lookup(citation)
    return None if prov is None else normalise(prov.text)


def quote_matches(quote: str, citation: Citation) -> bool:
    """True if ``quote`` appears in the cited text; ``...`` separates fragments in order."""
    haystack = _normalised_text(citation)
    if haystack is None:
        return False
    pos = 0
    for fragment in (normalise(f) for f in quote.split("...")):
        if not fragment:
            continue
        found = haystack.find(fragment, pos)
        if found < 0:
            return False
        pos = found + len(fragment)
    return True


def mismatch_point(quote: str, citation: Citation) -> str:
    """A short description of where ``quote`` first departs from the authentic text."""
    prov = lookup(citation)
    if prov is None:
        return ""
    text = normalise(prov.text)
    q = normalise(quote.split("...")[0])
    best = 0
    for start in range(len(text)):
        n = 0
        while n < len(q) and start + n < len(text) and text[start + n] == q[n]:
            n += 1
        if n > best:
            best, where = n, start
        if best == len(q):
            break
    if best == 0:
        return f'the authentic text begins "{text[:60]}"'
    return (f'the quote departs after "{q[max(0, best - 30):best]}": it has "{q[best:best + 30]}", '
            f'the authentic text has "{text[where + best:where + best + 30]}"')
