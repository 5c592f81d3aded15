#!/usr/bin/env bash
# Runs the image build-image.sh made (localhost/telnyxmock:ci, or the name given) with podman, as a user runs it
# (`-p` and `-v`, nothing else), and checks what the README says of it: reachable through the published port, the
# image's HEALTHCHECK passes (`podman healthcheck run`), a neighbour container reaches it, it runs as 1654 with no
# shell, start-up logs no warning, create/list/retrieve work through the port, the database lands on the volume and
# survives into a new container, SIGTERM stops it cleanly, options after the image name reach the app.
# Removes only its own containers and volume; the image stays. Needs root, podman and curl.
set -euo pipefail
image="${1:-localhost/telnyxmock:ci}"
run="tmcheck$$"
volume="$run-data"
work="$(mktemp -d)"
containers=()
passed=0
started=$SECONDS
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL: $1"
  for c in "${containers[@]}"; do
    podman container exists "$c" || continue
    echo "  -- podman logs $c ($(podman inspect --format '{{.State.Status}}, exit {{.State.ExitCode}}' "$c"))"
    podman logs "$c" 2>&1 | sed 's/^/  /'
  done
  [ -s "$work/podman.log" ] && sed 's/^/  podman: /' "$work/podman.log"
  exit 1
}
cleanup() {
  for c in "${containers[@]}"; do podman rm -f -t 0 "$c" >/dev/null 2>&1 || true; done
  podman volume rm -f "$volume" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Podman schedules health checks with systemd timers and says so on stderr where systemd does not run; the checks
# below call `podman healthcheck run` themselves, so that noise goes to a log shown only on failure.
start() { # name, podman run arguments before the image..., -- app arguments...
  local name="$run-$1"; shift
  local before=() after=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do before+=("$1"); shift; done
  [ $# -gt 0 ] && shift && after=("$@")
  containers+=("$name")
  podman run -d --name "$name" -p 12111 "${before[@]}" "$image" "${after[@]}" >/dev/null 2>>"$work/podman.log" \
    || fail "podman run $name did not start"
}
host_port() { podman port "$run-$1" 12111/tcp | head -n 1 | sed 's/.*://'; }
wait_healthy() { # name: until `podman healthcheck run` passes (the image's own HEALTHCHECK command)
  for _ in $(seq 1 60); do
    podman healthcheck run "$run-$1" >/dev/null 2>>"$work/podman.log" && return 0
    [ "$(podman inspect --format '{{.State.Running}}' "$run-$1")" = true ] || fail "$run-$1 exited while starting"
    sleep 0.5
  done
  fail "podman healthcheck run $run-$1 never passed in 30 s"
}
api() { # method, port, path, [body]: prints "status body"
  local out
  out=$(curl -s --max-time 5 -X "$1" -H 'Authorization: Bearer KEY_x' -H 'Content-Type: application/json' \
    ${4:+-d "$4"} -w '\n%{http_code}' "http://127.0.0.1:$2$3") || true
  printf '%s %s' "${out##*$'\n'}" "${out%$'\n'*}"
}

echo "== $image: $(podman image inspect --format '{{.Id}}' "$image" | cut -c1-12), $(podman image inspect --format '{{.Size}}' "$image" | numfmt --to=si)B"
config="$(podman image inspect --format '{{.Config.User}}|{{json .Config.Entrypoint}}|{{json .Config.Healthcheck.Test}}|{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{end}}|{{range $k, $v := .Config.Volumes}}{{$k}}{{end}}' "$image")"
[ "$config" = '1654|["/app/TelnyxMock"]|["CMD","/app/TelnyxMock","probe","http://127.0.0.1:12111/_mock/health"]|12111/tcp|/data' ] \
  || fail "image config is not the Dockerfile's (user|entrypoint|healthcheck|ports|volumes): $config"
ok "the image keeps the Dockerfile's USER 1654, ENTRYPOINT, HEALTHCHECK, EXPOSE 12111 and VOLUME /data"

if podman run --rm --entrypoint /bin/sh "$image" -c true >"$work/shell.log" 2>&1; then fail "the image has a shell: /bin/sh ran"; fi
grep -q 'no such file or directory' "$work/shell.log" || { cat "$work/shell.log"; fail "/bin/sh failed, but not because it is absent"; }
ok "the image has no shell (podman run --entrypoint /bin/sh: no such file or directory)"

echo "== podman run -d -p 12111 -v $volume:/data $image"
start_time=$SECONDS
start first -v "$volume:/data"
wait_healthy first
[ "$(podman inspect --format '{{.State.Health.Status}}' "$run-first")" = healthy ] || fail "podman does not record the container as healthy"
ok "podman healthcheck run passes (the image's probe), $((SECONDS - start_time)) s after podman run; podman records it healthy"

port="$(host_port first)"
read -r status body <<<"$(api GET "$port" /_mock/health)"
[ "$status" = 200 ] && [[ "$body" == *'"store":"sqlite-file"'* ]] || fail "GET http://127.0.0.1:$port/_mock/health from the host: $status $body"
ok "reachable from the host through the published port 127.0.0.1:$port (health 200, store sqlite-file)"

# A neighbour on the same podman network (a CI job's step beside a service container, compose's other services),
# by the container's address: what listening on every interface, not only loopback, is for.
ip="$(podman inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$run-first")"
podman run --rm --entrypoint /app/TelnyxMock "$image" probe "http://$ip:12111/_mock/health" >"$work/probe.log" 2>&1 \
  || { cat "$work/probe.log"; fail "another container cannot reach http://$ip:12111"; }
ok "another container on the podman network reaches it at $ip:12111"

pid="$(podman inspect --format '{{.State.Pid}}' "$run-first")"
ids="$(awk '/^Uid:/ {u = $2} /^Gid:/ {g = $2} END {print u ":" g}' "/proc/$pid/status")"
[ "$ids" = 1654:1654 ] || fail "the app's process runs as uid:gid $ids, not 1654:1654"
ok "the app's process runs as the non-root user (uid:gid $ids, read from /proc/$pid/status)"

podman logs "$run-first" > "$work/first.log" 2>&1
if grep -E '^(warn|fail|crit):' "$work/first.log"; then fail "start-up logged warnings or errors"; fi
grep -q 'Now listening on: http://\[::\]:12111' "$work/first.log" || fail "the app does not say it listens on every interface on 12111"
ok "start-up logs no warning and listens on http://[::]:12111"

read -r status body <<<"$(api POST "$port" /v2/ip_connections '{"connection_name": "podman-check"}')"
id="$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$body" | head -n 1)"
[ "$status" = 201 ] && [ -n "$id" ] || fail "POST /v2/ip_connections: $status $body"
read -r status body <<<"$(api GET "$port" /v2/ip_connections)"
[ "$status" = 200 ] && [[ "$body" == *"\"id\":\"$id\""* ]] || fail "GET /v2/ip_connections does not list $id: $status $body"
read -r status body <<<"$(api GET "$port" "/v2/ip_connections/$id")"
[ "$status" = 200 ] && [[ "$body" == *'"connection_name":"podman-check"'* ]] || fail "GET /v2/ip_connections/$id: $status $body"
ok "create (201), list and retrieve by id (200) through the published port (id $id)"

