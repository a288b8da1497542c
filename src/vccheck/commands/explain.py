"""vccheck explain: the authentic text of a provision and the rules that encode it."""

from __future__ import annotations

import sys

from vccheck import treaty
from vccheck.treaty import Citation

HELP = """Print the authentic text of a provision and the rules, exceptions,
definitions and standards that cite it (or a provision inside it).

examples:
  vccheck explain VCCR 41(1)
  vccheck explain vccr.41.1
  vccheck explain "VCCR art. 36(1)(b)"
  vccheck explain VCDR 29 --rules my-rules/
"""


def add_arguments(parser) -> None:
    parser.add_argument("citation", nargs="+", metavar="CITATION",
                        help="a citation: VCCR 41(1), vccr.41.1, \"VCCR art. 36(1)(b)\"")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH",
                        help="rule files or directories (default: the shipped rules); may be repeated")


def run(args) -> int:
    text = " ".join(args.citation)
    citation = treaty.parse_citation(text)
    if citation is None:
        _error(f"'{text}' is not a citation", "write it as VCCR 41(1), vccr.41.1 or \"VCCR art. 36(1)(b)\"")
        return 2
    verifiable = citation.instrument in treaty.INSTRUMENT_FILES
    provision = treaty.lookup(citation)
    if verifiable and provision is None:
        near = treaty.nearest(citation)
        _error(f"{citation.cite} does not exist in the authentic text",
               "that article has: " + ", ".join(c.short for c in near) if near else
               f"the {citation.instrument} has articles {_article_range(citation.instrument)}")
        return 2
    if provision is not None:
        print(_heading(citation, provision.title))
        print(treaty.INSTRUMENT_TITLES[citation.instrument])
        print()
        for line in _text_lines(citation):
            print(line)
        if provision.needs_unts_check:
            print()
            print("note: this reading is marked needs_unts_check in the treaty data: "
                  "verify the exact wording against the UNTS print before relying on it.")
    else:
        _error(f"no authentic text is held for {citation.instrument} (an overlay instrument)",
               "texts are held for " + ", ".join(treaty.INSTRUMENT_FILES))
    status, listed = _encoded_by(citation, tuple(args.rules))
    if provision is None and not listed:
        return 2
    return status


def _heading(citation: Citation, title: str | None) -> str:
    return f"{citation.cite}: {title}" if title else citation.cite


def _text_lines(citation: Citation) -> list[str]:
    """The provision's text, one paragraph or sub-paragraph a line (never wrapped)."""
    inside = [c for c in treaty.nearest(citation) if citation.contains(c) and c != citation]
    paragraphs = [c for c in inside if c.subparagraph is None] or [citation]
    lines = []
    for par in paragraphs:
        text = treaty.lookup(par).text
        subs = [c for c in inside if c.subparagraph and c.paragraph == par.paragraph]
        tail = " ".join(f"({s.subparagraph}) {treaty.lookup(s).text}" for s in subs)
        prefix = f"{par.paragraph}. " if par != citation else ""
        if subs and text.endswith(" " + tail):  # the chapeau, then each sub-paragraph on its own line
            lines.append(prefix + text[:-len(tail) - 1])
            lines.extend(f"   ({s.subparagraph}) {treaty.lookup(s).text}" for s in subs)
        else:
            lines.append(prefix + text)
    return lines


def _encoded_by(citation: Citation, paths: tuple[str, ...]) -> tuple[int, int]:
    """Print the items citing ``citation`` or a provision inside it; (exit status, items listed)."""
    from vccheck.dsl.corpus import load_corpus
    from vccheck.dsl import model as m
    from vccheck.diagnostics import DiagnosticError

    try:
        corpus = load_corpus(paths)
    except DiagnosticError as exc:
        _error(exc.diagnostics[0].pos.file + ": " + exc.diagnostics[0].message, "")
        return 2, 0
    sections = (("Rules", m.Rule), ("Exceptions", m.Exception_), ("Definitions", m.Definition),
                ("Standards", m.Standard))
    items = [i for f in corpus.ruleset.files for i in f.items
             if any(citation.contains(ref.citation) for ref in i.citations)]
    print()
    if not items:
        print(f"No rule cites {citation.short} yet.")
    for heading, kind in sections:
        chosen = sorted((i for i in items if isinstance(i, kind)), key=lambda i: m.id_key(_name(i)))
        if chosen:
            print(f"{heading}:")
            for item in chosen:
                cites = ", ".join(ref.citation.short for ref in item.citations)
                print(f"  {_name(item)}  \"{item.title}\"  [{cites}]  {item.pos.file}:{item.pos.line}")
    if corpus.errors:
        _error(f"the rule files have {len(corpus.errors)} error(s); the list above may be incomplete",
               "run 'vccheck lint' for the details")
        return 2, len(items)
    return 0, len(items)


def _name(item) -> str:
    return getattr(item, "id", None) or item.name


def _article_range(instrument: str) -> str:
    arts = [c.article for c in treaty.provision_units(instrument)]
    return f"{arts[0]} to {arts[-1]}" if arts else "no articles"


def _error(message: str, hint: str) -> None:
    print(f"vccheck explain: {message}", file=sys.stderr)
    if hint:
        print(f"  hint: {hint}", file=sys.stderr)
