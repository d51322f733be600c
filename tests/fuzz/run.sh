#!/usr/bin/env bash
# Fuzzes the sannong-dataset/1 reader, writer and calculators (tests/fuzz/README.md).
# Usage (from anywhere): bash tests/fuzz/run.sh [seconds]   (default 600)
# Builds the harness (Release), instruments its copy of Sannong.Domain.dll with SharpFuzz, and runs AFL++ for the
# given seconds on the seed corpus with the token dictionary. When afl-fuzz is missing and cannot be installed (or
# cannot start), it runs the same target in-process over the corpus and a deterministic mutation loop instead, and
# says so. Prints one summary line; exits 1 when any input crashes (seed or found), 0 otherwise.
# Environment: SANNONG_FUZZ_OUT (output folder, default tests/fuzz/out); SANNONG_FUZZ_DATES=document (see README).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
fuzz=$(pwd)
seconds=${1:-600}
case "$seconds" in ''|*[!0-9]*) echo "usage: bash tests/fuzz/run.sh [seconds]" >&2; exit 2;; esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out="${SANNONG_FUZZ_OUT:-$fuzz/out}"   # another folder lets two runs go side by side
build="$fuzz/Sannong.Fuzz/bin/Release/net10.0"
bin="$out/bin"
tools="$fuzz/.tools"
started=$(date +%s)

say() { printf '== fuzz: %s\n' "$*"; }
loud() { printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! %s\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' "$*"; }

say "building the harness (Release)"
if ! dotnet build "$fuzz/Sannong.Fuzz/Sannong.Fuzz.csproj" -c Release -nologo -v q > "$fuzz/.build.log" 2>&1; then
    tail -40 "$fuzz/.build.log"; echo "FAIL: the fuzz harness did not build" >&2; exit 1
fi
rm -f "$fuzz/.build.log"
# Only what a run writes is removed, so that SANNONG_FUZZ_OUT may name any folder.
rm -rf "$out/bin" "$out/findings" "$out/replay-crashes" "$out"/*.log && mkdir -p "$out"

# Every seed first, in-process on the plain build: a seed that crashes is a finding too (AFL would only skip it).
say "replaying the seed corpus"
seed_status=0
dotnet "$build/Sannong.Fuzz.dll" --replay "$fuzz/corpus" > "$out/seeds.log" 2>&1 || seed_status=$?
grep -A14 '^CRASH' "$out/seeds.log" | grep -v '^replay: ' | cut -c1-240
tail -1 "$out/seeds.log"

replay_instead() {   # replay_instead REASON: the fallback, loud
    loud "AFL++ UNAVAILABLE ($1): NOT fuzzing with AFL. Running instead the same target in-process over the seed corpus and deterministic byte mutations (seed 1, dictionary tokens) for $seconds s."
    local status=0
    dotnet "$build/Sannong.Fuzz.dll" --replay "$fuzz/corpus" --seconds "$seconds" --seed 1 --dict "$fuzz/dict.txt" \
        --crashes "$out/replay-crashes" > "$out/replay.log" 2>&1 || status=$?
    grep -A14 '^CRASH (mutation' "$out/replay.log" | grep -v '^replay: ' | cut -c1-240
    local summary; summary=$(grep '^replay: .*mutated' "$out/replay.log" | tail -1)
    echo "fuzz summary (replay, no AFL): ${summary#replay: }; seed crashes: $([ "$seed_status" -eq 0 ] && echo 0 || grep -c '^CRASH' "$out/seeds.log"); wall time $(( $(date +%s) - started )) s"
    if [ "$status" -ne 0 ] || [ "$seed_status" -ne 0 ]; then
        [ -d "$out/replay-crashes" ] && { echo "crash files:"; ls -1 "$out/replay-crashes"; }
        exit 1
    fi
    exit 0
}

if ! command -v afl-fuzz > /dev/null; then
    say "afl-fuzz is missing: trying apt-get install -y afl++"
    export DEBIAN_FRONTEND=noninteractive
    { timeout 300 apt-get install -y afl++ || { timeout 300 apt-get update && timeout 300 apt-get install -y afl++; }; } \
        > "$out/apt.log" 2>&1 < /dev/null || true
    command -v afl-fuzz > /dev/null || replay_instead "afl-fuzz is not installed and apt-get could not install afl++; see $out/apt.log"
fi

if [ ! -x "$tools/sharpfuzz" ]; then
    say "installing the sharpfuzz tool (SharpFuzz.CommandLine 2.3.0) into $tools"
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" > "$out/tool.log" 2>&1 \
        || replay_instead "the sharpfuzz tool could not be installed; see $out/tool.log"
fi

# A fresh copy of the build, instrumented every run: the build output itself is never instrumented, so a rebuild
# can never leave a stale or doubly instrumented library behind.
cp -r "$build" "$bin"
say "instrumenting $bin/Sannong.Domain.dll"
"$tools/sharpfuzz" "$bin/Sannong.Domain.dll" > "$out/instrument.log" 2>&1 \
    || { cat "$out/instrument.log"; echo "FAIL: sharpfuzz could not instrument Sannong.Domain.dll" >&2; exit 1; }

say "afl-fuzz for $seconds s (findings in $out/findings)"
findings="$out/findings"
afl_status=0
AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
    afl-fuzz -i "$fuzz/corpus" -o "$findings" -x "$fuzz/dict.txt" -t 5000 -V "$seconds" \
    -- dotnet "$bin/Sannong.Fuzz.dll" > "$out/afl.log" 2>&1 < /dev/null || afl_status=$?
stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
    tail -25 "$out/afl.log"
    replay_instead "afl-fuzz did not start (exit $afl_status)"
fi

stat() { sed -n "s/^$1 *: *//p" "$stats" | head -1; }
crash_dir="$findings/default/crashes"
crash_files=$(find "$crash_dir" -type f -name 'id:*' 2>/dev/null | sort)
crashes=$(printf '%s' "$crash_files" | grep -c . || true)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | grep -c . || true)
echo "fuzz summary (AFL++): execs $(stat execs_done), $(stat execs_per_sec) execs/s, corpus $(stat corpus_count) paths, stability $(stat stability), crashes $crashes, hangs $hangs, seed crashes $([ "$seed_status" -eq 0 ] && echo 0 || grep -c '^CRASH' "$out/seeds.log"), run time $(stat run_time) s, wall time $(( $(date +%s) - started )) s"
if [ "$crashes" -gt 0 ]; then
    echo "crash files (reproduce one with: dotnet $build/Sannong.Fuzz.dll --replay FILE):"
    printf '%s\n' "$crash_files"
    # The first few with their stacks, replayed on the plain build.
    printf '%s\n' "$crash_files" | head -3 | while read -r file; do
        dotnet "$build/Sannong.Fuzz.dll" --replay "$file" 2>&1 | head -12 | cut -c1-240
    done
fi
if [ "$crashes" -gt 0 ] || [ "$seed_status" -ne 0 ]; then exit 1; fi
exit 0
