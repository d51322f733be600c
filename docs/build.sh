#!/usr/bin/env bash
# Builds the documentation site (API reference + conceptual pages) into docs/_site with docfx.
# Fails (non-zero) on any warning: a broken link, an unresolved cross-reference, a bad doc comment.
# Usage (from anywhere): bash docs/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf docs/_site docs/api/*.yml docs/api/.manifest
dotnet docfx docs/docfx.json --warningsAsErrors
