"""vccheck benchmarks: generates the inputs, measures each target, prints the figure beside it.

    python bench/run.py            # everything (about 3-6 minutes on 2 cores)
    python bench/run.py --quick    # fewer repetitions and files

Targets (issue 9): cold CLI terminal <= 1.3x and JSON <= 1.0x a bare
`python -c "import yaml, rich.console"`; batch >= 2,000 incidents/s on 2
cores with peak RSS < 150 MB whatever the number of files; lint + test over
the corpus < 3 s; time per incident linear in events and in rules; an
incident of 10,000 events in < 2 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "vladivostok-2022.yaml")
VCCHECK = [sys.executable, "-m", "vccheck"]
# Measure as users run it: with Python's bytecode cache (some sandboxes set PYTHONDONTWRITEBYTECODE,
# which makes every process recompile every module).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd, repeat: int, env=None) -> float:
    """Median wall time of ``cmd`` over ``repeat`` runs (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, value: str, target: str, ok: bool | None) -> None:
    mark = "" if ok is None else ("PASS" if ok else "MISS")
    print(f"  {name:<44} {value:>16}   target {target:<18} {mark}")


def cold_cli(repeat: int) -> None:
    print("Cold CLI (whole process, output piped, median of %d runs)" % repeat)
    subprocess.run(VCCHECK + [EXAMPLE, "--format", "json"], stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)  # warm caches
    base = timed([sys.executable, "-c", "import yaml, rich.console"], repeat)
    term = timed(VCCHECK + [EXAMPLE], repeat)
    js = timed(VCCHECK + [EXAMPLE, "--format", "json"], repeat)
    row("python -c 'import yaml, rich.console'", f"{base * 1000:.0f} ms", "(the floor)", None)
    row("vccheck example (terminal)", f"{term * 1000:.0f} ms = {term / base:.2f}x", "<= 1.30x", term / base <= 1.3)
    row("vccheck example --format json", f"{js * 1000:.0f} ms = {js / base:.2f}x", "<= 1.00x", js / base <= 1.0)


def batch(count: int, work: str) -> None:
    print(f"Batch ({count} generated incidents of 10-40 events, {os.cpu_count()} cores)")
    folder = os.path.join(work, f"batch-{count}")
    if not os.path.isdir(folder):
        generate.generate(folder, count, (10, 40))
    start = time.perf_counter()
    proc = subprocess.run(VCCHECK + ["batch", folder, "--format", "jsonl", "--output", os.devnull],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KB -> MB on Linux; max over children
    rate = count / elapsed
    row(f"throughput ({count} files, exit {proc.returncode})", f"{rate:,.0f} incidents/s", ">= 2,000/s", rate >= 2000)
    row("peak RSS of any process", f"{rss:.0f} MB", "< 150 MB", rss < 150)


def rule_ci() -> None:
    print("Rule CI (lint + test over the shipped corpus)")
    start = time.perf_counter()
    subprocess.run(VCCHECK + ["lint", "rules"], stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)
    subprocess.run(VCCHECK + ["test", "rules"], stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)
    elapsed = time.perf_counter() - start
    row("vccheck lint rules && vccheck test rules", f"{elapsed:.2f} s", "< 3 s", elapsed < 3)


def scaling(work: str) -> None:
    print("Scaling (in-process: load + evaluate + JSON, per incident)")
    sys.path.insert(0, os.path.join(ROOT, "src"))
    from vccheck import api, pipeline

    rules = pipeline.load_rules(())
    per = {}
    for n in (10, 100, 1000) + (() if os.environ.get("BENCH_SKIP_10000") else (10000,)):
        folder = os.path.join(work, f"events-{n}")
        [path] = generate.generate(folder, 1, (n, n), seed=n)
        start = time.perf_counter()
        report = pipeline.check_incident(path, rules=rules)
        api.render(report, "json")
        per[n] = time.perf_counter() - start
        row(f"{n:>6} events", f"{per[n] * 1000:,.0f} ms", "< 2 s at 10,000" if n == 10000 else "linear",
            per[n] < 2 if n == 10000 else None)
    top = max(per)
    ratio = per[top] / per[top // 10] if per.get(top // 10) else 0
    row(f"time({top:,}) / time({top // 10:,})", f"{ratio:.1f}x", "~10x (linear)", ratio < 15)
    print("Scaling with the rule corpus (same 100-event incident, corpus repeated k times)")
    from vccheck.dsl.model import RuleSet
    folder = os.path.join(work, "events-100")
    path = os.path.join(folder, os.listdir(folder)[0])
    from vccheck.facts import loader
    from vccheck.engine import evaluate
    from vccheck.engine.options import EngineOptions
    incident = loader.load_incident(path)
    times = {}
    for k in (1, 2, 4):
        big = RuleSet(rules.files * k)
        start = time.perf_counter()
        evaluate.evaluate(big, incident, EngineOptions())
        times[k] = time.perf_counter() - start
        row(f"corpus x{k} ({len(big.rules)} rules)", f"{times[k] * 1000:,.0f} ms", "linear", None)
    row("time(x4) / time(x1)", f"{times[4] / times[1]:.1f}x", "~4x (linear)", times[4] / times[1] < 6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and files")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "vccheck-bench"))
    args = parser.parse_args()
    print(f"vccheck benchmarks on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    os.makedirs(args.work, exist_ok=True)
    cold_cli(5 if args.quick else 15)
    rule_ci()
    batch(1000, args.work)
    if not args.quick:
        batch(10000, args.work)
    scaling(args.work)


if __name__ == "__main__":
    main()
