#!/usr/bin/env bash
# TelnyxMock benchmark: start-up, throughput, p99 latency and peak memory, against Stoplight Prism
# mocking Telnyx's own /ip_connections OpenAPI document (and, for outbound voice profiles and phone numbers, the
# connection-neighbourhood document), on the same machine in the same run.
#   benchmarks/run.sh                 # defaults: 3 wrk runs of 10 s per workload (after a 3 s warm-up), 5 start-ups
#   RUNS=5 DURATION=20s benchmarks/run.sh
#   benchmarks/run.sh --rev 1b0ecb7  # the mock (and the in-process library) of that revision, measured by this script
# Ends with the issue's targets, each "met" or "missed". Needs: the .NET SDK, Node.js, git, and wrk (installed with
# apt-get when missing and running as root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
rev=""
if [ "${1:-}" = "--rev" ]; then rev=${2:?--rev needs a revision}; shift 2; fi
[ $# -eq 0 ] || { echo "usage: benchmarks/run.sh [--rev <git revision>]" >&2; exit 2; }
RUNS="${RUNS:-3}" DURATION="${DURATION:-10s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}"
STARTUPS="${STARTUPS:-5}" INPROCESS="${INPROCESS:-5}" INPROCESS_STARTS="${INPROCESS_STARTS:-10}" SEED="${SEED:-10000}" WARMUP="${WARMUP:-3s}"
NUMBERS="${NUMBERS:-10000}" NUMBER_CONNECTIONS="${NUMBER_CONNECTIONS:-10}" # phone numbers, spread evenly over that many connections
MOCK_PORT=12180 PRISM_PORT=12181 FLOOR_PORT=12182
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -z "$rev" ] || git -C "$root" worktree remove --force "$work/rev" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# The mock's source: this tree, or the given revision checked out beside it (with this tree's in-process harness, so
# both measure the same way).
src="$root"
if [ -n "$rev" ]; then
  git -C "$root" worktree add --detach --quiet "$work/rev" "$rev"
  rm -rf "$work/rev/benchmarks/InProcessStart" && cp -r "$here/InProcessStart" "$work/rev/benchmarks/InProcessStart"
  rm -rf "$work/rev/benchmarks/InProcessStart/bin" "$work/rev/benchmarks/InProcessStart/obj"
  src="$work/rev"
fi
built="$(git -C "$src" rev-parse --short HEAD)$( [ -z "$(git -C "$src" status --porcelain -- src)" ] || echo "+changes" )"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
echo "== preparing the mock of $built (Release publishes), the Kestrel floor, Prism" >&2
# As the image publishes it: self-contained, composite ReadyToRun.
dotnet publish "$src/src/TelnyxMock/TelnyxMock.csproj" -c Release --use-current-runtime --self-contained true -o "$work/mock" --nologo -v quiet >&2
# As `dotnet run` and the .NET tool run it: framework-dependent, started by `dotnet`.
dotnet publish "$src/src/TelnyxMock/TelnyxMock.csproj" -c Release -o "$work/mock-fd" --nologo -v quiet >&2
dotnet publish "$here/KestrelFloor/KestrelFloor.csproj" -c Release --use-current-runtime --self-contained true -o "$work/floor" --nologo -v quiet >&2
dotnet publish "$here/KestrelFloor/KestrelFloor.csproj" -c Release -o "$work/floor-fd" --nologo -v quiet >&2
dotnet build "$src/benchmarks/InProcessStart/InProcessStart.csproj" -c Release --nologo -v quiet >&2
(cd "$here" && npm ci --no-audit --no-fund --silent >&2)
prism="$here/node_modules/@stoplight/prism-cli/dist/index.js"
reference="$root/openapi/telnyx-reference/ip-connections.json"
neighbourhood="$root/openapi/telnyx-reference/connection-neighbourhood.json"


