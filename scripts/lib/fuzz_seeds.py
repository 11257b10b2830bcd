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


E01_EK = bytes.fromhex("5AD84121D9D20B364B7A11F3C1B5827F")
E01_AK = bytes.fromhex("AFB3F93E3E7204EDB3C27F96DBD51AE0")
E01_TITLE = bytes.fromhex("4B414D4501A4DC52")


def crc16_x25(data):
    """CRC-16/X.25, as HCS and FCS use it."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc ^ 0xFFFF


def hdlc_frame(info):
    """A type-3 HDLC frame around `info` (addresses 2B/21, UI), with HCS and FCS."""
    length = 2 + 1 + 1 + 1 + 2 + len(info) + 2  # format to FCS, flags excluded
    header = bytes([0xA0 | (length >> 8), length & 0xFF, 0x2B, 0x21, 0x13])
    header += struct.pack("<H", crc16_x25(header))
    body = header + info
    return b"\x7e" + body + struct.pack("<H", crc16_x25(body)) + b"\x7e"


def glo_ciphering(plain, counter, sc=0x30, title=E01_TITLE):
    """A general-glo-ciphering APDU (PROTOCOL.md §9.3), written here independently of
    GloCipher with Python's cryptography; None when that module is missing."""
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:
        return None
    iv = title + struct.pack(">I", counter)
    if sc & 0x10:
        sealed = AESGCM(E01_EK).encrypt(iv, plain, bytes([sc]) + E01_AK)
        payload = sealed[:-16] + sealed[-16:-4]  # tag truncated to 12 bytes
    else:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        # Encryption only: GCM's keystream is CTR from counter block 2 (IV || 00000002).
        enc = Cipher(algorithms.AES(E01_EK), modes.CTR(iv + b"\x00\x00\x00\x02")).encryptor()
        payload = enc.update(plain) + enc.finalize()
    length = 1 + 4 + len(payload)
    if length < 0x80:
        ber = bytes([length])
    elif length <= 0xFF:
        ber = bytes([0x81, length])
    else:
        ber = bytes([0x82]) + struct.pack(">H", length)
    return bytes([0xDB, 8]) + title + ber + bytes([sc]) + struct.pack(">I", counter) + payload


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
    # Encrypted APDUs: E01 as sent, and clear Kamstrup lists (short, 81 and 82 BER lengths)
    # ciphered with E01's keys; their plaintexts for the harness's own encryption.
    e01 = dict(all_frames)["E01"]
    write("glo_cipher", "E01", b"\x00" + information(e01)[3:])
    e01_plain = bytes.fromhex((DATA / "other-meters" / "e01-plaintext.txt").read_text().split(None, 1)[1])
    for mode in (0x01, 0x03, 0x05, 0x87):
        write("glo_cipher", f"E01-plain-{mode:02x}", bytes([mode]) + e01_plain)
    ciphered = []
    for ident in ("K01", "K03", "K41", "A10"):
        plain = information(dict(all_frames)[ident])[3:]
        write("glo_cipher", f"{ident}-plain", b"\x01" + plain)
        for sc in (0x30, 0x20):
            # Another meter for 0x20: after authenticated frames from a title, frames from
            # it without a tag are refused (a downgrade).
            title = E01_TITLE if sc == 0x30 else bytes.fromhex("4B414D4500000020")
            apdu = glo_ciphering(plain, 0x1000 + len(ciphered), sc, title)
            if apdu is None:
                print("fuzz_seeds: no Python cryptography module, no ciphered seeds", file=sys.stderr)
                break
            write("glo_cipher", f"{ident}-sc{sc:02x}", b"\x00" + apdu)
            ciphered.append(hdlc_frame(b"\xe6\xe7\x00" + apdu))
    if ciphered:
        # A stream of ciphered frames, then the first again (a replay).
        write("stream_decoder", "ciphered-lists", bytes([0xFF]) + b"".join(ciphered) + ciphered[0])
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
