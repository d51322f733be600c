#!/bin/bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../../.."
run() { # id filter
  out=$(SANNONG_MUT="$1" timeout 300 dotnet test tests/Sannong.Domain.Tests -c Release -f net10.0 --no-build --filter "FullyQualifiedName~$2" 2>&1)
  summary=$(echo "$out" | grep -E "Passed!|Failed!" | head -1 | sed 's/ - Sannong.*//')
  failed=$(echo "$out" | grep -E "^\s+Failed " | sed 's/^\s*Failed //; s/ \[.*//' | sort -u | tr '\n' ',' )
  echo -e "$1\t$2\t$summary\t$failed"
}
run BASE Progress
python3 -c "
import sys; sys.path.insert(0,'$here'); from muts import M
for m in M: print(m[0]+'\t'+m[6])" | while IFS=$'\t' read id filt; do run "$id" "$filt"; done
echo ALLDONE
