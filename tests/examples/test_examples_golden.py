"""Golden reports of the examples: every format, compared byte for byte.

The goldens are tests/golden/<example>.{json,md,txt,sarif}. To regenerate
them after a deliberate change, run ``python tests/golden/update.py`` (or
``VCCHECK_UPDATE_GOLDEN=1 pytest tests/examples``), then READ the diff and
check every changed status and reason against examples/README.md.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

from tests.examples.golden_loader import golden_module

import pytest

ROOT = Path(__file__).resolve().parents[2]


_golden_module = golden_module  # shared loader (tests/examples/golden_loader.py)


golden = _golden_module()

UPDATE = os.environ.get("VCCHECK_UPDATE_GOLDEN") == "1"
STEMS = golden.example_stems()


@pytest.fixture(scope="module")
def rendered_dir(tmp_path_factory) -> Path:
    """Every example rendered once, by the update script itself, under PYTHONHASHSEED=0."""
    if UPDATE:
        assert golden.run_with_fixed_seed([]) == 0
        return golden.GOLDEN
    out = tmp_path_factory.mktemp("rendered")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    script = str(ROOT / "tests" / "golden" / "update.py")
    workers = max(1, min(len(STEMS), os.cpu_count() or 1))
    batches = [STEMS[i::workers] for i in range(workers)]  # a few processes, each rendering several examples
    procs = [subprocess.Popen([sys.executable, script, "--out", str(out), *batch], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for batch in batches]
    for batch, proc in zip(batches, procs):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"tests/golden/update.py --out ... {' '.join(batch)} failed:\n{err[-3000:]}"
    return out


def test_every_example_has_goldens(rendered_dir):
    missing = [f"{stem}.{ext}" for stem in STEMS for ext in golden.FORMATS
               if not golden.golden_path(stem, ext).exists()]
    assert not missing, f"goldens missing (run python tests/golden/update.py and review): {missing}"


@pytest.mark.parametrize("ext", sorted(golden.FORMATS))
@pytest.mark.parametrize("stem", STEMS)
def test_golden(stem, ext, rendered_dir):
    path = golden.golden_path(stem, ext)
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run python tests/golden/update.py {stem} and review it")
    expected = path.read_bytes()
    actual = (rendered_dir / f"{stem}.{ext}").read_bytes()
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(keepends=True),
            actual.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"golden/{path.name}", tofile="current", n=2))
        pytest.fail(f"{stem}.{ext} differs from its golden (regenerate with tests/golden/update.py "
                    f"only if the change is intended, then review):\n{diff[:6000]}")


_SEED_SCRIPT = (
    "import contextlib, sys\n"
    "from vccheck import api\n"
    "with contextlib.chdir(sys.argv[1]):\n"
    "    report = api.check('examples/lagrand-1982.yaml')\n"
    "    sys.stdout.write(api.render(report, 'json'))\n"
)


def test_report_does_not_depend_on_hash_seed():
    procs = [subprocess.Popen([sys.executable, "-c", _SEED_SCRIPT, str(ROOT)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
             for seed in ("0", "2")]  # two seeds that order a set of three citations differently
    outputs = set()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        outputs.add(out)
    assert len(outputs) == 1, "the JSON report of lagrand-1982 differs between hash seeds"
