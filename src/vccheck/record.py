"""``@record``: ``@dataclass(frozen=True)`` for the model classes, built at a quarter of the cost.

The standard decorator compiles each generated method separately (six
``exec`` calls per frozen class, about 1.3 ms each class on a slow machine);
the report path imports some fifty model classes, so that alone was a third
of a cold ``vccheck check``. ``record`` generates ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` in one
``exec`` with the same meaning. ``dataclasses.fields``, ``replace``,
``asdict`` and ``is_dataclass`` work as before: ``__dataclass_fields__`` is
made when first read, so that a check, which never asks, does not import
``dataclasses`` (and the ``inspect`` it loads); the model uses this module's
``field``, ``replace`` and ``field_defaults``. Supported: plain defaults and
``field(default=.., default_factory=.., repr=.., compare=.., hash=..)``
(this module's or ``dataclasses'``); no inheritance between records, no
``__post_init__`` (a test checks every record against the standard
decorator).
"""

from __future__ import annotations

import sys


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()  # no default (``dataclasses.MISSING`` once a dataclass view of the fields is built)


class _Field:
    """What ``field(...)`` records of a field until ``dataclasses`` asks for its ``Field``."""

    __slots__ = ("default", "default_factory", "repr", "compare", "hash")

    def __init__(self, default, default_factory, repr, compare, hash):  # noqa: A002 (dataclasses' names)
        self.default, self.default_factory = default, default_factory
        self.repr, self.compare, self.hash = repr, compare, hash


def field(*, default=MISSING, default_factory=MISSING, repr: bool = True, compare: bool = True,  # noqa: A002
          hash: bool | None = None):
    """``dataclasses.field`` for a record (the options it supports), without importing ``dataclasses``."""
    return _Field(default, default_factory, repr, compare, hash)


def replace(obj, /, **changes):
    """``dataclasses.replace`` for a record: a copy with ``changes`` (through ``__init__``)."""
    values = {name: getattr(obj, name) for name in type(obj).__record_fields__}
    values.update(changes)
    return type(obj)(**values)


def field_defaults(cls) -> dict:
    """{name: default} of the record's fields that have a plain default."""
    return {name: f.default for name, f in cls.__record_specs__.items() if f.default is not MISSING}


def _frozen(message: str):
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(message)


class _DataclassView:
    """``__dataclass_fields__`` / ``__dataclass_params__`` of a record, made when first read: only code
    that asks ``dataclasses`` about a record (``fields``, ``replace``, ``asdict``, the tests) imports it
    and the ``inspect`` it loads (about 10 ms of a check that otherwise never needs them)."""

    def __init__(self, what: str, order: bool = False):
        self.what, self.order, self.made = what, order, {}

    def __get__(self, obj, cls):
        key = cls if self.what == "fields" else None  # the params are the same for every record
        made = self.made.get(key)
        if made is None:
            made = self.made[key] = self._make(cls)
        return made

    def _make(self, cls):
        import dataclasses

        if self.what == "params":  # what @dataclass(frozen=True[, order=True]) records
            return dataclasses.dataclass(frozen=True, order=self.order)(type("_Params", (), {})).__dataclass_params__
        fields = {}
        for name, spec in cls.__record_specs__.items():
            f = dataclasses.field(
                default=dataclasses.MISSING if spec.default is MISSING else spec.default,
                default_factory=dataclasses.MISSING if spec.default_factory is MISSING else spec.default_factory,
                repr=spec.repr, compare=spec.compare, hash=spec.hash)
            f.name, f.type, f._field_type = name, cls.__annotations__[name], dataclasses._FIELD
            fields[name] = f
        return fields


_PARAMS = _DataclassView("params")  # a record's ``__dataclass_params__`` (order=False / True)
_ORDERED_PARAMS = _DataclassView("params", order=True)
_FIELDS = _DataclassView("fields")  # a record's ``__dataclass_fields__``


_METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
_ORDER = ("__lt__", "__le__", "__gt__", "__ge__")
SPECS: dict[str, tuple] = {}  # qualified class name -> what its methods are made from (see write_generated)
GENERATED_MODULE = "vccheck._record_code"


