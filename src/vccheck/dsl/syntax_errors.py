"""Lark's parse errors -> "syntax" diagnostics in plain words.

Terminals are named in words ("a rule id such as vccr.41.1"), a misspelt
keyword or unit gets a did-you-mean hint, and an unclosed quoted text is
reported as such.
"""

from __future__ import annotations

from vccheck.diagnostics import Collector, did_you_mean
from vccheck.dsl.builder import UNITS

KEYWORDS = ("rule", "exception", "define", "standard", "end", "cites", "text", "duty", "on", "owed",
            "to", "for", "each", "as", "applies", "when", "violated", "compliant", "overrides",
            "authority", "note", "gives", "prevails", "over", "means", "measures", "or", "and", "not",
            "in", "is", "known", "unknown", "meets", "some", "where", "time", "from", "true", "false")

# Terminal names -> plain words, for "expected ..." messages.
_PLAIN = {
    "RULE_ID": "a rule id such as vccr.41.1",
    "INSTRUMENT": "an instrument such as VCCR or VCDR",
    "PINPOINT": "an article reference such as 41(1)(b)",
    "NAME": "a name",
    "STRING": 'a quoted text "..."',
    "NUMBER": "a number",
    "UNIT": "a unit (minutes, hours, days, weeks)",
    "COMPARE": "a comparison (=, !=, <, <=, >, >=)",
    "BOUND": "'at most' or 'at least'",
    "LPAR": "'('", "RPAR": "')'", "LBRACE": "'{'", "RBRACE": "'}'", "COMMA": "','", "DOT": "'.'",
    "$END": "the end of the file",
}


def _plain(terminal: str) -> str:
    if terminal in _PLAIN:
        return _PLAIN[terminal]
    if terminal.startswith("__ANON"):
        return "a token"
    return f"'{terminal.lower()}'"


def _expected_words(expected) -> list[str]:
    return sorted({_plain(t) for t in expected})


def add_syntax_error(exc, text: str, diags: Collector) -> None:
    """Add the diagnostic for Lark's ``UnexpectedCharacters``, ``UnexpectedEOF`` or ``UnexpectedToken``."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF

    if isinstance(exc, UnexpectedCharacters):
        ch = text[exc.pos_in_stream] if exc.pos_in_stream < len(text) else ""
        if ch == '"':  # STRING did not match: the text is not closed on its line
            diags.add(exc.line, exc.column, "syntax", "this quoted text is not closed on its line",
                      'end it with " on the same line; write a line break inside a text as \\n')
        else:
            hint = "text must be in double quotes; comments start with #" if ch in "'`" else ""
            diags.add(exc.line, exc.column, "syntax", f"unexpected character {ch!r}; expected "
                      + _join(_expected_words(exc.allowed or ())), hint)
    elif isinstance(exc, UnexpectedEOF):
        last = text.rstrip().splitlines() or [""]
        diags.add(len(last), len(last[-1]) + 1, "syntax",
                  "the file ends too early; expected " + _join(_expected_words(exc.expected)),
                  "every rule, exception, definition and standard closes with 'end'")
    else:  # UnexpectedToken
        tok = exc.token
        expected = set(exc.expected) - {"$END"} if tok.type != "$END" else set(exc.expected)
        words = _expected_words(expected)
        keywords = [t.lower() for t in expected if t.lower() in KEYWORDS]
        hint = did_you_mean(str(tok), keywords) if tok.type == "NAME" else ""
        if tok.type == "NAME" and "UNIT" in expected and not hint:
            unit = did_you_mean(str(tok), UNITS)
            hint = f"{unit} (durations are written like 48 hours, 3 days, 90 minutes)" if unit else ""
        if not hint and tok.type == "NAME" and str(tok) in ("vccr", "vcdr"):
            hint = "citations are written in capitals: cites VCCR 41(1)"
        if tok.type == "$END":
            last = text.rstrip().splitlines() or [""]
            diags.add(len(last), len(last[-1]) + 1, "syntax",
                      "the file ends too early; expected " + _join(words),
                      "every rule, exception, definition and standard closes with 'end'")
        else:
            diags.add(tok.line, tok.column, "syntax", f"unexpected {_describe(tok)}; expected {_join(words)}",
                      hint)


def _describe(tok) -> str:
    if tok.type == "STRING":
        return f"text {tok}"
    if tok.type in ("NAME", "RULE_ID", "INSTRUMENT", "PINPOINT", "NUMBER"):
        return f"'{tok}'"
    return f"'{tok}'"


def _join(words: list[str]) -> str:
    if not words:
        return "nothing more"
    if len(words) == 1:
        return words[0]
    if len(words) > 8:
        return ", ".join(words[:8]) + f" or {len(words) - 8} more"
    return ", ".join(words[:-1]) + " or " + words[-1]
