"""vccheck benchmarks: generates the inputs, measures each target, prints the figure beside it.

    python bench/run.py                  # everything (about 3-6 minutes on 2 cores)
    python bench/run.py --quick          # fewer repetitions and files
    python bench/run.py --instructions   # also the cold commands' instruction counts (valgrind)

Targets (issue 9): cold CLI terminal <= 1.3x and JSON <= 1.0x a bare
`python -c "import yaml, rich.console"`; batch >= 2,000 incidents/s on 2
cores with peak RSS < 150 MB whatever the number of files; lint + test over
the corpus < 3 s (measured with cold caches, as on a fresh CI machine, and
warm); time per incident linear in events (two shapes of incident) and in
rules; an incident of 10,000 events in < 2 s.

BENCH_SKIP_10000=1 skips the 10,000-event incident (about a minute).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
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
    print(f"  {name:<44} {value:>16}   " + (f"target {target:<18} {mark}" if target else "").rstrip())


def cold_cli(repeat: int) -> None:
    print("Cold CLI (whole process, output piped, median of %d runs, the three commands taken in turn)" % repeat)
    subprocess.run(VCCHECK + [EXAMPLE, "--format", "json"], stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)  # warm caches
    commands = ([sys.executable, "-c", "import yaml, rich.console"], VCCHECK + [EXAMPLE],
                VCCHECK + [EXAMPLE, "--format", "json"])
    runs: list[list[float]] = [[], [], []]
    for _ in range(repeat):  # in turn, so that a slower phase of a shared machine weighs on all three alike
        for i, cmd in enumerate(commands):
            runs[i].append(timed(cmd, 1))
    base, term, js = (statistics.median(r) for r in runs)
    row("python -c 'import yaml, rich.console'", f"{base * 1000:.0f} ms", "(the floor)", None)
    row("vccheck example (terminal)", f"{term * 1000:.0f} ms = {term / base:.2f}x", "<= 1.30x", term / base <= 1.3)
    row("vccheck example --format json", f"{js * 1000:.0f} ms = {js / base:.2f}x", "<= 1.00x", js / base <= 1.0)


def cold_instructions() -> None:
    """The cold commands' instruction counts under valgrind (callgrind): unlike wall time, the same on
    every run, so a change's effect shows on a shared machine whose speed varies by a third. A proxy
    for the targets (which are wall time): the floor and vccheck do different work per instruction."""
    valgrind = shutil.which("valgrind")
    print("Cold CLI in instructions (valgrind --tool=callgrind; steadier than time, not the target itself)")
    if valgrind is None:
        print("  (valgrind is not installed: skipped)")
        return

    def count(cmd) -> int | None:
        done = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV)
        found = [line for line in done.stderr.splitlines() if "Collected :" in line]
        return int(found[-1].split(":")[-1]) if found else None

    subprocess.run(VCCHECK + [EXAMPLE], stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)  # warm caches
    base = count([sys.executable, "-c", "import yaml, rich.console"])
    term = count(VCCHECK + [EXAMPLE])
    js = count(VCCHECK + [EXAMPLE, "--format", "json"])
    if not (base and term and js):
        print("  (valgrind gave no count: skipped)")
        return
    row("python -c 'import yaml, rich.console'", f"{base / 1e6:.0f} M", "(the floor)", None)
    row("vccheck example (terminal)", f"{term / 1e6:.0f} M = {term / base:.2f}x", "(time: <= 1.30x)", None)
    row("vccheck example --format json", f"{js / 1e6:.0f} M = {js / base:.2f}x", "(time: <= 1.00x)", None)


_PHASES = """
import json, sys, time
t = [time.perf_counter()]
import yaml
t.append(time.perf_counter())
from vccheck import applicability, pipeline
from vccheck.engine import evaluate
from vccheck.engine.options import EngineOptions
from vccheck.facts import loader
from vccheck.render import render
t.append(time.perf_counter())
rules = pipeline.load_rules(())
t.append(time.perf_counter())
facts = loader.load_incident(sys.argv[1])
t.append(time.perf_counter())
parties = applicability.assess(facts)
options = EngineOptions(in_force=parties.in_force, reservations=parties.rule_reservations())
t.append(time.perf_counter())
report = parties.complete(evaluate.build_report(rules, facts, options))
t.append(time.perf_counter())
render(report, "json")
t.append(time.perf_counter())
print(json.dumps([b - a for a, b in zip(t, t[1:])]))
"""


def cold_phases(repeat: int) -> None:
    """Where a cold JSON check's time goes: the stages of ``pipeline.check_incident`` timed in a fresh
    process (the CLI adds argument parsing, writing and exiting)."""
    print("Cold JSON check by stage (a fresh process each time, median of %d)" % repeat)
    names = ("import yaml", "import vccheck's check path", "compiled rules (from the cache)", "incident loaded",
             "party data (applicability)", "engine (findings, report)", "JSON report (explanations, encoding)")
    start = timed([sys.executable, "-c", "pass"], repeat)
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _PHASES, EXAMPLE], capture_output=True, text=True, cwd=ROOT,
                             env=ENV).stdout
        runs.append(json.loads(out))
    row("python -c pass (interpreter start)", f"{start * 1000:.0f} ms", "", None)
    for i, name in enumerate(names):
        row(name, f"{statistics.median(r[i] for r in runs) * 1000:.1f} ms", "", None)
    # The JSON target (<= 1.0x the floor) leaves vccheck what the floor spends beyond the interpreter and
    # yaml, which a JSON check also pays: the import of rich.console.
    with_yaml = timed([sys.executable, "-c", "import yaml"], repeat)
    floor = timed([sys.executable, "-c", "import yaml, rich.console"], repeat)
    own = sum(statistics.median(r[i] for r in runs) for i in range(1, len(names)))
    row("import rich.console (the JSON target's budget)", f"{(floor - with_yaml) * 1000:.1f} ms", "", None)
    row("vccheck's own work (the stages after yaml)", f"{own * 1000:.1f} ms", "<= that budget", own <= floor - with_yaml)


# Runs a command and prints its exit code, wall time and the peak RSS of its processes (the command's and
# its workers': the largest of the processes it waited for), so that no other process of the benchmark
# (valgrind, the rule CI) counts.
_OWN_PEAK = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
             "print(code, time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def batch(count: int, work: str, detail: str = "brief") -> None:
    print(f"Batch ({count} generated incidents of 10-40 events, {os.cpu_count()} cores, --detail {detail})")
    folder = os.path.join(work, f"batch-{count}")
    if not os.path.isdir(folder):
        generate.generate(folder, count, (10, 40))
    out = subprocess.run([sys.executable, "-c", _OWN_PEAK] + VCCHECK + ["batch", folder, "--detail", detail, "--output",
                                                                  os.devnull], capture_output=True, text=True,
                         cwd=ROOT, env=ENV).stdout.split()
    returncode, elapsed, rss = int(out[0]), float(out[1]), int(out[2]) / 1024  # KB -> MB on Linux
    rate = count / elapsed
    row(f"throughput ({count} files, exit {returncode})", f"{rate:,.0f} incidents/s", ">= 2,000/s", rate >= 2000)
    row("peak RSS of the batch's processes", f"{rss:.0f} MB", "< 150 MB", rss < 150)
    if count == 1000 and detail == "brief":
        cpu = _cpu_per_incident(folder)
        row("CPU per incident, one process (steadier)", f"{cpu * 1000:.1f} ms", "<= 1 ms", cpu <= 0.001)
        parse = _yaml_events_per_incident(folder)
        cores = os.cpu_count() or 1
        row("of which PyYAML's C parser alone (events)", f"{parse * 1000:.2f} ms", "(no check costs less)", None)
        row(f"{cores} cores parsing only, nothing checked", f"{cores / parse:,.0f} incidents/s", "(a ceiling)", None)


def _cpu_per_incident(folder: str, count: int = 300) -> float:
    """CPU time to check one incident and write its brief line, in this process after a warm-up: less
    sensitive than wall time to other load on a shared machine, so runs compare across days. The cyclic
    collector runs as in ``vccheck batch`` (rarely: see vccheck.cli)."""
    sys.path.insert(0, os.path.join(ROOT, "src"))
    from vccheck import pipeline

    rules = pipeline.load_rules(())
    paths = [os.path.join(folder, f) for f in sorted(os.listdir(folder))[:count]]
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        for path in paths[:20]:
            pipeline.check_incident(path, rules=rules).as_brief()
        start = time.process_time()
        for path in paths:
            pipeline.check_incident(path, rules=rules).as_brief()
        return (time.process_time() - start) / len(paths)
    finally:
        gc.set_threshold(*thresholds)


def _yaml_events_per_incident(folder: str, count: int = 300) -> float:
    """CPU time per incident of PyYAML's C parser turning each file into events (the least any loader that
    keeps each value's line and column does: vccheck builds its tree from these events), nothing else."""
    import yaml

    texts = []
    for name in sorted(os.listdir(folder))[:count]:
        with open(os.path.join(folder, name), "rb") as fh:  # (bytes, as vccheck's loader gives them)
            texts.append(fh.read())
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            for _event in yaml.parse(text, Loader=loader):
                pass
        best = min(best, (time.process_time() - start) / len(texts))
    return best