db="$(podman volume inspect --format '{{.Mountpoint}}' "$volume")/telnyxmock.db"
[ -f "$db" ] || fail "no database at /data/telnyxmock.db on the volume ($db)"
[ "$(stat -c %u:%g "$db")" = 1654:1654 ] || fail "the database on the volume is owned by $(stat -c %u:%g "$db"), not 1654:1654"
ok "the database is on the volume, owned by 1654:1654"

stop_ms=$(($(date +%s%N) / 1000000))
podman kill --signal TERM "$run-first" >/dev/null
code="$(timeout 20 podman wait "$run-first")" || fail "still running 20 s after SIGTERM"
stop_ms=$(($(date +%s%N) / 1000000 - stop_ms))
podman logs "$run-first" > "$work/first.log" 2>&1
[ "$code" = 0 ] || fail "SIGTERM ended it with exit code $code"
grep -q 'Application is shutting down' "$work/first.log" || fail "no 'Application is shutting down' line after SIGTERM"
if grep -E '^(fail|crit):' "$work/first.log"; then fail "errors logged while stopping"; fi
[ "$stop_ms" -lt 10000 ] || fail "SIGTERM took $stop_ms ms to stop it"
ok "SIGTERM stops it cleanly: exit code 0 after $stop_ms ms, 'Application is shutting down...' logged"

if podman run --rm --entrypoint /app/TelnyxMock "$image" probe http://127.0.0.1:12111/_mock/health >/dev/null 2>&1; then
  fail "the HEALTHCHECK command passes where nothing listens"
fi
ok "the HEALTHCHECK command fails where no mock answers"

podman rm "$run-first" >/dev/null 2>>"$work/podman.log"
start second -v "$volume:/data"
wait_healthy second
read -r status body <<<"$(api GET "$(host_port second)" "/v2/ip_connections/$id")"
[ "$status" = 200 ] && [[ "$body" == *'"connection_name":"podman-check"'* ]] || fail "after a new container on the volume, GET $id: $status $body"
ok "the data survives into a new container on the same volume (GET $id: 200)"

start options -- --in-memory --strict
wait_healthy options
read -r status body <<<"$(api GET "$(host_port options)" /_mock/health)"
[[ "$body" == *'"store":"sqlite-memory"'* ]] || fail "options after the image name did not reach the app: $status $body"
ok "options after the image name reach the app (--in-memory: store sqlite-memory)"

echo "podman image checks: $passed passed, 0 failed, $((SECONDS - started)) s"
