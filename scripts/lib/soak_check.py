# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares a HAN Monitor history database with the simulator's truth log (han-cli simulate
--truth): every intact frame stored exactly once with its values, every damaged frame rejected,
every hour's energy equal to the register difference the simulated meter really had.

Python 3 standard library only. Used by scripts/soak; runs on its own too:
    python3 scripts/lib/soak_check.py --truth truth.jsonl --db history.sqlite --cli build/app/han-cli/han-cli
"""

import argparse
import csv
import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys

# truth key -> (readings column, unit of the column in the truth's unit)
READING_COLUMNS = [
    ("active_import_w", "active_import_w", 1.0),
    ("active_export_w", "active_export_w", 1.0),
    ("reactive_import_var", "reactive_import_var", 1.0),
    ("reactive_export_var", "reactive_export_var", 1.0),
    ("current_l1_a", "current_l1_ma", 1000.0),
    ("current_l2_a", "current_l2_ma", 1000.0),
    ("current_l3_a", "current_l3_ma", 1000.0),
    ("voltage_l1_v", "voltage_l1_cv", 100.0),
    ("voltage_l2_v", "voltage_l2_cv", 100.0),
    ("voltage_l3_v", "voltage_l3_cv", 100.0),
]
REGISTER_COLUMNS = ["active_import_wh", "active_export_wh", "reactive_import_varh",
                    "reactive_export_varh"]
INTACT = ("none", "noise")
DAMAGED = ("bitflip", "drop", "truncate")
HOUR_MS = 3_600_000
# A row at a damaged frame's instant: the frame passed the CRC, or another frame was stored at the
# wrong instant (the values then tell; the examples list them).
DAMAGED_STORED = "damaged frames with a row at their time"


def utc_ms(iso):
    """'2026-10-26T00:00:10.000Z' -> milliseconds since the epoch."""
    t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return round(t.timestamp() * 1000)


def same(stored, truth, scale):
    if truth is None:
        return stored is None
    if stored is None:
        return False
    # The columns hold whole units (W, mA, 0.01 V, Wh): only the float of the scaling may differ.
    return abs(stored - truth * scale) <= 1e-6


class Result:
    def __init__(self):
        self.counts = {}
        self.failures = []
        self.notes = []

    def add(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n

    def fail(self, text):
        self.failures.append(text)


def load_truth(path):
    frames = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                frames.append(json.loads(line))
    return frames


def check_frames(truth, db, result, examples=5):
    readings = {}
    for row in db.execute("SELECT utc_ms, meter_time, " +
                          ", ".join(c for _, c, _ in READING_COLUMNS) + " FROM readings"):
        readings[row[0]] = row
    registers = {}
    for row in db.execute("SELECT clock_utc_ms, hour_end_utc_ms, " +
                          ", ".join(REGISTER_COLUMNS) + " FROM registers"):
        registers[row[0]] = row
    result.counts["rows stored (readings)"] = len(readings)
    result.counts["rows stored (registers)"] = len(registers)

    # Shown even when nothing happened: a zero is a result.
    for key in ("intact frames missing", "intact frames stored with wrong values",
                DAMAGED_STORED, "List 2 registers missing", "List 2 registers wrong"):
        result.counts[key] = 0
    seen = set()
    seen_registers = set()
    shown = {}

    def example(kind, text):
        shown[kind] = shown.get(kind, 0) + 1
        if shown[kind] <= examples:
            result.notes.append(f"{kind}: {text}")

    for t in truth:
        damage = t["damage"]
        ms = utc_ms(t["sent_at"])
        result.add("frames sent" if damage != "unplugged" else "frames not sent (unplugged)")
        row = readings.get(ms)
        if row is not None:
            seen.add(ms)
        if damage in INTACT:
            result.add("intact frames")
            if damage == "noise":
                result.add("intact frames after noise")
            if row is None:
                result.add("intact frames missing")
                example("intact frame missing", f"seq {t['seq']} sent {t['sent_at']} ({damage})")
                continue
            bad = [k for k, c, scale in [(a, i + 2, s) for i, (a, _, s) in
                                         enumerate(READING_COLUMNS)]
                   if not same(row[c], t.get(k), scale)]
            if bad:
                result.add("intact frames stored with wrong values")
                example("wrong values", f"seq {t['seq']} {t['sent_at']}: {', '.join(bad)}")
            else:
                result.add("intact frames stored")
            if t["list"] == 2:
                reg = registers.get(utc_ms(t["meter_clock_utc"])) if "meter_clock_utc" in t \
                    else registers.get(ms)
                if reg is None:
                    result.add("List 2 registers missing")
                    example("registers missing", f"seq {t['seq']} {t['sent_at']}")
                else:
                    seen_registers.add(reg[0])
                    badr = [k for i, k in enumerate(REGISTER_COLUMNS)
                            if not same(reg[i + 2], t.get(k), 1.0)]
                    if badr:
                        result.add("List 2 registers wrong")
                        example("registers wrong", f"seq {t['seq']}: {', '.join(badr)}")
                    else:
                        result.add("List 2 registers stored")
        elif damage in DAMAGED:
            result.add("damaged frames")
            result.add(f"damaged frames ({damage})")
            if row is None:
                result.add("damaged frames rejected")
            else:
                # Only possible if the damage kept the CRC valid (or the decoder let it through).
                result.add(DAMAGED_STORED)
                example("row at a damaged frame's time",
                        f"seq {t['seq']} {t['sent_at']} {damage} at {t.get('damage_at')}")
        elif damage == "unplugged":
            result.add("intact frames not sent while unplugged")
            if row is not None:
                result.add("unplugged frames stored (impossible)")

    extra = [ms for ms in readings if ms not in truth_times(truth)]
    result.counts["rows without a frame in the truth"] = len(extra)
    for ms in extra[:examples]:
        result.notes.append(f"row without a frame: utc_ms {ms}")
    extra_reg = [ms for ms in registers if ms not in seen_registers]
    result.counts["register rows without an intact List 2"] = len(extra_reg)

    dup = db.execute("SELECT COUNT(*) FROM (SELECT meter, meter_time FROM readings "
                     "WHERE meter_time IS NOT NULL GROUP BY meter, meter_time "
                     "HAVING COUNT(*) > 1)").fetchone()[0]
    result.counts["duplicates (one meter time stored twice)"] = dup

    c = result.counts
    if c.get("intact frames missing", 0):
        result.fail(f"{c['intact frames missing']} intact frames were not stored")
    if c.get("intact frames stored with wrong values", 0):
        result.fail(f"{c['intact frames stored with wrong values']} frames stored with wrong values")
    if c.get("List 2 registers missing", 0) or c.get("List 2 registers wrong", 0):
        result.fail("List 2 registers missing or wrong")
    if c.get(DAMAGED_STORED, 0):
        result.fail(f"{c[DAMAGED_STORED]} damaged frames have a row at their time: each passed "
                    "the CRC, or another frame was stored there (listed above)")
    if c.get("unplugged frames stored (impossible)", 0):
        result.fail("frames never sent were stored")
    if extra or extra_reg:
        result.fail(f"{len(extra)} readings and {len(extra_reg)} register rows the truth "
                    "does not explain")
    if dup:
        result.fail(f"{dup} meter times stored more than once")


_truth_times_cache = {}


def truth_times(truth):
    key = id(truth)
    if key not in _truth_times_cache:
        _truth_times_cache[key] = {utc_ms(t["sent_at"]) for t in truth}
    return _truth_times_cache[key]


def check_hours(truth, db_path, cli, zone, result):
    """Hourly energy from `han-cli export --resolution hourly` against the truth's registers."""
    # The registers at each hour boundary, as the meter really had them (sent or not).
    reg = {}
    for t in truth:
        if t["list"] == 2:
            reg[utc_ms(t["sent_at"]) // HOUR_MS * HOUR_MS] = (t["active_import_wh"],
                                                              t["active_export_wh"])
    stored_ends = sorted(
        r[0] for r in sqlite3.connect(f"file:{db_path}?mode=ro", uri=True).execute(
            "SELECT hour_end_utc_ms FROM registers"))
    if len(stored_ends) < 2:
        result.fail("fewer than two List 2 stored: no hour to check")
        return
    first, last = stored_ends[0], stored_ends[-1]
    day = lambda ms: dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).date().isoformat()
    out = subprocess.run([cli, "export", "--db", db_path, "--from", day(first - 86400_000),
                          "--to", day(last + 86400_000), "--resolution", "hourly", "--zone", zone],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        result.fail(f"han-cli export failed: {out.stderr.strip()}")
        return
    rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
    hours = {}
    for r in rows:
        hours[utc_ms(r["hour_start_utc"])] = r
    mismatches = 0
    run = []  # consecutive estimated hours: [(start, import, export)]

    def close_run():
        nonlocal mismatches
        if not run:
            return
        s, e = run[0][0], run[-1][0] + HOUR_MS
        want = (reg[e][0] - reg[s][0], reg[e][1] - reg[s][1])
        got = (sum(x[1] for x in run), sum(x[2] for x in run))
        if any(abs(g - w) > 0.5 + 1e-6 * abs(w) for g, w in zip(got, want)):
            mismatches += 1
            result.notes.append(f"estimated hours {len(run)} from {s}: {got} Wh, truth {want} Wh")
        result.add("estimated runs (hours with a List 2 missing between them)")
        run.clear()

    for start in range(first, last, HOUR_MS):
        r = hours.get(start)
        if start not in reg or start + HOUR_MS not in reg:
            result.fail(f"the truth has no List 2 around hour {start}")
            return
        want = (reg[start + HOUR_MS][0] - reg[start][0], reg[start + HOUR_MS][1] - reg[start][1])
        if r is None:
            mismatches += 1
            result.notes.append(f"hour {start} not exported")
            continue
        got = (float(r["import_kwh"] or "nan") * 1000, float(r["export_kwh"] or "nan") * 1000)
        result.add("hours checked")
        result.add(f"hours {r['quality']}")
        if r["quality"] == "measured":
            close_run()
            if any(not abs(g - w) <= 0.5 for g, w in zip(got, want)):
                mismatches += 1
                result.notes.append(f"hour {r['hour_start_utc']}: {got} Wh, truth {want} Wh")
        elif r["quality"] == "estimated":
            run.append((start, got[0], got[1]))
        else:
            close_run()
            mismatches += 1
            result.notes.append(f"hour {r['hour_start_utc']}: quality {r['quality']}")
    close_run()
    result.counts["hourly mismatches"] = mismatches
    if mismatches:
        result.fail(f"{mismatches} hours (or runs of estimated hours) differ from the registers")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--truth", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--cli", required=True, help="han-cli, for the hourly export")
    p.add_argument("--zone", default="Europe/Oslo")
    a = p.parse_args(argv)
    result = check(a.truth, a.db, a.cli, a.zone)
    print_result(result)
    return 0 if not result.failures else 1


def check(truth_path, db_path, cli, zone="Europe/Oslo"):
    result = Result()
    truth = load_truth(truth_path)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    check_frames(truth, db, result)
    db.close()
    check_hours(truth, db_path, cli, zone, result)
    return result


def print_result(result, out=sys.stdout):
    width = max(len(k) for k in result.counts) if result.counts else 10
    for k in sorted(result.counts):
        print(f"  {k:<{width}}  {result.counts[k]}", file=out)
    for n in result.notes[:40]:
        print(f"  note: {n}", file=out)
    for f in result.failures:
        print(f"  FAIL: {f}", file=out)


if __name__ == "__main__":
    sys.exit(main())