def rule_ci(work: str) -> None:
    print("Rule CI (lint + test over the shipped corpus)")
    cold_dir = tempfile.mkdtemp(prefix="cache-", dir=work)
    for label, cache in (("cold caches (a fresh CI machine)", cold_dir), ("warm caches (nothing changed)", cold_dir)):
        env = dict(ENV, VCCHECK_CACHE_DIR=cache)
        start = time.perf_counter()
        subprocess.run(VCCHECK + ["lint", "rules"], stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
        subprocess.run(VCCHECK + ["test", "rules"], stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
        elapsed = time.perf_counter() - start
        row(f"lint + test, {label}", f"{elapsed:.2f} s", "< 3 s", elapsed < 3)
    shutil.rmtree(cold_dir, ignore_errors=True)


def _check_seconds(path: str, rules) -> float:
    """Load, applicability, engine and the report in brief (what a batch line holds), best of three;
    without the cyclic collector, as ``vccheck check`` runs (the collector resuming between the stages
    would scan the whole report after each, which the CLI never does)."""
    from vccheck import pipeline

    best = float("inf")
    for _ in range(1 if os.path.getsize(path) > 1_000_000 else 3):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            report = pipeline.check_incident(path, rules=rules)
            report.as_brief()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
        del report
    return best


def scaling(work: str) -> None:
    sys.path.insert(0, os.path.join(ROOT, "src"))
    from vccheck import api, pipeline

    rules = pipeline.load_rules(())
    sizes = (10, 100, 1000) + (() if os.environ.get("BENCH_SKIP_10000") else (10000,))
    for spread, title in ((True, "a mass incident: one more person per five events"),
                          (False, "every event about one of six persons")):
        print(f"Scaling with events ({title}; load + engine + report, per incident)")
        per = {}
        for n in sizes if spread else sizes[:3]:
            folder = os.path.join(work, f"events-{'spread-' if spread else ''}{n}")
            [path] = generate.generate(folder, 1, (n, n), seed=n, spread=spread)
            per[n] = _check_seconds(path, rules)
            row(f"{n:>6} events", f"{per[n] * 1000:,.0f} ms", "< 2 s at 10,000" if n == 10000 else "linear",
                per[n] < 2 if n == 10000 else None)
        top = max(per)
        ratio = per[top] / per[top // 10]
        row(f"time({top:,}) / time({top // 10:,})", f"{ratio:.1f}x", "~10x (linear)", ratio < 15)
    folder = os.path.join(work, "events-spread-1000")
    path = os.path.join(folder, os.listdir(folder)[0])
    report = pipeline.check_incident(path, rules=rules)
    start = time.perf_counter()
    api.render(report, "json")
    row("full JSON report of the 1,000-event incident", f"{(time.perf_counter() - start) * 1000:,.0f} ms",
        "(every explanation)", None)
    print("Scaling with the rule corpus (same 100-event incident, corpus repeated k times)")
    from vccheck.dsl.model import RuleSet
    from vccheck.engine import evaluate
    from vccheck.engine.options import EngineOptions
    from vccheck.facts import loader

    folder = os.path.join(work, "events-100")
    incident = loader.load_incident(os.path.join(folder, os.listdir(folder)[0]))
    times = {}
    for k in (1, 2, 4):
        big = RuleSet(tuple(_copy(f, i) for i in range(k) for f in rules.files))
        times[k] = float("inf")
        for _ in range(2):  # best of two, each after a collection (earlier measurements leave garbage)
            gc.collect()
            start = time.perf_counter()
            evaluate.evaluate(big, incident, EngineOptions())
            times[k] = min(times[k], time.perf_counter() - start)
        row(f"corpus x{k} ({len(big.rules)} rules)", f"{times[k] * 1000:,.0f} ms", "linear", None)
    row("time(x4) / time(x1)", f"{times[4] / times[1]:.1f}x", "~4x (linear)", times[4] / times[1] < 6)


def _copy(rule_file, i: int):
    """Copy ``i`` of a rule file: the same rules and exceptions under new ids (``vccr.41.1~2``), so a
    corpus k times as large has k times as many distinct rules, each with its own exceptions."""
    import dataclasses

    from vccheck.dsl import model as m

    if i == 0:
        return rule_file

    def renamed(item):
        if isinstance(item, m.Rule):
            return dataclasses.replace(item, id=f"{item.id}~{i}", overrides=())
        if isinstance(item, m.Exception_):
            target = dataclasses.replace(item.target, id=f"{item.target.id}~{i}") if item.target else None
            return dataclasses.replace(item, id=f"{item.id}~{i}", target=target, prevails_over=tuple(
                dataclasses.replace(r, id=f"{r.id}~{i}") for r in item.prevails_over))
        return item

    return dataclasses.replace(rule_file, path=f"{rule_file.path}~{i}", items=tuple(renamed(x) for x in rule_file.items))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and files")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the cold commands' instructions under valgrind (steadier; ~30 s)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "vccheck-bench"))
    args = parser.parse_args()
    print(f"vccheck benchmarks on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    os.makedirs(args.work, exist_ok=True)
    cold_cli(5 if args.quick else 15)
    if args.instructions:
        cold_instructions()
    cold_phases(5 if args.quick else 11)
    rule_ci(args.work)
    batch(1000, args.work)
    if not args.quick:
        batch(10000, args.work)
        batch(1000, args.work, detail="full")
    scaling(args.work)


if __name__ == "__main__":
    main()
