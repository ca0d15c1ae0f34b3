import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, '../../../shared/seeds/003_1d4768698f18b6b0.txt'), encoding='utf-8').read().split('\n')
starts = [i for i,l in enumerate(src) if re.match(r'^\d\.\d ', unicodedata.normalize('NFKC', l))]
blocks = {}
for k, st in enumerate(starts):
    end = starts[k+1] if k+1 < len(starts) else len(src)
    fid = unicodedata.normalize('NFKC', src[st]).split()[0]
    blocks[fid] = (st+1, end)  # 1-based start, inclusive end (1-based end = index end)
def check(fid):
    errs = []
    st, end = blocks[fid]
    b = json.load(open(os.path.join(HERE, 'bounds', fid + '.json'), encoding='utf-8'))
    hdr = next(n for n in range(st, end+1) if src[n-1].startswith('レベル 0'))
    covered = {}
    def cover(a, z, what):
        if a > z: errs.append(f'{what}: from {a} > to {z}')
        for n in range(a, z+1):
            if src[n-1].strip() == '': continue
            if n in covered: errs.append(f'line {n} in both {covered[n]} and {what}')
            covered[n] = what
    prev = 0
    undefined = 0
    for lv in map(str, range(6)):
        v = b['levels'].get(lv)
        if v == 'undefined': undefined += 1; continue
        if not isinstance(v, dict): errs.append(f'level {lv} missing'); continue
        if v['from'] <= prev: errs.append(f'level {lv} not after previous level')
        prev = v['to']
        cover(v['from'], v['to'], f'level {lv}')
    for i, nt in enumerate(b.get('notes', [])):
        cover(nt['from'], nt['to'], f'note {i}')
    for n in b.get('ignored', []):
        cover(n, n, 'ignored')
    dashes = 0
    for n in range(hdr+1, end+1):
        l = src[n-1].strip()
        if not l: continue
        m = re.match(r'^((?:─\s*)+)(.*)$', l)
        if m:
            dashes += m.group(1).count('─')
            if not m.group(2).strip():
                if n in covered: errs.append(f'line {n} is only ─ but is covered by {covered[n]}')
                continue
        if n not in covered: errs.append(f'line {n} not covered: {l[:30]}')
    for n in covered:
        if n <= hdr or n > end: errs.append(f'line {n} outside framework table ({hdr+1}-{end})')
    if dashes != undefined: errs.append(f'{dashes} ─ tokens but {undefined} undefined levels')
    return errs
ids = sys.argv[1:] or sorted(blocks)
bad = 0
for fid in ids:
    try: e = check(fid)
    except FileNotFoundError: e = ['no bounds file']
    print(fid, 'OK' if not e else '\n  ' + '\n  '.join(e)); bad += bool(e)
sys.exit(1 if bad else 0)
