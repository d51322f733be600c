#!/usr/bin/env bash
# Runs docs/notebooks/sannong-tour.ipynb headless with dotnet-repl against a packed Sannong.Domain 0.1.0 in
# PACKAGE_DIR (dotnet pack src/Sannong.Domain -c Release -o PACKAGE_DIR). Fails (non-zero) if any cell throws.
# A fresh NuGet package folder is used, so a stale Sannong.Domain 0.1.0 in ~/.nuget/packages is never loaded.
# Usage (from anywhere): bash docs/notebooks/run.sh PACKAGE_DIR
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1/Sannong.Domain.0.1.0.nupkg" ]; then
    echo "usage: $0 PACKAGE_DIR (a folder holding Sannong.Domain.0.1.0.nupkg)" >&2; exit 64
fi
package_dir=$(cd "$1" && pwd)
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The notebook names a local folder in its #i line; point it at PACKAGE_DIR.
sed 's|#i \\"nuget: [^"\\]*\\"|#i \\"nuget: '"$package_dir"'\\"|' docs/notebooks/sannong-tour.ipynb > "$work/sannong-tour.ipynb"
grep -q "nuget: $package_dir" "$work/sannong-tour.ipynb" || { echo "could not point the notebook at $package_dir" >&2; exit 1; }

export NUGET_PACKAGES="$work/packages"
status=0
dotnet tool run dotnet-repl -- --run "$work/sannong-tour.ipynb" --exit-after-run \
    --output-format ipynb --output-path "$work/out.ipynb" > "$work/log.txt" 2>&1 || status=$?
cat "$work/log.txt"
# Show what each cell printed, and any error.
if [ -f "$work/out.ipynb" ]; then
    python3 - "$work/out.ipynb" <<'PY' || true
import json, sys
for cell in json.load(open(sys.argv[1]))["cells"]:
    for out in cell.get("outputs", []):
        text = out.get("text") or out.get("data", {}).get("text/plain")
        if out.get("output_type") == "error":
            text = f"ERROR {out.get('ename', '')}: {out.get('evalue', '')}"
        if text:
            text = "".join(text)
            print(text, end="" if text.endswith("\n") else "\n")
PY
fi
if [ "$status" -ne 0 ]; then
    echo "The notebook failed (dotnet-repl exit code $status): a cell threw or did not compile." >&2
    exit 1
fi
echo "The notebook ran: every cell passed."
