#!/usr/bin/env python3
"""Files the messages of core's free tr() helpers under their run-time context.

topic.cpp and transport.cpp translate through a file-local tr() that calls
QCoreApplication::translate() with a fixed context; lupdate cannot see that and
files their messages under whatever class or namespace encloses the call. This
moves them back. Run by update.sh after lupdate; a translation already made
under the right context is kept, and the messages that vanished from the
sources are dropped.
"""
import sys
import xml.etree.ElementTree as ET

CONTEXTS = {
    'topic.cpp': 'Signalbox::Topic',
    'transport.cpp': 'Signalbox::Transport',
}


def context_for(message):
    for location in message.findall('location'):
        name = location.get('filename', '').replace('\\', '/').split('/')[-1]
        if name in CONTEXTS:
            return CONTEXTS[name]
    return None


def key(message):
    return (message.findtext('source'), message.findtext('comment'), message.get('numerus'))


def fix(path):
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext('name'): c for c in root.findall('context')}
    for context in list(root.findall('context')):
        name = context.findtext('name')
        for message in list(context.findall('message')):
            target = context_for(message)
            if target is None or target == name:
                continue
            context.remove(message)
            if target not in contexts:
                element = ET.SubElement(root, 'context')
                ET.SubElement(element, 'name').text = target
                contexts[target] = element
            dest = contexts[target]
            same = [m for m in dest.findall('message') if key(m) == key(message)]
            if same:
                # lupdate found the message anew and left the translated one as vanished
                kept = same[0].find('translation')
                for m in same:
                    dest.remove(m)
                if kept is not None and (kept.text or len(kept)):
                    kept.attrib.pop('type', None)
                    message.remove(message.find('translation'))
                    message.append(kept)
            dest.append(message)
    for context in list(root.findall('context')):
        for message in list(context.findall('message')):
            if message.find('translation').get('type') in ('vanished', 'obsolete'):
                context.remove(message)
        if not context.findall('message'):
            root.remove(context)
    root[:] = sorted(root.findall('context'), key=lambda c: c.findtext('name'))
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')


for p in sys.argv[1:]:
    fix(p)
