#!/usr/bin/env bash
# Issue 18's CSV target: CsvRecordFormat reading content.csv (SampleProgramme.Generate(1, 1.0)'s content) into records at
# no less than half of Sep's own parse of the same file into nothing. Prints both from one run, with the load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/CsvSpeed/CsvSpeed.csproj -c Release --nologo -v quiet
uptime
dotnet bench/CsvSpeed/bin/Release/net10.0/CsvSpeed.dll "${1:-bench/data/csv-speed}" "${2:-5}"
uptime
