"""A cache of compiled rules, so a check does not parse rule files (nor import Lark) on every run.

The key is the vccheck version, the source of the modules that decide what
a compiled rule means (grammar, model, checker, vocabulary), the treaty
texts, and each rule file's displayed path and content: changing any rule
file, or upgrading vccheck, makes a new key (the files' digests are
remembered while they do not change: ``digest.file_digests``). Each rule,
exception and definition is stored packed, a group of its fields unpacked
when a check first reads one of them (``LAZY_GROUPS``), with the RuleSet's
views stored beside them. The cache lives in the user's cache directory
(``$VCCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/vccheck``, else
``~/.cache/vccheck``). A corrupt, truncated or foreign cache file is
ignored and rebuilt; only vccheck's own model classes can be unpickled from
it. ``VCCHECK_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import io
import os
from functools import lru_cache
from collections.abc import Sequence

from vccheck import __version__, digest
from vccheck.digest import cache_dir
from vccheck.dsl import model as m
from vccheck.dsl.model import RuleSet
from vccheck.gcpause import paused

try:  # the unpickler itself: reading the cache, as most runs do, need not import the pickle module (~2 ms)
    from _pickle import Unpickler as _BaseUnpickler, UnpicklingError
except ImportError:  # pragma: no cover - a Python without the C accelerator
    from pickle import Unpickler as _BaseUnpickler, UnpicklingError

_FORMAT = b"vccheck-rules-cache/1"
_CODE = ("dsl/grammar.lark", "dsl/cache.py", "dsl/model.py", "dsl/check.py", "dsl/typecheck.py", "dsl/parser.py",
         "dsl/syntax_errors.py", "dsl/builder.py", "treaty/__init__.py", "treaty/data/index.json",
         "facts/vocabulary.py")  # (the treaty texts: the rules are checked against them, and quote them)


def _code_files() -> list[str]:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = [path for path in (os.path.join(root, rel) for rel in _CODE) if os.path.exists(path)]
    vocab = os.path.join(root, "facts", "vocab")
    if os.path.isdir(vocab):
        files += sorted(os.path.join(vocab, f) for f in os.listdir(vocab) if f.endswith(".py"))
    return files


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The version and the source of the modules that decide what a compiled rule means."""
    files = _code_files()
    return _code_key(digest.file_digests(files, digest.memo_path(files)))


def _code_key(found: list[bytes]) -> bytes:
    h = digest.new(_FORMAT + __version__.encode())
    for value in found:
        h.update(value)
    return h.digest()


def cache_key(files: Sequence[str], shown: Sequence[str]) -> str:
    """The key of the compiled rules of ``files`` (named ``shown``): their content and vccheck's code
    (one memo of digests for both)."""
    code = _code_files()
    paths = code + list(files)
    found = digest.file_digests(paths, digest.memo_path(paths))
    h = digest.new(_code_key(found[:len(code)]))
    for name, value in zip(shown, found[len(code):]):
        h.update(name.encode("utf-8", "surrogatepass") + b"\0")
        h.update(value)
    return h.hexdigest()


class _Unpickler(_BaseUnpickler):
    """Only vccheck's model classes (records, dataclasses, enums) and plain containers: a cache file
    cannot run code (no function, and no other class, can be named in it, so none can be called)."""

    _BUILTINS = {"tuple", "frozenset", "set", "dict", "list", "str", "int", "float", "bool", "object"}

    _FOUND: dict = {}  # (module, name) -> class, once allowed (rule bodies are unpickled one by one)

    def find_class(self, module: str, name: str):
        found = self._FOUND.get((module, name))
        if found is not None:
            return found
        if module.startswith("vccheck.") and not name.startswith("_"):
            found = super().find_class(module, name)
            if not _model_class(found):
                raise UnpicklingError(f"{module}.{name} is not a model class")
        elif (module == "builtins" and name in self._BUILTINS) or \
                (module == "copyreg" and name in ("_reconstructor", "__newobj__")):
            found = super().find_class(module, name)
        else:
            raise UnpicklingError(f"{module}.{name} is not allowed in a rules cache")
        self._FOUND[(module, name)] = found
        return found


