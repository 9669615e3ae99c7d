#!/usr/bin/env python3
"""Checks the translations against English.

For every language folder under assets/i18n other than en, and every assets/i18n/en/<area>.json:
  - missing keys (in English, not in the translation; a missing file misses all its keys)
  - extra keys (in the translation, not in English; also files English does not have)
  - placeholder mismatches ({name} sets differ between English and the translation)
  - empty values (or values that are only spaces)
  - duplicate keys in one file
These are errors: the script exits with 1 when there is any.
Warnings (reported, exit status unaffected): keys in a different order than English, a
different number of line breaks (\\n), different leading or trailing spaces.

For every assets/templates/<lang>/<plan>.json it also compares the example plan with the
English assets/templates/<plan>.json: the same structure, ids, numbers and dates; only
human-readable texts (name, title, scope, dataSource, note, owners) may differ. Differences are
errors too.

Usage: python3 scripts/check_translation.py [language ...]   (default: every language)
Python 3, no dependencies.
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N = os.path.join(ROOT, "assets", "i18n")
TEMPLATES = os.path.join(ROOT, "assets", "templates")
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")
# Fields of an example plan whose strings are texts for people (translated); all else must match.
TEXT_FIELDS = {"name", "title", "scope", "dataSource", "note", "owners"}


class Duplicate(Exception):
    pass


def load_pairs(path):
    """The file's (key, value) pairs in order; raises Duplicate on a repeated key."""
    def hook(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise Duplicate(key)
            seen.add(key)
        return pairs
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=hook)


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def edge_spaces(text):
    return (len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" ")))


def check_area(lang, area, errors, warnings):
    en_path = os.path.join(I18N, "en", area)
    tr_path = os.path.join(I18N, lang, area)
    where = f"{lang}/{area}"
    try:
        en_pairs = load_pairs(en_path)
    except (ValueError, Duplicate) as e:
        errors.append(f"en/{area}: cannot read English: {e}")
        return
    en = dict(en_pairs)
    if not os.path.exists(tr_path):
        errors.append(f"{where}: file missing ({len(en)} keys missing)")
        return
    try:
        tr_pairs = load_pairs(tr_path)
    except Duplicate as e:
        errors.append(f"{where}: duplicate key {e}")
        return
    except ValueError as e:
        errors.append(f"{where}: not valid JSON: {e}")
        return
    if not isinstance(tr_pairs, list):
        errors.append(f"{where}: not a JSON object")
        return
    tr = dict(tr_pairs)

    for key in en:
        if key not in tr:
            errors.append(f"{where}: missing key {key}")
    for key in tr:
        if key not in en:
            errors.append(f"{where}: extra key {key}")
    for key, value in tr_pairs:
        if key not in en:
            continue
        source = en[key]
        if not isinstance(value, str):
            errors.append(f"{where}: {key}: value is not a string")
            continue
        if not value.strip():
            errors.append(f"{where}: {key}: empty value")
            continue
        if not isinstance(source, str):
            continue
        want, got = placeholders(source), placeholders(value)
        if want != got:
            missing = [p for p in want if p not in got]
            extra = [p for p in got if p not in want]
            parts = []
            if missing:
                parts.append("missing " + ", ".join("{" + p + "}" for p in missing))
            if extra:
                parts.append("unknown " + ", ".join("{" + p + "}" for p in extra))
            errors.append(f"{where}: {key}: placeholder mismatch: {'; '.join(parts)}")
        if source.count("\n") != value.count("\n"):
            warnings.append(f"{where}: {key}: {source.count(chr(10))} line break(s) in English, {value.count(chr(10))} here")
        if edge_spaces(source) != edge_spaces(value):
            warnings.append(f"{where}: {key}: leading/trailing spaces differ from English")

    common_en = [k for k, _ in en_pairs if k in tr]
    common_tr = [k for k, _ in tr_pairs if k in en]
    if common_en != common_tr:
        first = next(i for i, (a, b) in enumerate(zip(common_en, common_tr)) if a != b)
        warnings.append(f"{where}: keys not in English order (first difference at {common_tr[first]})")


def compare_plan(en, tr, path, where, errors):
    """Same structure and non-text values; texts may differ but not be empty."""
    field = path.rsplit(".", 1)[-1].split("[", 1)[0]
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            errors.append(f"{where}: {path}: should be an object")
            return
        for key in en:
            if key not in tr:
                errors.append(f"{where}: {path}.{key}: missing")
        for key in tr:
            if key not in en:
                errors.append(f"{where}: {path}.{key}: extra")
        if [k for k in en if k in tr] != [k for k in tr if k in en]:
            errors.append(f"{where}: {path}: keys in another order than English")
        for key in en:
            if key in tr:
                compare_plan(en[key], tr[key], f"{path}.{key}", where, errors)
    elif isinstance(en, list):
        if not isinstance(tr, list) or len(tr) != len(en):
            errors.append(f"{where}: {path}: should be a list of {len(en)}")
            return
        for i, (a, b) in enumerate(zip(en, tr)):
            compare_plan(a, b, f"{path}[{i}]", where, errors)
    elif isinstance(en, str) and field in TEXT_FIELDS:
        if not isinstance(tr, str) or not tr.strip():
            errors.append(f"{where}: {path}: empty text")
    elif en != tr or type(en) is not type(tr):
        errors.append(f"{where}: {path}: {json.dumps(tr, ensure_ascii=False)} differs from English {json.dumps(en, ensure_ascii=False)}")


def check_templates(lang, errors):
    folder = os.path.join(TEMPLATES, lang)
    if not os.path.isdir(folder):
        return
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        where = f"templates/{lang}/{name}"
        en_path = os.path.join(TEMPLATES, name)
        if not os.path.exists(en_path):
            errors.append(f"{where}: no English plan {name}")
            continue
        try:
            with open(en_path, encoding="utf-8") as f:
                en = json.load(f)
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                tr = json.load(f)
        except ValueError as e:
            errors.append(f"{where}: not valid JSON: {e}")
            continue
        compare_plan(en, tr, "$", where, errors)


def main(argv):
    en_dir = os.path.join(I18N, "en")
    areas = sorted(f for f in os.listdir(en_dir) if f.endswith(".json"))
    langs = argv[1:] or sorted(d for d in os.listdir(I18N)
                               if d != "en" and os.path.isdir(os.path.join(I18N, d)))
    errors, warnings = [], []
    for lang in langs:
        folder = os.path.join(I18N, lang)
        if not os.path.isdir(folder):
            errors.append(f"{lang}: no folder {os.path.relpath(folder, ROOT)}")
            continue
        for area in areas:
            check_area(lang, area, errors, warnings)
        for extra in sorted(f for f in os.listdir(folder) if f.endswith(".json") and f not in areas):
            errors.append(f"{lang}/{extra}: extra file (no English {extra})")
        check_templates(lang, errors)
    for line in warnings:
        print("warning: " + line)
    for line in errors:
        print("error: " + line)
    checked = ", ".join(langs) if langs else "no languages"
    print(f"{len(errors)} error(s), {len(warnings)} warning(s) in {checked}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
