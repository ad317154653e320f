#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a JSON object read on stdin,
{"source text": "translation", ...}, and lists what is still unfinished.

    python3 scripts/ts-fill.py resources/translations/seatplan_ui_zh_CN.ts < zh.json

Qt Linguist does the same by hand; this serves batch work. Sources match exactly as written
in the code (with & accelerators and %1 placeholders)."""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    path = sys.argv[1]
    pairs = json.load(sys.stdin)
    tree = ET.parse(path)
    left = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        if source in pairs:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            left.append(source)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    for source in left:
        print("unfinished:", source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
