#!/usr/bin/env bash
# Builds and starts TelnyxMock (in-memory store), runs the Node SDK example against it, stops it.
# Exits non-zero when the build, the start or any SDK check fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${TELNYX_MOCK_PORT:-12111}"
url="http://127.0.0.1:${port}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/src/TelnyxMock" --nologo -v quiet

log="$(mktemp)"
ConnectionStrings__TelnyxMock="Data Source=:memory:" \
  dotnet run --project "$root/src/TelnyxMock" --no-build --no-launch-profile -- --urls "$url" >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true; rm -f "$log"' EXIT

# The mock answers 401 to an unauthenticated list once it is up.
for _ in $(seq 1 60); do
  if curl -s -o /dev/null "$url/v2/ip_connections"; then break; fi
  if ! kill -0 "$mock" 2>/dev/null; then cat "$log"; echo "TelnyxMock exited before answering" >&2; exit 1; fi
  sleep 1
done
curl -s -o /dev/null "$url/v2/ip_connections" || { cat "$log"; echo "TelnyxMock did not answer on $url" >&2; exit 1; }

cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
TELNYX_BASE_URL="$url/v2" TELNYX_API_KEY="${TELNYX_API_KEY:-KEY_node_sdk}" node ip-connections.mjs
