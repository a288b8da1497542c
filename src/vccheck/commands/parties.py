"""vccheck parties: a State's party status for the VCCR, the VCDR and their Optional Protocols."""

from __future__ import annotations

import sys

HELP = """Print a State's status under each of the four instruments: party, signatory
or not a party; consent (ratification, accession, succession) and its date;
entry into force for that State and whether the date is sourced or computed;
withdrawals; the State's reservations, declarations and objections
(paraphrased). Ends with the data's sources and the date it is as of.

STATE is an ISO 3166 alpha-2 code (JP), a name (Japan, Russia) or a former
State (USSR, Yugoslavia, Czechoslovakia), read as the party data's notes say.

examples:
  vccheck parties JP
  vccheck parties "United States"
  vccheck parties USSR
"""

ORDER = ("VCCR", "VCCR-OP", "VCDR", "VCDR-OP")


def add_arguments(parser) -> None:
    parser.add_argument("state", nargs="+", metavar="STATE", help="an ISO 3166 alpha-2 code or a State's name")


def run(args) -> int:
    from vccheck.applicability import decide
    from vccheck.applicability.parties import NON_PARTIES, historical_for, load, resolve, suggestions

    data = load()
    text = " ".join(args.state).strip()
    identities = resolve(text, text, data) if text else None
    if not identities:
        hint = suggestions(text, data)
        print(f"vccheck parties: no State '{text}' in the party data", file=sys.stderr)
        print("  hint: " + (f"did you mean {' or '.join(repr(h) for h in hint)}?" if hint else
                            "give an ISO 3166 alpha-2 code (JP) or a State's name (Japan)"), file=sys.stderr)
        return 2
    out: list[str] = []
    hist = historical_for(text, text)
    if hist is not None:
        out.append(f"{text}: a former State; the party data reads it as follows.")
        for identity in identities:
            when = _window(identity.start, identity.end)
            if identity.iso2:
                out.append(f"  {when}: {data.name(identity.iso2)} ({identity.iso2}): {identity.note}")
            else:
                out.append(f"  {when}: no dates in the party data: {identity.unknown}")
        out.append("")
    shown = []
    for identity in identities:
        if identity.iso2 and identity.iso2 not in shown:
            shown.append(identity.iso2)
            lines = _state(identity.iso2, data, decide)
            if identity.note and hist is None:
                lines.insert(1, f"  ({identity.note})")
            if identity.iso2 in NON_PARTIES:
                lines.insert(1, "  listed in the party data's notes as a party to neither Convention")
            out += lines
    if not shown:
        out.append("No State in the party data speaks for it on its own.")
    out += _footer(data)
    print("\n".join(out))
    return 0


def _window(start, end) -> str:
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}"
    if end:
        return f"before {end}"
    return "at all dates"


def _state(iso2: str, data, decide) -> list[str]:
    from vccheck.applicability.parties import SHORT_TITLES

    out = [f"{data.name(iso2)} ({iso2})"]
    entry = data.states.get(iso2)
    if entry and len(entry["names"]) > 1:
        out.append("  also listed as: " + ", ".join(n for n in entry["names"] if n != entry["name"]))
    for instrument in ORDER:
        title = data.instrument(instrument)["title"]
        out.append("")
        out.append(f"{instrument}  {title}")
        row = data.row(iso2, instrument)
        if row is None:
            out.append(f"  not a party: not listed among the parties or signatories of {SHORT_TITLES[instrument]}")
            continue
        if row["status"] == "signatory":
            signed = "succeeded to the predecessor's signature" if row.get("signature_type") else "signed"
            out.append(f"  signatory only: {signed} on {row.get('signature')}, not ratified: not bound")
            out.append("  (VCLT art. 18: a signatory must not defeat the object and purpose; not a binding of the "
                       "treaty)")
            if row.get("note"):
                out.append(f"  note: {row['note']}")
            continue
        status = "party" if row["status"] == "party" else "withdrawn"
        consent = row.get("consent") or "date not in the data"
        inferred = " (type inferred)" if row.get("consent_type_inferred") else ""
        back = " (back-computed from the entry into force)" if row.get("consent_computed") else ""
        out.append(f"  {status}: {row.get('consent_type', 'consent')}{inferred} deposited {consent}{back}"
                   + (f"; signed {row['signature']}" if row.get("signature") else ""))
        if row.get("entry_into_force"):
            out.append(f"  in force for {iso2} from {row['entry_into_force']} ({decide.eif_text(instrument, row)})")
        else:
            out.append(f"  entry into force for {iso2}: not in the data ({row.get('eif_basis') or 'no basis'})")
        if row.get("missing"):
            out.append(f"  missing from the data: {row['missing']}")
        withdrawal = row.get("withdrawal")
        if withdrawal:
            out.append(f"  withdrawal notified {withdrawal.get('notified')}; effective "
                       f"{withdrawal.get('effective') or 'not settled'}")
            for key, value in (withdrawal.get("effective_candidates") or {}).items():
                label = decide.WITHDRAWAL_CANDIDATES.get(key, key.replace("_", " "))
                out.append(f"    - {label}: {value}")
            if withdrawal.get("effective_note"):
                out.append(f"    {' '.join(str(withdrawal['effective_note']).split())}")
        reservations = row.get("reservations") or []
        if reservations:
            out.append("  reservations, declarations and objections (paraphrased; cite the MTDSG for the text):")
            for res in reservations:
                arts = ", ".join(res["articles"]) or "general"
                out.append(f"    - {res['kind']} ({arts}): {res['summary']}")
        else:
            out.append("  reservations: none in the data")
        if row.get("note"):
            out.append(f"  note: {' '.join(str(row['note']).split())}")
    return out


def _footer(data) -> list[str]:
    sources = data.raw["sources"]
    return ["", f"Party data as of {data.data_as_of}.",
            "Source: " + sources.get("untc", "UN Treaty Collection, MTDSG Chapter III"),
            "Scrape: " + sources.get("zmjones", ""),
            "Sourced dates name their source key (e.g. bgbl); the keys are listed under 'source' in "
            "vccheck/treaty/data/parties.yaml.",
            "Reservation summaries are paraphrases, not the authentic text. " + data.jurisdiction_note]
