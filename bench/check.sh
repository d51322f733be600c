#!/usr/bin/env bash
# The benchmarks' correctness check, as CI runs it: build the benchmark project (warnings as errors) and run every
# alternative once on a small sample (scale 0.01, generated in a temporary folder): the library, the bare loops, the
# reflection + LINQ version and DuckDB must give the same numbers. Exits non-zero on any disagreement. No timing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
scale="${1:-0.01}"
dotnet build bench/Sannong.Domain.Benchmarks/Sannong.Domain.Benchmarks.csproj -c Release --nologo -v quiet
dotnet bench/Sannong.Domain.Benchmarks/bin/Release/net10.0/Sannong.Domain.Benchmarks.dll --check --scale "$scale"
