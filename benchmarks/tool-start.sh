#!/usr/bin/env bash
# Start-up of the .NET tool as a user gets it: packed, installed into a fresh tool path, then started from an empty
# folder N times. Each start is timed from the process start to the first 200 of GET /_mock/health and of a first V2
# list (GET /v2/ip_connections?page[size]=1), then a first V2 create (POST /v2/ip_connections) is timed on its own.
#   benchmarks/tool-start.sh                                  # the working tree
#   benchmarks/tool-start.sh --rev 1b0ecb7 --tree             # a revision (packed from a git worktree) against the tree
#   benchmarks/tool-start.sh --packages ~/telnyxmock-packages # an already packed folder (TelnyxMock*.nupkg)
# Several targets run back to back, interleaved start by start, so a busy machine weighs on each alike. Prints one
# line per target with the medians: "tool start: health <ms>, first V2 200 <ms>, first create +<ms> (<target>)".
# N=7 by default; PORT=12190 (each start waits until it is free). Needs curl and git.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/benchmarks/lib.sh"
N="${N:-7}" PORT="${PORT:-12190}"
work="$(mktemp -d)"
global="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')"
labels=() kinds=() values=()
pid="" worktrees=() versions=()
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  for w in "${worktrees[@]}"; do git -C "$root" worktree remove --force "$w" 2>/dev/null || true; done
  # Packed versions of this run, in NuGet's global folder under the tool's id and its per-runtime ids.
  for v in "${versions[@]}"; do rm -rf "$global"/telnyxmock/"$v" "$global"/telnyxmock.*/"$v"; done
  rm -rf "$work"
}
trap cleanup EXIT

while [ $# -gt 0 ]; do
  case "$1" in
    --rev) labels+=("rev $2"); kinds+=(rev); values+=("$2"); shift 2 ;;
    --packages) labels+=("packages $2"); kinds+=(packages); values+=("$(cd "$2" && pwd)"); shift 2 ;;
    --tree) labels+=("working tree"); kinds+=(tree); values+=("$root"); shift ;;
    *) echo "usage: $0 [--tree] [--rev <git revision>]... [--packages <folder>]..." >&2; exit 2 ;;
  esac
done
[ ${#kinds[@]} -gt 0 ] || { labels+=("working tree"); kinds+=(tree); values+=("$root"); }

# Each target packed with a version of its own (NuGet caches packages by id and version), installed into its own path.
for k in "${!kinds[@]}"; do
  feed="$work/feed-$k"
  case "${kinds[$k]}" in
    rev|tree)
      source="${values[$k]}"
      if [ "${kinds[$k]}" = rev ]; then
        source="$work/src-$k"
        git -C "$root" worktree add --detach -q "$source" "${values[$k]}"
        worktrees+=("$source")
      fi
      version="0.0.0-toolstart.$$.$k"
      versions+=("$version")
      echo "== packing ${labels[$k]} as $version" >&2
      dotnet pack "$source/src/TelnyxMock/TelnyxMock.csproj" -c Release -p:Version="$version" -o "$feed" --nologo -v quiet >&2 ;;
    packages)
      feed="${values[$k]}"
      version=$(cd "$feed" && ls TelnyxMock.[0-9]*.nupkg | sed 's/^TelnyxMock\.\(.*\)\.nupkg$/\1/' | sort -V | tail -n 1) ;;
  esac
  # From an empty folder: a nuget.config with package source mapping around the caller would refuse --add-source.
  (cd "$(mktemp -d -p "$work")" && dotnet tool install --tool-path "$work/tools-$k" --add-source "$feed" --version "$version" TelnyxMock >&2)
  echo "   installed $(ls "$work/tools-$k/.store/telnyxmock/$version" | grep -v '\.json$' | tr '\n' ' ')" >&2
done

base="http://127.0.0.1:$PORT"
auth="Authorization: Bearer KEY_x"
wait_200() { # url [curl args...]: polls every 10 ms until a 200, at most 60 s
  local url=$1; shift
  for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" 2>/dev/null)" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the tool exited: $(cat "$work/tool.log")" >&2; return 1; }
    sleep 0.01
  done
  return 1
}

start_once() { # target index → appends "health v2 create" to $work/times-<k>
  local k=$1 t0 t1 t2 create
  while curl -s -o /dev/null --max-time 1 "$base/" 2>/dev/null; do sleep 0.2; done # the port is free
  rm -rf "$work/cwd" && mkdir "$work/cwd"
  t0=$(now_ms)
  (cd "$work/cwd" && exec "$work/tools-$k/telnyxmock" --in-memory --port "$PORT") > "$work/tool.log" 2>&1 &
  pid=$!
  wait_200 "$base/_mock/health"; t1=$(now_ms)
  wait_200 "$base/v2/ip_connections?page%5Bsize%5D=1" -H "$auth"; t2=$(now_ms)
  create=$(curl -s -o "$work/create.json" -w '%{http_code} %{time_total}' -X POST -H "$auth" \
    -H 'Content-Type: application/json' -d '{"connection_name":"a"}' "$base/v2/ip_connections")
  [ "${create%% *}" = 201 ] || { echo "the first create answered ${create%% *}: $(cat "$work/create.json")" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  create=$(awk -v s="${create#* }" 'BEGIN {printf "%d", s * 1000}')
  echo "$((t1 - t0)) $((t2 - t0)) $create" >> "$work/times-$k"
  echo "   ${labels[$k]}: $((t1 - t0)) $((t2 - t0)) $create" >&2
}

echo "== $N starts of each, interleaved (health ms, first V2 200 ms, first create ms)" >&2
for _ in $(seq 1 "$N"); do
  for k in "${!kinds[@]}"; do start_once "$k"; done
done
for k in "${!kinds[@]}"; do
  echo "tool start: health $(cut -d' ' -f1 "$work/times-$k" | median) ms, first V2 200 $(cut -d' ' -f2 "$work/times-$k" | median) ms," \
    "first create +$(cut -d' ' -f3 "$work/times-$k" | median) ms (${labels[$k]})"
done
