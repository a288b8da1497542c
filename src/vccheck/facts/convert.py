"""Convert one scalar, as written, into the value its vocabulary type expects.

The rules are deliberately narrower than YAML 1.1 so that no value can change
on the way in (see docs/incident-format.md, "How values are read"):

* ``bool``: only ``true`` / ``false`` (``yes``, ``no``, ``on``, ``off`` are refused).
* ``int`` / ``number``: decimal digits, no leading zero (``012``), no quotes.
* ``date``: ``YYYY-MM-DD``, a real calendar date.
* ``time``: ``HH:MM`` or ``HH:MM:SS`` (never read as a base-60 number).
* ``timezone``: an IANA name (``Asia/Vladivostok``) or an offset (``+10:00``).
* ``duration``: an amount and a unit (``48h``, ``3d``, ``90m``, ``2w``, ``48 hours``).
* ``text``, ``enum``, ``ref:...``: the text exactly as written (``NO`` stays ``NO``).

Each converter raises ``Invalid`` with a message and a hint for a legal
adviser, never a Python error.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from vccheck.facts.model import Duration

BOOL_WORDS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_YAML11_BOOLS = {"yes", "no", "y", "n", "on", "off"}
_INT_RE = re.compile(r"[-+]?[0-9]+")
_NUMBER_RE = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]{1,3})?")
MAX_DIGITS = 15  # no fact needs more; longer numbers are a mistake (and slow to convert)
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")
_OFFSET_RE = re.compile(r"(?:UTC|GMT)?([+-])([0-9]{1,2}):?([0-9]{2})")
_ZONE_KEY_RE = re.compile(r"[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*")
_DURATION_PART_RE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)\s*,?")
DURATION_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "week": 604800, "weeks": 604800,
}
MAX_DURATION = 100 * 366 * 86400
ID_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


class Invalid(Exception):
    """A value that cannot be read as the type expected."""

    def __init__(self, message: str, hint: str = "", code: str = "wrong-type"):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code


def _shown(text: str, limit: int = 40) -> str:
    """The user's text for a message, shortened if long."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _unquoted(text: str, plain: bool, what: str, example: str) -> None:
    if not plain:
        raise Invalid(f"expected {what}, found the quoted text \"{_shown(text)}\"", f"remove the quotes: {example}")


def to_bool(text: str, plain: bool) -> bool:
    if text in BOOL_WORDS:
        _unquoted(text, plain, "true or false", text.lower())
        return BOOL_WORDS[text]
    if text.lower() in _YAML11_BOOLS:
        raise Invalid(f"'{_shown(text)}' is not accepted for a yes/no fact; write true or false",
                      "YAML versions disagree on words like yes, no, on and off, so vccheck accepts only true "
                      "and false (write unknown if it is not known)", "ambiguous-bool")
    raise Invalid(f"expected true or false, found '{_shown(text)}'", "write true, false or unknown")


def to_int(text: str, plain: bool) -> int:
    if not _INT_RE.fullmatch(text):
        raise Invalid(f"expected a whole number, found '{_shown(text)}'", "write digits only, e.g. 5")
    _unquoted(text, plain, "a number", text)
    _no_leading_zero(text)
    return int(text)


def to_number(text: str, plain: bool) -> int | float:
    if not _NUMBER_RE.fullmatch(text):
        raise Invalid(f"expected a number, found '{_shown(text)}'", "write digits with an optional decimal point, e.g. 2.5")
    _unquoted(text, plain, "a number", text)
    _no_leading_zero(text)
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def _no_leading_zero(text: str) -> None:
    digits = text.lstrip("+-")
    if len(digits) > MAX_DIGITS:
        raise Invalid(f"the number '{_shown(text)}' is too long", f"write at most {MAX_DIGITS} digits", "bad-value")
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        raise Invalid(f"'{_shown(text)}' has a leading zero, which YAML may read as an octal number",
                      f"write {digits.lstrip('0') or '0'} instead", "ambiguous-number")


def to_date(text: str, plain: bool = True) -> dt.date:
    match = _DATE_RE.fullmatch(text)
    if match is None:
        hint = "write the date as YYYY-MM-DD, e.g. 2022-09-22"
        if _DATE_RE.match(text) and ("T" in text or " " in text):
            hint = "give the date alone (YYYY-MM-DD) and the time of day under 'time'"
        raise Invalid(f"expected a date (YYYY-MM-DD), found '{_shown(text)}'", hint)
    year, month, day = (int(g) for g in match.groups())
    if len(match.group(2)) != 2 or len(match.group(3)) != 2:
        raise Invalid(f"'{_shown(text)}' is not written as YYYY-MM-DD", f"write {year:04d}-{month:02d}-{day:02d}")
    if not 1 <= month <= 12:
        raise Invalid(f"'{_shown(text)}' is not a date: there is no month {month}", "write the date as YYYY-MM-DD",
                      "bad-date")
    if year < 1:
        raise Invalid(f"'{_shown(text)}' is not a date: there is no year 0", "write the date as YYYY-MM-DD", "bad-date")
    try:
        return dt.date(year, month, day)
    except ValueError:  # the day is not in the month
        import calendar

        last = calendar.monthrange(year, month)[1]
        raise Invalid(f"'{_shown(text)}' is not a date: {calendar.month_name[month]} {year} has {last} days",
                      "check the day and the month (the format is YYYY-MM-DD)", "bad-date") from None