def _factory_source(qualified: str, spec: tuple) -> str:
    """A function that, given the defaults and factories, returns the methods (as closures).

    ``spec`` is (fields, order), each field (name, kind, compare, hash, repr) with kind "plain",
    "default" or "factory": all the methods depend on."""
    fields, order = spec
    env = {"_MISSING", "_Frozen"}
    params, body = [], []
    for name, kind, _compare, _hash, _repr in fields:
        if kind == "default":
            env.add(f"_d_{name}")
            params.append(f"{name}=_d_{name}")
            body.append(f"_d[{name!r}] = {name}")
        elif kind == "factory":
            env.add(f"_f_{name}")
            params.append(f"{name}=_MISSING")
            body.append(f"_d[{name!r}] = _f_{name}() if {name} is _MISSING else {name}")
        else:
            params.append(name)
            body.append(f"_d[{name!r}] = {name}")
    compared = [f[0] for f in fields if f[2]]
    hashed = [f[0] for f in fields if (f[2] if f[3] is None else f[3])]
    shown = [f[0] for f in fields if f[4]]

    def tup(obj: str, ns: list[str]) -> str:
        return "(" + "".join(f"{obj}.{n}," for n in ns) + ")"

    reprs = ", ".join(f"{n}={{self.{n}!r}}" for n in shown)
    src = [
        f"def __init__(self, {', '.join(params)}):",
        "    _d = self.__dict__",  # frozen: fields are written to the instance dict, as unpickling does
        *("    " + line for line in body),
        "def __repr__(self):",
        f"    return f'{{type(self).__qualname__}}({reprs})'",
        "def __eq__(self, other):",
        "    if other.__class__ is self.__class__:",
        f"        return {tup('self', compared)} == {tup('other', compared)}",
        "    return NotImplemented",
        "def __hash__(self):",
        f"    return hash({tup('self', hashed)})",
        "def __setattr__(self, name, value):",
        "    raise _Frozen(f'cannot assign to field {name!r}')",
        "def __delattr__(self, name):",
        "    raise _Frozen(f'cannot delete field {name!r}')",
    ]
    methods = _METHODS + (_ORDER if order else ())
    if order:
        for method, op in zip(_ORDER, ("<", "<=", ">", ">=")):
            src += [f"def {method}(self, other):",
                    "    if other.__class__ is self.__class__:",
                    f"        return {tup('self', compared)} {op} {tup('other', compared)}",
                    "    return NotImplemented"]
    lines = [f"# {qualified}", f"def _make({', '.join(sorted(env))}):"]
    lines += ["    " + line for line in src]
    lines.append(f"    return {', '.join(methods)}")
    return "\n".join(lines) + "\n"


_GENERATED: dict | None = None


def _generated(qualified: str, spec: tuple):
    """The factory compiled ahead of time in vccheck/_record_code.py (Python caches its bytecode, so no
    record is compiled at import), if it was generated from this spec; else None."""
    global _GENERATED
    if _GENERATED is None:
        try:
            from vccheck import _record_code

            _GENERATED = _record_code.FACTORIES
        except ImportError:
            _GENERATED = {}
    found = _GENERATED.get(qualified)
    return found[1] if found is not None and found[0] == spec else None


def generated_text() -> str:
    """What vccheck/_record_code.py should hold: every record's factory, from the current template."""
    import importlib
    import pkgutil

    import vccheck

    for info in pkgutil.walk_packages(vccheck.__path__, "vccheck."):
        if not info.name.endswith(("__main__", "_record_code")) and not info.name.startswith("vccheck.rules."):
            importlib.import_module(info.name)
    out = ['"""Generated by `python -m vccheck.record` from the @record classes: do not edit."""', "",
           "FACTORIES = {}", ""]
    for i, (qualified, spec) in enumerate(sorted((q, s) for q, s in SPECS.items() if q.startswith("vccheck."))):
        out += [_factory_source(qualified, spec).replace("def _make(", f"def _make_{i}(", 1),
                f"FACTORIES[{qualified!r}] = ({spec!r}, _make_{i})", ""]
    return "\n".join(out)


