"""The compiled-rules cache: used when nothing changed, invalidated by a rule change, safe when corrupt."""

import io
import os
import pickle

import pytest

from vccheck import api
from vccheck.dsl import cache
from vccheck.engine.findings import Status

RULE = '''rule vccr.41.1 "No detention"
  cites VCCR 41(1)
  duty on receiving_state
  for each detention as e
  violated when {cond}
end
'''


@pytest.fixture
def pack(tmp_path, monkeypatch):
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.vcl").write_text(RULE.format(cond="true"))
    return rules


def _cache_files(tmp_path):
    d = tmp_path / "cache"
    return sorted(p for p in d.iterdir() if p.name.startswith("rules-")) if d.exists() else []


def test_second_load_comes_from_the_cache_without_parsing(pack, tmp_path, monkeypatch):
    first = cache.load_rules_cached((str(pack),))
    assert len(_cache_files(tmp_path)) == 1

    def no_parse(*a, **k):
        raise AssertionError("parsed again although nothing changed")

    monkeypatch.setattr("vccheck.dsl.corpus.load_rules", no_parse)
    second = cache.load_rules_cached((str(pack),))
    assert [r.id for r in second.rules] == [r.id for r in first.rules]


def test_a_changed_rule_file_invalidates_the_cache(pack, tmp_path):
    a = cache.load_rules_cached((str(pack),))
    (pack / "r.vcl").write_text(RULE.format(cond="e.judicial_decision = false"))
    b = cache.load_rules_cached((str(pack),))
    assert a.rules[0].violated.text == "true"
    assert b.rules[0].violated.text == "e.judicial_decision = false"
    assert len(_cache_files(tmp_path)) == 2


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(pack, tmp_path):
    cache.load_rules_cached((str(pack),))
    [path] = _cache_files(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    assert cache.load_rules_cached((str(pack),)).rules[0].id == "vccr.41.1"
    path.write_bytes(b"garbage")
    assert cache.load_rules_cached((str(pack),)).rules[0].id == "vccr.41.1"
    assert path.read_bytes().startswith(b"vccheck-rules-cache/1")  # rebuilt


def test_a_cache_file_cannot_run_code(pack, tmp_path):
    cache.load_rules_cached((str(pack),))
    [path] = _cache_files(tmp_path)
    header = path.read_bytes().split(b"\n", 2)

    class Evil:
        def __reduce__(self):
            return (os.system, ("echo pwned > %s" % (tmp_path / "pwned"),))

    path.write_bytes(header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(Evil()))
    assert cache.load_rules_cached((str(pack),)).rules[0].id == "vccr.41.1"
    assert not (tmp_path / "pwned").exists()

    class OwnFunction:  # a vccheck function, not a model class: it cannot be named either
        def __reduce__(self):
            from vccheck.commands.check import write_atomic

            return (write_atomic, (str(tmp_path / "written"), "pwned"))

    path.write_bytes(header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(OwnFunction()))
    assert cache.load_rules_cached((str(pack),)).rules[0].id == "vccr.41.1"
    assert not (tmp_path / "written").exists()


def test_records_are_written_as_calls_of_their_class_and_read_back_equal(pack):
    """The cache writes a record holding just its fields as its class called with them (faster to read);
    a record with more in its instance (a rule packed for later) is written as usual; both read back."""
    from vccheck.diagnostics import SourcePos
    from vccheck.dsl.model import Rule

    pos = SourcePos("r.vcl", 3, 5)
    assert b"SourcePos" in cache._dumps(pos) and cache.unpack(cache._dumps(pos), SourcePos) == pos
    assert cache._pickler_class()(io.BytesIO()).reducer_override(pos) == (SourcePos, ("r.vcl", 3, 5))
    ruleset = cache.load_rules_cached((str(pack),))
    stub = ruleset.rules[0]
    assert cache.packed_groups(stub) and cache._pickler_class()(io.BytesIO()).reducer_override(stub) is NotImplemented
    again = cache.unpack(cache._dumps(ruleset), type(ruleset))
    assert again == ruleset and isinstance(again.rules[0], Rule)


def test_an_unwritable_cache_directory_only_costs_speed(pack, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(blocker / "sub"))
    assert cache.load_rules_cached((str(pack),)).rules[0].id == "vccr.41.1"


def test_parsed_files_are_cached_and_a_change_is_parsed_again(pack, tmp_path, monkeypatch):
    from vccheck.dsl import parser

    first = parser.parse_file(str(pack / "r.vcl"))
    parsed_dir = tmp_path / "cache" / "parsed"
    assert len(list(parsed_dir.iterdir())) == 1
    calls = []
    real = parser.parse_text
    monkeypatch.setattr(parser, "parse_text", lambda *a: calls.append(a) or real(*a))
    again = parser.parse_file(str(pack / "r.vcl"))
    assert again.items[0].id == first.items[0].id and calls == []  # from the cache
    (pack / "r.vcl").write_text(RULE.format(cond="e.judicial_decision = false"))
    changed = parser.parse_file(str(pack / "r.vcl"))
    assert changed.items[0].violated.text == "e.judicial_decision = false" and len(calls) == 1


def test_a_syntax_error_is_reported_every_time_and_never_cached(pack, tmp_path):
    from vccheck.diagnostics import DiagnosticError
    from vccheck.dsl import parser

    (pack / "r.vcl").write_text("rule vccr.41.1 \"x\"\n  cites VCCR 41(1)\n  violatd when true\nend\n")
    for _ in range(2):
        with pytest.raises(DiagnosticError) as exc:
            parser.parse_file(str(pack / "r.vcl"))
        assert "did you mean 'violated'" in str(exc.value)
    assert not (tmp_path / "cache" / "parsed").exists()


def test_a_corrupt_parse_cache_entry_is_ignored(pack, tmp_path):
    from vccheck.dsl import parser

    parser.parse_file(str(pack / "r.vcl"))
    [entry] = list((tmp_path / "cache" / "parsed").iterdir())
    entry.write_bytes(entry.read_bytes()[:40])
    assert parser.parse_file(str(pack / "r.vcl")).items[0].id == "vccr.41.1"


@pytest.mark.parametrize("token", ['"plain"', '"a \\\\"quote\\\\" here"', '"line\\\\none"', '"back\\\\\\\\slash"', '""'])
def test_fast_unescape_matches_the_reference(token):
    from vccheck.dsl.builder import _unescape_slow, unescape

    assert unescape(token) == _unescape_slow(token)


def test_scenario_results_are_reused_only_for_identical_inputs(pack, tmp_path, capsys):
    from vccheck.cli import main

    (pack / "tests").mkdir()
    scen = pack / "tests" / "s.yaml"
    scen.write_text('''base:
  sending_state: JP
  receiving_state: RU
  states: {JP: Japan, RU: Russia}
scenarios:
  - name: a detention
    facts:
      events:
        - {id: d, type: detention, date: 2022-09-22}
    expect:
      vccr.41.1: violated
''')
    assert main(["test", str(pack)]) == 0
    first = capsys.readouterr().out
    assert list((tmp_path / "cache" / "scenarios").iterdir())
    assert main(["test", str(pack)]) == 0
    assert capsys.readouterr().out == first  # the same report from the cache
    scen.write_text(scen.read_text().replace("violated", "compliant"))
    assert main(["test", str(pack)]) == 1  # a changed scenario is run again
    assert "expected compliant, got violated" in capsys.readouterr().out


def test_the_cache_keeps_only_the_most_recently_used_files(pack, tmp_path):
    """Every edit of a rule file makes a new cache file: the folder keeps the newest 16, and one just
    read counts as new (so the corpus in use is not the one dropped)."""
    first = cache.load_rules_cached((str(pack),))
    [kept] = _cache_files(tmp_path)
    for i in range(20):
        os.utime(kept, ns=(0, 0)) if i == 10 else None  # make it the oldest file ...
        (pack / "r.vcl").write_text(RULE.format(cond=f"e.judicial_decision = {'true' if i % 2 else 'false'}"
                                                + " and true" * i))
        cache.load_rules_cached((str(pack),))
        if i == 10:
            (pack / "r.vcl").write_text(RULE.format(cond="true"))
            assert cache.load_rules_cached((str(pack),)).rules[0].id == first.rules[0].id  # ... then read it
    files = _cache_files(tmp_path)
    assert len(files) == 16
    assert kept in files


def test_rules_from_the_cache_load_their_bodies_when_read_and_equal_the_parsed_ones(tmp_path, monkeypatch):
    import copy

    from vccheck.dsl.corpus import load_rules
    from vccheck.dsl.cache import LAZY_RULE_FIELDS

    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    parsed = load_rules(())
    cache.load_rules_cached(())  # writes the cache
    cached = cache.load_rules_cached(())  # reads it
    items = (*cached.rules, *cached.exceptions, *cached.definitions.values())
    assert all(cache.packed_groups(item) == tuple(range(len(cache.LAZY_GROUPS[type(item)]))) for item in items), \
        "the views stored with the rules unpacked some bodies"
    first = cached.rules[0]
    assert "applies" not in first.__dict__ and "title" not in first.__dict__  # only what every check reads
    assert first.id == parsed.rules[0].id and first.for_each == parsed.rules[0].for_each
    assert first.citations == parsed.rules[0].citations
    assert cache.packed_groups(first) == (0, 1)  # reading eager fields did not unpack it
    assert first.applies == parsed.rules[0].applies and cache.packed_groups(first) == (1,)  # applicability alone
    assert "title" not in first.__dict__ and first.title == parsed.rules[0].title
    assert cache.packed_groups(first) == () and "_packed" not in first.__dict__
    definition = next(iter(cached.definitions.values()))
    assert definition.means == parsed.definitions[definition.name].means and "title" not in definition.__dict__
    assert all(getattr(a, f) == getattr(b, f) for a, b in zip(cached.rules, parsed.rules) for f in LAZY_RULE_FIELDS)
    assert cached.rules == parsed.rules
    assert cached.exceptions == parsed.exceptions and cached.definitions == parsed.definitions
    lazy = cache.load_rules_cached(()).rules[1]
    assert pickle.loads(pickle.dumps(lazy)) == parsed.rules[1]
    assert copy.deepcopy(cache.load_rules_cached(()).rules[2]) == parsed.rules[2]
    with pytest.raises(AttributeError):
        cache.load_rules_cached(()).rules[3].no_such_field  # noqa: B018


def test_copies_of_a_packed_item_unpack_on_their_own(tmp_path, monkeypatch):
    """A shallow copy shares the item's instance state: unpacking one group in either must leave the
    other able to unpack it too."""
    import copy

    from vccheck.dsl.corpus import load_rules

    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    parsed = load_rules(())
    cache.load_rules_cached(())
    rule = cache.load_rules_cached(()).rules[0]
    twin = copy.copy(rule)
    assert rule.applies == parsed.rules[0].applies and cache.packed_groups(rule) == (1,)
    assert cache.packed_groups(twin) == (0, 1)
    assert twin.title == parsed.rules[0].title and twin.applies == parsed.rules[0].applies
    assert rule.notes == parsed.rules[0].notes and rule == twin == parsed.rules[0]


def test_a_check_unpacks_only_the_rules_its_incident_engages(tmp_path, monkeypatch):
    """A rule with nothing to range over in the incident stays packed, citations included: a check
    reads only its id and what it ranges over (the report's instruments come from a stored index)."""
    from vccheck import pipeline

    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    cache.load_rules_cached(())
    rules = cache.load_rules_cached(())
    report = pipeline.check_incident(os.path.join(os.path.dirname(__file__), "..", "..", "examples",
                                                  "vladivostok-2022.yaml"), rules=rules)
    packed = {r.id for r in rules.rules if cache.packed_groups(r) == (0, 1)}
    engaged = {f.rule for f in report.findings}
    assert packed and set(report.not_engaged) <= packed and not engaged & packed
    # of the rules engaged, those whose every binding does not apply keep their texts packed (a terminal
    # summary shows their citations only)
    applying = {f.rule for f in report.findings if f.status is not Status.NOT_APPLICABLE}
    texts_read = {r.id for r in rules.rules if 1 not in cache.packed_groups(r)}
    assert applying <= texts_read and len(texts_read) < len(engaged) / 2
    api.render(report, "terminal")
    assert {r.id for r in rules.rules if 1 not in cache.packed_groups(r)} == texts_read
    assert report.instruments == tuple(sorted({r.citations[0].citation.instrument for r in rules.rules}))
    assert pipeline.check_incident(os.path.join(os.path.dirname(__file__), "..", "..", "examples",
                                                "vladivostok-2022.yaml"), rules=rules) == report


def test_a_check_from_cached_rules_quotes_the_treaty_without_reading_it(tmp_path, monkeypatch):
    """Each rule's quote (the authentic text of its first citation) is stored with the cached rules:
    a check reads no treaty text, and quotes what the treaty texts hold."""
    import subprocess
    import sys

    from vccheck import treaty
    from vccheck.dsl.corpus import load_rules

    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    parsed = load_rules(())
    for rule in parsed.rules:
        prov = treaty.lookup(rule.citations[0].citation)
        assert parsed.quotes[rule.id] == (prov.text, prov.needs_unts_check)
    assert any(unverified for _, unverified in parsed.quotes.values())
    cache.load_rules_cached(())
    code = ("import os\nfrom vccheck import api, pipeline, treaty\n"
            "report = pipeline.check_incident('examples/vladivostok-2022.yaml')\napi.render(report, 'json')\n"
            "print(treaty._compact.cache_info().currsize, treaty._article.cache_info().currsize)\n"
            "print(all(f.quote == treaty.lookup(f.citation).text for f in report.findings))")
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0", "True"]


def test_reading_the_cache_asks_no_packed_item_for_a_missing_attribute(tmp_path, monkeypatch):
    """Each packed item's state is set without a failed lookup through ``__getattr__`` (which unpacks
    bodies and raises for anything else): that fall-through was a third of reading the rules."""
    monkeypatch.setenv("VCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VCCHECK_NO_CACHE", raising=False)
    cache.load_rules_cached(())
    asked = []
    for cls in cache.LAZY_FIELDS:
        original = cls.__getattr__
        monkeypatch.setattr(cls, "__getattr__", lambda self, name, _o=original: asked.append(name) or _o(self, name))
    rules = cache.load_rules_cached(())
    assert rules.rules and asked == []
    assert rules.rules[0].applies is not None or rules.rules[0].violated is not None  # bodies still unpack
    assert asked


def test_reading_the_cache_does_not_import_the_pickle_module(pack):
    """A check reads the cache with the C unpickler alone (importing pickle.py costs ~2 ms a run)."""
    import subprocess
    import sys

    code = ("import sys; from vccheck.dsl import cache; r = cache.load_rules_cached((sys.argv[1],)); "
            "r.rules[0].applies; print(sorted(m for m in sys.modules if m in ('pickle', '_pickle')))")
    cache.load_rules_cached((str(pack),))  # written here (writing may import pickle)
    out = subprocess.run([sys.executable, "-c", code, str(pack)], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[0] == "['_pickle']"
