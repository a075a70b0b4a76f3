#!/usr/bin/env python3
"""Writes N journal records (JSON Lines, Tend format v1) to stdout, for
`tend import` in benchmarks and scale tests: a realistic mix of kinds over
about three years, names with accents and emoji, a few edits and deletes.

    python3 Benchmarks/gen-data.py 100000 > /tmp/tend-100k.jsonl
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)

PEOPLE = ["José", "Ana", "Zoë", "Mum", "Sam", "Chloé", "Björn", "Nadia", "Leïla", "Kenji 健二", "Priya",
          "Dad", "Émile", "Ingrid", "Tomás", "Aiko"]
INTENTIONS = ["notice", "listen", "encourage"]
PRACTICES = ["real-good-morning", "departure-ritual", "reunion-ten-minutes", "six-second-kiss",
             "thinking-of-you", "active-listening-lean", "specific-compliment", "share-a-laugh",
             "one-breath-first", "what-do-you-need", "capitalize-good-news", "voice-note"]
THANKS = ["I love how patiently you helped with the homework tonight",
          "Thank you for saving me the last slice 🍕 and pretending you weren't hungry",
          "You noticed I was tired and made tea without asking ☕",
          "The way you laughed at my terrible pun made the whole evening",
          "You listened to the whole story about the bus, even the boring part",
          "Merci for the flowers on the table 🌷, the kitchen felt like spring",
          "You held the door and the conversation when I ran out of words",
          "Your text at lunch made me smile for an hour 😊"]
NOTES = ["slept badly, go gently", "big day at work", "feeling light", "rainy, stay warm", ""]
ZONES = [timezone(timedelta(hours=1)), timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]

start = datetime(2024, 1, 1, 6, 0, tzinfo=timezone.utc)
span = timedelta(days=3 * 365)
step = span / N
ids = []


def new_id(local):
    return local.strftime("%Y%m%d-%H%M%S-") + "%06x" % rng.getrandbits(24)


def iso(local):
    return local.isoformat(timespec="seconds")


for n in range(N):
    instant = start + step * n + timedelta(seconds=rng.randint(0, 30))
    local = instant.astimezone(ZONES[(n // 5000) % len(ZONES)])
    rid = new_id(local)
    base = {"v": 1, "id": rid, "time": iso(local)}
    roll = rng.random()
    if roll < 0.30:
        rec = dict(base, kind="appreciation", person=rng.choice(PEOPLE), text=rng.choice(THANKS))
    elif roll < 0.50:
        rec = dict(base, kind="check-in", mood=rng.randint(1, 5), intention=rng.choice(INTENTIONS),
                   practice=rng.choice(PRACTICES), person=rng.choice(PEOPLE))
        note = rng.choice(NOTES)
        if note:
            rec["note"] = note
    elif roll < 0.72:
        planned = 5
        done = rng.random() < 0.85
        rec = dict(base, kind="pause", intention=rng.choice(INTENTIONS), plannedSeconds=planned,
                   actualSeconds=round(planned + rng.uniform(-0.5, 1.5) if done else rng.uniform(0.5, 4), 1),
                   outcome="completed" if done else "cancelled")
    elif roll < 0.85:
        rec = dict(base, kind="prompt-fired", prompt=rng.choice(["morning", "bedtime", "pause-1"]),
                   day=local.strftime("%Y-%m-%d"))
    elif roll < 0.90:
        rec = dict(base, kind="repair", who=rng.choice(PEOPLE),
                   latency=rng.choice(["just-now", "within-hour", "today", "earlier"]),
                   happened="I was short with them", myPart="tired and hurried", gesture="we-are-a-team")
    elif roll < 0.98 or not ids:
        rec = dict(base, kind="tally", tone="positive" if rng.random() < 0.8 else "negative",
                   text=rng.choice(["a shared joke", "eye roll", "hug at the door", "snapped at dinner"]),
                   person=rng.choice(PEOPLE))
    elif roll < 0.995:
        rec = dict(base, kind="edit", target=rng.choice(ids[-50:]), set={"text": "(edited) " + rng.choice(THANKS)})
    else:
        rec = dict(base, kind="delete", target=rng.choice(ids[-50:]))
    if rec["kind"] in ("appreciation", "tally"):
        ids.append(rid)
    sys.stdout.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
