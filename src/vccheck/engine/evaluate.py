"""engine(rules, facts, options) -> findings. A pure function: no I/O, no global state.

For every selected rule and every binding it ranges over, the status is
decided on the established facts and, when a disputed fact was read, again
under each State's account (see docs/architecture.md).
"""

from __future__ import annotations


from vccheck import __version__
from vccheck.dsl import model as m
from vccheck.engine.context import Context
from vccheck.engine.explain import (collect_missing, decisive_fact, reason_for,
                                    subject_label, would_decide)
from vccheck.engine.expressions import k_and, k_not, truth
from vccheck.engine.findings import (ExceptionTrace, Explanation, Finding, Report, Status, Trace, Truth)
from vccheck.engine.options import EngineOptions
from vccheck.facts.model import Entity, Incident
from vccheck.gcpause import paused
from vccheck.record import record, replace

_GIVES = {"compliant": Status.COMPLIANT, "excused": Status.EXCUSED, "not_applicable": Status.NOT_APPLICABLE}
_TRUTH = {True: Truth.TRUE, False: Truth.FALSE, None: Truth.UNKNOWN}


@record
class _Outcome:
    status: Status
    applies: Trace | None
    breach: Trace | None
    exceptions: tuple[ExceptionTrace, ...]
    conflict: tuple[str, ...]
    reason: str
    would_decide: tuple[str, ...]
    missing: tuple[str, ...]


def evaluate(ruleset: m.RuleSet, incident: Incident, options: EngineOptions = EngineOptions()):
    """All findings, in a deterministic order (rule id, then binding in file order)."""
    findings, _ = _evaluate(ruleset, incident, options)
    return findings


def build_report(ruleset: m.RuleSet, incident: Incident, options: EngineOptions = EngineOptions()) -> Report:
    findings, not_engaged = _evaluate(ruleset, incident, options)
    selected = ruleset.select(tuple(options.only), tuple(options.instruments))
    instruments = sorted({f.citation.instrument for f in findings} | {ruleset.instruments[r.id] for r in selected})
    thresholds = tuple(sorted((k, str(v)) for k, v in options.thresholds.items()))
    return Report(
        title=incident.title, file=incident.path, date=incident.date.isoformat() if incident.date else None,
        sending_state=incident.sending_state, receiving_state=incident.receiving_state,
        states=tuple(incident.states_named.items()), instruments=tuple(instruments), findings=findings,
        accounts=incident.parties, assumptions=tuple(options.assumptions), thresholds=thresholds,
        not_engaged=not_engaged, summary_text=incident.summary, sources=tuple(incident.sources.items()),
        version=__version__,
    )


def _evaluate(ruleset: m.RuleSet, incident: Incident, options: EngineOptions):
    with paused():  # see vccheck.gcpause
        return _evaluate_all(ruleset, incident, options)