start_mock() { # [framework-dependent]: the self-contained build unless given
  rm -f "$work"/bench.db*
  local command=("$work/mock/TelnyxMock")
  [ -z "${1:-}" ] || command=(dotnet "$work/mock-fd/TelnyxMock.dll")
  ConnectionStrings__TelnyxMock="Data Source=$work/bench.db" TelnyxMock__Quiet=true TelnyxMock__MaxBodyBytes=4194304 \
    "${command[@]}" --urls "http://127.0.0.1:$MOCK_PORT" >"$work/mock.log" 2>&1 &
  echo $!
}
start_prism() { # [document]: ip-connections.json unless given
  node "$prism" mock --host 127.0.0.1 --port "$PRISM_PORT" --errors=false --verboseLevel error "${1:-$reference}" >>"$work/prism.log" 2>&1 &
  echo $!
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
echo '{}' > "$work/empty.json"
start_floor() { # [framework-dependent] → sets pid; answers --body (an empty object until the retrieve's bytes are known)
  local command=("$work/floor/KestrelFloor")
  [ -z "${1:-}" ] || command=(dotnet "$work/floor-fd/KestrelFloor.dll")
  "${command[@]}" --urls "http://127.0.0.1:$FLOOR_PORT" --body "${2:-$work/empty.json}" >"$work/floor.log" 2>&1 & pid=$!
}
# Peak resident memory while the load runs: sampled every 100 ms from /proc (VmHWM would include the seeding).
sample_rss() { # pid, file
  while kill -0 "$1" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$1/status" >> "$2" 2>/dev/null; sleep 0.1; done
}
peak_rss_mb() { sort -n "$1" | tail -n 1 | awk '{printf "%.1f", $1/1024}'; }

auth="Authorization: Bearer KEY_bench"
mock_health="http://127.0.0.1:$MOCK_PORT/_mock/health"
mock_first="http://127.0.0.1:$MOCK_PORT/v2/ip_connections?page%5Bsize%5D=1"
prism_first="http://127.0.0.1:$PRISM_PORT/ip_connections?page%5Bsize%5D=1"
floor_first="http://127.0.0.1:$FLOOR_PORT/v2/ip_connections?page%5Bsize%5D=1"
prism_numbers_first="http://127.0.0.1:$PRISM_PORT/phone_numbers?page%5Bsize%5D=1"

echo "== start-up ($STARTUPS runs each)" >&2
for i in $(seq 1 "$STARTUPS"); do
  t0=$(now_ms); pid=$(start_mock)
  wait_for "$mock_health"; t1=$(now_ms)
  wait_for "$mock_first" -H "$auth"; t2=$(now_ms)
  stop "$pid"
  echo "$((t1 - t0)) $((t2 - t0))" >> "$work/startup-mock"
  t0=$(now_ms); pid=$(start_mock framework-dependent)
  wait_for "$mock_health"; t1=$(now_ms)
  wait_for "$mock_first" -H "$auth"; t2=$(now_ms)
  stop "$pid"
  echo "$((t1 - t0)) $((t2 - t0))" >> "$work/startup-mock-fd"
  t0=$(now_ms); pid=$(start_prism)
  wait_for "$prism_first" -H "$auth"; t2=$(now_ms)
  stop "$pid"
  echo "$((t2 - t0))" >> "$work/startup-prism"
  # Kestrel's floor for a start: an app that does nothing but answer, published and started as the mock is.
  t0=$(now_ms); start_floor; wait_for "$floor_first"; t2=$(now_ms); stop "$pid"
  echo "$((t2 - t0))" >> "$work/startup-floor"
  t0=$(now_ms); start_floor framework-dependent; wait_for "$floor_first"; t2=$(now_ms); stop "$pid"
  echo "$((t2 - t0))" >> "$work/startup-floor-fd"
done

# TelnyxMock.Testing in a fresh test process: each process starts $INPROCESS_STARTS servers one after the other.
echo "== in-process start ($INPROCESS processes of $INPROCESS_STARTS starts)" >&2
for i in $(seq 1 "$INPROCESS"); do
  out=$(dotnet run --project "$src/benchmarks/InProcessStart/InProcessStart.csproj" -c Release --no-build -- "$INPROCESS_STARTS")
  first=$(sed -n 's/^first start in the process: .*first create answered at \([0-9.]*\) ms.*/\1/p' <<<"$out")
  later=$(sed -n 's/^starts 2\.\.[0-9]* (median): .*first create answered at \([0-9.]*\) ms.*/\1/p' <<<"$out")
  echo "$first $later" >> "$work/inprocess"
done

# wrk Lua: fixed headers, and the create bodies.
cat > "$work/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer KEY_bench"
LUA
cat > "$work/create.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer KEY_bench"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"connection_name":"bench-create","transport_protocol":"UDP","webhook_event_url":"https://example.com/hook","rtcp_settings":{"port":"rtcp-mux","report_frequency_secs":10},"inbound":{"sip_region":"Europe","timeout_1xx_secs":10,"codecs":["G722","OPUS"]},"outbound":{"tech_prefix":"1234","channel_limit":10}}'
LUA
cat > "$work/profile.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer KEY_bench"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"bench-profile","whitelisted_destinations":["US","CA","GB"],"concurrent_call_limit":10,"daily_spend_limit":"100.00","daily_spend_limit_enabled":true,"max_destination_rate":10,"tags":["bench"],"call_recording":{"call_recording_type":"all","call_recording_channels":"dual","call_recording_format":"mp3"}}'
LUA

