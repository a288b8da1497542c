"""Content digests for cache keys and data checks: BLAKE2b, without loading OpenSSL.

``hashlib`` loads the OpenSSL library on import, about 5 ms of a cold
``vccheck`` run that only needs to know whether its rule files and party
data changed; CPython's built-in BLAKE2 module needs nothing loaded.
``file_digests`` remembers the digests of files that have not changed
since (reading and hashing the rule files and vccheck's own modules was
3-5 ms of every check).
"""

from __future__ import annotations

import os
import time

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without its own BLAKE2
    from hashlib import blake2b as _blake2b


def new(data: bytes = b""):
    """A hash object (``update``, ``digest``, ``hexdigest``) over ``data``, 256 bits."""
    return _blake2b(data, digest_size=32)


def hexdigest(data: bytes) -> str:
    return new(data).hexdigest()


def cache_dir() -> str:
    """The user's cache directory of vccheck: ``$VCCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/vccheck``,
    else ``~/.cache/vccheck``."""
    explicit = os.environ.get("VCCHECK_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "vccheck")


def memo_path(files: list[str]) -> str | None:
    """Where the digests of these files are remembered (see ``file_digests``): a memo for each set of
    files (the shipped rules, a user's folder, the party data...), each holding only its own, the 64
    latest kept; None when caching is off (``VCCHECK_NO_CACHE``)."""
    if os.environ.get("VCCHECK_NO_CACHE"):
        return None
    name = new("\0".join(os.path.abspath(f) for f in files).encode("utf-8", "surrogatepass")).hexdigest()
    return os.path.join(cache_dir(), "digests", f"{name[:40]}.memo")


_RACY_NS = 2_000_000_000  # a file changed this close to when its digest was recorded is read again


def file_digests(paths: list[str], memo_path: str | None) -> list[bytes]:
    """The digest of each file's content (``OSError`` if one cannot be read).

    With ``memo_path``, a digest recorded there is used without reading the file again when the file's
    device, inode, size, modification and change times are those recorded, and the file had not changed
    for two seconds when the digest was recorded (as git trusts its index: a later write changes the
    change time, which no tool sets back, and the two seconds cover file systems whose clocks tick
    coarsely). A missing, corrupt or foreign memo only costs the reading; it is rewritten, for these
    files only, when a digest had to be computed."""
    memo = _read_memo(memo_path) if memo_path else {}
    out, fresh, kept = [], {}, {}
    for path in paths:
        key = os.path.abspath(path)
        st = os.stat(path)
        sig = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
        entry = memo.get(key)
        if entry is not None and entry[:5] == sig and max(sig[3], sig[4]) + _RACY_NS < entry[6]:
            out.append(bytes.fromhex(entry[5]))
            kept[key] = entry
            continue
        with open(path, "rb") as fh:
            value = new(fh.read()).digest()
        out.append(value)
        fresh[key] = sig + [value.hex(), time.time_ns()]
    if (fresh or len(kept) != len(memo)) and memo_path:  # the memo holds these files only: it stays small
        _write_memo(memo_path, {**kept, **fresh})
    return out


_MEMO_HEADER = "vccheck-digests/1\n"


def _read_memo(path: str) -> dict:
    """path -> [device, inode, size, mtime_ns, ctime_ns, digest (hex), recorded_ns]; {} if the memo is
    missing, corrupt or foreign. A line per file, its fields separated by tabs, the path last (plain text:
    reading JSON would import the json package, ~3 ms of a check that needs it for nothing else)."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            text = fh.read()
        if not text.startswith(_MEMO_HEADER) or not text.endswith("\n"):
            return {}
        memo = {}
        for line in text[len(_MEMO_HEADER):-1].split("\n") if len(text) > len(_MEMO_HEADER) else ():
            *numbers, hexdigest, recorded, key = line.split("\t", 7)
            if len(numbers) != 5 or len(hexdigest) != 64:
                return {}
            bytes.fromhex(hexdigest)
            memo[key] = [int(n) for n in numbers] + [hexdigest, int(recorded)]
        return memo
    except (OSError, ValueError):
        return {}


def _write_memo(path: str, memo: dict) -> None:
    import tempfile

    lines = [_MEMO_HEADER] + ["\t".join([*map(str, entry[:5]), entry[5], str(entry[6]), key]) + "\n"
                              for key, entry in sorted(memo.items()) if "\n" not in key]
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".digests-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as fh:
                fh.write("".join(lines))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        prune(os.path.dirname(path), 64, ".memo")  # a memo per set of files digested
        prune(os.path.dirname(path), 0, ".json")  # (memos of earlier versions, written as JSON)
    except OSError:
        pass  # a read-only home or a full disk only costs speed


def prune(folder: str, keep: int, suffix: str) -> None:
    """All but the ``keep`` most recently used ``*suffix`` files of ``folder`` removed (the cache's memos
    of digests, compiled rules and parsed files)."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(suffix) and e.is_file()]
        if len(entries) <= keep:
            return
        entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
        for old in entries[keep:]:
            try:
                os.unlink(old.path)
            except OSError:
                pass
    except OSError:
        pass
