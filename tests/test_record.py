"""``@record`` must mean exactly ``@dataclass(frozen=True)`` for every model class that uses it."""

from __future__ import annotations

import dataclasses
import importlib
import pickle
import pkgutil

import pytest

import vccheck
from vccheck.record import _ORDERED_PARAMS, _PARAMS, field, field_defaults, record, replace


def _records():
    """Every class in the package built by ``@record`` (it shares ``record``'s params object)."""
    found = set()
    for info in pkgutil.walk_packages(vccheck.__path__, "vccheck."):
        if info.name.startswith("vccheck.rules") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and obj.__module__ == module.__name__ and \
                    obj.__dict__.get("__dataclass_params__") in (_PARAMS, _ORDERED_PARAMS) and \
                    obj.__dataclass_fields__:
                found.add(obj)
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


RECORDS = _records()


def _twin(cls):
    """The same class built by the standard decorator."""
    ns = {name: (dataclasses.field(default=f.default, repr=f.repr, compare=f.compare, hash=f.hash)
                 if f.default is not dataclasses.MISSING else
                 dataclasses.field(default_factory=f.default_factory, repr=f.repr, compare=f.compare, hash=f.hash)
                 if f.default_factory is not dataclasses.MISSING else
                 dataclasses.field(repr=f.repr, compare=f.compare, hash=f.hash))
          for name, f in cls.__dataclass_fields__.items()}
    ns["__annotations__"] = {name: f.type for name, f in cls.__dataclass_fields__.items()}
    ns["__qualname__"] = cls.__qualname__
    ordered = _ordered(cls)
    return dataclasses.dataclass(frozen=True, order=ordered)(type(cls.__name__, (), ns))


def _ordered(cls) -> bool:
    return cls.__dict__["__dataclass_params__"] is _ORDERED_PARAMS  # (a view made when first read)


def _sample(cls, salt: str):
    values = {}
    for name, f in cls.__dataclass_fields__.items():
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            values[name] = f"{name}-{salt}"
    return values


def test_there_are_records_to_check():
    names = {c.__qualname__ for c in RECORDS}
    assert {"Finding", "Trace", "Rule", "Fact", "Entity", "Incident", "Diagnostic", "SourcePos", "Citation"} <= names


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_record_behaves_like_a_frozen_dataclass(cls):
    twin = _twin(cls)
    assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(twin)]
    a, a2, b = cls(**_sample(cls, "a")), cls(**_sample(cls, "a")), cls(**_sample(cls, "b"))
    ta, tb = twin(**_sample(cls, "a")), twin(**_sample(cls, "b"))
    if "__repr__" not in {k for k, v in vars(cls).items() if getattr(v, "__code__", None)
                          and v.__code__.co_filename != "<string>"}:
        assert repr(a) == repr(ta)
    assert (a == a2) and (a == b) == (ta == tb)
    if "__hash__" in vars(cls) and vars(cls)["__hash__"].__code__.co_filename == "<string>":
        assert hash(a) == hash(a2)
        assert hash(a) == hash(ta)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(a, next(iter(cls.__dataclass_fields__)), "changed")
    first = next(iter(cls.__dataclass_fields__))
    assert getattr(dataclasses.replace(a, **{first: "other"}), first) == "other"
    assert replace(a, **{first: "other"}) == dataclasses.replace(a, **{first: "other"})
    assert field_defaults(cls) == {f.name: f.default for f in dataclasses.fields(cls)
                                   if f.default is not dataclasses.MISSING}
    assert repr(cls.__dataclass_params__) == repr(twin.__dataclass_params__)  # (no __eq__)
    assert dataclasses.asdict(a) == dataclasses.asdict(ta)
    assert pickle.loads(pickle.dumps(a)) == a
    if _ordered(cls):
        assert (a < b, a <= b, a > b, a >= b) == (ta < tb, ta <= tb, ta > tb, ta >= tb)
        assert sorted([b, a]) == [a, b] if ta < tb else [b, a]


def test_defaults_and_factories_are_fresh_per_instance():
    @record
    class R:
        a: int
        b: list = dataclasses.field(default_factory=list, compare=False)
        c: str = "x"

    r1, r2 = R(1), R(1)
    assert r1.b is not r2.b and r1 == r2 and r1.c == "x" and R(1, c="y") != r1
    assert repr(R(2, [3])) == "test_defaults_and_factories_are_fresh_per_instance.<locals>.R(a=2, b=[3], c='x')"


def test_unsupported_shapes_are_refused():
    @record
    class Base:
        a: int

    with pytest.raises(TypeError):
        @record
        class Child(Base):
            b: int

    with pytest.raises(TypeError):
        @record
        class Post:
            a: int

            def __post_init__(self):
                pass


def test_every_record_of_the_package_comes_from_the_generated_module():
    """vccheck/_record_code.py holds each record's methods, compiled ahead of time from the current
    template; a record whose fields changed falls back to compiling at import (correct, slower), and a
    changed template would be used only once regenerated: this test says when to regenerate."""
    import os

    from vccheck import record as rec

    stale = [name for name, spec in rec.SPECS.items()
             if name.startswith("vccheck.") and rec._generated(name, spec) is None]
    assert not stale, f"run 'python -m vccheck.record' to regenerate vccheck/_record_code.py: {stale}"
    assert len([n for n in rec.SPECS if n.startswith("vccheck.")]) >= 50
    path = os.path.join(os.path.dirname(rec.__file__), "_record_code.py")
    with open(path, encoding="utf-8") as fh:
        assert fh.read() == rec.generated_text(), "run 'python -m vccheck.record': the template changed"


def test_a_record_not_in_the_generated_module_is_compiled_at_import():
    @record
    class Fresh:
        a: int
        b: str = "x"

    assert Fresh(1) == Fresh(1, "x") and Fresh(1).b == "x"


def test_ordered_records_are_checked():
    assert any(_ordered(cls) for cls in RECORDS)


def test_record_field_options_and_unsupported_dataclass_fields():
    @record
    class R:
        a: int
        b: dict = field(default_factory=dict, compare=False, repr=False)
        c: str = field(default="x", hash=False)

    assert R(1) == R(1, {"k": 1}) and repr(R(1)) == "test_record_field_options_and_unsupported_dataclass_fields.<locals>.R(a=1, c='x')"
    assert [f.name for f in dataclasses.fields(R)] == ["a", "b", "c"] and dataclasses.fields(R)[1].compare is False
    with pytest.raises(TypeError):
        @record
        class S:
            a: int = dataclasses.field(default=1, init=False)