run_wrk() { # name, tool, url, script → appends "rps p99ms errors" per run, after an unrecorded warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$4" "$3" > /dev/null
  for _ in $(seq 1 "$RUNS"); do
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$4" "$3")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v*=1000}; print v}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5} /Socket errors/ {print "socket"}' <<<"$out" | head -n 1)
    echo "$rps $p99 ${errors:-0}" >> "$work/wrk-$1-$2"
  done
}

echo "== load: TelnyxMock (seeding $SEED V2 connections)" >&2
pid=$(start_mock); pids+=("$pid")
wait_for "$mock_first" -H "$auth"
node "$here/seed.mjs" connections "$MOCK_PORT" "$SEED"
# $SEED V1 connections and $SEED outbound voice profiles, so every contains filter is measured over as many rows as the
# V2 connections'.
node "$here/seed.mjs" others "$MOCK_PORT" "$SEED"
id=$(curl -sf -H "$auth" "$mock_first" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data[0].id))')
# $NUMBERS phone numbers over $NUMBER_CONNECTIONS connections (seed.mjs says which).
echo "== seeding $NUMBERS phone numbers over $NUMBER_CONNECTIONS connections" >&2
number_connection=$(node "$here/seed.mjs" numbers "$MOCK_PORT" "$NUMBERS" "$NUMBER_CONNECTIONS")
numbers_query="page%5Bsize%5D=25&filter%5Bconnection_id%5D=$number_connection"
number_connection_name=$(curl -sf -H "$auth" "http://127.0.0.1:$MOCK_PORT/v2/ip_connections/$number_connection" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.connection_name))')
curl -sf -H "$auth" "http://127.0.0.1:$MOCK_PORT/v2/phone_numbers?$numbers_query" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s).meta; console.error(`   filter[connection_id]=${process.argv[1]}: ${m.total_results} numbers, ${m.total_pages} pages of 25`)})' "$number_connection"
base="http://127.0.0.1:$MOCK_PORT"
curl -sf -H "$auth" "$base/v2/ip_connections/$id" > "$work/retrieve.json" # the floor answers these bytes
sample_rss "$pid" "$work/rss-mock" & sampler=$!
run_wrk retrieve mock "$base/v2/ip_connections/$id" "$work/get.lua"
run_wrk list25 mock "$base/v2/ip_connections?page%5Bsize%5D=25&page%5Bnumber%5D=7" "$work/get.lua"
run_wrk list25name mock "$base/v2/ip_connections?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=conn-01" "$work/get.lua"
run_wrk v1list mock "$base/security/connections?filter_connection_name=office-1&per_page=25" "$work/get.lua"
# Contains filters with a needle that names one resource among $SEED (an old one, so a scan newest first reads most rows).
run_wrk list25one mock "$base/v2/ip_connections?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=n-04242" "$work/get.lua"
run_wrk allconns mock "$base/v2/connections?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=n-04242" "$work/get.lua"
run_wrk v1one mock "$base/security/connections?filter_connection_name=ice-04242&per_page=25" "$work/get.lua"
run_wrk v1user mock "$base/security/connections?filter_auth_user_name=r-04242&per_page=25" "$work/get.lua"
run_wrk profilename mock "$base/v2/outbound_voice_profiles?page%5Bsize%5D=20&filter%5Bname%5D%5Bcontains%5D=e-04242" "$work/get.lua"
run_wrk numberdigits mock "$base/v2/phone_numbers?page%5Bsize%5D=25&filter%5Bphone_number%5D=4242" "$work/get.lua"
run_wrk numbername mock "$base/v2/phone_numbers?page%5Bsize%5D=25&filter%5Bvoice.connection_name%5D%5Bcontains%5D=$number_connection_name" "$work/get.lua"
run_wrk voicename mock "$base/v2/phone_numbers/voice?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=$number_connection_name" "$work/get.lua"
run_wrk numbers25 mock "$base/v2/phone_numbers?$numbers_query" "$work/get.lua"
run_wrk create mock "$base/v2/ip_connections" "$work/create.lua"
run_wrk profile mock "$base/v2/outbound_voice_profiles" "$work/profile.lua"
kill "$sampler" 2>/dev/null || true
mock_rss=$(peak_rss_mb "$work/rss-mock")
stop "$pid"

