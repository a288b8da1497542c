"""Out-of-scope declarations: ``*.scope.yaml`` files beside the rules.

    out_of_scope:
      - provision: VCCR 2(1)
        reason: Establishment of consular relations by mutual consent: no incident can breach it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from vccheck import treaty
from vccheck.diagnostics import Collector, Diagnostic, DiagnosticError, SourcePos
from vccheck.dsl.corpus import display_path
from vccheck.facts.yamltree import Mapping, Scalar, Sequence as Seq, describe, parse_tree, read_text
from vccheck.record import record

SCOPE_SUFFIX = ".scope.yaml"


@record
class OutOfScope:
    citation: treaty.Citation
    reason: str
    pos: SourcePos


def scope_files(paths: Sequence[str]) -> list[str]:
    found: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.update(os.path.join(root, f) for f in files if f.endswith(SCOPE_SUFFIX))
        elif path.endswith(SCOPE_SUFFIX) and os.path.exists(path):
            found.add(path)
    return sorted(found, key=lambda p: os.path.normpath(os.path.abspath(p)))


def load_scope(paths: Sequence[str]) -> tuple[tuple[OutOfScope, ...], tuple[Diagnostic, ...]]:
    """Every declaration, and every problem (unknown provision, missing reason, duplicates)."""
    entries: list[OutOfScope] = []
    problems: list[Diagnostic] = []
    seen: dict[treaty.Citation, SourcePos] = {}
    for path in scope_files(paths):
        shown = display_path(path)
        out = Collector(shown)
        text = read_text(path, out)
        if text is None:
            problems.extend(out.items)
            continue
        out.text = text
        try:
            root = parse_tree(text, out)
            out.raise_if_errors()
        except DiagnosticError as exc:
            problems.extend(exc.diagnostics)
            continue
        items = root.get("out_of_scope") if isinstance(root, Mapping) else None
        if not isinstance(items, Seq):
            out.add(1, 1, "scope-shape", "a scope file needs 'out_of_scope:', a list of {provision, reason}")
            problems.extend(out.items)
            continue
        for node in items.items:
            entry = _entry(node, out)
            if entry is None:
                continue
            if entry.citation in seen:
                out.add_at(entry.pos, "scope-duplicate", f"{entry.citation.short} is declared out of scope twice",
                           f"first at {seen[entry.citation]}")
                continue
            seen[entry.citation] = entry.pos
            entries.append(entry)
        problems.extend(out.items)
    return tuple(entries), tuple(problems)


def _entry(node, out: Collector) -> OutOfScope | None:
    if not isinstance(node, Mapping):
        out.add_at(node.pos, "scope-shape", f"each entry must be a mapping {{provision, reason}}, found {describe(node)}")
        return None
    prov, reason = node.get("provision"), node.get("reason")
    if not isinstance(prov, Scalar):
        out.add_at(node.pos, "scope-shape", "an entry needs 'provision', e.g. VCCR 2(1)")
        return None
    citation = treaty.parse_citation(prov.text)
    if citation is None or treaty.lookup(citation) is None:
        near = ", ".join(c.short for c in treaty.nearest(citation)[:8]) if citation else ""
        out.add_at(prov.pos, "unknown-citation", f"'{prov.text}' is not a provision of the treaty text",
                   f"existing: {near}" if near else "write e.g. VCCR 2(1) or VCDR 45(a)")
        return None
    if not isinstance(reason, Scalar) or not reason.text.strip():
        out.add_at(prov.pos, "scope-reason", f"{citation.short} is declared out of scope without a reason",
                   "say why no incident could ever raise it")
        return None
    return OutOfScope(citation, reason.text.strip(), prov.pos)
