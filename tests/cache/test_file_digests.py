"""Digests of unchanged files are remembered; any change of a file is seen, however it is made."""

import os
import time

from vccheck import digest
from vccheck.dsl import cache

from tests.cache.test_rules_cache import RULE, pack  # noqa: F401  (the fixture)


def _age(path, seconds=60):
    """Make a file look ``seconds`` old (its change time stays now: see the racy-file tests)."""
    t = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(t, t))


def test_the_digest_is_the_content_s(tmp_path):
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    memo = str(tmp_path / "memo.memo")
    assert digest.file_digests([str(f)], memo) == [digest.new(b"alpha").digest()]
    assert digest.file_digests([str(f)], None) == [digest.new(b"alpha").digest()]


def test_an_old_unchanged_file_is_not_read_again(tmp_path, monkeypatch):
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    memo = tmp_path / "memo.memo"
    monkeypatch.setattr(digest, "_RACY_NS", -10**12)  # as if the file had been written long before
    first = digest.file_digests([str(f)], str(memo))
    data = digest._read_memo(str(memo))
    data[str(f)][5] = "ab" * 32  # a digest only the memo can give
    digest._write_memo(str(memo), data)
    assert digest.file_digests([str(f)], str(memo)) == [bytes.fromhex("ab" * 32)] != first


def test_a_file_changed_just_after_its_digest_was_recorded_is_read_again(tmp_path):
    """A file written within two seconds of the recording may change again within the same clock
    tick (same size and times): it is read again until its digest is recorded after it settled."""
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    memo = str(tmp_path / "memo.memo")
    digest.file_digests([str(f)], memo)
    st = os.stat(f)
    f.write_bytes(b"omega")  # same size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same modification time
    assert digest.file_digests([str(f)], memo) == [digest.new(b"omega").digest()]


def test_a_change_with_the_old_size_and_modification_time_is_seen(tmp_path):
    """Even when recorded long after the file settled: writing changes its change time, which no tool
    sets back."""
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    _age(f)
    time.sleep(0.01)
    memo = tmp_path / "memo.memo"
    digest.file_digests([str(f)], str(memo))
    entry = digest._read_memo(str(memo))[str(f)]
    entry[6] = time.time_ns() + 10 * 1_000_000_000  # recorded "well after": trusted if nothing changed
    digest._write_memo(str(memo), {str(f): entry})
    st = os.stat(f)
    f.write_bytes(b"omega")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(f).st_size == st.st_size and os.stat(f).st_mtime_ns == st.st_mtime_ns
    assert digest.file_digests([str(f)], str(memo)) == [digest.new(b"omega").digest()]


def test_a_replaced_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(digest, "_RACY_NS", -10**12)
    f, g = tmp_path / "a", tmp_path / "b"
    f.write_bytes(b"alpha")
    memo = str(tmp_path / "memo.memo")
    digest.file_digests([str(f)], memo)
    g.write_bytes(b"omega")
    os.replace(g, f)  # a new inode
    assert digest.file_digests([str(f)], memo) == [digest.new(b"omega").digest()]


def test_a_memo_holds_the_files_it_was_asked_about_only(tmp_path):
    f, g = tmp_path / "a", tmp_path / "b"
    f.write_bytes(b"alpha")
    g.write_bytes(b"beta")
    memo = tmp_path / "memo.memo"
    digest.file_digests([str(f), str(g)], str(memo))
    assert set(digest._read_memo(str(memo))) == {str(f), str(g)}
    digest.file_digests([str(g)], str(memo))
    assert set(digest._read_memo(str(memo))) == {str(g)}


def test_a_corrupt_memo_is_ignored_and_rewritten(tmp_path):
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    memo = tmp_path / "memo.memo"
    header = digest._MEMO_HEADER
    for junk in ("{", "[]", header + "1\t2\n", header + f"0\t0\t0\t0\t0\t{'zz' * 32}\t0\t{f}\n",
                 header + f"0\t0\t0\t0\tx\t{'ab' * 32}\t0\t{f}\n", header + f"0\t0\t0\t0\t0\t{'ab' * 32}\t0\t{f}",
                 "vccheck-digests/0\n", b"\xff\xfe".decode("latin-1")):
        memo.write_text(junk)
        assert digest.file_digests([str(f)], str(memo)) == [digest.new(b"alpha").digest()]
        assert str(f) in digest._read_memo(str(memo))


def test_a_memo_reads_back_what_was_written(tmp_path):
    """Paths with spaces, tabs and characters outside UTF-8 (a file system's raw bytes) included."""
    memo = str(tmp_path / "m.memo")
    entries = {"/a b/c": [1, 2, 3, 4, 5, "ab" * 32, 6], "/t\tab": [7, 8, 9, 10, 11, "cd" * 32, 12],
               "/raw\udcff": [1, 1, 1, 1, 1, "ef" * 32, 1]}
    digest._write_memo(memo, entries)
    assert digest._read_memo(memo) == entries
    digest._write_memo(memo, {})
    assert digest._read_memo(memo) == {}


def test_the_rules_cache_key_follows_a_rule_change_made_at_once(pack, tmp_path):  # noqa: F811
    """(The rules cache's own invalidation test, with the memo of digests in the cache directory.)"""
    (pack / "r.vcl").write_text(RULE.format(cond="e.judicial_decision = false"))
    a = cache.load_rules_cached((str(pack),))
    assert list((tmp_path / "cache" / "digests").glob("*.memo"))
    st = os.stat(pack / "r.vcl")
    (pack / "r.vcl").write_text(RULE.format(cond="e.judicial_decision = true "))  # the same size
    os.utime(pack / "r.vcl", ns=(st.st_atime_ns, st.st_mtime_ns))  # and modification time
    b = cache.load_rules_cached((str(pack),))
    assert a.rules[0].violated.text == "e.judicial_decision = false"
    assert b.rules[0].violated.text == "e.judicial_decision = true"


def test_memos_of_earlier_versions_are_removed_when_a_memo_is_written(tmp_path):
    f = tmp_path / "a"
    f.write_bytes(b"alpha")
    folder = tmp_path / "digests"
    folder.mkdir()
    (folder / "old.json").write_text("{}")
    digest.file_digests([str(f)], str(folder / "new.memo"))
    assert sorted(p.name for p in folder.iterdir()) == ["new.memo"]
