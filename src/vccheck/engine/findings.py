"""The finding and the report: what the engine decides and every renderer shows.

One constructor (``engine.evaluate``) builds every finding; renderers are
pure functions of ``Report``. ``Report.as_dict`` is the JSON contract
(``vccheck.report/1``): fields may be added, none renamed.
"""

from __future__ import annotations

from enum import Enum

from vccheck.diagnostics import SourcePos
from vccheck.treaty import Citation
from vccheck.record import field_defaults, record


class Status(str, Enum):
    VIOLATED = "violated"
    COMPLIANT = "compliant"
    EXCUSED = "excused"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"

    @property
    def rank(self) -> int:
        """Report order: violations first."""
        return _RANK[self]


_RANK = {Status.VIOLATED: 0, Status.UNDETERMINED: 1, Status.EXCUSED: 2, Status.COMPLIANT: 3,
         Status.NOT_APPLICABLE: 4}
STATUS_ORDER = (Status.VIOLATED, Status.COMPLIANT, Status.EXCUSED, Status.NOT_APPLICABLE, Status.UNDETERMINED)


class Truth(str, Enum):
    """Kleene three-valued truth."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


@record
class FactUse:
    """A fact the reasoning read: ``detention.judicial_decision = false`` (line 52)."""

    ref: str  # entity.attribute, or entity for the event itself
    value: str  # as displayed; "unknown" when missing
    pos: SourcePos | None  # where in the incident file, None if absent
    provenance: str = ""  # "established" | "alleged by JP, denied by RU" | "assumed (--assume)"
    source: str | None = None

    def as_dict(self) -> dict:
        return {"fact": self.ref, "value": self.value,
                "line": self.pos.line if self.pos else None,
                "column": self.pos.column if self.pos else None,
                "provenance": self.provenance or None, "source": self.source}


@record
class Trace:
    """One condition of the reasoning and its value, with the facts that decided it."""

    text: str  # the condition as written in the rule file
    value: Truth
    facts: tuple[FactUse, ...] = ()
    children: tuple["Trace", ...] = ()
    note: str = ""  # e.g. "standard 'promptly' decided by threshold 24h"
    pos: SourcePos | None = None  # position in the rule file
    missing: tuple[str, ...] = ()  # what would decide this condition, when unknown
    kind: str = ""  # "some" | "definition" | "" (an ordinary condition)

    def decisive_children(self) -> tuple["Trace", ...]:
        """The children that decided this node's value: for a false 'and' its false operands, for a
        true 'or' its true operands, for an unknown node its unknown ones (all children otherwise)."""
        if self.kind == "not" or not self.children:
            return self.children
        same = tuple(c for c in self.children if c.value is self.value)
        return same or self.children

    def as_dict(self, full: bool = False) -> dict:
        """``full=False`` keeps the decisive path only (what decided each value); ``True`` the whole tree."""
        out = {"condition": self.text, "value": self.value.value}
        if self.note:
            out["note"] = self.note
        if self.facts:
            out["facts"] = [f.as_dict() for f in self.facts]
        if self.missing:
            out["missing"] = list(self.missing)
        children = self.children if full else self.decisive_children()
        if children:
            out["because"] = [c.as_dict(full) for c in children]
        return out


@record
class ExceptionTrace:
    """An exception considered, and why it held or failed."""

    id: str
    title: str
    cite: str
    gives: str
    value: Truth  # whether its conditions are established
    trace: Trace | None
    outcome: str  # one sentence: "held: ..." / "failed: ..." / "unknown: ..."
    set_aside_by: str | None = None  # a prevailing exception

    def as_dict(self, full: bool = False) -> dict:
        return {"exception": self.id, "title": self.title, "cite": self.cite, "gives": self.gives,
                "holds": self.value.value, "outcome": self.outcome, "set_aside_by": self.set_aside_by,
                "conditions": self.trace.as_dict(full) if self.trace else None}


@record
class Explanation:
    """The reasoning behind one finding."""

    reason: str  # one or two sentences a lawyer can read first
    applies: Trace | None = None
    breach: Trace | None = None  # the violated/compliant clause
    exceptions: tuple[ExceptionTrace, ...] = ()
    bindings: tuple[tuple[str, str], ...] = ()  # (variable, entity id)
    conflict: tuple[str, ...] = ()  # ids of exceptions/overlays in conflict
    overridden_by: str | None = None
    would_decide: tuple[str, ...] = ()  # "lawful only if: ..." sentences

    def as_dict(self, full: bool = False) -> dict:
        return {
            "reason": self.reason,
            "bindings": {var: ent for var, ent in self.bindings},
            "applies": self.applies.as_dict(full) if self.applies else None,
            "breach": self.breach.as_dict(full) if self.breach else None,
            "exceptions": [e.as_dict(full) for e in self.exceptions],
            "conflict": list(self.conflict),
            "overridden_by": self.overridden_by,
            "would_decide": list(self.would_decide),
        }


@record
class Finding:
    rule: str
    title: str
    citations: tuple[Citation, ...]
    quote: str  # authentic text of the primary citation
    status: Status
    subject: str | None  # id in the incident file
    subject_label: str | None  # e.g. "consul (the consul, a career consular officer)"
    duty_on: str | None
    explanation: Explanation
    missing: tuple[str, ...] = ()
    depends_on_dispute: bool = False
    by_account: tuple[tuple[str, Status], ...] = ()  # (state, status) when a dispute touches it
    account_reasons: tuple[tuple[str, str], ...] = ()  # (state, reason) for those accounts
    disputed_facts: tuple[str, ...] = ()  # the disputed facts the finding read
    decisive: FactUse | None = None  # the fact that decided it (SARIF location)
    authorities: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    standards: tuple[str, ...] = ()  # standards the finding turned on
    rule_pos: SourcePos | None = None
    quote_unverified: bool = False  # the cited reading is flagged needs_unts_check

    @classmethod
    def deferred(cls, resolve=None, reasons=None, static=None, **fields) -> "Finding":
        """A finding whose ``explanation`` and ``decisive`` are computed by ``resolve()``, whose
        ``account_reasons`` by ``reasons()``, and whose fields from the rule that a summary does not show
        (``STATIC_FIELDS``: title, quote, duty, authorities, notes...) by ``static()``, each when first
        read (the engine defers what no report may show: the reasoning of the many findings that do not
        apply, and their rule's texts, the reasons under each State's account). It behaves in every way
        (equality, ``repr``, ``dataclasses.replace``, pickling) like one built with them."""
        finding = object.__new__(cls)
        state = finding.__dict__
        state.update(_FINDING_DEFAULTS)
        state.update(fields)
        if resolve is not None:
            state["_resolve"] = resolve
        if reasons is not None:
            del state["account_reasons"]
            state["_reasons"] = reasons
        if static is not None:
            for name in STATIC_FIELDS:
                state.pop(name, None)
            state["_static"] = static
        return finding

    def __getattr__(self, name: str):  # only called for attributes not set: a deferred finding's
        state = self.__dict__
        if name in ("explanation", "decisive"):
            resolve = state.get("_resolve")
            if resolve is not None:
                explanation, decisive = resolve()
                state.update(explanation=explanation, decisive=decisive)
                del state["_resolve"]
                return state[name]
        elif name == "account_reasons":
            reasons = state.get("_reasons")
            if reasons is not None:
                state["account_reasons"] = reasons()
                del state["_reasons"]
                return state[name]
        elif name in STATIC_FIELDS:
            static = state.get("_static")
            if static is not None:
                values = static()
                state.update({k: values[k] for k in STATIC_FIELDS})
                del state["_static"]
                return state[name]
        raise AttributeError(f"'Finding' object has no attribute '{name}'")

    def __getstate__(self) -> dict:
        self.explanation  # noqa: B018  (resolves a deferred finding)
        self.account_reasons  # noqa: B018
        self.title  # noqa: B018
        return dict(self.__dict__)

    @property
    def citation(self) -> Citation:
        return self.citations[0]

    @property
    def cite(self) -> str:
        return self.citation.cite

    def as_dict(self, full: bool = False) -> dict:
        # A deferred finding is explained here without keeping the explanation (a large incident's JSON
        # would otherwise hold every reasoning tree in memory at once).
        resolve = self.__dict__.get("_resolve")
        explanation, decisive = resolve() if resolve is not None else (self.explanation, self.decisive)
        return {
            "rule": self.rule,
            "title": self.title,
            "citation": self.citation.as_dict(),
            "cite": self.cite,
            "also_cites": [c.cite for c in self.citations[1:]],
            "status": self.status.value,
            "subject": self.subject,
            "subject_label": self.subject_label,
            "duty_on": self.duty_on,
            "quote": self.quote,
            "quote_unverified": self.quote_unverified,
            "depends_on_dispute": self.depends_on_dispute,
            "by_account": {state: status.value for state, status in self.by_account},
            "disputed_facts": list(self.disputed_facts),
            "explanation": explanation.as_dict(full),
            "missing": list(self.missing),
            "standards": list(self.standards),
            "decisive_fact": decisive.as_dict() if decisive else None,
            "authorities": list(self.authorities),
            "notes": list(self.notes),
            "rule_file": {"file": self.rule_pos.file, "line": self.rule_pos.line} if self.rule_pos else None,
        }

    def as_brief(self) -> dict:
        """The finding in a line of a batch (``vccheck.batch/1``): what was decided, and for a finding
        that applies, the one-line reason, what would decide it and the States' accounts. The quote,
        the reasoning trees and the reasons of not-applicable findings are in the full report."""
        out = {"rule": self.rule, "cite": self.cite, "status": self.status.value, "subject": self.subject}
        if self.status is not Status.NOT_APPLICABLE:
            out["reason"] = self.explanation.reason
            if self.missing:
                out["missing"] = list(self.missing)
            if self.by_account:
                out["by_account"] = {state: status.value for state, status in self.by_account}
                out["depends_on_dispute"] = self.depends_on_dispute
        return out


# The fields of a finding that come from its rule alone and that a summary of findings does not show
# (the summary shows a finding's rule, citation, status and subject).
STATIC_FIELDS = ("title", "quote", "duty_on", "authorities", "notes", "standards", "rule_pos", "quote_unverified")
_FINDING_DEFAULTS = {name: default for name, default in field_defaults(Finding).items()
                     if name not in ("explanation", "decisive")}
# The class-level defaults (None, ()) would answer for a deferred finding's missing ``decisive``,
# ``account_reasons`` or rule fields before ``__getattr__`` could compute them: a Finding always has
# them in its instance dict (``__init__`` sets them).
for _name in ("decisive", "account_reasons", *STATIC_FIELDS):
    if _name in Finding.__dict__:
        delattr(Finding, _name)


@record
class Applicability:
    instrument: str
    in_force: bool | None
    reason: str

    def as_dict(self) -> dict:
        return {"instrument": self.instrument, "in_force": self.in_force, "reason": self.reason}


@record
class Forum:
    icj_compulsory: bool | None
    basis: str
    data_as_of: str

    def as_dict(self) -> dict:
        return {"icj_compulsory": self.icj_compulsory, "basis": self.basis, "data_as_of": self.data_as_of}


@record
class Report:
    """Everything a renderer needs; built by ``vccheck.pipeline``."""

    title: str
    file: str
    date: str | None
    sending_state: str | None
    receiving_state: str | None
    states: tuple[tuple[str, str], ...]  # (code, name)
    instruments: tuple[str, ...]
    findings: tuple[Finding, ...]
    accounts: tuple[str, ...] = ()  # States whose accounts were evaluated
    assumptions: tuple[str, ...] = ()  # --assume statements applied
    thresholds: tuple[tuple[str, str], ...] = ()  # standards set by the user
    not_engaged: tuple[str, ...] = ()  # rules with nothing in the facts to check
    applicability: tuple[Applicability, ...] = ()
    forum: Forum | None = None
    summary_text: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    version: str = ""
    reservations: tuple = ()  # vccheck.applicability.reservations.Reservation: the two States' touching the findings

    @property
    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in STATUS_ORDER}
        for f in self.findings:
            counts[f.status.value] += 1
        return counts

    def as_brief(self) -> dict:
        """One incident in a batch (``vccheck.batch/1``): the incident, the summary and each finding in
        brief (see ``Finding.as_brief``); ``vccheck check FILE --format json`` gives the full report."""
        from vccheck.gcpause import paused

        with paused():
            return self._brief()

    def _brief(self) -> dict:
        return {
            "schema": "vccheck.batch/1",
            "vccheck_version": self.version,
            "incident": {"title": self.title, "date": self.date, "sending_state": self.sending_state,
                         "receiving_state": self.receiving_state},
            "instruments": list(self.instruments),
            "accounts": list(self.accounts),
            "summary": self.summary,
            "findings": [f.as_brief() for f in self.findings],
        }

    def as_dict(self, full: bool = False, lazy: bool = False) -> dict:
        """The JSON contract; ``full`` keeps whole reasoning trees (else the decisive path of each);
        ``lazy`` gives the findings as an iterator, each built as it is read (for a streaming writer)."""
        out = {
            "schema": "vccheck.report/1",
            "vccheck_version": self.version,
            "incident": {"title": self.title, "file": self.file, "date": self.date,
                         "sending_state": self.sending_state, "receiving_state": self.receiving_state,
                         "states": {code: name for code, name in self.states}},
            "instruments": list(self.instruments),
            "accounts": list(self.accounts),
            "assumptions": list(self.assumptions),
            "thresholds": {name: value for name, value in self.thresholds},
            "findings": [f.as_dict(full) for f in self.findings] if not lazy else (
                f.as_dict(full) for f in self.findings),
            "not_engaged": list(self.not_engaged),
            "summary": self.summary,
        }
        if self.applicability:
            out["applicability"] = [a.as_dict() for a in self.applicability]
        if self.forum is not None:
            out["forum"] = self.forum.as_dict()
        if self.forum is not None or self.reservations:  # the party data was read: [] means none relevant
            out["reservations"] = [r.as_dict() for r in self.reservations]
        return out
