#!/usr/bin/python3
"""Writes the German texts of de.py into sitrep_de.ts (after `update_translations`) and lists
any source text that has no translation. Exit status 1 if one is missing."""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from de import DE  # noqa: E402

path = os.path.join(here, 'sitrep_de.ts')
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter('message'):
    source = message.find('source').text
    translation = message.find('translation')
    if source in DE:
        translation.text = DE[source]
        translation.attrib.pop('type', None)
    elif translation.get('type') == 'unfinished' or not translation.text:
        missing.append(source)
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, 'r+', encoding='utf-8') as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
for source in missing:
    print('no German translation:', repr(source))
sys.exit(1 if missing else 0)
