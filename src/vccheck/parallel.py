"""Sharing independent work out among forked worker processes (rule CI on a fresh machine).

``fork_map(fn, items)`` is ``[fn(x) for x in items]``, in order, run by
forked workers when there are at least ``minimum`` items, several cores and
the ``fork`` start method (Linux); otherwise in this process. Workers see
the parent's memory as it was at the fork (module globals included), so
nothing large is sent to them. ``VCCHECK_JOBS=N`` caps the workers
(``1``: none).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence


def workers(n_items: int, minimum: int = 8) -> int:
    """How many worker processes to use for ``n_items`` tasks (1: do them here)."""
    import multiprocessing

    wanted = os.environ.get("VCCHECK_JOBS", "").strip()
    jobs = int(wanted) if wanted.isdigit() and int(wanted) > 0 else (os.cpu_count() or 1)
    if n_items < minimum or not sys.platform.startswith("linux") \
            or "fork" not in multiprocessing.get_all_start_methods():  # fork is unsafe on macOS
        return 1
    return max(1, min(jobs, n_items))


def fork_map(fn: Callable, items: Sequence, minimum: int = 8) -> list:
    jobs = workers(len(items), minimum)
    if jobs <= 1:
        return [fn(x) for x in items]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(fn, items, chunksize=1)
