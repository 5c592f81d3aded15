#!/usr/bin/env bash
# The PostgreSQL store beside SQLite, in one run on one machine: V2 create, retrieve and list (25 of SEED) with
#   SQLite (a file, one process) | PostgreSQL, one replica | PostgreSQL, two replicas (the load split across both).
#   benchmarks/replicas.sh                  # defaults: 3 wrk runs of 8 s per workload (after a 3 s warm-up)
#   RUNS=5 DURATION=15s benchmarks/replicas.sh
#   benchmarks/replicas.sh --rev 1b0ecb7    # the mock of that revision, measured by this script
# PostgreSQL is Debian's server on loopback (tests/lib/postgres.sh) with fsync on and synchronous_commit off: like the
# SQLite store (WAL, synchronous=NORMAL), a commit survives the mock being killed but not the machine losing power.
# Needs: the .NET SDK, Node.js, wrk and PostgreSQL's server (installed with apt-get when missing and running as root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/tests/lib/postgres.sh"
source "$here/lib.sh"
rev=""
if [ "${1:-}" = "--rev" ]; then rev=${2:?--rev needs a revision}; shift 2; fi
[ $# -eq 0 ] || { echo "usage: benchmarks/replicas.sh [--rev <git revision>]" >&2; exit 2; }
RUNS="${RUNS:-3}" DURATION="${DURATION:-8s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}"
SEED="${SEED:-5000}" WARMUP="${WARMUP:-3s}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pg_stop
  [ -z "$rev" ] || git -C "$root" worktree remove --force "$work/rev" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
src="$root"
if [ -n "$rev" ]; then git -C "$root" worktree add --detach --quiet "$work/rev" "$rev"; src="$work/rev"; fi
built="$(git -C "$src" rev-parse --short HEAD)$( [ -z "$(git -C "$src" status --porcelain -- src)" ] || echo "+changes" )"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
echo "== preparing the mock of $built (Release publish), PostgreSQL" >&2
dotnet publish "$src/src/TelnyxMock/TelnyxMock.csproj" -c Release --use-current-runtime --self-contained true -o "$work/mock" --nologo -v quiet >&2
PG_OPTIONS="-c synchronous_commit=off" pg_start

start() { # port, store arguments... → pid
  local port=$1; shift
  TelnyxMock__Quiet=true "$work/mock/TelnyxMock" --urls "http://127.0.0.1:$port" "$@" >"$work/mock-$port.log" 2>&1 &
  echo $!
}
seed() { node "$here/seed.mjs" connections "$1" "$SEED"; } # port
cat > "$work/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer KEY_bench"
LUA
cat > "$work/create.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer KEY_bench"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"connection_name":"bench-create","transport_protocol":"UDP","inbound":{"sip_region":"Europe","codecs":["G722","OPUS"]}}'
LUA

