#!/usr/bin/env bash
# Packs every package of the repository (each project under src/ that is packable: the TelnyxMock tool, which is a
# thin package plus one per runtime, TelnyxMock.<rid>, and the libraries) with one version into one folder. The
# release workflow runs it with the tag's version; CI's dry run (tests/release/dry-run.sh) runs it into a local feed
# and installs from there.
#   .github/scripts/pack.sh <version> <output folder>
set -euo pipefail
version=${1:?usage: pack.sh <version> <output folder>}
out=${2:?usage: pack.sh <version> <output folder>}
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
for project in "$root"/src/*/*.csproj; do
  if [ "$(dotnet msbuild "$project" -getProperty:IsPackable -nologo)" = "true" ]; then
    echo "packing $(basename "$project" .csproj) $version"
    dotnet pack "$project" -c Release -p:Version="$version" -o "$out" --nologo -v quiet
  fi
done
