#!/usr/bin/env python3
"""Checks every translation under assets/i18n against the English source (assets/i18n/en).

For each language folder other than en and each en/<area>.json it reports missing keys, extra
keys, keys out of the English order, placeholder mismatches ({name} sets differ) and empty
values; a missing or unreadable file counts as a problem. Exits 1 on any problem, else 0.

Usage: scripts/check_translation.py [language ...]   (default: every language folder)
"""
import json
import os
import re
import signal
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "i18n")
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


def load(path):
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f, object_pairs_hook=lambda p: p)
    keys = [k for k, _ in pairs]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    return dict(pairs), keys, dupes


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text))) if isinstance(text, str) else []


def check_language(lang, areas):
    problems = []
    for area in areas:
        en_path = os.path.join(ROOT, "en", area)
        path = os.path.join(ROOT, lang, area)
        en, en_keys, _ = load(en_path)
        if not os.path.exists(path):
            problems.append(f"{lang}/{area}: file missing ({len(en_keys)} keys)")
            continue
        try:
            tr, tr_keys, dupes = load(path)
        except (ValueError, OSError) as e:
            problems.append(f"{lang}/{area}: cannot read: {e}")
            continue
        for k in dupes:
            problems.append(f"{lang}/{area}: duplicate key {k}")
        for k in en_keys:
            if k not in tr:
                problems.append(f"{lang}/{area}: missing key {k}")
        for k in tr_keys:
            if k not in en:
                problems.append(f"{lang}/{area}: extra key {k}")
        common = [k for k in en_keys if k in tr]
        if [k for k in tr_keys if k in en] != common:
            problems.append(f"{lang}/{area}: keys not in the English order")
        for k in common:
            value = tr[k]
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{lang}/{area}: empty value {k}")
                continue
            want, got = placeholders(en[k]), placeholders(value)
            if want != got:
                missing = sorted(set(want) - set(got))
                extra = sorted(set(got) - set(want))
                detail = "; ".join(filter(None, [
                    "missing " + ", ".join("{%s}" % p for p in missing) if missing else "",
                    "unknown " + ", ".join("{%s}" % p for p in extra) if extra else ""]))
                problems.append(f"{lang}/{area}: placeholders differ in {k}: {detail}")
    for name in sorted(os.listdir(os.path.join(ROOT, lang))):
        if name.endswith(".json") and name not in areas:
            problems.append(f"{lang}/{name}: no such file in en")
    return problems


def main(argv):
    areas = sorted(n for n in os.listdir(os.path.join(ROOT, "en")) if n.endswith(".json"))
    langs = argv[1:] or sorted(d for d in os.listdir(ROOT)
                               if d != "en" and os.path.isdir(os.path.join(ROOT, d)))
    problems = []
    for lang in langs:
        if not os.path.isdir(os.path.join(ROOT, lang)):
            problems.append(f"{lang}: no folder assets/i18n/{lang}")
            continue
        found = check_language(lang, areas)
        problems += found
        print(f"{lang}: {'ok' if not found else str(len(found)) + ' problem(s)'}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main(sys.argv))
