#!/usr/bin/env bash
# docker-compose.yml: parsed by docker-compose and checked for what the image needs (its own health check, the
# replicas profile's shape), then its default service run for real by docker-compose against podman's Docker API, on
# the image build-image.sh made (localhost/telnyxmock:ci, or the name given; compose's `build: .` is not run again):
# healthy by the compose file's health check, reachable on the port it publishes, data on its volume, and
# `docker-compose stop` ends it cleanly within its stop_grace_period. The replicas profile is only parsed: its
# postgres:17 image cannot be pulled here. Removes only its own containers, volumes, network and API socket.
# Needs root, podman, docker-compose and curl; 12111 must be free (the compose file publishes it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
image="${1:-localhost/telnyxmock:ci}"
project="tmcompose$$"
work="$(mktemp -d)"
service_pid=""
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL: $1"
  [ -n "$service_pid" ] && compose logs --no-color 2>&1 | sed 's/^/  /'
  exit 1
}
compose() { docker-compose -p "$project" -f "$root/docker-compose.yml" -f "$work/override.yml" "$@"; }
cleanup() {
  if [ -n "$service_pid" ]; then
    compose down -v -t 0 >/dev/null 2>&1 || true
    kill "$service_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
command -v docker-compose >/dev/null 2>&1 || fail "docker-compose is not installed (apt-get install docker-compose)"

(cd "$root" && docker-compose config -q)
ok "docker-compose.yml parses (docker-compose config)"

# The compose file as docker-compose resolves it (anchors, merges, profiles), read with the YAML library it uses itself.
compose_check=$(cd "$root" && docker-compose --profile replicas config | /usr/bin/python3 -c '
import json, re, sys, yaml
dockerfile = open(sys.argv[1]).read().replace("\\\n", " ")
image_test = json.loads(re.search(r"^HEALTHCHECK .*?CMD (\[.*\])", dockerfile, re.M).group(1))
services = yaml.safe_load(sys.stdin)["services"]
problems = []
def check(name, cond, text):
    if not cond: problems.append(f"{name}: {text}")
def health(name):
    test = services[name].get("healthcheck", {}).get("test", [])
    check(name, [a for a in test if a != "CMD"] == image_test, f"health check {test} is not the image\x27s {image_test}")
health("telnyxmock")
check("telnyxmock", "profiles" not in services["telnyxmock"], "the default mock must start without a profile")
check("telnyxmock", services["telnyxmock"]["environment"]["ConnectionStrings__TelnyxMock"].startswith("Data Source="), "the default mock keeps SQLite")
check("postgres", services["postgres"].get("profiles") == ["replicas"], "PostgreSQL belongs to the replicas profile")
replicas = [n for n in services if n.startswith("telnyxmock-replica-")]
check("replicas", len(replicas) >= 2, "the profile has at least two replicas")
ports, names = set(), set()
for name in replicas:
    service, env = services[name], services[name]["environment"]
    health(name)
    check(name, service.get("profiles") == ["replicas"], "belongs to the replicas profile")
    check(name, env.get("TelnyxMock__Store") == "postgres", "uses the postgres store")
    check(name, "Host=postgres;" in env.get("ConnectionStrings__TelnyxMock", ""), "connects to the postgres service")
    check(name, service.get("depends_on", {}).get("postgres", {}).get("condition") == "service_healthy", "waits for a healthy PostgreSQL")
    published = [p["published"] for p in service.get("ports", []) if p.get("target") == 12111]
    check(name, len(published) == 1, "publishes the mock port once")
    ports.update(published); names.add(env.get("TelnyxMock__ReplicaName"))
check("replicas", len(ports) == len(replicas) and 12111 not in ports, "publish ports of their own")
check("replicas", len(names) == len(replicas) and None not in names, "have names of their own")
print("\n".join(problems) if problems else "ok")
' "$root/Dockerfile")
[ "$compose_check" = ok ] || fail "docker-compose.yml: $compose_check"
ok "docker-compose.yml runs the image's own health check; its replicas profile has PostgreSQL and two replicas on it"

podman image exists "$image" || fail "no image $image: run tests/container/podman/build-image.sh first"
if ss -Hltn 'sport = :12111' | grep -q .; then fail "port 12111, which the compose file publishes, is in use: $(ss -Hltnp 'sport = :12111')"; fi
# The image build-image.sh made stands for compose's own build of the same Dockerfile.
printf 'services:\n  telnyxmock:\n    image: %s\n' "$image" > "$work/override.yml"
podman system service --time=0 "unix://$work/podman.sock" > "$work/service.log" 2>&1 &
service_pid=$!
export DOCKER_HOST="unix://$work/podman.sock"
for _ in $(seq 1 50); do [ -S "$work/podman.sock" ] && break; sleep 0.1; done
echo "== docker-compose up -d telnyxmock (project $project, podman's Docker API)"
compose up -d --no-build telnyxmock > "$work/up.log" 2>&1 || { cat "$work/up.log" "$work/service.log"; fail "docker-compose up failed"; }
container="$(compose ps -q telnyxmock)"
healthy=""
for _ in $(seq 1 60); do
  podman healthcheck run "$container" >/dev/null 2>&1 && { healthy=yes; break; }
  sleep 0.5
done
[ -n "$healthy" ] || fail "the compose file's health check never passed"
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 http://127.0.0.1:12111/_mock/health || true)
[ "$status" = 200 ] || fail "http://127.0.0.1:12111/_mock/health answered '$status'"
ok "docker-compose up: the compose file's health check passes and http://127.0.0.1:12111 answers (200)"

status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 -X POST -H 'Authorization: Bearer KEY_x' \
  -H 'Content-Type: application/json' http://127.0.0.1:12111/v2/ip_connections -d '{"connection_name": "compose-check"}' || true)
[ "$status" = 201 ] || fail "POST /v2/ip_connections answered '$status'"
db="$(podman volume inspect --format '{{.Mountpoint}}' "${project}_telnyxmock-data")/telnyxmock.db"
[ -f "$db" ] || fail "no database on the compose volume ${project}_telnyxmock-data"
ok "data lands on the compose file's telnyxmock-data volume"

stop_started=$SECONDS
compose stop telnyxmock > "$work/stop.log" 2>&1 || { cat "$work/stop.log"; fail "docker-compose stop failed"; }
code="$(podman inspect --format '{{.State.ExitCode}}' "$container")"
[ "$code" = 0 ] && [ $((SECONDS - stop_started)) -lt 15 ] || fail "docker-compose stop: exit code $code after $((SECONDS - stop_started)) s (SIGKILL after 15 s gives 137)"
ok "docker-compose stop ends it cleanly (exit code 0 in $((SECONDS - stop_started)) s, within stop_grace_period 15s)"
echo "compose checks: $passed passed, 0 failed"
