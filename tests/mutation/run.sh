#!/usr/bin/env bash
# Mutation testing of Sannong.Domain with Stryker.NET (dotnet-stryker, local tool manifest).
#
#   tests/mutation/run.sh [Namespace...]        default: Primitives Programmes Progress
#
# For each namespace, mutates src/Sannong.Domain/<Namespace>/**/*.cs, runs the whole
# Sannong.Domain.Tests suite (net10.0) against each mutant, writes the reports under
# tests/mutation/out/<Namespace>/ (json, html, cleartext log) and prints one line:
#   <Namespace>: score S% (killed K, survived S, timeout T, no coverage N; W min)
#
# Environment (optional):
#   MUTATE        replaces the mutate glob (one namespace only), e.g. "**/Primitives/Money*.cs"; several
#                 globs are separated by ';', and a glob may end in line spans, e.g. "**/Money.cs{120..140}",
#                 for a narrower re-check or a slice of a large namespace; the reports then go to
#                 out/<Namespace>-<OUT_NAME>/ (OUT_NAME defaults to "partial").
#   CONCURRENCY   Stryker test-runner processes (default 2).
#   STRYKER_ARGS  further arguments passed to dotnet stryker (e.g. "--since:main").
#
# Slow: Primitives took 17.5 minutes on an idle 2-core machine, the larger namespaces an hour
# or more each. Not run in CI. On a shared machine run it as `nice -n 19 tests/mutation/run.sh`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tests="$root/tests/Sannong.Domain.Tests"

if [ "$#" -eq 0 ]; then set -- Primitives Programmes Progress; fi
if [ -n "${MUTATE:-}" ] && [ "$#" -ne 1 ]; then
  echo "run.sh: MUTATE needs exactly one namespace" >&2; exit 2
fi
for ns in "$@"; do
  if [ ! -d "$root/src/Sannong.Domain/$ns" ]; then
    echo "run.sh: no namespace folder src/Sannong.Domain/$ns" >&2; exit 2
  fi
done

(cd "$root" && dotnet tool restore >/dev/null)

summaries=()
for ns in "$@"; do
  glob="**/$ns/**/*.cs"
  out="$here/out/$ns"
  if [ -n "${MUTATE:-}" ]; then glob="$MUTATE"; out="$here/out/$ns-${OUT_NAME:-partial}"; fi
  rm -rf "$out"
  mkdir -p "$out"
  start=$(date +%s)
  echo "== $ns: mutating $glob (log: $out/stryker.log; one dot per mutant tested)" >&2
  mutate_args=()
  IFS=';' read -r -a globs <<<"$glob"
  for g in "${globs[@]}"; do mutate_args+=(--mutate "$g"); done
  # shellcheck disable=SC2086
  if ! (cd "$tests" && dotnet stryker --target-framework net10.0 --project Sannong.Domain.csproj \
        "${mutate_args[@]}" --concurrency "${CONCURRENCY:-2}" \
        --reporter json --reporter cleartext --reporter html --reporter dots \
        --skip-version-check --output "$out" ${STRYKER_ARGS:-}) >"$out/stryker.log" 2>&1; then
    echo "run.sh: stryker failed for $ns; see $out/stryker.log" >&2
    tail -n 30 "$out/stryker.log" >&2
    exit 1
  fi
  minutes=$(( ($(date +%s) - start + 30) / 60 ))
  report="$out/reports/mutation-report.json"
  line=$(jq -r --arg ns "$ns" --arg min "$minutes" '
    [.files[].mutants[].status] as $s
    | ($s | map(select(. == "Killed")) | length) as $k
    | ($s | map(select(. == "Survived")) | length) as $sv
    | ($s | map(select(. == "Timeout")) | length) as $t
    | ($s | map(select(. == "NoCoverage")) | length) as $nc
    | (($k + $t) * 100 / ([$k + $t + $sv + $nc, 1] | max)) as $score
    | "\($ns): score \($score * 100 | round / 100)% (killed \($k), survived \($sv), timeout \($t), no coverage \($nc); \($min) min)"
  ' "$report")
  echo "$line" | tee "$out/summary.txt"
  summaries+=("$line")
done

if [ "${#summaries[@]}" -gt 1 ]; then
  printf '%s\n' "${summaries[@]}"
fi
