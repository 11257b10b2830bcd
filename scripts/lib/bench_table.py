#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the benchmarks' output into the results table of docs/PERFORMANCE.md.

Reads RESULTS/NAME.txt (a benchmark's stdout, kept by scripts/bench) for every benchmark that has
one, collects its figures and writes a Markdown table between <!-- bench:begin --> and
<!-- bench:end --> in --doc (or prints it).

A figure is a line the benchmark prints:
    BENCH <name> <value> <unit> <target> <what...>
target is ">=N", "<=N" or "-" (none), in the figure's unit. Adding a row is printing one more
such line (tests/bench/bench_line.h does it for C++). Benchmarks written before that convention
(acquisition_bench, gui_stall_bench) are read by the small parsers
in LEGACY below; a benchmark that prints BENCH lines is never parsed that way, so a legacy
parser can go once its benchmark prints its own lines.
"""

import argparse
import pathlib
import re
import sys

BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"
ORDER = ["decode_bench", "storage_bench", "export_bench", "ui_bench", "acquisition_bench",
         "gui_stall_bench"]


class Figure:
    def __init__(self, name, value, unit, target, what):
        self.name, self.value, self.unit, self.target, self.what = name, value, unit, target, what


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def bench_lines(text):
    figures = []
    for line in ANSI.sub("", text).splitlines():
        parts = line.split(None, 5)
        if len(parts) >= 5 and parts[0] == "BENCH":
            what = parts[5] if len(parts) > 5 else parts[1]
            figures.append(Figure(parts[1], float(parts[2]), parts[3], parts[4], what))
    return figures


def find(pattern, text):
    match = re.search(pattern, text, re.MULTILINE)
    return match.groups() if match else None


def legacy_acquisition(text):
    out = []
    m = find(r"median ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms", text)
    if m:
        out.append(Figure("acquisition_latency_median", float(m[0]), "ms", "-",
                          "decode latency, last byte into a pty -> reading on the main thread (median)"))
        out.append(Figure("acquisition_latency_max", float(m[2]), "ms", "-", "decode latency, max of 200"))
    for speed, percent in re.findall(r"^simulator x(\S+)\s+for .* = ([\d.]+) % of one core", text, re.MULTILINE):
        out.append(Figure(f"acquisition_cpu_x{speed}", float(percent), "%", "-",
                          f"CPU of the worker on the simulator at x{speed} (% of one core)"))
    return out


def legacy_gui_stall(text):
    m = find(r"gap median ([\d.]+) ms, p99 ([\d.]+) ms, p99\.9 ([\d.]+) ms, max ([\d.]+) ms", text)
    platform = find(r"^gui stall under .*\((\w+)\):", text)
    where = platform[0] if platform else "?"
    if not m:
        return []
    return [Figure("gui_stall_max", float(m[3]), "ms", "-",
                   f"longest GUI-thread stall, x1000 stream, views switched every 2 s ({where})"),
            Figure("gui_stall_p999", float(m[2]), "ms", "-", "GUI-thread gap, 99.9th percentile")]


LEGACY = {
    "acquisition_bench": legacy_acquisition,
    "gui_stall_bench": legacy_gui_stall,
}


def verdict(figure):
    target = figure.target
    if target in ("-", ""):
        return "", ""
    match = re.fullmatch(r"(>=|<=)(-?[\d.]+)", target)
    if not match:
        return target, ""
    op, limit = match.group(1), float(match.group(2))
    met = figure.value >= limit if op == ">=" else figure.value <= limit
    sign = "≥" if op == ">=" else "≤"
    return f"{sign} {fmt(limit)} {figure.unit}", "met" if met else "**missed**"


def fmt(value):
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}".replace(",", " ")
    if abs(value) >= 1000:
        return f"{value:,.0f}".replace(",", " ")
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def table(results, args):
    lines = [
        f"Machine: {args.cpu}, {args.cores} cores; load average (1, 5, 15 min) {args.load} "
        f"before / after the run; {args.date}; commit {args.commit}. Written by `scripts/bench`.",
        "",
        "| benchmark | figure | measured | target | |",
        "|---|---|---|---|---|",
    ]
    names = sorted((p.stem for p in results.glob("*.txt")),
                   key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    for name in names:
        text = (results / f"{name}.txt").read_text(errors="replace")
        figures = bench_lines(text)
        if not figures and name in LEGACY:
            figures = LEGACY[name](text)
        when_file = results / f"{name}.when"
        when = when_file.read_text().strip() if when_file.exists() else ""
        label = f"`{name}`" + (f" ({when})" if when else "")
        for figure in figures:
            target, met = verdict(figure)
            lines.append(f"| {label} | {figure.what} | {fmt(figure.value)} {figure.unit} | {target} | {met} |")
            label = ""
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", required=True, type=pathlib.Path)
    parser.add_argument("--doc", type=pathlib.Path)
    parser.add_argument("--cpu", default="?")
    parser.add_argument("--cores", default="?")
    parser.add_argument("--load", default="?")
    parser.add_argument("--date", default="?")
    parser.add_argument("--commit", default="?")
    args = parser.parse_args()
    text = table(args.results, args)
    if args.doc is None:
        print(text)
        return 0
    doc = args.doc.read_text()
    if BEGIN not in doc or END not in doc:
        print(f"bench_table: no {BEGIN} ... {END} markers in {args.doc}", file=sys.stderr)
        return 1
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    args.doc.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
