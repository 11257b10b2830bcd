#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The test of translations_check.py: on a small made-up project it must pass when every string
is translated with its placeholders, and fail, naming the string, for each fault it looks for;
likewise for the plural-only English catalog (--plurals-ts).

usage: translations_check_selftest.py --lupdate PATH
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "translations_check.py")

SOURCE = """\
const char* const texts[] = {
    QT_TRANSLATE_NOOP("Demo", "Hello %1"),
    QT_TRANSLATE_NOOP("Demo", "Saved %1 to %L2"),
    QT_TRANSLATE_NOOP("Demo", "Bye"),
};
QString files(int n) { return QCoreApplication::translate("Demo", "%Ln file(s) in %1", nullptr, n); }
"""

MESSAGE = """    <message>
        <location filename="../src/demo.cpp" line="{line}"/>
        <source>{source}</source>
        <translation{kind}>{translation}</translation>
    </message>
"""

NUMERUS_MESSAGE = """    <message numerus="yes">
        <location filename="../src/demo.cpp" line="{line}"/>
        <source>{source}</source>
        <translation{kind}>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
"""

# A plural text's translation is a pair of forms (singular, plural).
TRANSLATED = [(2, "Hello %1", "Hei %1"), (3, "Saved %1 to %L2", "Lagret %1 i %L2"),
              (4, "Bye", "Ha det"),
              (6, "%Ln file(s) in %1", ("%Ln fil i %1", "%Ln filer i %1"))]


# The English catalog has the plural texts only, with their English forms.
ENGLISH = [(6, "%Ln file(s) in %1", ("%Ln file in %1", "%Ln files in %1"), "")]
# A plural text new to the sources, translated into Bokmål only.
HOURS_SOURCE = SOURCE + """\
QString hours(int n) { return QCoreApplication::translate("Demo", "%Ln hour(s)", nullptr, n); }
"""
HOURS_NB = (7, "%Ln hour(s)", ("%Ln time", "%Ln timer"), "")


def ts_text(messages, language="nb"):
    def one(line, source, translation, kind):
        kind = f' type="{kind}"' if kind else ""
        if isinstance(translation, tuple):
            return NUMERUS_MESSAGE.format(line=line, source=source, kind=kind,
                                          one=translation[0], many=translation[1])
        return MESSAGE.format(line=line, source=source, translation=translation, kind=kind)

    body = "".join(one(*message) for message in messages)
    source_language = ' sourcelanguage="en"' if language == "en" else ""
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}"{source_language}>\n<context>\n'
            '    <name>Demo</name>\n'
            f"{body}</context>\n</TS>\n")


