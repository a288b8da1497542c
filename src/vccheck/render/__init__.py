"""Renderers: pure functions ``Report -> str``, one module per format.

``RENDERERS`` maps a format name to the module that renders it; modules are
imported only when asked for, so ``--format json`` never imports Rich (only
``terminal`` does). Every module exposes ``render(report, **opts) -> str``;
one may also expose ``chunks(report, **opts)``, its text in pieces
(``render_chunks`` writes a large JSON report without holding it).

    >>> from vccheck.render import render
    >>> text = render(report, "markdown")            # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

RENDERERS: dict[str, str] = {
    "terminal": "vccheck.render.terminal",
    "json": "vccheck.render.json_report",
    "markdown": "vccheck.render.markdown",
    "sarif": "vccheck.render.sarif",
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
MIN_WIDTH = 40  # columns the terminal report needs (its label columns and tree guides take up to ~30)


def get_renderer(fmt: str) -> Callable[..., str]:
    """The ``render`` function of format ``fmt`` (imported on first use)."""
    try:
        module_name = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    return importlib.import_module(module_name).render


def render(report, fmt: str = "terminal", **opts) -> str:
    """Render ``report`` in format ``fmt`` (see ``RENDERERS``); options go to that renderer."""
    from vccheck.gcpause import paused

    renderer = get_renderer(fmt)
    with paused():  # building explanations and text: many small acyclic objects (see vccheck.gcpause)
        return renderer(report, **opts)


def render_chunks(report, fmt: str = "terminal", **opts) -> Iterator[str]:
    """``render``'s text in pieces to be written one after the other: a format whose module has
    ``chunks`` (JSON) gives its text as it is made, so a large report is never in memory at once;
    the others give all of it as one piece."""
    from vccheck.gcpause import paused

    get_renderer(fmt)  # (an unknown format fails here, before anything is written)
    pieces = getattr(importlib.import_module(RENDERERS[fmt]), "chunks", None)
    if pieces is None:
        yield render(report, fmt, **opts)
        return
    with paused():
        yield from pieces(report, **opts)
