"""The JSON contract (``vccheck.report/1``): ``Report.as_dict()``, pretty-printed.

Deterministic: ``as_dict`` builds every list and mapping from the report's
tuples (never from a set), and keys keep that order (no ``sort_keys``), so
the same report gives the same bytes on every run and under any
``PYTHONHASHSEED``. Non-ASCII text (names, quotes) is written as is.
"""

from __future__ import annotations

import json


def render(report, *, explain: bool = False) -> str:
    """The report as one indented JSON object, ending with a newline.

    Each reasoning tree keeps its decisive path (the conditions and facts that
    decided each value); ``explain=True`` (``--explain``) keeps whole trees.
    """
    return json.dumps(report.as_dict(full=explain), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_line(report, *, explain: bool = False, brief: bool = False, **extra) -> str:
    """One compact JSON line (JSON Lines), ``extra`` keys first (e.g. ``file``), ending with a newline:
    the report (``vccheck.report/1``), or with ``brief`` its summary line (``vccheck.batch/1``)."""
    return dumps_line({**extra, **(report.as_brief() if brief else report.as_dict(full=explain))})


def dumps_line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
