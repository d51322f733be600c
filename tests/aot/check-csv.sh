#!/usr/bin/env bash
# Publishes tests/aot/Sannong.Domain.Csv.AotCheck with native AOT (warnings as errors) and runs it on the MCN export
# fixture with its column map. Usage: bash tests/aot/check-csv.sh (needs clang, as check.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet publish "$here/Sannong.Domain.Csv.AotCheck/Sannong.Domain.Csv.AotCheck.csproj" -c Release -r linux-x64 -o "$out" -nologo -v quiet
fixture="$root/tests/Sannong.Domain.Csv.Tests/Fixtures/mcn-export"
"$out/Sannong.Domain.Csv.AotCheck" "$fixture" "$fixture/map.json"
echo "aot: Sannong.Domain.Csv native AOT publish and run passed"
