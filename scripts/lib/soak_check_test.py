# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of soak_check.check_frames on a hand-made database (ctest: SoakCheck)."""

import os
import sqlite3
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import soak_check  # noqa: E402

LIST1 = {"seq": 0, "sent_at": "2026-10-26T10:00:00.000Z", "list": 1, "damage": "none",
         "active_import_w": 1393, "active_export_w": 0, "reactive_import_var": 323,
         "reactive_export_var": 0, "current_l1_a": 2.01, "current_l2_a": 2.41,
         "current_l3_a": 1.76, "voltage_l1_v": 232, "voltage_l2_v": 231.5,
         "voltage_l3_v": 232}
LIST2 = dict(LIST1, seq=1, sent_at="2026-10-26T10:00:05.000Z", list=2,
             active_import_wh=12345670, active_export_wh=1234560,
             reactive_import_varh=234560, reactive_export_varh=1345670)
BITFLIP = dict(LIST1, seq=2, sent_at="2026-10-26T10:00:10.000Z", damage="bitflip", damage_at=99)


def database(rows, registers):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE readings (meter, utc_ms, meter_time, active_import_w, "
               "active_export_w, reactive_import_var, reactive_export_var, current_l1_ma, "
               "current_l2_ma, current_l3_ma, voltage_l1_cv, voltage_l2_cv, voltage_l3_cv)")
    db.execute("CREATE TABLE registers (meter, hour_end_utc_ms, clock_utc_ms, meter_clock, "
               "active_import_wh, active_export_wh, reactive_import_varh, reactive_export_varh)")
    db.executemany("INSERT INTO readings VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO registers VALUES (1, ?, ?, 0, ?, ?, ?, ?)", registers)
    return db


def row(t, meter_time, **changes):
    values = [t["active_import_w"], t["active_export_w"], t["reactive_import_var"],
              t["reactive_export_var"], 2010, 2410, 1760, 23200, 23150, 23200]
    r = [soak_check.utc_ms(t["sent_at"]), meter_time] + values
    for index, value in changes.items():
        r[int(index[1:])] = value
    return r


REGISTERS = [1793008800000, 1793008805000, 12345670, 1234560, 234560, 1345670]


class CheckFrames(unittest.TestCase):
    def run_check(self, rows, registers):
        result = soak_check.Result()
        soak_check.check_frames([LIST1, LIST2, BITFLIP], database(rows, registers), result)
        return result

    def test_exact_database_passes(self):
        r = self.run_check([row(LIST1, 1), row(LIST2, 2)], [REGISTERS])
        self.assertEqual(r.failures, [])
        self.assertEqual(r.counts["intact frames stored"], 2)
        self.assertEqual(r.counts["damaged frames rejected"], 1)

    def test_register_ten_wh_off_fails(self):
        # A relative tolerance once let 12 Wh on a 12 MWh register pass.
        wrong = REGISTERS[:2] + [REGISTERS[2] + 10] + REGISTERS[3:]
        r = self.run_check([row(LIST1, 1), row(LIST2, 2)], [wrong])
        self.assertEqual(r.counts.get("List 2 registers wrong"), 1)
        self.assertTrue(r.failures)

    def test_value_one_unit_off_fails(self):
        r = self.run_check([row(LIST1, 1, c11=23151), row(LIST2, 2)], [REGISTERS])
        self.assertEqual(r.counts.get("intact frames stored with wrong values"), 1)
        self.assertTrue(r.failures)

    def test_missing_damaged_stored_and_duplicate_fail(self):
        stored = row(BITFLIP, 3)
        r = self.run_check([row(LIST2, 2), stored, row(LIST1, 2)],
                           [REGISTERS])
        self.assertEqual(r.counts.get(soak_check.DAMAGED_STORED), 1)
        self.assertEqual(r.counts.get("duplicates (one meter time stored twice)"), 1)
        r = self.run_check([row(LIST2, 2)], [REGISTERS])
        self.assertEqual(r.counts.get("intact frames missing"), 1)
        self.assertTrue(r.failures)


if __name__ == "__main__":
    unittest.main()