def _evaluate_all(ruleset: m.RuleSet, incident: Incident, options: EngineOptions):
    definitions, standards = ruleset.definitions, ruleset.standards
    by_target = ruleset.exceptions_by_target
    may_exclude = ruleset.excepted_to_not_applicable
    parties = incident.parties

    shape: dict = {}  # the entities each range covers: the same on every account, so shared

    def context(account, tracing=True):
        return Context(incident, account, options.thresholds, definitions, standards, tracing, options.reservations,
                       _by_type=shape)

    est = context(None)
    quick = context(None, tracing=False)  # first pass: the status only, short-circuiting, no explanation
    accounts = {p: context(p, tracing=False) for p in parties}  # each State's account: the status only
    traced_accounts: dict = {}  # the same, explained: built when a report reads an account's reason

    def account_reasons(rule, exceptions, env, entity, instrument, day):
        def resolve():
            out = []
            for party in parties:
                ctx = traced_accounts.get(party)
                if ctx is None:
                    ctx = traced_accounts[party] = context(party)
                ctx.touched = set()
                alt = _applicability(_decide(rule, exceptions, env, entity, ctx), instrument, day, options)
                out.append((party, alt.reason))
            return tuple(out)
        return resolve

    findings: list[Finding] = []
    not_engaged: list[str] = []
    for rule in ruleset.select(tuple(options.only), tuple(options.instruments)):
        if rule.for_each is None:
            bindings = [None]
        else:
            bindings = list(est.candidates(rule.for_each.kinds))
            if not bindings:  # (a rule from the compiled-rules cache is not unpacked for this)
                not_engaged.append(rule.id)
                continue
        cit = rule.citations[0].citation
        exceptions = by_target.get(rule.id, ())
        for entity in bindings:
            env = {} if entity is None else {rule.for_each.var: entity}
            day = _binding_date(entity, incident)
            quick.touched = set()
            if _not_applicable(rule, exceptions, env, entity, quick, cit.instrument, day, options,
                               rule.id in may_exclude) and not quick.touched:
                # Most bindings do not apply, on established facts alone (so on every State's account):
                # their explanation is built only if a report shows it.
                findings.append(_deferred(rule, exceptions, entity, env, est, cit.instrument, day, options,
                                          ruleset))
                continue
            est.touched = set()
            outcome = _decide(rule, exceptions, env, entity, est)
            outcome = _applicability(outcome, cit.instrument, day, options)
            touched = tuple(sorted(est.touched))
            by_account: list[tuple[str, Status]] = []
            reasons = None
            if touched:
                for party, ctx in accounts.items():
                    ctx.touched = set()
                    alt = _decide(rule, exceptions, env, entity, ctx)
                    alt = _applicability(alt, cit.instrument, day, options)
                    by_account.append((party, alt.status))
                reasons = account_reasons(rule, exceptions, env, entity, cit.instrument, day)
            depends = bool(by_account) and len({outcome.status, *(s for _, s in by_account)}) > 1
            findings.append(_finding(rule, exceptions, entity, env, outcome, by_account, reasons, touched, depends,
                                     ruleset))
    findings = _apply_overrides(ruleset, findings)
    return tuple(findings), tuple(not_engaged)


def _applies(rule: m.Rule, env: dict, entity: Entity | None, ctx: Context):
    """(did the bound event happen, does the rule apply to it: it happened and its applicability holds,
    the applicability's trace)."""
    occ = ctx.occurred(entity) if entity is not None else True
    if rule.applies is None:
        return occ, k_and((occ, True)), None
    app, app_tr = truth(ctx, rule.applies, env)
    return occ, k_and((occ, app)), app_tr


def _decide(rule: m.Rule, exceptions, env: dict, entity: Entity | None, ctx: Context) -> _Outcome:
    occ, app, app_tr = _applies(rule, env, entity, ctx)
    # What does not apply is not weighed further: no breach, no exceptions (they would only be noise).
    if app is False and not ctx.tracing:
        return _NOT_APPLICABLE
    if app is False:
        breach, breach_tr = None, None
    elif rule.violated is not None:
        breach, breach_tr = truth(ctx, rule.violated, env)
    elif rule.compliant is not None:
        ok, breach_tr = truth(ctx, rule.compliant, env)
        breach = k_not(ok)
    else:
        breach, breach_tr = None, None
    ex_traces, holding, unknown = [], [], []
    for exc in (exceptions if app is not False and breach is not False else ()):
        r, tr = truth(ctx, exc.when, env) if exc.when is not None else (None, None)
        (holding if r is True else unknown if r is None else []).append(exc)
        ex_traces.append((exc, r, tr))
    # (an exception weighed nowhere is not read: from the compiled-rules cache it would be unpacked)
    prevails = {x.id: {p.id for p in x.prevails_over} for x in exceptions} if holding or unknown else {}
    active = [x for x in holding if not any(x.id in prevails[y.id] for y in holding if y is not x)]
    set_aside = {x.id: next(y.id for y in holding if x.id in prevails[y.id]) for x in holding if x not in active}
    outcomes = {(x.gives.value if x.gives else "compliant") for x in active}
    conflict: tuple[str, ...] = ()
    would: tuple[str, ...] = ()

    if app is False:
        status = Status.NOT_APPLICABLE
    elif len(outcomes) > 1:
        status, conflict = Status.UNDETERMINED, tuple(sorted(x.id for x in active))
    elif app is None:
        status = Status.UNDETERMINED
    elif breach is False:
        status = Status.COMPLIANT
    elif active:
        gives = _GIVES[outcomes.pop()]
        overridable = [u for u in unknown if any(a.id in prevails[u.id] for a in active)]
        if overridable:
            status = Status.UNDETERMINED
        elif breach is None and gives is Status.EXCUSED:
            status = Status.UNDETERMINED
        else:
            status = gives
    elif breach is True and not unknown:
        status = Status.VIOLATED
    else:
        status = Status.UNDETERMINED
        if breach is True and unknown:
            would = would_decide(rule, unknown)

    exc_out = tuple(_exception_trace(x, r, tr, set_aside.get(x.id), ctx) for x, r, tr in ex_traces)
    missing = collect_missing(status, app, app_tr, breach, breach_tr, exc_out)
    reason = reason_for(status, app, app_tr, breach, breach_tr, exc_out, conflict, occ, entity, ctx)
    return _Outcome(status, app_tr, breach_tr, exc_out, conflict, reason, would, missing)


