#!/usr/bin/env bash
# Runs every example under docs/examples/ (.NET 10 file-based apps) and compares its output with the
# *.expected.txt file next to it. Also compiles and runs the C# code of docs/getting-started.md and of the
# package README (src/Sannong.Domain/PACKAGE.md): their ```csharp blocks, joined in order, are one program.
# Exits non-zero on a build failure, a crash or any difference.
# Usage (from anywhere): bash docs/examples/run.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
examples=docs/examples
gen="$examples/.md-snippets"     # generated programs (git-ignored)
rm -rf "$gen" && mkdir -p "$gen"
failures=0

check() {   # check NAME PROGRAM.cs EXPECTED.txt
    local name=$1 program=$2 expected=$3 actual
    # Build first, so that build warnings (SourceLink under CI=true, say) never mix with the program's output.
    if ! dotnet build "$program" > "$gen/$name.build.log" 2>&1; then
        echo "FAIL $name: it did not build:"; tail -30 "$gen/$name.build.log"
        failures=$((failures + 1)); return
    fi
    if ! actual=$(dotnet run --no-build "$program" 2>&1); then
        echo "FAIL $name: it did not run:"; echo "$actual" | tail -20
        failures=$((failures + 1)); return
    fi
    if ! diff -u "$expected" <(printf '%s\n' "$actual") > "$gen/$name.diff"; then
        echo "FAIL $name: output differs from $expected:"; cat "$gen/$name.diff"
        failures=$((failures + 1)); return
    fi
    echo "ok   $name"
}

shown() {   # shown MARKDOWN MARKER EXPECTED.txt: the ```text block after the line MARKER must be the real output
    if ! diff -u "$3" <(awk -v m="$2" '$0 == m {p=1; next} p && /^```text/ {on=1; next} on && /^```/ {exit} on' "$1"); then
        echo "FAIL $1: the output shown after '$2' is not the program's output"; failures=$((failures + 1))
    fi
}

extract() {   # extract MARKDOWN OUT.cs: the ```csharp blocks of MARKDOWN as one file-based app
    { echo '#:project ../../../src/Sannong.Domain/Sannong.Domain.csproj'
      awk '/^```csharp[[:space:]]*$/ {on=1; next} /^```/ {on=0} on' "$1"; } > "$2"
}

for program in "$examples"/*.cs; do
    name=$(basename "$program" .cs)
    check "$name" "$program" "$examples/$name.expected.txt"
done

extract docs/getting-started.md "$gen/getting-started.cs"
check getting-started.md "$gen/getting-started.cs" "$examples/score-my-programme.expected.txt"
shown docs/getting-started.md "The program prints:" "$examples/score-my-programme.expected.txt"

extract src/Sannong.Domain/PACKAGE.md "$gen/package-readme.cs"
check PACKAGE.md "$gen/package-readme.cs" "$examples/package-readme.expected.txt"
shown src/Sannong.Domain/PACKAGE.md "Prints:" "$examples/package-readme.expected.txt"

if [ "$failures" -ne 0 ]; then echo "$failures example(s) failed"; exit 1; fi
echo "All examples passed."
