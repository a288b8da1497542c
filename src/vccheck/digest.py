"""Content digests for cache keys and data checks: BLAKE2b, without loading OpenSSL.

``hashlib`` loads the OpenSSL library on import, about 5 ms of a cold
``vccheck`` run that only needs to know whether its rule files and party
data changed; CPython's built-in BLAKE2 module needs nothing loaded.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without its own BLAKE2
    from hashlib import blake2b as _blake2b


def new(data: bytes = b""):
    """A hash object (``update``, ``digest``, ``hexdigest``) over ``data``, 256 bits."""
    return _blake2b(data, digest_size=32)


def hexdigest(data: bytes) -> str:
    return new(data).hexdigest()
