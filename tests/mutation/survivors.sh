#!/usr/bin/env bash
# Lists the mutants of a Stryker JSON report that were not killed (survived, no coverage, or any other
# non-killed status when ALL=1): path:line:column  status  mutator  original -> replacement
#   tests/mutation/survivors.sh tests/mutation/out/Primitives/reports/mutation-report.json
set -euo pipefail
report="${1:?usage: survivors.sh <mutation-report.json>}"
jq -r --arg all "${ALL:-}" '
  .files | to_entries[] | .key as $path | .value.source as $src | .value.mutants[]
  | select(.status == "Survived" or .status == "NoCoverage" or ($all != "" and .status != "Killed"))
  | ($src | split("\n")) as $lines
  | ($lines[.location.start.line - 1]) as $line
  | "\($path | sub(".*/src/Sannong.Domain/"; "")):\(.location.start.line):\(.location.start.column)\t\(.status)\t\(.mutatorName)\t\(.replacement | gsub("\n"; " ") | .[0:140])"
' "$report" | sort -t: -k1,1 -k2,2n
