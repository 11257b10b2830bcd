#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the translations are not complete for the current sources.

Copies the sources the build translates (a list from translations/CMakeLists.txt) and the .ts
files into a temporary directory, runs Qt 6's lupdate there exactly as `update_translations`
would, and reports, naming the string and the file:
  - a string the sources have and a .ts lacks (lupdate would add an unfinished entry),
  - an unfinished entry in a .ts,
  - a vanished or obsolete entry in a .ts (its string left the sources), before or after lupdate,
  - a translation that drops or adds a placeholder (%1, %L1, %n) compared to its source.
The --plurals-ts files (the English catalog) hold only the texts with a Qt plural form, as
`lupdate -pluralonly` makes them: each must have all of those, finished, and nothing else, and
no form may just repeat the source text ("%Ln hour(s)" is what English shows without them).
The repository is never written to.

usage: translations_check.py --lupdate PATH --root REPO --sources LIST --ts FILE...
                             [--plurals-ts FILE...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|L?n)")
MAX_UNFINISHED_LISTED = 25


def messages(path, ts_name):
    """Yields (context, message element) for each message of a .ts file, with the message's
    source file (relative to the repository) in its "han-file" attribute: relative locations
    name the file only on the first message from it."""
    root = ET.parse(path).getroot()
    ts_dir = os.path.dirname(ts_name)
    filename = ""
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                filename = os.path.normpath(os.path.join(ts_dir, location.get("filename")))
            message.set("han-file", filename)
            yield name, message


def key(context, message):
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def where(message):
    filename = message.get("han-file", "")
    if not filename:
        return ""
    location = message.find("location")
    line = location.get("line", "") if location is not None else ""
    # Relative line numbers ("+3") say nothing on their own; absolute ones do.
    return f" ({filename}:{line})" if line and line[0].isdigit() else f" ({filename})"


def describe(context, message):
    text = message.findtext("source", "").replace("\n", "\\n")
    if len(text) > 90:
        text = text[:87] + "..."
    return f'[{context}] "{text}"{where(message)}'


def translations_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def check_original(ts_name, path, problems, plurals_only=False):
    """Unfinished, vanished/obsolete and placeholder faults in the .ts as committed."""
    active = set()
    unfinished = 0
    for context, message in messages(path, ts_name):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else ""
        if kind in ("vanished", "obsolete"):
            problems.append(f"{ts_name}: {kind} entry (no longer in the sources; remove it "
                            f"with lupdate -no-obsolete): {describe(context, message)}")
            continue
        if plurals_only and message.get("numerus") != "yes":
            problems.append(f"{ts_name}: not a plural text (this catalog holds only the plural "
                            f"ones; lupdate -pluralonly drops it): {describe(context, message)}")
            continue
        active.add(key(context, message))
        if kind == "unfinished":
            unfinished += 1
            # The first few name the strings; the count says how far the file has to go.
            if unfinished <= MAX_UNFINISHED_LISTED:
                problems.append(f"{ts_name}: unfinished: {describe(context, message)}")
            continue
        source = message.findtext("source", "")
        wanted = set(PLACEHOLDER.findall(source))
        # A plural text counts with %n, or %Ln for the count in the user's locale.
        if message.get("numerus") == "yes" and not wanted & {"%n", "%Ln"}:
            wanted.add("%n")
        for form in translations_of(message):
            if plurals_only and form == source:
                problems.append(f"{ts_name}: a plural form repeats the source text, write the "
                                f"form itself: {describe(context, message)}")
            found = set(PLACEHOLDER.findall(form))
            if found != wanted:
                lost = ", ".join(sorted(wanted - found)) or "none"
                added = ", ".join(sorted(found - wanted)) or "none"
                problems.append(f"{ts_name}: placeholders differ (dropped: {lost}; added: "
                                f"{added}) in \"{form}\" for {describe(context, message)}")
    if unfinished > MAX_UNFINISHED_LISTED:
        problems.append(f"{ts_name}: ... {unfinished - MAX_UNFINISHED_LISTED} more unfinished "
                        f"({unfinished} in all)")
    return active


def check_updated(ts_name, path, before, problems):
    """What lupdate changed: strings new to the .ts, strings whose source went away."""
    for context, message in messages(path, ts_name):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else ""
        k = key(context, message)
        if kind in ("vanished", "obsolete"):
            if k in before:
                problems.append(f"{ts_name}: would become {kind} (the sources no longer have "
                                f"it): {describe(context, message)}")
        elif k not in before:
            problems.append(f"{ts_name}: new string, not in the .ts yet (run lupdate, then "
                            f"translate it): {describe(context, message)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--ts", nargs="+", required=True)
    parser.add_argument("--plurals-ts", nargs="+", default=[])
    args = parser.parse_args()

    with open(args.sources, encoding="utf-8") as f:
        sources = [line.strip() for line in f if line.strip()]
    problems = []
    with tempfile.TemporaryDirectory(prefix="han-ts-check-") as work:
        for relative in sources:
            target = os.path.join(work, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(args.root, relative), target)
        copies = []
        plural_copies = []
        before = {}
        for ts in args.ts + args.plurals_ts:
            plurals_only = ts in args.plurals_ts
            relative = os.path.relpath(os.path.abspath(ts), os.path.abspath(args.root))
            if relative.startswith(".."):
                print(f"translations_check: {ts} is not under --root {args.root}",
                      file=sys.stderr)
                return 2
            copy = os.path.join(work, relative)
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copyfile(ts, copy)
            (plural_copies if plurals_only else copies).append((relative, copy))
            before[relative] = check_original(relative, copy, problems, plurals_only)

        # Absolute line numbers, so a new string is reported with its file and line.
        command = [args.lupdate, "-silent", "-locations", "absolute", "-no-ui-lines"]
        for options, group in (([], copies), (["-pluralonly"], plural_copies)):
            if not group:
                continue
            run = subprocess.run(command + options + sources + ["-ts"] +
                                 [copy for _, copy in group],
                                 cwd=work, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout + run.stderr, file=sys.stderr)
                print(f"translations_check: {args.lupdate} failed ({run.returncode})",
                      file=sys.stderr)
                return 2
            for relative, copy in group:
                check_updated(relative, copy, before[relative], problems)

    count = len(args.ts) + len(args.plurals_ts)
    for problem in problems:
        print(problem)
    if problems:
        print(f"translations_check: {len(problems)} problem(s) in {count} .ts file(s); "
              f"see translations/README.md")
        return 1
    print(f"translations_check: {count} .ts file(s) complete for {len(sources)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