def write_generated(path: str) -> int:
    """Write every record's factory into ``path`` (run ``python -m vccheck.record`` after changing a
    record's fields or this module's template; a test says when it is needed). Returns the number."""
    text = generated_text()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return text.count("\nFACTORIES[")


def record(cls=None, *, order: bool = False):
    """The class as an immutable record (see the module docstring); ``@record(order=True)`` also
    orders records of the same class by their fields, as ``@dataclass(order=True)`` does."""
    if cls is None:
        return lambda c: _record(c, order)
    return _record(cls, order)


def _record(cls, order: bool):
    if any("__dataclass_fields__" in vars(base) for base in cls.__mro__[1:]) or hasattr(cls, "__post_init__"):
        raise TypeError(f"@record does not support inheritance or __post_init__ ({cls.__name__})")
    names = [n for n in cls.__dict__.get("__annotations__", {})]
    specs = {}
    env = {"_MISSING": MISSING, "_Frozen": _frozen}
    spec_fields = []
    seen_default = False
    for name in names:
        f = _spec(cls.__dict__.get(name, MISSING))
        specs[name] = f
        if f.default is not MISSING:
            setattr(cls, name, f.default)
            env[f"_d_{name}"] = f.default
            kind = "default"
        elif f.default_factory is not MISSING:
            if name in cls.__dict__:
                delattr(cls, name)
            env[f"_f_{name}"] = f.default_factory
            kind = "factory"
        else:
            if name in cls.__dict__:
                delattr(cls, name)
            if seen_default:
                raise TypeError(f"non-default field {name!r} follows a default field ({cls.__name__})")
            kind = "plain"
        seen_default = seen_default or kind != "plain"
        spec_fields.append((name, kind, f.compare, f.hash, f.repr))
    qualified = f"{cls.__module__}.{cls.__qualname__}"
    spec = (tuple(spec_fields), order)
    SPECS[qualified] = spec
    made = _generated(qualified, spec)
    if made is None:  # not generated yet (a new or changed record): compile it here
        scope: dict = {}
        exec(_factory_source(qualified, spec), scope)  # noqa: S102  (our own code from the class's field names)
        made = scope["_make"]
    methods = _METHODS + (_ORDER if order else ())
    made_methods = dict(zip(methods, made(**{k: env[k] for k in sorted(env)})))
    for method in methods:
        fn = made_methods[method]
        fn.__qualname__ = f"{cls.__qualname__}.{method}"
        if method in ("__repr__", "__eq__", "__hash__") and method in cls.__dict__:
            continue  # the class defines its own
        setattr(cls, method, fn)
    cls.__record_specs__ = specs
    cls.__record_fields__ = cls.__match_args__ = tuple(names)  # (what replace and the rules cache read)
    cls.__dataclass_fields__ = _FIELDS
    cls.__dataclass_params__ = _ORDERED_PARAMS if order else _PARAMS
    return cls


def _spec(value) -> _Field:
    """A field's options: from ``field(...)``, from ``dataclasses.field(...)``, or a plain default."""
    if isinstance(value, _Field):
        return value
    dc = sys.modules.get("dataclasses")  # a dataclasses.Field can exist only once dataclasses is imported
    if dc is not None and isinstance(value, dc.Field):
        if value.init is not True or value.kw_only not in (False, dc.MISSING):
            raise TypeError("@record supports only default, default_factory, repr, compare and hash")
        return _Field(MISSING if value.default is dc.MISSING else value.default,
                      MISSING if value.default_factory is dc.MISSING else value.default_factory,
                      value.repr, value.compare, value.hash)
    return _Field(value, MISSING, True, True, None)


if __name__ == "__main__":
    import os

    from vccheck import record as _module  # this file runs as __main__: use the imported module's registry

    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_record_code.py")
    print(f"wrote {_module.write_generated(target)} records to {target}")
