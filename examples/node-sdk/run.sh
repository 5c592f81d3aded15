#!/usr/bin/env bash
# Builds and starts TelnyxMock (in-memory store), runs the Node SDK example against it, stops it.
# The mock takes a free port (or TELNYX_MOCK_PORT, failing loudly if that one is taken) and the example is pointed at
# the address this very process reports, so it never runs against some other server already listening.
# Exits non-zero when the build, the start or any SDK check fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${TELNYX_MOCK_PORT:-0}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/src/TelnyxMock" --nologo -v quiet

log="$(mktemp)"
dotnet run --project "$root/src/TelnyxMock" --no-build --no-launch-profile -- \
  --in-memory --urls "http://127.0.0.1:${port}" >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 120); do
  url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$mock" 2>/dev/null; then cat "$log" >&2; echo "TelnyxMock exited before listening" >&2; exit 1; fi
  sleep 0.5
done
[ -n "$url" ] || { cat "$log" >&2; echo "TelnyxMock did not report its address" >&2; exit 1; }
curl -sf -o /dev/null "$url/_mock/health" || { cat "$log" >&2; echo "TelnyxMock on $url is not healthy" >&2; exit 1; }
echo "TelnyxMock (pid $mock) listens on $url"

cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
TELNYX_BASE_URL="$url/v2" TELNYX_API_KEY="${TELNYX_API_KEY:-KEY_node_sdk}" node ip-connections.mjs