wrk_once() { # connections, url, script, duration → "rps p99ms non2xx"
  local out
  out=$(wrk -t"$THREADS" -c"$1" -d"$4" --latency -s "$3" "$2")
  awk '/Requests\/sec/ {rps=$2}
       $1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v*=1000}; p99=v}
       /Non-2xx/ {bad=$5}
       END {print rps, p99, bad+0}' <<<"$out"
}
measure() { # config, workload, script, path, base urls... : warm-up, then RUNS runs; with several bases, the connections are split and the rps summed
  local config=$1 workload=$2 script=$3 path=$4; shift 4
  local bases=("$@") share=$((CONNECTIONS / $#)) i
  for base in "${bases[@]}"; do wrk -t"$THREADS" -c"$share" -d"$WARMUP" -s "$script" "$base$path" >/dev/null & done; wait
  for _ in $(seq 1 "$RUNS"); do
    for i in "${!bases[@]}"; do wrk_once "$share" "${bases[$i]}$path" "$script" "$DURATION" > "$work/part-$i" & done; wait
    cat "$work"/part-* | awk '{rps+=$1; if ($2>p99) p99=$2; bad+=$3} END {print rps, p99, bad}' >> "$work/result-$config-$workload"
    rm -f "$work"/part-*
  done
}
run_config() { # config, base urls...
  local config=$1; shift
  local id
  id=$(curl -sf -H "Authorization: Bearer KEY_bench" "$1/v2/ip_connections?page%5Bsize%5D=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data[0].id))')
  echo "== $config" >&2
  measure "$config" retrieve "$work/get.lua" "/v2/ip_connections/$id" "$@"
  measure "$config" list25 "$work/get.lua" "/v2/ip_connections?page%5Bsize%5D=25&page%5Bnumber%5D=7" "$@"
  measure "$config" create "$work/create.lua" "/v2/ip_connections" "$@"
}

# SQLite, one process.
pid=$(start 12190 --db "$work/bench.db"); pids+=("$pid")
wait_for "http://127.0.0.1:12190/_mock/health"; seed 12190
run_config sqlite "http://127.0.0.1:12190"
kill "$pid"; wait "$pid" 2>/dev/null || true

# PostgreSQL, one replica, then a second replica on the same database.
pg_sql "CREATE DATABASE bench"
connection="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=bench;Maximum Pool Size=64"
pid=$(start 12191 --postgres "$connection" --TelnyxMock:ReplicaName r1); pids+=("$pid")
wait_for "http://127.0.0.1:12191/_mock/health"; seed 12191
run_config postgres1 "http://127.0.0.1:12191"
pid=$(start 12192 --postgres "$connection" --TelnyxMock:ReplicaName r2); pids+=("$pid")
wait_for "http://127.0.0.1:12192/_mock/health"
# The same data as the one-replica run started with: its creates would make every list count more rows.
curl -sf -o /dev/null -X POST http://127.0.0.1:12191/_mock/reset; seed 12191
run_config postgres2 "http://127.0.0.1:12191" "http://127.0.0.1:12192"

col() { awk -v c="$2" '{print $c}' "$work/result-$1" | median; }
bad() { awk '{s+=$3} END {print s+0}' "$work/result-$1"; }
echo
echo "TelnyxMock stores, the mock of $built — $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); medians of $RUNS wrk runs ($CONNECTIONS connections in all, $DURATION), $SEED seeded V2 connections; PostgreSQL $(pg_sql 'SHOW server_version')"
printf '\n| %-34s | %14s | %20s | %21s |\n' "workload" "SQLite, 1 proc" "PostgreSQL, 1 replica" "PostgreSQL, 2 replicas"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..22})" "$(printf -- '-%.0s' {1..23})"
for w in create retrieve list25; do
  label=$(case $w in create) echo "V2 create";; retrieve) echo "V2 retrieve";; list25) echo "V2 list, 25 of $SEED+";; esac)
  printf '| %-34s | %14s | %20s | %21s |\n' "$label: requests/s" "$(col "sqlite-$w" 1)" "$(col "postgres1-$w" 1)" "$(col "postgres2-$w" 1)"
  printf '| %-34s | %14s | %20s | %21s |\n' "$label: p99 latency (ms)" "$(col "sqlite-$w" 2)" "$(col "postgres1-$w" 2)" "$(col "postgres2-$w" 2)"
  for c in sqlite postgres1 postgres2; do [ "$(bad "$c-$w")" = 0 ] || echo "  ! non-2xx answers during $c $w: $(bad "$c-$w")"; done
done

# The issue's targets (benchmarks/README.md): each line says met or missed, with the figure it was judged on.
TARGET_WIDTH=52; targets_header
target "PostgreSQL, one replica: V2 create" "$(col postgres1-create 1)" ge 2000 "/s"
target "PostgreSQL, one replica: V2 retrieve" "$(col postgres1-retrieve 1)" ge 5000 "/s"
target "PostgreSQL, two replicas ÷ one: V2 retrieve" "$(times "$(col postgres2-retrieve 1)" "$(col postgres1-retrieve 1)")" ge 1.6 "×"
target "PostgreSQL, two replicas ÷ one: V2 list, 25 of $SEED+" "$(times "$(col postgres2-list25 1)" "$(col postgres1-list25 1)")" ge 1.6 "×"