echo "== load: Prism" >&2
pid=$(start_prism); pids+=("$pid")
wait_for "$prism_first" -H "$auth"
base="http://127.0.0.1:$PRISM_PORT"
sample_rss "$pid" "$work/rss-prism" & sampler=$!
run_wrk retrieve prism "$base/ip_connections/1293384261075731499" "$work/get.lua"
run_wrk list25 prism "$base/ip_connections?page%5Bsize%5D=25&page%5Bnumber%5D=7" "$work/get.lua"
run_wrk list25name prism "$base/ip_connections?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=conn-01" "$work/get.lua"
run_wrk list25one prism "$base/ip_connections?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=n-04242" "$work/get.lua"
run_wrk create prism "$base/ip_connections" "$work/create.lua"
kill "$sampler" 2>/dev/null || true
stop "$pid"

echo "== load: Prism on the connection-neighbourhood document" >&2
pid=$(start_prism "$neighbourhood"); pids+=("$pid")
wait_for "$prism_numbers_first" -H "$auth"
sample_rss "$pid" "$work/rss-prism" & sampler=$!
run_wrk numbers25 prism "$base/phone_numbers?$numbers_query" "$work/get.lua"
run_wrk profilename prism "$base/outbound_voice_profiles?page%5Bsize%5D=20&filter%5Bname%5D%5Bcontains%5D=e-04242" "$work/get.lua"
run_wrk numberdigits prism "$base/phone_numbers?page%5Bsize%5D=25&filter%5Bphone_number%5D=4242" "$work/get.lua"
run_wrk numbername prism "$base/phone_numbers?page%5Bsize%5D=25&filter%5Bvoice.connection_name%5D%5Bcontains%5D=$number_connection_name" "$work/get.lua"
run_wrk voicename prism "$base/phone_numbers/voice?page%5Bsize%5D=25&filter%5Bconnection_name%5D%5Bcontains%5D=$number_connection_name" "$work/get.lua"
run_wrk profile prism "$base/outbound_voice_profiles" "$work/profile.lua"
kill "$sampler" 2>/dev/null || true
prism_rss=$(peak_rss_mb "$work/rss-prism") # the larger of the two Prism processes' peaks
stop "$pid"