_NOT_APPLICABLE = _Outcome(Status.NOT_APPLICABLE, None, None, (), (), "", (), ())  # untraced: no reason needed


def _not_applicable(rule: m.Rule, exceptions, env: dict, entity: Entity | None, ctx: Context, instrument, day,
                    options: EngineOptions, excepted: bool) -> bool:
    """The first pass: is the binding not applicable on ``ctx`` (untraced)? Its applicability alone
    answers that (a binding that applies is evaluated again in full, with its explanation), unless the
    status could be "not applicable" for another reason: an instrument not in force, or an exception
    that gives it (``excepted``); then the whole rule is decided, as it is for the finding."""
    in_force = options.instrument_status(instrument, day)
    if excepted or (in_force is not None and in_force[0] is False):
        return _applicability(_decide(rule, exceptions, env, entity, ctx), instrument, day,
                              options).status is Status.NOT_APPLICABLE
    return _applies(rule, env, entity, ctx)[1] is False


def _binding_date(entity: Entity | None, incident: Incident):
    """The date the finding is about: the bound event's date, else the incident's."""
    if entity is not None and entity.kind == "event":
        fact = entity.facts.get("date")
        if fact is not None and fact.prov.established:
            return fact.value
    return incident.date


def _applicability(o: _Outcome, instrument: str, day, options: EngineOptions) -> _Outcome:
    """A finding under an instrument that did not bind both States on the date is not applicable."""
    status = options.instrument_status(instrument, day)
    if status is None:
        return o
    if status is None:
        return o
    in_force, why = status
    when = day.isoformat() if day else "the incident's date"
    if in_force is False:
        return replace(o, status=Status.NOT_APPLICABLE, would_decide=(), missing=(),
                                   reason=f"Not applicable: {instrument} did not bind both States on {when} ({why}).")
    if in_force is None and o.status is not Status.NOT_APPLICABLE:
        return replace(
            o, status=Status.UNDETERMINED,
            missing=o.missing + (f"whether {instrument} was in force between the States on {when} ({why})",),
            reason=f"Undetermined: it is not known whether {instrument} bound both States on {when} ({why}). "
                   f"On the facts otherwise: {o.reason}")
    return o


def _exception_trace(exc: m.Exception_, r, tr, set_aside_by, ctx) -> ExceptionTrace:
    cite = exc.citation.cite if exc.citation else ""
    gives = exc.gives.value if exc.gives else "compliant"
    if set_aside_by:
        outcome = f"its conditions hold, but {set_aside_by} prevails over it"
    elif r is True:
        outcome = f"holds: {exc.when.text}"
    elif r is False:
        outcome = "fails: its conditions are not met"
    else:
        outcome = "unknown: the facts do not establish its conditions"
    return ExceptionTrace(exc.id, exc.title, cite, gives, _TRUTH[r], tr, outcome, set_aside_by)


def _explanation(o: _Outcome, env: dict) -> Explanation:
    return Explanation(
        reason=o.reason, applies=o.applies, breach=o.breach, exceptions=o.exceptions,
        bindings=tuple((var, ent.id) for var, ent in env.items()), conflict=o.conflict,
        would_decide=o.would_decide,
    )


_STATIC: dict[int, tuple] = {}


def _static(rule: m.Rule, exceptions, ruleset: m.RuleSet) -> dict:
    """The fields of a finding that come from the rule alone (the same for every binding; made once)."""
    cached = _STATIC.get(id(rule))
    if cached is None or cached[0] is not rule or cached[1] is not exceptions:
        quote, unverified = ruleset.quotes[rule.id]
        cached = _STATIC[id(rule)] = (rule, exceptions, dict(
            rule=rule.id, title=rule.title, citations=_citations(rule), quote=quote,
            duty_on=rule.duty_on.value if rule.duty_on else None,
            authorities=tuple(a.value for a in rule.authorities), notes=tuple(n.value for n in rule.notes),
            standards=ruleset.standards_used[rule.id], rule_pos=rule.pos, quote_unverified=unverified,
        ))
    return cached[2]


