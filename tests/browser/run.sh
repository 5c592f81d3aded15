#!/usr/bin/env bash
# Swagger UI in Debian's Chromium (installed with apt-get when missing and running as root): starts a mock on a free
# port with an in-memory store and runs swagger-ui.mjs against it. SCREENSHOTS=<folder> keeps what the browser saw.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/tests/lib/mock.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
fi
[ -x /usr/bin/chromium ] || { echo "Debian's chromium is not installed (apt-get install chromium)" >&2; exit 1; }

dotnet build "$root/src/TelnyxMock" --nologo -v quiet
log="$(mktemp)"
trap 'stop_mock; rm -f "$log"' EXIT
start_mock "$log" --in-memory --urls "http://127.0.0.1:0"

cd "$here"
npm ci --no-audit --no-fund --silent
node swagger-ui.mjs "$MOCK_URL" "${SCREENSHOTS:-}"
