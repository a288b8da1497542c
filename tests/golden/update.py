#!/usr/bin/env python
"""Regenerate the golden reports of the examples (examples/*.yaml).

    python tests/golden/update.py                  # every example
    python tests/golden/update.py lagrand-1982     # only these (file stems)
    python tests/golden/update.py --out DIR        # write them to DIR instead (what the test compares)
    VCCHECK_UPDATE_GOLDEN=1 pytest tests/examples  # the same as the first, from the tests

For each example it writes tests/golden/<stem>.{json,md,txt,sarif}: the JSON
report, the Markdown memo, the terminal report (100 columns, no colour) and
SARIF. Reports are made from the repository root with the relative path
``examples/<stem>.yaml``, so the paths inside them are the same on every
machine. Goldens are reviewed by reading the diff (``git diff tests/golden``),
never accepted blindly: check each finding's status and reason against the
table in examples/README.md.

The tests in tests/examples load this file once (as the module
``vccheck_examples_golden``) and use ``cached_report`` / ``cached_rendering``,
so the test and the script cannot render differently and each example is
checked and rendered once per test run.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"

# golden file extension -> (renderer name, renderer options)
FORMATS: dict[str, tuple[str, dict]] = {
    "json": ("json", {}),
    "md": ("markdown", {}),
    "txt": ("terminal", {"width": 100, "color": False}),
    "sarif": ("sarif", {}),
}


def example_stems() -> list[str]:
    """The stems of examples/*.yaml, sorted."""
    return sorted(path.stem for path in EXAMPLES.glob("*.yaml"))


def check_example(stem: str, rules=None):
    """The report of examples/<stem>.yaml, checked from the repository root."""
    from vccheck import api

    with contextlib.chdir(ROOT):
        return api.check(f"examples/{stem}.yaml", rules=rules)


def render_example(stem: str, rules=None, report=None) -> dict[str, str]:
    """extension -> rendered text, for every golden format."""
    from vccheck import api

    if report is None:
        report = check_example(stem, rules)
    with contextlib.chdir(ROOT):
        return {ext: api.render(report, fmt, **opts) for ext, (fmt, opts) in FORMATS.items()}


@lru_cache(maxsize=1)
def shipped_rules():
    """The shipped rules, parsed once per process."""
    from vccheck import api

    return api.load_rules()


@lru_cache(maxsize=None)
def cached_report(stem: str):
    """The report of an example, made once per process (shared by the tests)."""
    return check_example(stem, shipped_rules())


@lru_cache(maxsize=None)
def cached_rendering(stem: str) -> dict[str, str]:
    """The goldens' text of an example, rendered once per process."""
    return render_example(stem, report=cached_report(stem))


def golden_path(stem: str, ext: str) -> Path:
    return GOLDEN / f"{stem}.{ext}"


def write_goldens(stems: list[str], rules=None, out_dir: Path | None = None) -> list[Path]:
    """Write the goldens of ``stems`` (to ``out_dir``, default tests/golden); returns the files that changed."""
    changed: list[Path] = []
    for stem in stems:
        for ext, text in render_example(stem, rules).items():
            path = (out_dir / f"{stem}.{ext}") if out_dir else golden_path(stem, ext)
            old = path.read_bytes() if path.exists() else None
            new = text.encode("utf-8")
            if old != new:
                path.write_bytes(new)
                changed.append(path)
    return changed


def run_with_fixed_seed(argv: list[str]) -> int:
    """Run this script in a subprocess with PYTHONHASHSEED=0 (what every golden is made under)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.run([sys.executable, str(Path(__file__).resolve()), *argv], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    from vccheck import api

    if os.environ.get("PYTHONHASHSEED") != "0":
        return run_with_fixed_seed(argv)
    out_dir = None
    if argv[:1] == ["--out"]:
        if len(argv) < 2:
            print("--out needs a folder", file=sys.stderr)
            return 2
        out_dir, argv = Path(argv[1]), argv[2:]
        out_dir.mkdir(parents=True, exist_ok=True)
    stems = argv or example_stems()
    unknown = sorted(set(stems) - set(example_stems()))
    if unknown:
        print(f"no such example: {', '.join(unknown)} (choose from {', '.join(example_stems())})", file=sys.stderr)
        return 2
    rules = api.load_rules()
    changed = write_goldens(stems, rules, out_dir)
    if out_dir is None:
        for path in changed:
            print(f"updated {path.relative_to(ROOT)}")
        print(f"{len(changed)} golden file(s) changed for {len(stems)} example(s); review with: git diff tests/golden")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
