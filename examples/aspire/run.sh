#!/usr/bin/env bash
# Packs TelnyxMock.Aspire.Hosting into ./local-packages and the TelnyxMock .NET tool beside it, installs the tool on
# PATH (the AppHost runs `telnyxmock`, as on a developer's machine), installs the Node service's packages, then runs
# the test project that starts the AppHost with Aspire's orchestrator and drives the service. Exits non-zero when
# packing, restoring or the test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version=$(dotnet msbuild "$root/src/TelnyxMock.Aspire.Hosting/TelnyxMock.Aspire.Hosting.csproj" -getProperty:Version -nologo)
rm -rf "$here/local-packages" "$here/.tools" "$here"/{AppHost,Tests}/{bin,obj}
dotnet pack "$root/src/TelnyxMock.Aspire.Hosting/TelnyxMock.Aspire.Hosting.csproj" -c Release -o "$here/local-packages" --nologo -v quiet
dotnet pack "$root/src/TelnyxMock/TelnyxMock.csproj" -c Release -o "$here/local-packages" --nologo -v quiet
# NuGet keeps a restored version in its global folder; drop it so this run uses what was just packed (the tool's
# package, its per-runtime packages telnyxmock.<rid> and telnyxmock.aspire.hosting).
packages="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')"
rm -rf "$packages/telnyxmock/$version" "$packages"/telnyxmock.*/"$version"

# From a folder outside this one: --add-source cannot be combined with the package source mapping of nuget.config.
(cd "$(mktemp -d)" && dotnet tool install --tool-path "$here/.tools" --add-source "$here/local-packages" --version "$version" TelnyxMock > /dev/null)
export PATH="$here/.tools:$PATH"
(cd "$here/trunks" && npm ci --no-audit --no-fund)

cd "$here"
dotnet test Tests/TelnyxExample.Tests.csproj -p:TelnyxMockVersion="$version" --nologo
