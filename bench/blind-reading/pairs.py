#!/usr/bin/env python3
"""Pairs each source paragraph with its patient rewrite, output split into numbered sentences, for a blind reader.
usage: pairs.py paragraphs.txt rewrites.jsonl > pairs.md"""
import json, re, sys
src = [l.rstrip('\n') for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
out = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8') if l.strip()]
assert len(src) == len(out), (len(src), len(out))
SPLIT = re.compile(r'(?<=[.!?])(?:\s*\[[^\]]*\])*\s+(?=[A-Z(\[“"])')
ABBREV = re.compile(r'(?:\b(?:e\.g|i\.e|vs|et al|Dr|No|Fig|U\.S|U\.K|St)\.)$')
def sentences_of(text):
    out = []
    for piece in SPLIT.split(text):
        if out and ABBREV.search(out[-1].rstrip()):
            out[-1] = out[-1].rstrip() + ' ' + piece
        else:
            out.append(piece)
    return [x for x in out if x.strip()]
total = 0
for i, (s, o) in enumerate(zip(src, out), 1):
    sentences = sentences_of(o['text'])
    total += len(sentences)
    print(f'## Paragraph {i}\n\n**Source:** {s}\n\n**Patient text:**\n')
    for j, x in enumerate(sentences, 1):
        print(f'{i}.{j}  {x}')
    if o.get('numbers'):
        print('\n**"Show the numbers" list under the paragraph:** ' + ' | '.join(o['numbers']))
    print()
print(f'<!-- {total} output sentences -->', file=sys.stderr)
