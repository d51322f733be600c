#!/usr/bin/env bash
# Publishes tests/aot/Sannong.AotCheck with native AOT (warnings as errors: any trim or AOT warning from the library
# fails the build) and runs it on the documented example dataset. Usage: bash tests/aot/check.sh
# Needs a C toolchain for the native link (clang, or gcc with the linker NativeAOT expects); installs clang and
# zlib1g-dev with apt-get when clang is missing and the script runs as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if ! command -v clang >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "aot: installing clang and zlib1g-dev for the native link"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
  else
    echo "aot: clang is missing and cannot be installed here" >&2
    exit 1
  fi
fi

dotnet publish "$here/Sannong.AotCheck/Sannong.AotCheck.csproj" -c Release -r linux-x64 -o "$out" -nologo -v quiet
"$out/Sannong.AotCheck" "$root/tests/Sannong.Domain.Tests/Serialization/valid-base.json"
echo "aot: native AOT publish and run passed"
