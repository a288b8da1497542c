"""Helpers for the rule-language tests: parse snippets, run the checker, pick diagnostics."""

from __future__ import annotations

import textwrap

from vccheck.diagnostics import Diagnostic, DiagnosticError
from vccheck.dsl.check import check_ruleset
from vccheck.dsl.parser import parse_text

# A small, valid corpus: every test below breaks one thing in a copy of it.
BASE = '''\
define officer(p) "Consular officer"
  cites VCCR 1(1)(d)
  means p.status = consular_officer
end

standard grave_crime "grave crime"
  cites VCCR 41(1)
  measures max_penalty_years at least
end

rule vccr.41.1 "No arrest or detention of a consular officer"
  cites VCCR 41(1)
  text "Consular officers shall not be liable to arrest or detention pending trial"
  duty on receiving_state
  owed to sending_state, "the consular officer"
  for each arrest or detention as e
  applies when officer(e.subject) and e.by = receiving_state
  violated when true
end

exception vccr.41.1.grave-crime "Grave crime and judicial decision"
  cites VCCR 41(1)
  to vccr.41.1
  gives compliant
  when e meets grave_crime and e.judicial_decision = true
end
'''


def diagnostics(*texts: str) -> list[Diagnostic]:
    """Parse each text as f1.vcl, f2.vcl, ... and check them together (like load_corpus)."""
    files, out = [], []
    for number, text in enumerate(texts, 1):
        try:
            files.append(parse_text(textwrap.dedent(text), f"f{number}.vcl"))
        except DiagnosticError as exc:
            out.extend(exc.diagnostics)
    out.extend(check_ruleset(files, partial=len(files) < len(texts)))
    return out


def only(diags: list[Diagnostic], code: str) -> Diagnostic:
    """The one diagnostic with ``code`` (fails if there are none or several)."""
    found = [d for d in diags if d.code == code]
    assert len(found) == 1, f"expected one {code}, got: " + "; ".join(f"{d.pos} {d.code} {d.message}" for d in diags)
    return found[0]


def at(diag: Diagnostic) -> tuple[int, int]:
    return diag.pos.line, diag.pos.column


def broken(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
