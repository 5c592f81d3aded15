#!/usr/bin/env bash
# How long TelnyxMock.Testing's TelnyxMockServer.StartAsync takes in a test process (Release build):
#   benchmarks/in-process-start.sh [starts]     # default 30
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/InProcessStart/InProcessStart.csproj" -c Release --nologo -v quiet >&2
dotnet run --project "$here/InProcessStart/InProcessStart.csproj" -c Release --no-build -- "${1:-30}"
