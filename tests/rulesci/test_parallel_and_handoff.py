"""Rule CI speed-ups must not change results: scenarios shared out among workers give the same run
as one process, and `vccheck lint` hands its checked rules to the commands that follow."""

import os

from vccheck import pipeline
from vccheck.cli import main
from vccheck.dsl import cache
from vccheck.dsl.corpus import default_rules_dir
from vccheck.parallel import workers as parallel_workers
from vccheck.rulesci import runner


def _summary(run):
    return ([(r.scenario.file, r.scenario.name, r.expectation.rule, r.outcome, r.actual, r.message)
             for r in run.results], [d.as_dict() for d in run.errors], sorted(run.exercised))


def test_workers_give_the_same_run_as_one_process(monkeypatch):
    ruleset = pipeline.load_rules(())
    files = runner.scenario_files((default_rules_dir(),))
    assert len(files) >= 8
    monkeypatch.setenv("VCCHECK_JOBS", "1")
    serial = runner.run_scenarios(ruleset, files)
    monkeypatch.setenv("VCCHECK_JOBS", "2")
    assert parallel_workers(len(files)) == 2
    parallel = runner.run_scenarios(ruleset, files)
    assert _summary(parallel) == _summary(serial)
    assert serial.count("passed") > 1000


def test_lint_leaves_the_checked_rules_for_test_and_check(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path))
    assert main(["lint", "--no-tests"]) == 0
    capsys.readouterr()
    stored = [p for p in os.listdir(tmp_path) if p.startswith("rules-")]
    assert len(stored) == 1

    def no_parse(*a, **k):
        raise AssertionError("the rules were parsed and checked again")

    monkeypatch.setattr("vccheck.dsl.corpus.load_rules", no_parse)
    assert cache.load_rules_cached(()).rules  # from what lint stored, not parsed again


def test_parsing_in_workers_gives_the_same_corpus(tmp_path, monkeypatch):
    from vccheck.dsl.corpus import load_corpus

    monkeypatch.setenv("VCCHECK_NO_CACHE", "1")  # every file parsed
    monkeypatch.setenv("VCCHECK_JOBS", "1")
    serial = load_corpus(())
    monkeypatch.setenv("VCCHECK_JOBS", "2")
    parallel = load_corpus(())
    assert parallel.ruleset == serial.ruleset and parallel.diagnostics == serial.diagnostics
    assert len(serial.ruleset.rules) > 250


def test_a_bad_jobs_setting_is_ignored(monkeypatch):
    monkeypatch.setenv("VCCHECK_JOBS", "many")
    assert parallel_workers(100) >= 1
    monkeypatch.setenv("VCCHECK_JOBS", "1")
    assert parallel_workers(100) == 1
    assert parallel_workers(3) == 1  # too few to be worth a fork