echo "== load: Kestrel's floor (a constant answer: the retrieve's $(wc -c < "$work/retrieve.json") bytes)" >&2
start_floor "" "$work/retrieve.json"; pids+=("$pid")
wait_for "http://127.0.0.1:$FLOOR_PORT/v2/ip_connections/$id" -H "$auth"
sample_rss "$pid" "$work/rss-floor" & sampler=$!
run_wrk retrieve floor "http://127.0.0.1:$FLOOR_PORT/v2/ip_connections/$id" "$work/get.lua"
kill "$sampler" 2>/dev/null || true
floor_rss=$(peak_rss_mb "$work/rss-floor")
stop "$pid"

col() { if [ -f "$work/$1" ]; then awk -v c="$2" '{print $c}' "$work/$1" | median; else echo NaN; fi; }
ratio() { awk -v a="$1" -v b="$2" -v inv="${3:-0}" 'BEGIN { if (a=="NaN"||b=="NaN"||a==0||b==0) print "-"; else printf "%.1f×", inv ? b/a : a/b }'; }
errs() { if [ -f "$work/$1" ]; then awk '{s+=$3} END {print s+0}' "$work/$1"; else echo 0; fi; }

echo
echo "TelnyxMock benchmark, the mock of $built — $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%dT%H:%MZ); medians of $RUNS wrk runs ($THREADS threads, $CONNECTIONS connections, $DURATION) and $STARTUPS start-ups"
printf '\n| %-44s | %12s | %12s | %-26s |\n' "metric" "TelnyxMock" "Prism" "TelnyxMock ÷ Prism"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..28})"
s_health=$(awk '{print $1}' "$work/startup-mock" | median); s_first=$(awk '{print $2}' "$work/startup-mock" | median); p_first=$(median < "$work/startup-prism")
printf '| %-44s | %12s | %12s | %-26s |\n' "start-up to /_mock/health 200 (ms)" "$s_health" "-" "-"
printf '| %-44s | %12s | %12s | %-26s |\n' "start-up to first Telnyx 200 (ms)" "$s_first" "$p_first" "$(ratio "$s_first" "$p_first" 1) faster"
f_health=$(awk '{print $1}' "$work/startup-mock-fd" | median); f_first=$(awk '{print $2}' "$work/startup-mock-fd" | median)
printf '| %-44s | %12s | %12s | %-26s |\n' "framework-dependent: to health 200 (ms)" "$f_health" "-" "-"
printf '| %-44s | %12s | %12s | %-26s |\n' "framework-dependent: to first Telnyx 200 (ms)" "$f_first" "$p_first" "$(ratio "$f_first" "$p_first" 1) faster"
k_first=$(median < "$work/startup-floor"); k_first_fd=$(median < "$work/startup-floor-fd")
printf '| %-44s | %12s | %12s | %-26s |\n' "Kestrel floor: start-up to first 200 (ms)" "$k_first" "-" "-"
printf '| %-44s | %12s | %12s | %-26s |\n' "Kestrel floor, framework-dependent (ms)" "$k_first_fd" "-" "-"
i_first=$(awk '{print $1}' "$work/inprocess" | median); i_later=$(awk '{print $2}' "$work/inprocess" | median)
printf '| %-44s | %12s | %12s | %-26s |\n' "in-process: 1st StartAsync + create (ms)" "$i_first" "-" "-"
printf '| %-44s | %12s | %12s | %-26s |\n' "in-process: later StartAsync + create (ms)" "$i_later" "-" "-"
label_of() {
  case $1 in retrieve) echo "V2 retrieve";; create) echo "V2 create";; list25) echo "V2 list, 25 of $SEED";; list25name) echo "V2 list, 25 of $SEED, name filter";; v1list) echo "V1 list, filter_connection_name";;
    profile) echo "V2 profile create";; numbers25) echo "V2 numbers, 25 of $NUMBERS, connection filter";;
    list25one) echo "V2 list of $SEED, name contains, 1 match";; allconns) echo "V2 /connections, name contains, 1 match";;
    v1one) echo "V1 list of $SEED, name contains, 1 match";; v1user) echo "V1 list of $SEED, user name contains, 1 match";;
    profilename) echo "V2 profiles of $SEED, name contains, 1 match";; numberdigits) echo "V2 numbers of $NUMBERS, filter[phone_number]=4242";;
    numbername) echo "V2 numbers, voice.connection_name contains";; voicename) echo "V2 numbers/voice, connection_name contains";; *) echo "$1";; esac
}
# The workloads of a contains filter: each has a target of 2× Prism where Prism's documents have the path.
CONTAINS_WORKLOADS="list25name list25one allconns v1list v1one v1user profilename numberdigits numbername voicename"
for w in retrieve create list25 list25name list25one allconns v1list v1one v1user profile profilename numbers25 numberdigits numbername voicename; do
  label=$(label_of "$w")
  m_rps=$(col "wrk-$w-mock" 1); p_rps=$(col "wrk-$w-prism" 1); m_p99=$(col "wrk-$w-mock" 2); p_p99=$(col "wrk-$w-prism" 2)
  printf '| %-44s | %12s | %12s | %-26s |\n' "$label: requests/s" "$m_rps" "$p_rps" "$(ratio "$m_rps" "$p_rps")"
  printf '| %-44s | %12s | %12s | %-26s |\n' "$label: p99 latency (ms)" "$m_p99" "$p_p99" "$(ratio "$m_p99" "$p_p99" 1) lower"
  [ "$(errs "wrk-$w-mock")" = 0 ] || echo "  ! TelnyxMock answered non-2xx during $w: $(errs "wrk-$w-mock")"
