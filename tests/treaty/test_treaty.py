"""The authentic texts: lookups, provision units, and the compact index kept in sync with the YAML."""

import json
import os

from vccheck import treaty
from vccheck.treaty import Citation, parse_citation


def test_index_is_in_sync_with_the_yaml():
    path = os.path.join(os.path.dirname(treaty.__file__), "data", treaty.INDEX_FILE)
    with open(path, encoding="utf-8") as fh:
        shipped = json.load(fh)
    assert shipped == json.loads(json.dumps(treaty.build_index())), (
        "data/index.json is stale: rebuild it with python -c \"import json; from vccheck import treaty; "
        "json.dump(treaty.build_index(), open('src/vccheck/treaty/data/index.json','w'), ensure_ascii=False, "
        "separators=(',',':'), sort_keys=True)\"")


def test_exact_sentence_of_vccr_41_1():
    assert treaty.lookup(Citation("VCCR", "41", "1")).text == (
        "Consular officers shall not be liable to arrest or detention pending trial, except in the case of a grave "
        "crime and pursuant to a decision by the competent judicial authority.")


def test_citation_forms():
    assert parse_citation("VCCR 36(1)(b)") == Citation("VCCR", "36", "1", "b")
    assert parse_citation("vccr.36.1.b") == Citation("VCCR", "36", "1", "b")
    assert parse_citation("VCCR art. 41(1)") == Citation("VCCR", "41", "1")
    assert parse_citation("VCDR 29") == Citation("VCDR", "29")
    assert parse_citation("not a citation") is None


def test_units_match_the_issue_counts():
    vccr = [u for u in treaty.provision_units("VCCR") if int(u.article) <= 73]
    vcdr = [u for u in treaty.provision_units("VCDR") if int(u.article) <= 47]
    assert (len(vccr), len(vcdr)) == (210, 126)


def test_nonexistent_provisions():
    assert treaty.lookup(Citation("VCCR", "41", "4")) is None
    assert treaty.lookup(Citation("VCCR", "99")) is None


def test_unverified_readings_are_flagged():
    assert treaty.lookup(Citation("VCCR", "36", "1", "b")).needs_unts_check
    assert not treaty.lookup(Citation("VCCR", "41", "1")).needs_unts_check


def test_quote_matching_is_typographically_tolerant():
    cit = Citation("VCCR", "36", "1", "b")
    assert treaty.quote_matches("the provisions of this subparagraph", cit) or treaty.quote_matches(
        "his rights under this sub-paragraph", cit)
    assert not treaty.quote_matches("without undue delay", cit)
