"""Helpers shared by the commands: printing diagnostics, locating the shipped rules."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from vccheck.diagnostics import Diagnostic, format_diagnostic


def print_diagnostics(diagnostics: Sequence[Diagnostic], stream=None) -> None:
    stream = stream or sys.stderr
    for diag in diagnostics:
        print(format_diagnostic(diag), file=stream)
