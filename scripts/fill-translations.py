#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a JSON dictionary {source: translation}.

Used after lupdate when a few new strings appear:
    scripts/fill-translations.py resources/translations/careerplanner_ja.ts new.json
Only messages marked unfinished are touched; the rest of the file is kept byte for byte.
"""
import html
import json
import re
import sys

ts_path, dictionary_path = sys.argv[1], sys.argv[2]
with open(dictionary_path, encoding="utf-8") as f:
    dictionary = json.load(f)
with open(ts_path, encoding="utf-8") as f:
    text = f.read()

pattern = re.compile(
    r'(<source>)([^<]*)(</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">[^<]*</translation>')
missing = []


def fill(match):
    source = html.unescape(match.group(2))
    if source not in dictionary:
        missing.append(source)
        return match.group(0)
    translated = html.escape(dictionary[source], quote=False).replace('"', "&quot;").replace("'", "&apos;")
    return f"{match.group(1)}{match.group(2)}{match.group(3)}<translation>{translated}</translation>"


text = pattern.sub(fill, text)
with open(ts_path, "w", encoding="utf-8") as f:
    f.write(text)
for source in missing:
    print(f"not in the dictionary: {source!r}", file=sys.stderr)
sys.exit(1 if missing else 0)
