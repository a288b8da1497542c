"""vccheck parties STATE."""

from __future__ import annotations

from vccheck import cli


def run(capsys, *argv):
    code = cli.main(["parties", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_status_for_each_instrument(capsys):
    code, out, _ = run(capsys, "US")
    assert code == 0
    assert out.startswith("United States of America (US)\n")
    for instrument in ("VCCR ", "VCCR-OP ", "VCDR ", "VCDR-OP "):
        assert f"\n{instrument} " in out
    assert "in force for US from 1969-12-24 (computed under VCCR art. 77(2)" in out
    assert "withdrawal notified 2005-03-07; effective not settled" in out
    assert "in force for US from 1972-12-13 (sourced: us_vcdr_proclamation)" in out
    assert "objection (27(3), 27(4), 37(2))" in out
    assert "Party data as of 2024-11-24" in out and "Source: United Nations Treaty Collection" in out


def test_names_signatories_and_non_parties(capsys):
    code, out, _ = run(capsys, "Russia")
    assert code == 0 and "Russian Federation (RU)" in out
    assert "not a party: not listed among the parties or signatories of the VCCR Optional Protocol" in out
    code, out, _ = run(capsys, "Israel")
    assert "signatory only: signed on 1964-02-25, not ratified: not bound" in out and "VCLT art. 18" in out
    code, out, _ = run(capsys, "PW")
    assert code == 0 and "party to neither Convention" in out


def test_former_states(capsys):
    code, out, _ = run(capsys, "USSR")
    assert code == 0 and "continuing State" in out and "Russian Federation (RU)" in out
    code, out, _ = run(capsys, "Czechoslovakia")
    assert code == 0 and "no dates in the party data" in out and "Czechia (CZ)" in out


def test_unknown_name_did_you_mean(capsys):
    code, out, err = run(capsys, "Japn")
    assert code == 2 and out == ""
    assert "no State 'Japn' in the party data" in err and "did you mean 'Japan'" in err
