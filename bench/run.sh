#!/usr/bin/env bash
# Generates the sample programme's files (scales 0.1, 0.3 and 1.0, under bench/data/), checks that every alternative
# gives the same numbers at each scale, then runs the whole suite with BenchmarkDotNet's short job (1 launch,
# 3 warm-up and 3 measured iterations). Results: BenchmarkDotNet.Artifacts/ (and headlines.md there). Without
# arguments it first measures the memory of reading the full-scale documents and times the command line
# (bench/cli-timings.sh). Extra arguments go to BenchmarkDotNet alone, e.g. bash bench/run.sh --filter '*Gini*'.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export SANNONG_BENCH_DATA="$PWD/bench/data"
# The scaled suites (end to end) run at every scale; reading and the loaded-data scorecard at full scale only.
export SANNONG_BENCH_SCALES="${SANNONG_BENCH_SCALES:-0.1,0.3,1.0}"
export SANNONG_BENCH_READING_SCALE="${SANNONG_BENCH_READING_SCALE:-1.0}"
export SANNONG_BENCH_COMPUTE_SCALE="${SANNONG_BENCH_COMPUTE_SCALE:-1.0}"
start=$(date +%s)

dotnet build bench/Sannong.Domain.Benchmarks/Sannong.Domain.Benchmarks.csproj -c Release --nologo -v quiet
program=bench/Sannong.Domain.Benchmarks/bin/Release/net10.0/Sannong.Domain.Benchmarks.dll

IFS=',' read -r -a scales <<<"$SANNONG_BENCH_SCALES,$SANNONG_BENCH_READING_SCALE,$SANNONG_BENCH_COMPUTE_SCALE"
for scale in $(printf '%s\n' "${scales[@]}" | sort -u); do
  # Files from before issue 17 (dataset.json with empty earnings and content arrays beside their .ndjson files) are not
  # a dataset folder: those are written again.
  folder="$SANNONG_BENCH_DATA/scale-$scale"
  if [ ! -f "$folder/sample.json" ] || tail -c 64 "$folder/dataset.json" | grep -q '"content": \[\]'; then
    dotnet "$program" --generate "$SANNONG_BENCH_DATA" --scale "$scale"
  fi
  # Correctness before timing: the alternatives must agree on these very files.
  dotnet "$program" --check --scale "$scale" --data "$SANNONG_BENCH_DATA"
done

# The platform month (issue 16): 378 million items from 42 million creators through views by creator and the inequality
# report on every core, with the one-thread tally and the sequence-way report side by side (exit 1 if they differ).
# Only for the whole suite (no arguments); SANNONG_PLATFORM_MONTH=0 skips it.
if [ "$#" -eq 0 ] && [ "${SANNONG_PLATFORM_MONTH:-1}" != 0 ]; then
  dotnet "$program" --platform-month --compare
fi

if [ "$#" -eq 0 ]; then
  # Outside BenchmarkDotNet: the targets' ratios measured interleaved, the memory of reading each full-scale document
  # (a fresh process each), then the command line.
  dotnet "$program" --ratios --scale "$SANNONG_BENCH_READING_SCALE"
  for document in dataset.json sample.json; do
    dotnet "$program" --memory "$SANNONG_BENCH_DATA/scale-$SANNONG_BENCH_READING_SCALE/$document"
  done
  bash bench/cli-timings.sh
  set -- --filter '*'
fi
dotnet "$program" "$@" --job short
echo "bench/run.sh took $(( $(date +%s) - start )) s"
