# Sourced by the scripts that drive a real mock (examples/node-sdk, tests/browser, tests/readme).
# start_mock LOG [ARGS...]: builds nothing; starts `dotnet run --project src/TelnyxMock --no-build` with ARGS, waits
# for the address it reports (so a script never talks to some other process on a port), and sets MOCK_PID and
# MOCK_URL. stop_mock stops it. Exits the script with the log when the mock stops before it listens.
start_mock() {
  local log=$1; shift
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  dotnet run --project "$root/src/TelnyxMock" --no-build --no-launch-profile -- "$@" >"$log" 2>&1 &
  MOCK_PID=$!
  MOCK_URL=""
  for _ in $(seq 1 120); do
    MOCK_URL=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$MOCK_URL" ] && return 0
    if ! kill -0 "$MOCK_PID" 2>/dev/null; then cat "$log" >&2; echo "TelnyxMock exited before listening" >&2; exit 1; fi
    sleep 0.5
  done
  cat "$log" >&2; echo "TelnyxMock did not report its address" >&2; exit 1
}

stop_mock() {
  [ -n "${MOCK_PID:-}" ] && { kill "$MOCK_PID" 2>/dev/null || true; wait "$MOCK_PID" 2>/dev/null || true; }
  MOCK_PID=""
}
