#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzz harnesses' seed corpus (tests/fuzz/corpus/<harness>/) from tests/data.

Every seed is a real frame or capture from the test data, framed the way its harness reads
input (a leading byte chooses chunking or format). Run it again when tests/data changes:
    python3 scripts/lib/fuzz_seeds.py
"""
import pathlib
import re
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "tests" / "fuzz" / "corpus"


def frames(path):
    """(id, bytes) for each line "ID HEX HEX ..." of a frames.txt."""
    for line in path.read_text().splitlines():
        m = re.match(r"^([A-Z]\d\d)\s+((?:[0-9A-Fa-f]{2}\s*)+)$", line)
        if m:
            yield m.group(1), bytes.fromhex(m.group(2))


def information(frame):
    """The information field of a whole HDLC frame (after the HCS, before the FCS), or the
    bytes themselves for a published fragment that starts at the LLC header."""
    if frame[:1] != b"\x7e" or len(frame) < 9:
        return frame
    pos = 3  # flag, two format bytes
    for _ in range(2):  # destination, then source address: the last byte has bit 0 set
        while pos < len(frame) and not frame[pos] & 1:
            pos += 1
        pos += 1
    pos += 1 + 2  # control, HCS
    return frame[pos:-3]


def date_times(blob):
    """12-byte COSEM date-times (after the octet-string tag 09 0C) found in a frame."""
    for m in re.finditer(rb"\x09\x0c(.{12})", blob, re.S):
        yield m.group(1)


def packed_clock(year, month, day, hour, minute, second):
    """HistoryCodec's integer form of a clock (hundredths unspecified, no weekday)."""
    import datetime
    days = (datetime.date(year, month, day) - datetime.date(1970, 1, 1)).days
    seconds = days * 86400 + hour * 3600 + minute * 60 + second
    return ((seconds << 7 | 100) << 1) << 8


def write(harness, name, data):
    directory = CORPUS / harness
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data)


def main():
    all_frames = list(frames(DATA / "kamstrup" / "frames.txt"))
    all_frames += list(frames(DATA / "other-meters" / "frames.txt"))
    log = (DATA / "kamstrup" / "stream-2017-10-20.log").read_bytes()
    log_head = log[: log.find(b"[", 3000)]  # the first few reads, whole lines

    for ident, frame in all_frames:
        write("information", ident, information(frame))
        if frame[:1] == b"\x7e":
            write("stream_decoder", ident, bytes([0xFF]) + frame)
            write("stream_decoder", ident + "-by7", bytes([6]) + frame + frame)
            write("capture_reader", ident + "-raw", b"\x01" + frame)
            write("capture_reader", ident + "-hex", b"\x02" + frame.hex(" ").upper().encode())
        for i, stamp in enumerate(date_times(frame)):
            write("history_codec", f"{ident}-clock{i}", stamp)
    write("capture_reader", "log-head-auto", b"\x00" + log_head)
    write("capture_reader", "log-head", b"\x03" + log_head)
    write("history_codec", "packed-2017-10-20", struct.pack("<q", packed_clock(2017, 10, 20, 4, 43, 30)))
    write("history_codec", "packed-2026-10-25", struct.pack("<q", packed_clock(2026, 10, 25, 2, 30, 0)))
    write("capacity_ladder", "default", b"0-2:415;2-5:655;5-10:1075;10-15:1615;15-20:2155;"
          b"20-25:2695;25-50:4045;50-75:6745;75-100:9445;100-:12150")
    write("capacity_ladder", "two-steps", b"0-2.5:100.50;2.5-:200")
    return 0


if __name__ == "__main__":
    sys.exit(main())
