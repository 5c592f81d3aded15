#!/usr/bin/env bash
# Three TelnyxMock processes on one PostgreSQL database, driven by 32 concurrent clients (drive.mjs) while the third is
# killed with SIGKILL. Uses the PostgreSQL server of PG_CONNECTION when set (.ci/run starts one), else starts its own
# (tests/lib/postgres.sh). Each process is the built app started directly (dotnet TelnyxMock.dll), so SIGKILL reaches
# the mock itself and not a launcher. Exits non-zero when a replica cannot start or any check of drive.mjs fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/tests/lib/postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
pids=()
own_server=false
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$own_server" = true ]; then pg_stop; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${PG_CONNECTION:-}" ]; then
  pg_start
  own_server=true
fi
database="replicas_$$_$RANDOM"
"$(pg_bin)/psql" "$(echo "$PG_CONNECTION" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" \
  -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $database" >/dev/null
connection="$(echo "$PG_CONNECTION" | sed "s/Database=[^;]*/Database=$database/")"

dotnet build "$root/src/TelnyxMock" -c Release -o "$work/app" --nologo -v quiet >/dev/null

urls=()
for i in 0 1 2; do
  log="$work/replica-$i.log"
  dotnet "$work/app/TelnyxMock.dll" --postgres "$connection" --urls http://127.0.0.1:0 --Logging:LogLevel:TelnyxMock.Requests Warning \
    --TelnyxMock:ReplicaName "replica-$i" --TelnyxMock:JournalSize 1000000 >"$log" 2>&1 &
  pids+=($!)
done
for i in 0 1 2; do
  log="$work/replica-$i.log" url=""
  for _ in $(seq 1 120); do
    url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$log" >&2; echo "replica-$i exited before listening" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { cat "$log" >&2; echo "replica-$i did not report its address" >&2; exit 1; }
  curl -sf "$url/_mock/health" | grep -q '"store":"postgres"' || { echo "replica-$i is not healthy on PostgreSQL" >&2; exit 1; }
  urls+=("$url")
done
echo "3 replicas on PostgreSQL database $database: ${urls[*]}"

REPLICAS="$(IFS=,; echo "${urls[*]}")" KILL_PID="${pids[2]}" CLIENTS="${CLIENTS:-32}" DURATION_MS="${DURATION_MS:-20000}" \
  node "$here/drive.mjs"
