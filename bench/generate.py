"""Generate realistic synthetic incident files for the benchmarks.

    python bench/generate.py OUT_DIR --count 10000 [--events 10-40] [--seed 1]

Each incident has the two States, a consular post and a mission, three to
six persons of different statuses, a few places and things, and a timeline
of N events (arrests, detentions, notifications, visits, entries, bag
openings, persona non grata declarations ...) with dates, times and the
particulars the rules read; some facts are alleged by one State and denied
by the other. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random

PERSONS = [
    ("consul", "status: consular_officer\n    category: career\n    head_of_post: false\n    post: post\n    nationality: JP\n    permanent_resident_of_receiving_state: false"),
    ("head", "status: consular_officer\n    category: career\n    head_of_post: true\n    post: post\n    nationality: JP\n    permanent_resident_of_receiving_state: false"),
    ("honorary", "status: consular_officer\n    category: honorary\n    post: post\n    nationality: RU"),
    ("diplomat", "status: diplomatic_agent\n    mission: embassy\n    nationality: JP\n    permanent_resident_of_receiving_state: false"),
    ("national", "status: private_national\n    nationality: JP"),
    ("clerk", "status: consular_employee\n    post: post\n    nationality: JP\n    permanent_resident_of_receiving_state: false"),
]
SUBJECT_EVENTS = ["arrest", "detention", "interrogation", "blindfolding", "physical_restraint", "release",
                  "persona_non_grata", "departure", "criminal_proceedings", "summons_as_witness", "conduct",
                  "information_of_rights", "consular_visit", "access_denied", "restriction_of_movement"]
OTHER_EVENTS = ["entry", "search", "seizure", "bag_opened", "bag_detained", "notification", "access_request",
                "protest", "attack"]


def incident(rng: random.Random, n_events: int, index: int, spread: bool = False) -> str:
    """``spread``: one more national per five events (a mass incident, e.g. detentions of many nationals),
    the shape large incident files have; otherwise every event concerns one of six persons."""
    start = dt.datetime(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
    lines = [
        "vccheck: incident/1",
        f"title: Synthetic incident {index}",
        f"date: {start.date().isoformat()}",
        "timezone: +03:00",
        "sending_state: JP",
        "receiving_state: RU",
        "states:\n  JP: Japan\n  RU: Russian Federation",
        "sources:\n  s1: synthetic source",
        "posts:\n  post:\n    kind: consulate_general\n    headed_by: career\n    head: head",
        "missions:\n  embassy:\n    kind: embassy",
        "persons:",
    ]
    persons = list(PERSONS)
    if spread:
        persons += [(f"national{k}", "status: private_national\n    nationality: JP") for k in range(n_events // 5)]
    for pid, body in persons:
        lines.append(f"  {pid}:\n    {body}")
    lines.append("places:\n  premises:\n    kind: consular_premises\n    post: post\n    exclusively_consular_work: true\n"
                 "  chancery:\n    kind: mission_premises\n    mission: embassy")
    lines.append("things:\n  bag:\n    kind: consular_bag\n    post: post\n  archives:\n    kind: consular_archives\n    post: post")
    lines.append("events:")
    arrests: list[str] = []
    when = start
    for i in range(n_events):
        when += dt.timedelta(minutes=rng.randrange(30, 600))
        eid = f"e{i + 1}"
        if rng.random() < 0.7:
            etype = rng.choice(SUBJECT_EVENTS)
        else:
            etype = rng.choice(OTHER_EVENTS)
        ev = [f"  - id: {eid}", f"    type: {etype}", f"    date: {when.date().isoformat()}",
              f"    time: \"{when.strftime('%H:%M')}\"", "    source: s1"]
        subject = rng.choice(persons)[0]
        if etype in SUBJECT_EVENTS:
            ev.append(f"    subject: {subject}")
            ev.append(f"    by: {'RU' if etype not in ('conduct', 'departure') else 'JP'}")
        if etype in ("arrest", "detention"):
            arrests.append((eid, subject))
            ev.append(f"    judicial_decision: {rng.choice(['true', 'false'])}")
            if rng.random() < 0.5:
                ev.append("    grave_crime: true")
        elif etype == "interrogation":
            ev.append("    capacity: suspect")
            ev.append("    coercive: {value: true, alleged_by: JP, denied_by: RU}")
        elif etype == "conduct":
            ev.append("    unlawful: {value: true, alleged_by: RU, denied_by: JP}")
            ev.append("    official_function: {value: false, alleged_by: RU, denied_by: JP}")
        elif etype == "persona_non_grata":
            ev.append("    time_to_leave: 48h")
        elif etype == "entry":
            ev += ["    subject: premises", "    by: RU", f"    consent: {rng.choice(['true', 'false'])}"]
        elif etype in ("bag_opened", "bag_detained", "seizure", "search"):
            ev += ["    subject: bag" if etype.startswith("bag") else "    subject: archives", "    by: RU"]
        elif etype == "notification" and arrests:
            about, whom = rng.choice(arrests)
            ev += [f"    concerning: {about}", f"    subject: {whom}", "    by: RU",
                   f"    recipient: {rng.choice(['head_of_post', 'consular_post', 'sending_state'])}"]
        elif etype in ("blindfolding", "physical_restraint") and rng.random() < 0.5:
            ev.append("    alleged_by: JP")
        elif etype == "attack":
            ev += ["    subject: premises", "    protective_steps_taken: false"]
        lines.extend(ev)
    return "\n".join(lines) + "\n"


def generate(out_dir: str, count: int, events: tuple[int, int], seed: int = 1, spread: bool = False) -> list[str]:
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    for i in range(count):
        path = os.path.join(out_dir, f"incident-{i:05d}.yaml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(incident(rng, rng.randint(*events), i, spread))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--events", default="10-40", help="range of events per incident, e.g. 10-40")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--spread", action="store_true", help="one more person per five events (a mass incident)")
    args = parser.parse_args()
    lo, _, hi = args.events.partition("-")
    generate(args.out_dir, args.count, (int(lo), int(hi or lo)), args.seed, args.spread)


if __name__ == "__main__":
    main()
