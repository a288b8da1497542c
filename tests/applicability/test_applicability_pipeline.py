"""Applicability and forum through the pipeline (vccheck.api.check), as the issue asks them to be shown."""

from __future__ import annotations

from applicability_cases import check, detention, finding, line

from vccheck.engine.findings import Status

def test_in_force_between_two_parties_the_rules_apply():
    report = check(detention("JP", "RU", "2022-09-22", names={"JP": "Japan", "RU": "Russian Federation"}))
    assert finding(report, "vccr.41.1").status is Status.VIOLATED
    app = line(report)
    assert app.in_force is True
    assert "in force for Japan (JP) from 1983-11-02 (computed under VCCR art. 77(2)" in app.reason
    assert "Russian Federation (RU) from 1989-04-14" in app.reason
    assert "Party data as of 2024-11-24" in app.reason


def test_party_and_non_party_not_checked_under_that_instrument():
    report = check(detention("JP", "PW", "2020-01-01", names={"JP": "Japan", "PW": "Palau"}))
    assert report.findings
    for f in report.findings:
        assert f.status is Status.NOT_APPLICABLE, f.rule
        instrument = f.citation.instrument
        assert f"{instrument} did not bind both States on 2020-01-01" in f.explanation.reason
        assert f"Palau (PW) is not a party to the {instrument}" in f.explanation.reason
    assert line(report).in_force is False
    assert report.forum.icj_compulsory is False


def test_signatory_only_is_not_bound_and_vclt_18_is_only_a_note():
    report = check(detention("JP", "IL", "2020-01-01"))
    reason = finding(report, "vccr.41.1").explanation.reason
    assert finding(report, "vccr.41.1").status is Status.NOT_APPLICABLE
    assert "Israel (IL) signed the VCCR on 1964-02-25 but has not ratified it: not bound" in reason
    assert "VCLT art. 18" in reason and "does not make it binding" in reason


def test_before_a_states_entry_into_force_not_checked():
    report = check(detention("JP", "RU", "1989-04-13"))
    f = finding(report, "vccr.41.1")
    assert f.status is Status.NOT_APPLICABLE
    assert "Russian Federation (RU) not yet bound: entry into force for RU on 1989-04-14" in f.explanation.reason
    assert "computed under VCCR art. 77(2)" in f.explanation.reason
    assert line(report).in_force is False
    # on the day of entry into force it applies
    assert finding(check(detention("JP", "RU", "1989-04-14")), "vccr.41.1").status is Status.VIOLATED


def test_each_finding_uses_its_events_date():
    report = check(detention("JP", "RU", "1989-04-10", event_date="1989-04-20"))
    assert finding(report, "vccr.41.1").status is Status.VIOLATED  # the detention is after entry into force
    assert line(report).in_force is False  # the incident's date is before it
    assert "The status changes on 1989-04-14" not in line(report).reason  # only one event date


def test_missing_data_is_undetermined_never_silently_in_force():
    report = check(detention("YU", "JP", "1990-01-01", names={"YU": "Yugoslavia", "JP": "Japan"}))
    f = finding(report, "vccr.41.1")
    assert f.status is Status.UNDETERMINED
    assert "it is not known whether VCCR bound both States" in f.explanation.reason
    assert "Socialist Federal Republic of Yugoslavia's own ratification dates are not in the party data" \
        in f.explanation.reason
    assert line(report).in_force is None
    assert report.forum.icj_compulsory is None


def test_historical_states_follow_the_notes():
    ussr = check(detention("SU", "JP", "1990-01-01", names={"SU": "USSR", "JP": "Japan"}))
    assert line(ussr).in_force is True
    assert "Russian Federation (RU) from 1989-04-14" in line(ussr).reason
    assert "continuing State" in line(ussr).reason
    fry = check(detention("YU", "JP", "1995-01-01", names={"YU": "Yugoslavia", "JP": "Japan"}))
    assert line(fry).in_force is True and "Serbia (RS)" in line(fry).reason
    czecho = check(detention("CS", "JP", "1985-01-01", names={"CS": "Czechoslovakia", "JP": "Japan"}))
    assert line(czecho).in_force is None
    assert "Czechoslovakia's own ratification dates are not in the party data" in line(czecho).reason


def test_unknown_state_is_undetermined_with_a_hint():
    report = check(detention("XX", "JP", "2020-01-01", names={"XX": "Japn", "JP": "Japan"}))
    assert finding(report, "vccr.41.1").status is Status.UNDETERMINED
    assert "did you mean 'Japan'" in line(report).reason


def test_us_and_the_vccr_protocol_before_and_after_7_march_2005():
    def forum(date):
        return check(detention("MX", "US", date)).forum

    for date in ("2003-01-09", "2005-03-06"):  # Avena was filed on 2003-01-09
        assert forum(date).icj_compulsory is True, date
        assert "Protocol art. I" in forum(date).basis and "Avena" in forum(date).basis
    for date in ("2005-03-07", "2005-09-01", "2006-03-06"):  # the contested window
        f = forum(date)
        assert f.icj_compulsory is None, date
        assert "notified its withdrawal" in f.basis and "contested" in f.basis
        assert "2005-03-07" in f.basis and "2006-03-07" in f.basis
    for date in ("2006-03-07", "2010-01-01"):
        f = forum(date)
        assert f.icj_compulsory is False, date
        assert "United States of America (US) withdrew" in f.basis
        assert "no compulsory forum follows from these instruments" in f.basis
    # the withdrawal touches only the Protocol: the VCCR itself still binds both States
    assert line(check(detention("MX", "US", "2010-01-01"))).in_force is True


