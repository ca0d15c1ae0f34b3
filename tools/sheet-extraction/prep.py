import os, re, unicodedata, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, '../../../shared/seeds/003_1d4768698f18b6b0.txt'), encoding='utf-8').read().split('\n')
def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
# find framework starts
starts = [i for i,l in enumerate(src) if re.match(r'^\d\.\d ', unicodedata.normalize('NFKC', l))]
out = []
for k, st in enumerate(starts):
    end = starts[k+1] if k+1 < len(starts) else len(src)
    block = src[st:end]
    fid = unicodedata.normalize('NFKC', block[0]).split()[0]
    print(f"\n######## FRAMEWORK {fid} (source lines {st+1}-{end})")
    para = 0
    for j, l in enumerate(block):
        if l.strip() == '':
            continue
        trail = l.endswith(' ')
        print(f"{st+j+1:5d} w={w(l.rstrip()):3d} {'¶' if trail else ' '} {l.rstrip()}")
