#!/usr/bin/env bash
# Builds and starts TelnyxMock (in-memory store), runs the Node SDK example against it, stops it.
# The mock takes a free port (or TELNYX_MOCK_PORT, failing loudly if that one is taken) and the example is pointed at
# the address this very process reports, so it never runs against some other server already listening.
# The mock signs telephony credential tokens with a fixed secret (TELNYX_MOCK_TOKEN_SECRET, or this script's own),
# which the examples get too, so telephony-credentials.mjs can check the signature.
# Exits non-zero when the build, the start or any SDK check fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/tests/lib/mock.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/TelnyxMock" --nologo -v quiet
log="$(mktemp)"
trap 'stop_mock; rm -f "$log"' EXIT
export TELNYX_MOCK_TOKEN_SECRET="${TELNYX_MOCK_TOKEN_SECRET:-node-sdk-example-token-secret}"
start_mock "$log" --in-memory --urls "http://127.0.0.1:${TELNYX_MOCK_PORT:-0}" --TelnyxMock:TokenSecret="$TELNYX_MOCK_TOKEN_SECRET"
curl -sf -o /dev/null "$MOCK_URL/_mock/health" || { cat "$log" >&2; echo "TelnyxMock on $MOCK_URL is not healthy" >&2; exit 1; }
echo "TelnyxMock (pid $MOCK_PID) listens on $MOCK_URL"

cd "$here"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
export TELNYX_BASE_URL="$MOCK_URL/v2" TELNYX_API_KEY="${TELNYX_API_KEY:-KEY_node_sdk}"
node ip-connections.mjs
node ips.mjs
node credential-connections.mjs
node fqdn-connections.mjs
node outbound-voice-profiles.mjs
node provision-a-trunk.mjs
node telephony-credentials.mjs