def test_japan_and_russia_2022_bound_by_the_vccr_but_no_compulsory_forum():
    report = check(detention("JP", "RU", "2022-09-22"))
    assert line(report).in_force is True
    forum = report.forum
    assert forum.icj_compulsory is False
    assert "Japan (JP) from 1983-11-02" in forum.basis  # Japan is a party to the Protocol...
    assert "Russian Federation (RU) is not a party to the VCCR Optional Protocol" in forum.basis  # ...Russia is not
    assert "no compulsory forum follows from these instruments" in forum.basis
    assert "outside the party data" in forum.basis
    assert forum.data_as_of.startswith("2024-11-24") and "generated 2026-11-27" in forum.data_as_of


def test_explicit_statement_overrides_the_data_and_is_shown():
    statement = {"instrument": "VCCR", "in_force": True, "reason": "bilateral consular convention",
                 "source": "treaty-1999"}
    report = check(detention("JP", "PW", "2020-01-01", applicability=[statement]))
    assert finding(report, "vccr.41.1").status is Status.VIOLATED
    app = line(report)
    assert app.in_force is True
    assert app.reason.startswith("both States bound on 2020-01-01: stated in the incident file: bilateral "
                                 "consular convention (source: treaty-1999)")
    assert "the party data says" in app.reason and "Palau (PW) is not a party" in app.reason
    # and the other way: the file says it was not in force
    off = check(detention("JP", "RU", "2022-09-22", applicability=[{"instrument": "VCCR", "in_force": False,
                                                                   "reason": "correction"}]))
    assert finding(off, "vccr.41.1").status is Status.NOT_APPLICABLE
    assert "stated in the incident file: correction" in finding(off, "vccr.41.1").explanation.reason


def test_statement_with_dates_covers_only_its_window():
    statement = {"instrument": "VCCR", "in_force": True, "reason": "provisional application",
                 "from": "1989-01-01", "until": "1989-04-13"}
    inside = check(detention("JP", "RU", "1989-03-01", applicability=[statement]))
    assert finding(inside, "vccr.41.1").status is Status.VIOLATED
    before = check(detention("JP", "RU", "1988-12-31", applicability=[statement]))
    assert finding(before, "vccr.41.1").status is Status.NOT_APPLICABLE


def test_statement_on_the_protocol_changes_the_forum():
    statement = {"instrument": "VCCR-OP", "in_force": True, "reason": "special agreement"}
    report = check(detention("JP", "RU", "2022-09-22", applicability=[statement]))
    assert report.forum.icj_compulsory is True


def test_reservation_touching_a_finding_is_shown():
    report = check(detention("JP", "TH", "2020-01-01", names={"JP": "Japan", "TH": "Thailand"}))
    found = [r for r in report.reservations if r.state == "TH"]
    assert len(found) == 1
    res = found[0]
    assert res.instrument == "VCCR" and res.articles == ("41(1)",) and "VCCR art. 41(1)" in res.touches
    assert "competent judicial authority" in res.summary.lower()
    data = report.as_dict()["reservations"]
    assert {"state": "TH", "instrument": "VCCR", "articles": ["41(1)"]}.items() <= data[0].items()
    assert set(data[0]) >= {"state", "instrument", "articles", "summary"}
    # Chapter II declarations touch every article of the chapter the findings cite
    gb = check(detention("JP", "GB", "2020-01-01"))
    assert any(r.state == "GB" and "VCCR art. 41(1)" in r.touches for r in gb.reservations)
    # and none for Japan and Russia
    assert check(detention("JP", "RU", "2022-09-22")).as_dict()["reservations"] == []


def test_no_date_uses_the_first_events_date():
    report = check(detention("JP", "RU", None, event_date="2022-09-22"))
    assert line(report).reason.startswith("both States bound on 2022-09-22")


def test_no_date_at_all_and_a_changing_status_is_unknown():
    report = check(detention("JP", "RU", None, event_date=None))
    assert line(report).in_force is None
    assert "the incident's date is unknown" in line(report).reason
    assert finding(report, "vccr.41.1").status is Status.UNDETERMINED


def test_vcdr_and_its_protocol_tehran_hostages():
    report = check(detention("US", "IR", "1979-11-04", status="diplomatic_agent"))
    assert finding(report, "vcdr.29").status is Status.VIOLATED
    assert [a.instrument for a in report.applicability] == ["VCCR", "VCDR"]  # a line per Convention the rules use
    assert line(report, "VCDR").in_force is True
    assert "in force for United States of America (US) from 1972-12-13 (sourced: us_vcdr_proclamation)" \
        in line(report, "VCDR").reason
    assert report.forum.icj_compulsory is True and "VCDR: both States were bound" in report.forum.basis
    # a consul and a diplomat in one incident: a line per Convention, the forum per Protocol
    both = check({**detention("MX", "US", "2010-01-01"), "persons": {
        "consul": {"status": "consular_officer", "category": "career", "nationality": "MX"},
        "diplomat": {"status": "diplomatic_agent", "nationality": "MX"}}, "events": [
        {"id": "d1", "type": "detention", "date": "2010-01-01", "by": "US", "subject": "consul",
         "judicial_decision": False},
        {"id": "d2", "type": "detention", "date": "2010-01-01", "by": "US", "subject": "diplomat"}]})
    assert [a.instrument for a in both.applicability] == ["VCCR", "VCDR"]
    forum = both.forum
    assert forum.basis.startswith("VCCR: no compulsory ICJ jurisdiction")
    assert "VCDR: " in forum.basis
    assert forum.icj_compulsory is (check(detention("MX", "US", "2010-01-01", status="diplomatic_agent"))
                                    .forum.icj_compulsory)