def run_case(lupdate, name, source, messages, expected, english=None):
    """expected: None to pass, else a text the failure must contain. english: the messages of
    a plural-only English catalog checked with --plurals-ts, None for none."""
    with tempfile.TemporaryDirectory(prefix="han-ts-selftest-") as root:
        os.makedirs(os.path.join(root, "src"))
        os.makedirs(os.path.join(root, "translations"))
        with open(os.path.join(root, "src", "demo.cpp"), "w", encoding="utf-8") as f:
            f.write(source)
        with open(os.path.join(root, "sources.txt"), "w", encoding="utf-8") as f:
            f.write("src/demo.cpp\n")
        ts = os.path.join(root, "translations", "demo_nb.ts")
        with open(ts, "w", encoding="utf-8") as f:
            f.write(ts_text(messages))
        command = [sys.executable, CHECK, "--lupdate", lupdate, "--root", root,
                   "--sources", os.path.join(root, "sources.txt"), "--ts", ts]
        checked = [ts]
        if english is not None:
            en_ts = os.path.join(root, "translations", "demo_en.ts")
            with open(en_ts, "w", encoding="utf-8") as f:
                f.write(ts_text(english, "en"))
            command += ["--plurals-ts", en_ts]
            checked.append(en_ts)
        before = []
        for path in checked:
            with open(path, "rb") as f:
                before.append(f.read())
        run = subprocess.run(command, capture_output=True, text=True)
        untouched = True
        for path, text in zip(checked, before):
            with open(path, "rb") as f:
                untouched = untouched and f.read() == text
    output = run.stdout + run.stderr
    if not untouched:
        return f"{name}: the check wrote to the .ts it checks"
    if expected is None:
        return None if run.returncode == 0 else f"{name}: should pass, got:\n{output}"
    if run.returncode != 1:
        return f"{name}: should fail (exit 1), exit {run.returncode}:\n{output}"
    if expected not in output:
        return f"{name}: the failure does not say {expected!r}:\n{output}"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    lupdate = parser.parse_args().lupdate

    complete = [(line, s, t, "") for line, s, t in TRANSLATED]
    cases = [
        ("complete", SOURCE, complete, None),
        ("new string", SOURCE.replace("};", '    QT_TRANSLATE_NOOP("Demo", "New text"),\n};'),
         complete, 'new string, not in the .ts yet (run lupdate, then translate it): '
                   '[Demo] "New text" (src/demo.cpp:5)'),
        ("unfinished", SOURCE, complete[:2] + [(4, "Bye", "", "unfinished")] + complete[3:],
         'unfinished: [Demo] "Bye" (src/demo.cpp:4)'),
        ("vanished in the .ts", SOURCE, complete + [(5, "Gone", "Borte", "vanished")],
         'vanished entry (no longer in the sources; remove it with lupdate -no-obsolete): '
         '[Demo] "Gone"'),
        ("obsolete in the .ts", SOURCE, complete + [(5, "Gone", "Borte", "obsolete")],
         'obsolete entry'),
        ("string left the sources", SOURCE.replace('"Bye"', '"Goodbye"'), complete,
         'would become vanished (the sources no longer have it): [Demo] "Bye"'),
        ("placeholder dropped", SOURCE,
         [complete[0], (3, "Saved %1 to %L2", "Lagret %1", "")] + complete[2:],
         'placeholders differ (dropped: %L2; added: none) in "Lagret %1"'),
        ("placeholder added", SOURCE,
         complete[:2] + [(4, "Bye", "Ha det %1", "")] + complete[3:],
         'placeholders differ (dropped: none; added: %1) in "Ha det %1"'),
        ("plural form without its count", SOURCE,
         complete[:3] + [(6, "%Ln file(s) in %1", ("én fil i %1", "%Ln filer i %1"), "")],
         'placeholders differ (dropped: %Ln; added: none) in "én fil i %1"'),
        ("plural's %Ln written as %n", SOURCE,
         complete[:3] + [(6, "%Ln file(s) in %1", ("%n fil i %1", "%n filer i %1"), "")],
         "dropped: %Ln; added: %n"),
        ("%L2 written as %2", SOURCE,
         [complete[0], (3, "Saved %1 to %L2", "Lagret %1 i %2", "")] + complete[2:],
         "dropped: %L2; added: %2"),
        # The English catalog: plural texts only, each with its two English forms.
        ("English plurals complete", SOURCE, complete, None, ENGLISH),
        ("new plural text without English forms", HOURS_SOURCE, complete + [HOURS_NB],
         'translations/demo_en.ts: new string, not in the .ts yet (run lupdate, then translate '
         'it): [Demo] "%Ln hour(s)" (src/demo.cpp:7)', ENGLISH),
        ("English forms unfinished", SOURCE, complete,
         'translations/demo_en.ts: unfinished: [Demo] "%Ln file(s) in %1"',
         [(6, "%Ln file(s) in %1", ("", ""), "unfinished")]),
        ("English form repeats the source", SOURCE, complete,
         'translations/demo_en.ts: a plural form repeats the source text, write the form '
         'itself: [Demo] "%Ln file(s) in %1"',
         [(6, "%Ln file(s) in %1", ("%Ln file(s) in %1", "%Ln files in %1"), "")]),
        ("English form without its count", SOURCE, complete,
         'translations/demo_en.ts: placeholders differ (dropped: %Ln; added: none) in '
         '"one file in %1"',
         [(6, "%Ln file(s) in %1", ("one file in %1", "%Ln files in %1"), "")]),
        ("non-plural text in the English catalog", SOURCE, complete,
         'translations/demo_en.ts: not a plural text (this catalog holds only the plural ones; '
         'lupdate -pluralonly drops it): [Demo] "Bye"', ENGLISH + [(4, "Bye", "Bye!", "")]),
        ("English plural text left the sources", SOURCE.replace("file(s)", "document(s)"),
         [(line, s.replace("file(s)", "document(s)"), t, "") for line, s, t in TRANSLATED],
         'translations/demo_en.ts: would become vanished (the sources no longer have it): '
         '[Demo] "%Ln file(s) in %1"', ENGLISH),
    ]
    failures = [f for f in (run_case(lupdate, *case) for case in cases) if f]
    for failure in failures:
        print(failure)
    print(f"translations_check_selftest: {len(cases) - len(failures)} of {len(cases)} cases right")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
