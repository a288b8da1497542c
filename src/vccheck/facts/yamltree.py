"""Read an incident file into a small, safe node tree that keeps raw text and positions.

PyYAML resolves scalars by YAML 1.1 (``NO`` becomes False, ``22:30`` becomes
1350, ``012`` becomes 10). We never let it: the tree is built straight from
the parser's event stream, so every scalar keeps the text the user wrote,
whether it was quoted, and its 1-based line and column. The loader then
converts each scalar by the type the fact vocabulary expects.

Building the tree from events (rather than ``yaml.compose``) lets us refuse
aliases, unsafe tags, duplicate keys and deep nesting while reading, in one
pass, without recursion and without ever expanding an alias.

Everything that goes wrong is a ``Diagnostic``; nothing here raises a PyYAML
error or prints a traceback.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re

import yaml

from vccheck.diagnostics import Collector, SourcePos
from vccheck.record import record

try:  # the C parser when libyaml is available, same results, much faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40

_CORE = "tag:yaml.org,2002:"
_STRING_TAGS = {_CORE + "str", "!"}  # an explicit string: treated like a quoted scalar
_PLAIN_TAGS = {_CORE + t for t in ("int", "float", "bool", "null", "timestamp")}
_COLLECTION_TAGS = {_CORE + "map", _CORE + "seq"}
# Characters YAML forbids in a stream (YAML 1.1 "printable" set, complemented).
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@record
class Scalar:
    """A scalar as written: ``plain`` is False when it was quoted, a block scalar or tagged !!str."""

    text: str
    plain: bool
    pos: SourcePos

    @property
    def is_null(self) -> bool:
        return self.plain and self.text in ("", "~", "null", "Null", "NULL")


@record
class Mapping:
    items: tuple[tuple[Scalar, "Node"], ...]
    pos: SourcePos

    def get(self, key: str) -> "Node | None":
        found = self.__dict__.get("_by_key")  # built on first use: files list thousands of events and persons
        if found is None:
            found = {}
            for k, v in self.items:
                found.setdefault(k.text, v)
            self.__dict__["_by_key"] = found
        return found.get(key)

    def key_pos(self, key: str) -> SourcePos | None:
        for k, _ in self.items:
            if k.text == key:
                return k.pos
        return None


@record
class Sequence:
    items: tuple["Node", ...]
    pos: SourcePos


Node = Scalar | Mapping | Sequence


def describe(node: Node) -> str:
    """What kind of node this is, in plain words."""
    if isinstance(node, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(node, Sequence):
        return "a list"
    return "an empty value" if node.is_null else f"the value '{node.text}'"


# ------------------------------------------------------------------ reading


def read_text(path: str, out: Collector) -> str | None:
    """The file's text, decoded as UTF-8 (a byte-order mark is accepted and dropped)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        out.add(0, 0, "file-unreadable", f"'{path}' is a directory, not an incident file")
        return None
    except OSError as exc:
        out.add(0, 0, "file-unreadable", f"cannot read the file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_BYTES:
        out.add(1, 1, "file-too-large", f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; "
                "an incident file is expected to be a few kilobytes",
                "split the incident or remove embedded documents")
        return None
    return decode(raw, out)


def decode(raw: bytes, out: Collector) -> str | None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        out.add(1, 1, "encoding", "the file is encoded as UTF-16; incident files must be UTF-8",
                "save the file as UTF-8 in your editor")
        return None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        out.text = raw.decode("utf-8", "replace")
        out.add(line, column, "encoding",
                f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} cannot start or continue a character)",
                "save the file as UTF-8 in your editor")
        return None


# ------------------------------------------------------------------ parsing


