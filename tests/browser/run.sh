#!/usr/bin/env bash
# Swagger UI in Debian's Chromium (installed with apt-get when missing and running as root): starts a mock on a free
# port with an in-memory store and runs swagger-ui.mjs against it. SCREENSHOTS=<folder> keeps what the browser saw.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
fi
[ -x /usr/bin/chromium ] || { echo "Debian's chromium is not installed (apt-get install chromium)" >&2; exit 1; }

dotnet build "$root/src/TelnyxMock" --nologo -v quiet
log="$(mktemp)"
dotnet run --project "$root/src/TelnyxMock" --no-build --no-launch-profile -- --in-memory --urls "http://127.0.0.1:0" >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 120); do
  url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$mock" 2>/dev/null || { cat "$log" >&2; echo "TelnyxMock exited before listening" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$log" >&2; echo "TelnyxMock did not report its address" >&2; exit 1; }

cd "$here"
npm ci --no-audit --no-fund --silent
node swagger-ui.mjs "$url" "${SCREENSHOTS:-}"