def to_time(text: str, plain: bool = True) -> dt.time:
    match = _TIME_RE.fullmatch(text)
    if match is None:
        raise Invalid(f"expected a time of day (HH:MM), found '{_shown(text)}'",
                      "write the local time on the 24-hour clock, e.g. \"14:30\"")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise Invalid(f"'{_shown(text)}' is not a time of day", "use the 24-hour clock, from 00:00 to 23:59", "bad-time")
    return dt.time(hour, minute, second)


def to_timezone(text: str, plain: bool = True) -> str:
    offset = _OFFSET_RE.fullmatch(text)
    if offset is not None:
        if int(offset.group(2)) > 14 or int(offset.group(3)) > 59:
            raise Invalid(f"'{_shown(text)}' is not a valid offset from UTC", "offsets run from -12:00 to +14:00", "bad-value")
        return text
    if _ZONE_KEY_RE.fullmatch(text):
        try:
            zoneinfo.ZoneInfo(text)
            return text
        except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError):
            pass
    raise Invalid(f"'{_shown(text)}' is not a known time zone", _zone_hint(text), "bad-value")


def _zone_hint(text: str) -> str:
    from vccheck.diagnostics import did_you_mean

    try:
        hint = did_you_mean(text, zoneinfo.available_timezones())
    except OSError:  # pragma: no cover - no time zone data on the machine
        hint = ""
    return hint or "give an IANA time zone name such as Europe/Moscow, or an offset such as +10:00"


def tzinfo_of(name: str) -> dt.tzinfo | None:
    """The tzinfo for a validated time zone name or offset (None if unusable)."""
    offset = _OFFSET_RE.fullmatch(name)
    if offset is not None:
        sign = -1 if offset.group(1) == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3))))
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError):
        return None


def to_duration(text: str, plain: bool = True) -> Duration:
    stripped = text.strip()
    seconds, at = 0.0, 0
    while at < len(stripped):
        match = _DURATION_PART_RE.match(stripped, at)
        if match is None or match.group(2).lower() not in DURATION_UNITS:
            raise Invalid(f"expected a duration such as 48h, 3d or 90m, found '{_shown(text)}'", _duration_hint(text))
        seconds += float(match.group(1)) * DURATION_UNITS[match.group(2).lower()]
        at = match.end()
        if seconds > MAX_DURATION or len(match.group(1)) > MAX_DIGITS:
            raise Invalid(f"the duration '{_shown(text)}' is longer than a century", "check the amount and the unit",
                          "bad-value")
    if not stripped:
        raise Invalid("expected a duration such as 48h, 3d or 90m, found nothing", _duration_hint(text))
    return Duration(int(round(seconds)), stripped)


def _duration_hint(text: str) -> str:
    if _NUMBER_RE.fullmatch(text.strip()):
        return f"give a unit: {text.strip()}h (hours), {text.strip()}d (days) or {text.strip()}m (minutes)"
    return "write an amount and a unit: s, m (minutes), h, d or w, e.g. 48h"


def to_years(text: str, plain: bool = True) -> float:
    """A number of years for the ``grave_crime`` standard: 5, 5y, 5 years."""
    match = re.fullmatch(r"([0-9]{1,4}(?:\.[0-9]{1,4})?)\s*(y|yr|yrs|year|years)?", text.strip())
    if match is None:
        raise Invalid(f"expected a number of years, found '{_shown(text)}'",
                      "write the maximum penalty threshold in years, e.g. 5")
    return float(match.group(1))


def to_text(text: str, plain: bool = True) -> str:
    return text


def to_enum(text: str, plain: bool, values: tuple[str, ...]) -> str:
    from vccheck.diagnostics import did_you_mean

    if text in values:
        return text
    hint = did_you_mean(text, values) or f"one of: {', '.join(values)}"
    raise Invalid(f"'{_shown(text)}' is not an accepted value here", hint, "bad-value")


def to_id(text: str, plain: bool = True) -> str:
    if not ID_RE.fullmatch(text):
        raise Invalid(f"'{_shown(text)}' is not a usable identifier",
                      "use letters, digits, '-' and '_' only (no spaces or dots), e.g. consul-1", "bad-id")
    return text


CONVERTERS = {
    "text": to_text,
    "bool": to_bool,
    "int": to_int,
    "number": to_number,
    "date": to_date,
    "time": to_time,
    "timezone": to_timezone,
    "duration": to_duration,
    "max_penalty_years": to_years,
}


def convert_scalar(type_name: str, text: str, plain: bool, values: tuple[str, ...] = ()) -> object:
    """Convert ``text`` by a vocabulary type (for ``ref:KIND`` the id; resolution is the loader's job)."""
    if type_name == "enum":
        return to_enum(text, plain, values)
    if type_name.startswith("ref:"):
        return to_id(text, plain)
    converter = CONVERTERS.get(type_name)
    if converter is None:  # pragma: no cover - a vocabulary entry with a type this module does not know
        raise Invalid(f"internal: unknown fact type '{type_name}'")
    return converter(text, plain)