done
printf '| %-44s | %12s | %12s | %-26s |\n' "peak RSS under load (MB)" "$mock_rss" "$prism_rss" "$(ratio "$mock_rss" "$prism_rss" 1) less"
floor_rps=$(col wrk-retrieve-floor 1); retrieve_rps=$(col wrk-retrieve-mock 1)
printf '| %-44s | %12s | %12s | %-26s |\n' "Kestrel floor (constant answer): requests/s" "$floor_rps" "-" "-"
printf '| %-44s | %12s | %12s | %-26s |\n' "Kestrel floor: peak RSS under load (MB)" "$floor_rss" "-" "-"

# The issue's targets (benchmarks/README.md): each line says met or missed, with the figure it was judged on.
targets_header
target "first V2 200, framework-dependent (dotnet TelnyxMock.dll)" "$f_first" le 300 " ms"
target "first V2 200, self-contained (the image's build)" "$s_first" le 200 " ms"
target_note "  floor: an empty Kestrel app's first 200, fd / self-contained" "$k_first_fd / $k_first" "ms, same run"
target "first V2 200, self-contained: × faster than Prism" "$(times "$p_first" "$s_first")" ge 3 "×"
target "first V2 200, framework-dependent: × faster than Prism" "$(times "$p_first" "$f_first")" ge 3 "×"
target "in-process: first StartAsync + first create, fresh process" "$i_first" le 300 " ms"
target "in-process: later StartAsync + first create" "$i_later" le 50 " ms"
for w in $CONTAINS_WORKLOADS; do
  if [ -f "$work/wrk-$w-prism" ]; then
    target "contains, $(label_of "$w"): × Prism" "$(times "$(col "wrk-$w-mock" 1)" "$(col "wrk-$w-prism" 1)")" ge 2 "×"
  else
    target_note "contains, $(label_of "$w")" "$(col "wrk-$w-mock" 1)/s" "no Prism path to compare"
  fi
done
target "peak RSS under load" "$mock_rss" le 150 " MB"
target_note "  floor: an empty Kestrel app's peak RSS under load" "$floor_rss MB" "same run"
target "V2 retrieve ÷ Kestrel's floor" "$(awk -v a="$retrieve_rps" -v b="$floor_rps" 'BEGIN { if (a=="NaN"||b=="NaN"||b==0) print "NaN"; else printf "%.0f", 100*a/b }')" ge 40 "%"
