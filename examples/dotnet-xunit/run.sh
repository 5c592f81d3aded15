#!/usr/bin/env bash
# Packs TelnyxMock.Testing into ./local-packages and runs this example test project against that package, the way a
# user's solution consumes it. Exits non-zero when packing, restoring or any test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version=$(dotnet msbuild "$root/src/TelnyxMock.Testing/TelnyxMock.Testing.csproj" -getProperty:Version -nologo)
rm -rf "$here/local-packages" "$here/bin" "$here/obj"
dotnet pack "$root/src/TelnyxMock.Testing/TelnyxMock.Testing.csproj" -c Release -o "$here/local-packages" --nologo -v quiet
# NuGet keeps a restored version in its global folder; drop it so this run uses what was just packed.
rm -rf "$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')/telnyxmock.testing/$version"

cd "$here"
dotnet test TrunkProvisioning.Tests.csproj -p:TelnyxMockVersion="$version" --nologo
