# Applies every hand-made mutant of muts.py to src/Sannong.Domain, each behind `if SANNONG_MUT == id` (as Stryker
# does); run.sh then runs the named tests once per mutant. Revert with `git checkout src` afterwards.
import os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from muts import M
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'src', 'Sannong.Domain') + os.sep
byfile=collections.defaultdict(list)
for m in M: byfile[m[1]].append(m)
for f,ms in byfile.items():
    s=open(root+f).read()
    # locate all first against the original text, then replace from the end
    locs=[]
    for (i,_,kind,old,new,nth,_) in ms:
        pos=-1
        for _ in range(nth+1):
            pos=s.find(old,pos+1)
            if pos<0: sys.exit('not found %s'%i)
        locs.append((pos,i,kind,old,new))
    # group identical positions (several mutants of one expression): nest them
    groups=collections.defaultdict(list)
    for l in locs: groups[(l[0],l[3])].append(l)
    for (pos,old),ls in sorted(groups.items(),key=lambda x:-x[0][0]):
        if ls[0][2]=='S':
            body=old
            for (_,i,_,_,new) in ls:
                alt = new if new else ''
                body='if (Sannong.Domain.Mut.On("%s")) { %s } else { %s }'%(i,alt,body)
        else:
            body='('+old+')'
            for (_,i,_,_,new) in ls:
                body='(Sannong.Domain.Mut.On("%s") ? (%s) : %s)'%(i,new,body)
        s=s[:pos]+body+s[pos+len(old):]
    open(root+f,'w').write(s)
open(root+'Mut.cs','w').write('namespace Sannong.Domain;\ninternal static class Mut\n{\n    private static readonly string? Active = Environment.GetEnvironmentVariable("SANNONG_MUT");\n    internal static bool On(string id) => Active == id;\n}\n')
print(len(M))
