"""``@record``: ``@dataclass(frozen=True)`` for the model classes, built at a quarter of the cost.

The standard decorator compiles each generated method separately (six
``exec`` calls per frozen class, about 1.3 ms each class on a slow machine);
the report path imports some fifty model classes, so that alone was a third
of a cold ``vccheck check``. ``record`` generates ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` in one
``exec`` with the same meaning, and sets ``__dataclass_fields__`` so that
``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work
as before. Supported: plain defaults and ``field(default=..,
default_factory=.., repr=.., compare=.., hash=..)``; no inheritance between
records, no ``__post_init__`` (a test checks every record against the
standard decorator).
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, FrozenInstanceError

_FIELD = dataclasses._FIELD  # the marker ``dataclasses.fields`` selects on (stable since Python 3.7)


@dataclasses.dataclass(frozen=True)
class _Params:
    pass


_PARAMS = _Params.__dataclass_params__  # what @dataclass(frozen=True) records


def record(cls):
    """The class as an immutable record (see the module docstring)."""
    if any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:]) or hasattr(cls, "__post_init__"):
        raise TypeError(f"@record does not support inheritance or __post_init__ ({cls.__name__})")
    names = [n for n in cls.__dict__.get("__annotations__", {})]
    fields = {}
    defaults = {}
    for name in names:
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, dataclasses.Field) else dataclasses.field(default=value)
        f.name, f.type, f._field_type = name, cls.__annotations__[name], _FIELD
        fields[name] = f
        if f.default is not MISSING:
            defaults[name] = f.default
            setattr(cls, name, f.default)
        elif f.default_factory is not MISSING:
            if name in cls.__dict__:
                delattr(cls, name)
        elif name in cls.__dict__:
            delattr(cls, name)
    params, body = [], []
    env = {"_set": object.__setattr__, "_MISSING": MISSING, "_Frozen": FrozenInstanceError, "_cls": cls}
    for name, f in fields.items():
        if f.default is not MISSING:
            env[f"_d_{name}"] = f.default
            params.append(f"{name}=_d_{name}")
            body.append(f"  _d[{name!r}] = {name}")
        elif f.default_factory is not MISSING:
            env[f"_f_{name}"] = f.default_factory
            params.append(f"{name}=_MISSING")
            body.append(f"  _d[{name!r}] = _f_{name}() if {name} is _MISSING else {name}")
        else:
            if any(p.find("=") > 0 for p in params):
                raise TypeError(f"non-default field {name!r} follows a default field ({cls.__name__})")
            params.append(name)
            body.append(f"  _d[{name!r}] = {name}")
    compared = [n for n, f in fields.items() if f.compare]
    hashed = [n for n, f in fields.items() if (f.compare if f.hash is None else f.hash)]
    shown = [n for n, f in fields.items() if f.repr]

    def tup(obj: str, ns: list[str]) -> str:
        return "(" + "".join(f"{obj}.{n}," for n in ns) + ")"

    reprs = ", ".join(f"{n}={{self.{n}!r}}" for n in shown)
    src = [
        f"def __init__(self, {', '.join(params)}):",
        "  _d = self.__dict__",  # frozen: fields are written to the instance dict, as unpickling does
        *body,
        "def __repr__(self):",
        f"  return f'{{type(self).__qualname__}}({reprs})'",
        "def __eq__(self, other):",
        f"  if other.__class__ is self.__class__:",
        f"    return {tup('self', compared)} == {tup('other', compared)}",
        "  return NotImplemented",
        "def __hash__(self):",
        f"  return hash({tup('self', hashed)})",
        "def __setattr__(self, name, value):",
        "  raise _Frozen(f'cannot assign to field {name!r}')",
        "def __delattr__(self, name):",
        "  raise _Frozen(f'cannot delete field {name!r}')",
    ]
    exec("\n".join(src), env)  # noqa: S102  (our own generated code from the class's field names)
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        fn = env[method]
        fn.__qualname__ = f"{cls.__qualname__}.{method}"
        if method in ("__repr__", "__eq__", "__hash__") and method in cls.__dict__:
            continue  # the class defines its own
        setattr(cls, method, fn)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _PARAMS
    cls.__match_args__ = tuple(names)
    return cls