def _model_class(obj) -> bool:
    """A record or dataclass of the model (its ``__init__`` only sets fields), or an enumeration."""
    from enum import Enum

    return isinstance(obj, type) and ("__dataclass_fields__" in vars(obj) or issubclass(obj, Enum))


@lru_cache(maxsize=None)
def _pickler_class():
    """The pickler of the cache (made when a cache is written: most runs only read one)."""
    import pickle

    class _Pickler(pickle.Pickler):
        """Writes a record whose instance holds just its fields as a call of its class with them (REDUCE):
        unpickled more than twice as fast as the default (a new object, then its state), and a rules
        cache holds some 80,000 such objects. Anything else (a rule packed for later, a RuleSet with its
        views) is written as usual."""

        def reducer_override(self, obj):
            fields = type(obj).__dict__.get("__record_fields__")
            if fields is not None:
                state = obj.__dict__
                if len(state) == len(fields):
                    try:
                        return type(obj), tuple([state[name] for name in fields])
                    except KeyError:
                        pass
            return NotImplemented

    return _Pickler


def _dump(obj, fh) -> None:
    _pickler_class()(fh, protocol=5).dump(obj)  # (5: pickle.HIGHEST_PROTOCOL of Python 3.8 and later)


def _dumps(obj) -> bytes:
    buffer = io.BytesIO()
    _dump(obj, buffer)
    return buffer.getvalue()


def read(path: str, key: str) -> RuleSet | None:
    """The compiled rules stored under ``key`` at ``path``; None when absent, stale or unusable."""
    return _read_object(path, key, RuleSet)


def _touch(path: str) -> None:
    """Mark a cache file as used (pruning keeps the most recently used)."""
    try:
        os.utime(path)
    except OSError:
        pass


_KEEP = 16  # cache files kept per folder (the most recently used)
_KEEP_PARSED = 1000  # parsed rule files: one per file version


def write(path: str, key: str, ruleset: RuleSet, keep: int | None = _KEEP) -> None:
    """Store the object under ``key``; then drop all but the ``keep`` newest files of that folder
    (None: leave pruning to the caller), so the cache does not grow with every edit of a rule file."""
    import tempfile  # (here: reading the cache, as most runs do, never needs it)

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".rules-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_FORMAT + b"\n" + key.encode() + b"\n")
                _dump(ruleset, fh)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if keep is not None:
            prune(os.path.dirname(path), keep)
    except OSError:
        pass  # a read-only home or a full disk only costs speed