_CITATIONS: dict[int, tuple] = {}


def _citations(rule: m.Rule) -> tuple:
    """The rule's citations as a finding holds them (made once per rule; read without the rule's texts)."""
    cached = _CITATIONS.get(id(rule))
    if cached is None or cached[0] is not rule:
        cached = _CITATIONS[id(rule)] = (rule, tuple(c.citation for c in rule.citations))
    return cached[1]


def _common(rule: m.Rule, exceptions, entity, env, ruleset: m.RuleSet) -> dict:
    """The fields of a finding that come from the rule and the binding, not from the reasoning."""
    return dict(_static(rule, exceptions, ruleset), **_subject(entity, env))


def _subject(entity, env) -> dict:
    """The fields of a finding that come from the binding."""
    return {"subject": entity.id if entity is not None else None, "subject_label": subject_label(entity, env)}


def _finding(rule: m.Rule, exceptions, entity, env, o: _Outcome, by_account, reasons, touched, depends,
             ruleset: m.RuleSet) -> Finding:
    """``reasons``: None, or a function giving the reason under each State's account (explained only if
    a report reads it: the terminal with --explain and Markdown do, JSON and batch lines do not)."""
    return Finding.deferred(
        None, reasons,
        status=o.status, explanation=_explanation(o, env), missing=o.missing, depends_on_dispute=depends,
        by_account=tuple(by_account), disputed_facts=touched,
        decisive=decisive_fact(o, entity), **_common(rule, exceptions, entity, env, ruleset),
    )


def _deferred(rule: m.Rule, exceptions, entity, env, est: Context, instrument, day, options,
              ruleset: m.RuleSet) -> Finding:
    """A not-applicable finding decided on established facts only, whose explanation (the traced
    reasoning, the decisive fact) is computed when first read: the same as it would be eagerly."""

    def resolve():
        est.touched = set()
        o = _applicability(_decide(rule, exceptions, env, entity, est), instrument, day, options)
        return _explanation(o, env), decisive_fact(o, entity)

    # The rule's texts (title, quote, notes...) too are read only if a report shows them: a summary does
    # not (from the compiled-rules cache, most rules' texts then stay packed).
    return Finding.deferred(resolve, static=lambda: _static(rule, exceptions, ruleset),
                            status=Status.NOT_APPLICABLE, rule=rule.id, citations=_citations(rule),
                            **_subject(entity, env))


def _apply_overrides(ruleset: m.RuleSet, findings: list[Finding]) -> list[Finding]:
    """An overlay rule (``overrides vccr.41.1``) displaces the Vienna finding for the same subject."""
    overriders = ruleset.overriders
    if not overriders:
        return findings
    index = {(f.rule, f.subject): f for f in findings}
    out = []
    for f in findings:
        rules = overriders.get(f.rule, [])
        applicable = [index[(r.id, f.subject)] for r in rules
                      if (r.id, f.subject) in index and index[(r.id, f.subject)].status is not Status.NOT_APPLICABLE]
        if not applicable:
            out.append(f)
            continue
        ids = {a.rule for a in applicable}
        beaten = {ref.id for r in rules if r.id in ids for ref in r.overrides if ref.id in ids}
        winners = [a for a in applicable if a.rule not in beaten]
        statuses = {w.status for w in winners}
        if len(statuses) > 1:
            expl = replace(f.explanation, conflict=tuple(sorted(w.rule for w in winners)),
                                       reason="Undetermined: overlays " + " and ".join(sorted(w.rule for w in winners))
                                       + " both displace this rule and disagree; no priority between them.")
            out.append(replace(f, status=Status.UNDETERMINED, explanation=expl))
            continue
        w = winners[0]
        expl = replace(f.explanation, overridden_by=w.rule,
                                   reason=f"Displaced by the overlay rule {w.rule} ({w.cite}): {w.explanation.reason}")
        out.append(replace(f, status=w.status, explanation=expl))
    return out
