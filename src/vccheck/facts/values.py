"""Read one attribute value: plain, ``unknown``, or ``{value: ..., source:, alleged_by:, denied_by:}``.

References (``subject: consul``, ``alleged_by: JP``) are only recorded here;
``crosscheck.resolve_refs`` checks them once every id in the file is known.
"""

from __future__ import annotations


from vccheck.diagnostics import Collector, SourcePos, did_you_mean
from vccheck.facts.convert import Invalid, convert_scalar
from vccheck.facts.model import ESTABLISHED_PROV, Fact, Provenance
from vccheck.facts.vocabulary import PROVENANCE_KEYS, Attr
from vccheck.facts.yamltree import Mapping, Node, Scalar, Sequence, describe
from vccheck.record import record

UNKNOWN = "unknown"
VALUE_KEYS = ("value",) + PROVENANCE_KEYS


@record
class PendingRef:
    """A reference to check once all ids are known: ``kind`` is state, post, ..., event or any."""

    kind: str
    id: str
    pos: SourcePos
    where: str


@record
class Reading:
    """The outcome of reading one attribute: a fact, an explicit unknown, or nothing (diagnosed)."""

    fact: Fact | None = None
    unknown: bool = False


class ValueReader:
    """Converts nodes to values, reporting every problem to ``out``."""

    def __init__(self, out: Collector):
        self.out = out
        self.refs: list[PendingRef] = []

    def error(self, pos: SourcePos, code: str, message: str, hint: str = "") -> None:
        self.out.add_at(pos, code, message, hint)

    # -------------------------------------------------------------- scalars

    def scalar(self, node: Node, what: str, *, allow_empty: bool = False) -> Scalar | None:
        """``node`` as a non-empty scalar, or None after a diagnostic."""
        if not isinstance(node, Scalar):
            self.error(node.pos, "wrong-type", f"{what} must be a single value, found {describe(node)}")
            return None
        if node.is_null and not allow_empty:
            self.error(node.pos, "missing-value", f"{what} has no value",
                       "write the value, write unknown if it is not known, or delete the line")
            return None
        return node

    def text(self, node: Node, what: str) -> str | None:
        scalar = self.scalar(node, what)
        return None if scalar is None else scalar.text

    def convert(self, attr: Attr, scalar: Scalar, what: str) -> object | None:
        try:
            return convert_scalar(attr.type, scalar.text, scalar.plain, attr.values)
        except Invalid as exc:
            self.error(scalar.pos, exc.code, f"{what}: {exc.message}", exc.hint)
            return None

    # ----------------------------------------------------------- attributes

    def attribute(self, owner: str, attr: Attr, node: Node, where: str) -> Reading:
        """Read ``owner.attr`` from ``node`` (``where`` names it in messages, e.g. "'date' of event 'arrest'")."""
        prov = ESTABLISHED_PROV
        if isinstance(node, Mapping) and not attr.type.startswith("list:"):
            inner = self.value_mapping(node, where)
            if inner is None:
                return Reading()
            node, prov = inner
        if isinstance(node, Scalar) and node.text == UNKNOWN:
            return Reading(unknown=True)
        if attr.type.startswith("list:"):
            value = self.list_value(attr, node, where)
        else:
            scalar = self.scalar(node, where)
            value = None if scalar is None else self.convert(attr, scalar, where)
            if value is not None and attr.ref_kind:
                self.refs.append(PendingRef(attr.ref_kind, value, node.pos, where))
        if value is None:
            return Reading()
        return Reading(Fact(owner, attr.name, value, node.pos, prov))

    def list_value(self, attr: Attr, node: Node, where: str) -> tuple | None:
        items = node.items if isinstance(node, Sequence) else (node,)
        item_attr = Attr(attr.name, attr.type.removeprefix("list:"), attr.doc, attr.values)
        values = []
        for item in items:
            scalar = self.scalar(item, where)
            value = None if scalar is None else self.convert(item_attr, scalar, where)
            if value is None:
                return None
            if item_attr.ref_kind:
                self.refs.append(PendingRef(item_attr.ref_kind, value, item.pos, where))
            values.append(value)
        return tuple(values)

    def value_mapping(self, node: Mapping, where: str) -> tuple[Node, Provenance] | None:
        """The ``value`` node and the provenance of ``{value: ..., source: ..., alleged_by: ...}``."""
        for key, _ in node.items:
            if key.text not in VALUE_KEYS:
                self.unknown_key(key, VALUE_KEYS, f"in the value of {where}",
                                 "a value with its provenance takes: value, source, alleged_by, denied_by")
        value = node.get("value")
        if value is None:
            self.error(node.pos, "missing-key", f"{where} is given as a mapping without 'value'",
                       "write {value: ..., source: ...}, or give the value directly")
            return None
        return value, self.provenance(node, where)

    # ----------------------------------------------------------- provenance

    def provenance(self, node: Mapping, where: str) -> Provenance:
        """The provenance keys of ``node`` (other keys are the caller's business)."""
        source = None
        if (source_node := node.get("source")) is not None:
            source = self.text(source_node, f"'source' of {where}")
        alleged = self.states(node.get("alleged_by"), f"'alleged_by' of {where}")
        denied = self.states(node.get("denied_by"), f"'denied_by' of {where}")
        for code in sorted(set(alleged) & set(denied)):
            self.error(node.get("denied_by").pos, "contradiction",
                       f"{code} both alleges and denies {where}", "remove it from alleged_by or from denied_by")
        if not alleged and not denied and source is None:
            return ESTABLISHED_PROV
        return Provenance(alleged_by=alleged, denied_by=denied, source=source)

    def states(self, node: Node | None, where: str) -> tuple[str, ...]:
        if node is None:
            return ()
        items = node.items if isinstance(node, Sequence) else (node,)
        codes: list[str] = []
        for item in items:
            scalar = self.scalar(item, where)
            if scalar is None:
                continue
            self.refs.append(PendingRef("state", scalar.text, scalar.pos, where))
            if scalar.text not in codes:
                codes.append(scalar.text)
        return tuple(codes)

    # ------------------------------------------------------------- messages

    def unknown_key(self, key: Scalar, allowed, where: str, fallback: str = "") -> None:
        hint = did_you_mean(key.text, allowed) or fallback
        self.error(key.pos, "unknown-key", f"unknown key '{key.text}' {where}", hint)