def parse_tree(text: str, out: Collector) -> Node | None:
    """The single document in ``text`` as a node tree, or None (with diagnostics) if unusable."""
    out.text = text
    if not _check_characters(text, out):
        return None
    try:
        # libyaml reads UTF-8: given the bytes, it skips re-encoding the text (a third faster, same events)
        return _TreeBuilder(out).build(yaml.parse(text.encode("utf-8", "surrogatepass"), Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        _yaml_error(exc, text, out)
    except yaml.YAMLError as exc:  # pragma: no cover - ReaderError is pre-empted by _check_characters
        out.add(1, 1, "yaml-syntax", f"the file is not valid YAML: {exc}")
    return None


def _check_characters(text: str, out: Collector) -> bool:
    bad = _NOT_PRINTABLE.search(text)
    if bad is None:
        return True
    line = text.count("\n", 0, bad.start()) + 1
    column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
    out.add(line, column, "yaml-syntax",
            f"the file contains a control character (U+{ord(bad.group()):04X}) that YAML does not allow",
            "delete it; it is usually invisible and comes from copying text from another program")
    return False


def _yaml_error(exc: yaml.MarkedYAMLError, text: str, out: Collector) -> None:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "invalid YAML"
    source = line_text(text, line)
    if column - 1 < len(source) and source[column - 1] == "\t":
        out.add(line, column, "yaml-tab", "a tab character is used here; YAML allows only spaces for indentation",
                "replace the tab with spaces (most editors have a setting to insert spaces)")
        return
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = "a value containing ': ' must be quoted, e.g. description: \"note: ...\""
    elif exc.context and exc.context_mark and exc.context_mark is not mark:
        hint = f"{exc.context} that begins on line {exc.context_mark.line + 1}"
    out.add(line, column, "yaml-syntax", f"the file is not valid YAML: {problem}", hint)


def line_text(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


class _Frame:
    """A mapping or list being built: its items so far and, for a mapping, the key awaiting its value."""

    __slots__ = ("is_mapping", "pos", "items", "key", "first_pos")

    def __init__(self, is_mapping: bool, pos: SourcePos):
        self.is_mapping = is_mapping
        self.pos = pos
        self.items: list = []
        self.key: Scalar | None = None
        self.first_pos: dict[str, SourcePos] = {}  # key text -> where it was first given

    def node(self) -> Node:
        return Mapping(tuple(self.items), self.pos) if self.is_mapping else Sequence(tuple(self.items), self.pos)


class _TreeBuilder:
    """Builds the node tree from PyYAML events with an explicit stack."""

    def __init__(self, out: Collector):
        self.out = out
        self.stack: list[_Frame] = []
        self.root: Node | None = None
        self.documents = 0
        self.failed = False

    def pos(self, mark) -> SourcePos:
        return SourcePos(self.out.file, mark.line + 1, mark.column + 1)

    def build(self, events) -> Node | None:
        # One pass over the events (a large file has hundreds of thousands): dispatch on their exact class.
        scalar, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        file, stack, attach = self.out.file, self.stack, self.attach
        for event in events:
            kind = type(event)
            if kind is scalar:
                mark = event.start_mark
                pos = SourcePos(file, mark.line + 1, mark.column + 1)
                if (event.anchor is not None or event.tag is not None) and not self.node_ok(event, pos):
                    return None
                attach(Scalar(event.value, event.style in (None, "") and event.tag not in _STRING_TAGS, pos))
            elif kind in ends:
                attach(stack.pop().node())
            elif kind is mapping_start or kind is sequence_start:
                mark = event.start_mark
                pos = SourcePos(file, mark.line + 1, mark.column + 1)
                if not self.node_ok(event, pos):
                    return None
                stack.append(_Frame(kind is mapping_start, pos))
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents == 2:
                    self.out.add_at(self.pos(event.start_mark), "yaml-documents",
                                    "the file holds more than one YAML document (a second '---')",
                                    "an incident file holds exactly one incident; split it into two files")
                    return None
            elif kind is yaml.AliasEvent:
                self.out.add_at(self.pos(event.start_mark), "yaml-alias",
                                "anchors and aliases are not supported in incident files",
                                f"write the value out in full instead of '*{event.anchor}'")
                return None
            if self.failed:
                return None
        return self.root

    def node_ok(self, event, pos: SourcePos) -> bool:
        """No anchor, an allowed tag, and (for a mapping or list) not nested too deep."""
        if event.anchor is not None:
            self.out.add_at(pos, "yaml-alias", "anchors and aliases are not supported in incident files",
                            f"remove '&{event.anchor}' and write each value out in full")
            return False
        if not self.tag_ok(event, pos):
            return False
        if type(event) is not yaml.ScalarEvent and len(self.stack) >= MAX_DEPTH:
            self.out.add_at(pos, "yaml-depth", f"the file is nested more than {MAX_DEPTH} levels deep",
                            "an incident file needs only a few levels; check the indentation")
            return False
        return True

    def tag_ok(self, event, pos: SourcePos) -> bool:
        tag = event.tag
        if tag is None or tag in _STRING_TAGS | _PLAIN_TAGS | _COLLECTION_TAGS:
            return True
        shown = "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag
        self.out.add_at(pos, "yaml-tag", f"the tag '{shown}' is not allowed in incident files",
                        "incident files hold plain data only; remove the tag"
                        + (" (Python object tags are never executed)" if "python" in tag else ""))
        return False

    def attach(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        if not frame.is_mapping:
            frame.items.append(node)
        elif frame.key is None:
            self.attach_key(frame, node)
        else:
            key, frame.key = frame.key, None
            if frame.first_pos[key.text] is key.pos:  # a duplicate key's value is dropped (already reported)
                frame.items.append((key, node))

    def attach_key(self, frame: _Frame, node: Node) -> None:
        if not isinstance(node, Scalar):
            self.out.add_at(node.pos, "yaml-key", "a key must be a simple word, not a list or mapping")
            self.failed = True
            return
        first = frame.first_pos.get(node.text)
        if first is not None:
            self.out.add_at(node.pos, "duplicate-key",
                            f"the key '{node.text}' is given twice in the same mapping (first at line {first.line})",
                            "keep one of them; YAML would silently use only the last one")
        else:
            frame.first_pos[node.text] = node.pos
        frame.key = node


# ----------------------------------------------------- Python data and JSON


def from_python(data: object, file: str, out: Collector, depth: int = 0) -> Node | None:
    """A node tree for data given through the Python API (positions are 0)."""
    pos = SourcePos(file, 0, 0)
    if depth > MAX_DEPTH:
        out.add_at(pos, "yaml-depth", f"the data is nested more than {MAX_DEPTH} levels deep")
        return None
    if isinstance(data, dict):
        items = []
        for key, value in data.items():
            if not isinstance(key, str):
                out.add_at(pos, "yaml-key", f"keys must be strings, found {type(key).__name__} {key!r}")
                continue
            child = from_python(value, file, out, depth + 1)
            if child is not None:
                items.append((Scalar(key, True, pos), child))
        return Mapping(tuple(items), pos)
    if isinstance(data, (list, tuple)):
        children = [from_python(item, file, out, depth + 1) for item in data]
        return Sequence(tuple(c for c in children if c is not None), pos)
    scalar = _python_scalar(data, pos)
    if scalar is None:
        out.add_at(pos, "wrong-type", f"unsupported value of Python type {type(data).__name__}: {data!r}")
    return scalar


def _python_scalar(data: object, pos: SourcePos) -> Scalar | None:
    if isinstance(data, str):
        return Scalar(data, False, pos)
    if data is None:
        return Scalar("null", True, pos)
    if isinstance(data, bool):
        return Scalar("true" if data else "false", True, pos)
    if isinstance(data, (int, float)):
        return Scalar(repr(data), True, pos)
    if isinstance(data, dt.datetime):
        return None
    if isinstance(data, (dt.date, dt.time)):
        return Scalar(data.isoformat(), True, pos)
    if hasattr(data, "seconds") and hasattr(data, "text"):  # model.Duration
        return Scalar(str(data.text), True, pos)
    return None


_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


def to_data(node: Node) -> object:
    """Plain JSON-like data read with the YAML 1.2 core schema, as an editor sees the file."""
    if isinstance(node, Mapping):
        return {k.text: to_data(v) for k, v in node.items}
    if isinstance(node, Sequence):
        return [to_data(item) for item in node.items]
    if not node.plain:
        return node.text
    if node.is_null:
        return None
    if node.text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return node.text.lower() == "true"
    if _INT.fullmatch(node.text):
        return int(node.text)
    if _FLOAT.fullmatch(node.text):
        return float(node.text)
    return node.text
