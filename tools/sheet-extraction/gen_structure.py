#!/usr/bin/env python3
"""Generates SoftwareIsacSheet.java (the one definition of the sheet's structure) from out/structure.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../psirt-model/src/main/java/org/psirtmaturity/model/structure/SoftwareIsacSheet.java')
s = json.load(open(os.path.join(HERE, 'out/structure.json'), encoding='utf-8'))
areas = {}
for f in s:
    areas.setdefault(int(f['id'].split('.')[0]), []).append(f)
names = {1: 'STAKEHOLDER_ECOSYSTEM_MANAGEMENT', 2: 'VULNERABILITY_DISCOVERY', 3: 'VULNERABILITY_TRIAGE_AND_ANALYSIS',
         4: 'REMEDIATION', 5: 'VULNERABILITY_DISCLOSURE', 6: 'TRAINING_AND_EDUCATION'}
body = []
for a, fws in sorted(areas.items()):
    fl = []
    for f in fws:
        lv = []
        for l in f['levels']:
            if not l['defined']:
                lv.append('                        undefined()')
            else:
                lv.append('                        defined(' + ', '.join('"%s"' % c for c in l['citations']) + ')')
        fl.append('                framework("%s", %s, %d,\n%s)' % (
            f['id'], 'OUT_OF_SCOPE' if f['outOfScope'] else 'IN_SCOPE', f['noteCount'], ',\n'.join(lv)))
    body.append('        area(%d, FirstServiceArea.%s,\n%s)' % (a, names[a], ',\n'.join(fl)))
tmpl = open(os.path.join(HERE, 'SoftwareIsacSheet.java.tmpl'), encoding='utf-8').read()
open(OUT, 'w', encoding='utf-8').write(tmpl.replace('@AREAS@', ',\n'.join(body)))
