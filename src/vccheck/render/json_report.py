"""The JSON contract (``vccheck.report/1``): ``Report.as_dict()``, pretty-printed.

Indented down to each finding's own keys; deeper values (the reasoning trees,
facts, citations) are each written on one line. The layout reads well and
diffs by field, and the bulk of the text goes through the C encoder (fully
indented, the pure-Python encoder took three quarters of a report's time).

Deterministic: ``as_dict`` builds every list and mapping from the report's
tuples (never from a set), and keys keep that order (no ``sort_keys``), so
the same report gives the same bytes on every run and under any
``PYTHONHASHSEED``. Non-ASCII text (names, quotes) is written as is.
"""

from __future__ import annotations

from collections.abc import Iterator

try:  # the C encoder alone: a check need not import the json package (~1.5 ms) for it
    from _json import encode_basestring as _encode_str, make_encoder as _c_make_encoder
except ImportError:  # pragma: no cover - a Python without the C accelerator
    from json.encoder import encode_basestring as _encode_str
    _c_make_encoder = None


def render(report, *, explain: bool = False) -> str:
    """The report as one indented JSON object, ending with a newline.

    Each reasoning tree keeps its decisive path (the conditions and facts that
    decided each value); ``explain=True`` (``--explain``) keeps whole trees.
    """
    return "".join(chunks(report, explain=explain))


def chunks(report, *, explain: bool = False) -> Iterator[str]:
    """``render``'s text in pieces, a finding at a time: each finding is explained and encoded as it is
    written, then freed (the report of an incident of thousands of events is hundreds of megabytes of
    JSON: written this way, it is never in memory at once)."""
    first = True
    yield "{\n"
    for key, value in report.as_dict(full=explain, lazy=True).items():
        head = ("" if first else ",\n") + f"  {_key(key)}: "
        first = False
        if not isinstance(value, Iterator):
            yield head + _pretty(value, 1)
            continue
        count = 0
        for item in value:  # the findings
            yield (head + "[\n" if count == 0 else ",\n") + "    " + _pretty(item, 2)
            count += 1
        yield head + "[]" if count == 0 else "\n  ]"
    yield "\n}\n"


class _Encoded:
    """A list whose items are already JSON text."""

    def __init__(self, items: list[str]):
        self.items = items


def _not_serializable(value):  # (as json.JSONEncoder.default)
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


_C_ENCODE = None
if _c_make_encoder is not None:  # made once (``JSONEncoder.encode`` makes one per call: a third of the time here)
    try:
        _C_ENCODE = _c_make_encoder(None, _not_serializable, _encode_str, None, ": ", ", ", False, False, True)
    except TypeError:  # pragma: no cover - a Python whose C encoder takes other arguments
        pass
if _C_ENCODE is not None:
    def _ONE_LINE(value) -> str:
        return "".join(_C_ENCODE(value, 0))
else:  # pragma: no cover
    import json

    _ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), sort_keys=False).encode
_CONSTANTS = {None: "null", True: "true", False: "false"}
_INDENTED_LEVELS = 3  # the report, its findings list, each finding


_KEYS: dict[str, str] = {}  # a key's JSON text (a report repeats each finding's ~20 keys for every finding)


def _key(key) -> str:
    if key.__class__ is not str:
        return _encode_str(str(key))
    encoded = _KEYS.get(key)
    if encoded is None:
        encoded = _KEYS[key] = _encode_str(key)
    return encoded


def _pretty(value, level: int) -> str:
    if value.__class__ is str:  # the most common value: the C string encoder, without a container around it
        return _encode_str(value)
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    if isinstance(value, Iterator):  # findings built as they are written: each freed once encoded
        value = _Encoded([_pretty(v, level + 1) for v in value])
        if not value.items:
            return "[]"
    if isinstance(value, _Encoded):
        pad, inner = "  " * level, "  " * (level + 1)
        return "[\n" + ",\n".join(inner + item for item in value.items) + "\n" + pad + "]"
    if level >= _INDENTED_LEVELS or not isinstance(value, (dict, list)) or not value:
        return _ONE_LINE(value)
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{_key(k)}: {_pretty(v, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [inner + _pretty(v, level + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def render_line(report, *, explain: bool = False, brief: bool = False, **extra) -> str:
    """One compact JSON line (JSON Lines), ``extra`` keys first (e.g. ``file``), ending with a newline:
    the report (``vccheck.report/1``), or with ``brief`` its summary line (``vccheck.batch/1``)."""
    return dumps_line({**extra, **(report.as_brief() if brief else report.as_dict(full=explain))})


def dumps_line(obj: dict) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