def prune(folder: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used ``*.pickle`` files of ``folder``."""
    digest.prune(folder, keep, ".pickle")


def _read_object(path: str, key: str, kind: type):
    """The cached model object of type ``kind`` under ``key`` (None when absent, stale or unusable)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if not data.startswith(_FORMAT + b"\n" + key.encode() + b"\n"):
            return None
        # ~10^5 small acyclic objects: the cyclic GC would run many times for nothing (halves the time)
        stream = io.BytesIO(data)  # (shares the bytes: a slice would copy the megabyte)
        stream.seek(len(_FORMAT) + len(key) + 2)
        with paused():
            obj = _Unpickler(stream).load()
        if not isinstance(obj, kind):
            return None
        _touch(path)
        return obj
    except Exception:  # corrupt, truncated, foreign or unreadable: rebuild
        return None


def _parse_key(text: str, shown: str) -> tuple[str, str]:
    h = digest.new(_code_digest())
    h.update(b"parse\0" + shown.encode("utf-8", "surrogatepass") + b"\0" + text.encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    return os.path.join(cache_dir(), "parsed", f"{key[:40]}.pickle"), key


def parse_cached(path: str, shown: str):
    """The cached parse of the rule file at ``path``, or None (not cached, unreadable, caching off)."""
    from vccheck.diagnostics import DiagnosticError
    from vccheck.dsl.model import RuleFile
    from vccheck.dsl.parser import read_rule_text

    if os.environ.get("VCCHECK_NO_CACHE"):
        return None
    try:
        text = read_rule_text(path, shown)
    except DiagnosticError:
        return None
    return _read_object(*_parse_key(text, shown), RuleFile)


def cached_parse(text: str, shown: str, parse):
    """``parse(text, shown)`` (a RuleFile), from the cache when this file's text was parsed before.

    Keyed by the parser's source, the displayed path and the text; only files that parse are cached
    (a syntax error is reported afresh every time).
    """
    from vccheck.dsl.model import RuleFile

    if os.environ.get("VCCHECK_NO_CACHE"):
        return parse(text, shown)
    path, key = _parse_key(text, shown)
    found = _read_object(path, key, RuleFile)
    if found is not None:
        return found
    parsed = parse(text, shown)
    write(path, key, parsed, keep=None)  # pruned with the compiled rules (one scan, not one per file)
    return parsed


def _rules_path(roots: tuple) -> tuple[str, str] | None:
    """(cache file, key) for the rule files under ``roots``; None if they cannot be read."""
    from vccheck.dsl.corpus import display_paths, rule_files

    files = rule_files(roots)
    shown = display_paths(files)
    try:
        key = cache_key(files, shown)
    except OSError:
        return None
    return os.path.join(cache_dir(), f"rules-{key[:40]}.pickle"), key


def load_rules_cached(paths: Sequence[str] = ()) -> RuleSet:
    """Like ``corpus.load_rules``, from the cache when the rule files have not changed."""
    from vccheck.dsl.corpus import default_rules_dir, load_rules

    roots = tuple(paths) or (default_rules_dir(),)
    if os.environ.get("VCCHECK_NO_CACHE"):
        return for_checking(load_rules(roots))
    where = _rules_path(roots)
    if where is None:
        return for_checking(load_rules(roots))
    path, key = where
    cached = read(path, key)
    if cached is not None:
        return cached
    ruleset = for_checking(load_rules(roots))
    write(path, key, ruleset)
    prune(os.path.join(cache_dir(), "parsed"), _KEEP_PARSED)
    return ruleset


def for_checking(ruleset: RuleSet) -> RuleSet:
    """The rules as checks need them: without the files' comments and texts (lint needs those; a
    check never does), and the fields of each rule, exception and definition packed in groups, each
    unpickled when first read (a check reads those its incident engages, about a third of the rules,
    and of most of those only the applicability)."""
    from vccheck.record import replace

    def lazy(item):
        groups = LAZY_GROUPS.get(type(item))
        if groups is None or "_packed" in item.__dict__:
            return item
        state = item.__dict__
        stub = object.__new__(type(item))
        stub.__dict__.update({k: v for k, v in state.items() if k not in LAZY_FIELDS[type(item)]})
        stub.__dict__["_packed"] = tuple([_dumps(tuple([state[name] for name in group])) for group in groups])
        return stub

    stubs = {id(i): lazy(i) for f in ruleset.files for i in f.items}
    packed = RuleSet(tuple(replace(f, comments=(), text="", items=tuple(stubs[id(i)] for i in f.items))
                           for f in ruleset.files))

    def to_stubs(value):
        if isinstance(value, tuple):
            return tuple(to_stubs(v) for v in value)
        if isinstance(value, dict):
            return {k: to_stubs(v) for k, v in value.items()}
        return stubs.get(id(value), value)

    for view in _VIEWS:  # sorted and indexed once, stored with the rules (not on every run), from the full
        packed.__dict__[view] = to_stubs(getattr(ruleset, view))  # items: reading a stub's body would unpack it
    return packed


_VIEWS = ("rules", "exceptions", "definitions", "standards", "exceptions_by_target", "overriders",
          "excepted_to_not_applicable", "instruments", "standards_used", "quotes")


def unpack(body: bytes, kind: type):
    """An object packed by ``for_checking`` (only vccheck's model classes can come out of it)."""
    obj = _Unpickler(io.BytesIO(body)).load()
    if not isinstance(obj, kind):
        raise UnpicklingError(f"expected a {kind.__name__}")
    return obj


# An item from the compiled-rules cache may arrive with only what every check reads of every item (its
# id or name, what a rule ranges over or overrides, its citations): the rest is unpickled when first
# read, a group of fields at a time, so a check loads only the rules, exceptions and definitions its
# incident engages, and of those only what it reads (see for_checking; the RuleSet's views are stored
# with it, so building them reads nothing packed). The first pass reads a rule's applicability alone
# (most bindings do not apply: their findings read the rest only if a report shows it), and a
# definition's parameters and meaning (its title and citations only in a traced reasoning). The
# fields below are read on demand: no class-level default may answer for them first.
LAZY_GROUPS: dict[type, tuple[tuple[str, ...], ...]] = {
    m.Rule: (("applies",), ("title", "pos", "quotes", "duty_on", "owed_to", "violated", "compliant",
                            "authorities", "notes", "end_line")),
    m.Exception_: (("title", "pos", "citations", "quotes", "target", "gives", "when", "prevails_over",
                    "authorities", "notes", "end_line"),),
    m.Definition: (("params", "means"), ("title", "pos", "citations", "quotes", "authorities", "notes",
                                          "end_line")),
}
LAZY_FIELDS: dict[type, tuple[str, ...]] = {cls: sum(groups, ()) for cls, groups in LAZY_GROUPS.items()}
LAZY_RULE_FIELDS = LAZY_FIELDS[m.Rule]
_GROUP_OF = {cls: {name: i for i, group in enumerate(groups) for name in group} for cls, groups in LAZY_GROUPS.items()}


def packed_groups(item) -> tuple[int, ...]:
    """The groups of ``item``'s fields still packed (indices into ``LAZY_GROUPS[type(item)]``)."""
    return tuple(i for i, body in enumerate(item.__dict__.get("_packed", ())) if body is not None)


def _unpack_on_read(self, name: str):
    cls = type(self)
    state = self.__dict__
    packed = state.get("_packed")  # a body per group (None once unpacked)
    group = _GROUP_OF[cls].get(name) if packed is not None else None
    body = packed[group] if group is not None else None
    if body is None:  # every dunder lookup too (pickle asks each cached item for __setstate__): kept cheap
        raise AttributeError(name if name.startswith("__") else
                             f"'{cls.__name__}' object has no attribute '{name}'")
    names = LAZY_GROUPS[cls][group]
    values = unpack(body, tuple)
    if len(values) != len(names):
        raise UnpicklingError(f"expected {len(names)} fields of a {cls.__name__}")
    state.update(zip(names, values))
    rest = packed[:group] + (None,) + packed[group + 1:]
    if any(rest):
        state["_packed"] = rest
    else:
        del state["_packed"]
    return state[name]


def _set_state(self, state: dict) -> None:
    """What unpickling does by default, said here: without it, pickle's lookup of ``__setstate__`` on each
    item of a cache file would fall through to ``_unpack_on_read`` and fail (a third of reading the
    compiled rules)."""
    self.__dict__.update(state)


for _cls, _fields in LAZY_FIELDS.items():
    _cls.__getattr__ = _unpack_on_read
    _cls.__setstate__ = _set_state
    for _name in _fields:
        if _name in _cls.__dict__:
            delattr(_cls, _name)


def store_rules(paths: Sequence[str], ruleset: RuleSet) -> None:
    """Put rules checked clean elsewhere (``vccheck lint``) in the cache, for the commands that follow."""
    from vccheck.dsl.corpus import default_rules_dir

    if os.environ.get("VCCHECK_NO_CACHE"):
        return
    where = _rules_path(tuple(paths) or (default_rules_dir(),))
    if where is not None and not os.path.exists(where[0]):
        write(where[0], where[1], for_checking(ruleset))
        prune(os.path.join(cache_dir(), "parsed"), _KEEP_PARSED)
