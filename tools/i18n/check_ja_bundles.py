#!/usr/bin/env python3
"""Checks the Japanese message bundles against their English twins (no build needed).

For each pair: every English key exists in Japanese and vice versa, the set of {n} placeholders is
the same for each key, and a MessageFormat bundle holds no single quote. Then prints a few composed
json.type / json.answer.kind messages as java.text.MessageFormat would show them.
Usage: python3 tools/i18n/check_ja_bundles.py   (from the repository root; exit code 1 on a failure)
"""
import re
import sys

PAIRS = [  # (English, Japanese, uses MessageFormat)
    ("psirt-json/src/main/resources/org/psirtmaturity/json/messages.properties",
     "psirt-json/src/main/resources/org/psirtmaturity/json/messages_ja.properties", True),
    ("psirt-scoring/src/main/resources/org/psirtmaturity/scoring/messages.properties",
     "psirt-scoring/src/main/resources/org/psirtmaturity/scoring/messages_ja.properties", True),
    ("psirt-spreadsheet/src/main/resources/org/psirtmaturity/spreadsheet/messages.properties",
     "psirt-spreadsheet/src/main/resources/org/psirtmaturity/spreadsheet/messages_ja.properties", True),
    ("psirt-spreadsheet/src/main/resources/org/psirtmaturity/spreadsheet/texts.properties",
     "psirt-spreadsheet/src/main/resources/org/psirtmaturity/spreadsheet/texts_ja.properties", True),
    ("psirt-report/src/main/resources/org/psirtmaturity/report/labels.properties",
     "psirt-report/src/main/resources/org/psirtmaturity/report/labels_ja.properties", False),
]
ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


def load(path):
    """java.util.Properties.load, for what these files use: comments, continuations, escapes."""
    props, logical = {}, []
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    buf = None
    for line in raw:
        s = line.lstrip(" \t\f") if buf is None else line.lstrip(" \t\f")
        if buf is None and (not s or s[0] in "#!"):
            continue
        trailing = len(s) - len(s.rstrip("\\"))
        if trailing % 2 == 1:
            buf = (buf or "") + s[:-1]
            continue
        logical.append((buf or "") + s)
        buf = None
    for text in logical:
        i, key = 0, []
        while i < len(text) and text[i] not in "=: \t\f":
            if text[i] == "\\" and i + 1 < len(text):
                key.append(text[i:i + 2]); i += 2
            else:
                key.append(text[i]); i += 1
        while i < len(text) and text[i] in " \t\f":
            i += 1
        if i < len(text) and text[i] in "=:":
            i += 1
        while i < len(text) and text[i] in " \t\f":
            i += 1
        props[unescape("".join(key))] = unescape(text[i:])
    return props


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "u":
                out.append(chr(int(s[i + 2:i + 6], 16))); i += 6; continue
            out.append(ESCAPES.get(n, n)); i += 2; continue
        out.append(c); i += 1
    return "".join(out)


def placeholders(value):
    return sorted(set(re.findall(r"\{(\d+)[^}]*\}", value)))


def fmt(pattern, *args):  # MessageFormat without quotes: enough for these bundles
    return re.sub(r"\{(\d+)\}", lambda m: args[int(m.group(1))], pattern)


failures = 0
for en_path, ja_path, message_format in PAIRS:
    en, ja = load(en_path), load(ja_path)
    problems = []
    problems += [f"missing in ja: {k}" for k in en if k not in ja]
    problems += [f"only in ja: {k}" for k in ja if k not in en]
    for k in en:
        if k in ja and placeholders(en[k]) != placeholders(ja[k]):
            problems.append(f"placeholders differ in {k}: en {placeholders(en[k])}, ja {placeholders(ja[k])}")
        if message_format and k in ja and "'" in ja[k]:
            problems.append(f"single quote in {k}")
    status = "OK" if not problems else "FAIL"
    print(f"{status}  {ja_path}: {len(en)} English keys, {len(ja)} Japanese keys")
    for p in problems:
        print("   ", p)
    failures += len(problems)

ja = load(PAIRS[0][1])
print("\nComposed json.type / json.answer.kind messages (ja):")
for expected, actual, value in [("integer", "string", '"3"'), ("integer", "number", "3.0"), ("object", "null", ""),
                                ("boolean", "string", '"yes"'), ("string", "integer", "7"), ("array", "object", "")]:
    found = ja["type." + actual] if not value else fmt(ja["type.value"], ja["type." + actual], value)
    print("  " + fmt(ja["json.type"], ja["expected." + expected], found))
print("  " + fmt(ja["json.answer.kind"], ja["json.answer.kind.none"]))
print("  " + fmt(ja["json.answer.kind"], '"level", "excluded"'))
print("  " + fmt(ja["json.flag.false"], "excluded"))
sys.exit(1 if failures else 0)
