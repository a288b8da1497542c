"""Reading facts under an account, and recording what was read.

``Context`` is created per (incident, account); it never changes the facts.
Reads of disputed facts are recorded in ``touched`` so the engine can say
whether a finding depends on a dispute.
"""

from __future__ import annotations

from vccheck.engine.findings import FactUse
from vccheck.facts import vocabulary as vocab
from vccheck.facts.model import ESTABLISHED_PROV, Entity, Fact, Incident, Provenance


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "unknown"

    def __bool__(self) -> bool:  # guard against accidental truthiness
        raise TypeError("unknown has no truth value; use the three-valued helpers")


UNKNOWN = _Unknown()


class Denied:
    """A value the account denies: "it is not ``value``". Unknown for every purpose but equality
    with ``value`` itself (false) — so a denied "the bag was the mission's" rules that mission out."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self) -> str:
        return f"not {display(self.value)}"


def describe_prov(prov: Provenance) -> str:
    if prov.source and prov.source.startswith("assumed"):
        return "assumed (--assume)"
    if prov.established:
        return "established"
    parts = []
    if prov.alleged_by:
        parts.append("alleged by " + ", ".join(prov.alleged_by))
    if prov.denied_by:
        parts.append("denied by " + ", ".join(prov.denied_by))
    if prov.alleged_by and not prov.denied_by:
        parts.append("not denied")
    return ", ".join(parts)


def display(value) -> str:
    if value is UNKNOWN:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Entity):
        return value.id
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _attr(entity: Entity, name: str):
    if entity.kind == "event":
        return vocab.EVENT_COMMON.get(name) or vocab.EVENT_TYPES.get(entity.type, ("", {}))[1].get(name)
    return vocab.KIND_ATTRS.get(entity.kind, {}).get(name)


_REF_KINDS: dict[tuple, bool] = {}


def _ref_kind(entity: Entity, name: str) -> bool:
    """Is the attribute a reference to another entity (so its value is read as that entity)?"""
    key = (entity.kind, entity.type, name)
    found = _REF_KINDS.get(key)
    if found is None:
        attr = _attr(entity, name)
        found = _REF_KINDS[key] = bool(attr is not None and attr.ref_kind)
    return found


class Context:
    """The facts under one account (``account`` None: the established facts only), with the memos of
    one evaluation. A plain class: made once per account and check, read on every condition."""

    def __init__(self, incident: Incident, account: str | None, thresholds: dict, definitions: dict,
                 standards: dict, tracing: bool = True, reservations: tuple | None = None,
                 _by_type: dict | None = None):
        self.incident = incident
        self.account = account
        self.thresholds = thresholds
        self.definitions = definitions
        self.standards = standards
        self.tracing = tracing
        self.reservations = reservations  # see EngineOptions.reservations
        self.touched: set = set()
        self.recording: set | None = None  # (entity id, attribute) reads, while checking a negative event
        self._by_type: dict = {} if _by_type is None else _by_type  # see candidates (may be shared)
        self._indexes: dict = {}
        self.calls: dict = {}  # memoised definition calls (see expressions._definition_body)
        self._reads: dict = {}  # memoised reads (see read)

    # ------------------------------------------------------------ provenance
    def claim(self, prov: Provenance, ref: str) -> bool | None:
        """Is a statement with this provenance true on this account?"""
        if prov.established:
            return True
        self.touched.add(ref)
        if self.account is None:
            return None
        if self.account in prov.alleged_by:
            return True
        if self.account in prov.denied_by:
            return False
        return None  # another State's allegation (or denial): not this account's fact

    def occurred(self, entity: Entity) -> bool | None:
        """Did the event (or entity) exist on this account? Negative events: the opposite."""
        if entity.prov.established and not entity.negative:
            return True
        c = self.claim(entity.prov, entity.id)
        if entity.negative:
            return None if c is None else not c
        return c

    def absence_claimed(self, entity: Entity) -> bool:
        """True if this negative event's statement ("no such event") holds on this account."""
        return entity.negative and self.claim(entity.prov, entity.id) is True

    # ------------------------------------------------------------ facts
    def read(self, entity: Entity, name: str):
        """(value or UNKNOWN, FactUse or None, missing text or None); the last two only when tracing.

        Memoised per context and tracing (the facts and the account do not change), with its one side
        effect replayed: a disputed fact read is recorded in ``touched`` on every read."""
        if self.recording is not None:
            self.recording.add((entity.id, name))
        key = (entity.id, name, self.tracing)
        hit = self._reads.get(key)
        if hit is None:
            hit = self._reads[key] = self._read(entity, name)
        if hit[3] is not None:
            self.touched.add(hit[3])
        return hit[0], hit[1], hit[2]

    def _read(self, entity: Entity, name: str):
        """``read``, plus the reference of the disputed fact read (None if none was)."""
        fact: Fact | None = entity.facts.get(name)
        if fact is None:
            if name == "type" and entity.kind == "event":
                return entity.type, None, None, None
            if name == "id":
                return entity.id, None, None, None
            if not self.tracing:
                return UNKNOWN, None, None, None
            missing = self._missing_text(entity, name)
            return UNKNOWN, FactUse(f"{entity.id}.{name}", "unknown", None, "not stated"), missing, None
        value = fact.value
        prov = fact.prov
        disputed = None
        if prov is not ESTABLISHED_PROV and not prov.established:
            disputed = fact.ref
            c = self.claim(prov, disputed)
            if c is None:
                value = UNKNOWN
            elif c is False:
                value = (not value) if isinstance(value, bool) else Denied(value)
        if _ref_kind(entity, name):
            if isinstance(value, Denied):
                value = Denied(self.incident.entities.get(value.value, value.value))
            elif value is not UNKNOWN:
                value = self.incident.entities.get(value, UNKNOWN)
        if not self.tracing:
            return value, None, None, disputed
        shown = fact.value if value is UNKNOWN else f"not {display(fact.value)}" if isinstance(value, Denied) \
            else value
        use = FactUse(fact.ref, display(shown), fact.pos, describe_prov(prov), prov.source)
        missing = None
        if value is UNKNOWN or isinstance(value, Denied):
            missing = f"{fact.ref} ({describe_prov(prov)}; unknown on {self.account_name})"
        return value, use, missing, disputed

    @property
    def account_name(self) -> str:
        return "the established facts" if self.account is None else f"{self.account}'s account"

    def _missing_text(self, entity: Entity, name: str) -> str:
        attr = _attr(entity, name)
        doc = f": {attr.doc}" if attr else ""
        return f"{entity.id}.{name}{doc}"

    # ------------------------------------------------------------ ranges
    def candidates(self, kinds: tuple[str, ...]) -> tuple[Entity, ...]:
        """The entities a ``for each`` / ``some`` over ``kinds`` ranges over: events in file order, then
        entities of each kind named. The same on every account (``_by_type`` may be shared)."""
        found = self._by_type.get(kinds)
        if found is None:
            found = self._by_type[kinds] = self._collect(kinds)
        return found

    def _collect(self, kinds: tuple[str, ...]) -> tuple[Entity, ...]:
        groups = self._by_type.get(None)
        if groups is None:  # once per incident: positions of the events of each type, entities of each kind
            groups = self._by_type[None] = {}
            for i, event in enumerate(self.incident.events):
                groups.setdefault(("event", event.type), []).append((i, event))
            for entity in self.incident.entities.values():
                if entity.kind != "event":
                    groups.setdefault(("kind", entity.kind), []).append(entity)
        out: list[Entity] = []
        if "event" in kinds:
            out.extend(self.incident.events)
        else:
            types = sorted({k for k in kinds if k in vocab.EVENT_TYPES})
            chosen = [pair for t in types for pair in groups.get(("event", t), ())]
            if len(types) > 1:
                chosen.sort(key=lambda pair: pair[0])  # file order across types
            out.extend(event for _, event in chosen)
        for kind in kinds:
            if kind in vocab.KIND_ATTRS:
                out.extend(groups.get(("kind", kind), ()))
        return tuple(out)

    def index(self, kinds: tuple[str, ...], attr: str):
        """({established value: positions}, positions whose value is missing, disputed or negated), as
        positions in ``candidates(kinds)`` (so a lookup keeps file order without scanning them all)."""
        key = (kinds, attr)
        found = self._indexes.get(key)
        if found is None:
            index: dict = {}
            open_: list = []
            for i, cand in enumerate(self.candidates(kinds)):
                if attr == "id" and not cand.negative:  # ``x = e``: the candidate itself
                    index.setdefault(cand.id, []).append(i)
                    continue
                fact = cand.facts.get(attr)
                if cand.negative or fact is None or not fact.prov.established:
                    open_.append(i)
                else:
                    try:
                        index.setdefault(fact.value, []).append(i)
                    except TypeError:  # an unhashable value: never narrowed
                        open_.append(i)
            found = ({k: tuple(v) for k, v in index.items()}, tuple(open_))
            self._indexes[key] = found
        return found

    def named(self, name: str):
        """``sending_state`` / ``receiving_state`` -> the State entity (or UNKNOWN)."""
        code = getattr(self.incident, name, None)
        return self.incident.entities.get(code, UNKNOWN) if code else UNKNOWN
