#!/usr/bin/env bash
# No Docker engine runs here, so this checks what can be checked of the image without one. The published app is
# started as the image starts it: the Dockerfile's ENTRYPOINT, WORKDIR, USER and ENV on top of the base image's own
# environment (nothing else from this shell), inside a network namespace of its own, as a container has. Then:
#  - a client outside that namespace reaches it through a veth pair (what `docker run -p` and a CI service
#    container need), and the HEALTHCHECK command, run inside the namespace, agrees with that client;
#  - no warning at start-up; data lands on the volume path; SIGTERM stops it gracefully; the health check fails
#    once it is down; the data survives a restart; docker-compose.yml parses and uses the image's health check.
# Needs root (ip netns) and iproute2, util-linux (setpriv), curl and node.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
ns="tmcheck$$" host_if="tmh$$" ns_if="tmn$$"
# Link-local addresses on a veth pair this script creates: the traffic never leaves the machine.
host_ip=169.254.211.1 ns_ip=169.254.211.2
app_pid=""
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log"; exit 1; }
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  ip link del "$host_if" 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The environment mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled sets itself (docker inspect); the
# ASPNETCORE_HTTP_PORTS=8080 here is what made an appsettings "Urls" or a missing ASPNETCORE_URLS go unnoticed.
base_env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080
          DOTNET_RUNNING_IN_CONTAINER=true DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true)

# The build stage restores from the few files it copies first (a layer reused until a dependency changes): those
# files alone must be enough, or `docker build` fails at once. Run that restore on exactly them.
echo "== the build stage's restore, on only the files the Dockerfile copies before it"
mkdir -p "$work/context"
node -e '
  const fs = require("fs"), path = require("path");
  const [dockerfile, root, ctx] = process.argv.slice(1);
  const lines = fs.readFileSync(dockerfile, "utf8").replace(/\\\n/g, " ").split("\n");
  let workdir = "/";
  for (const line of lines) {
    if (line.startsWith("WORKDIR ")) workdir = line.slice(8).trim();
    if (line.startsWith("COPY ") && !line.includes("--from")) {
      const args = line.slice(5).trim().split(/\s+/), dest = args.pop();
      for (const src of args) {
        const target = path.join(ctx, workdir, dest.endsWith("/") ? path.join(dest, path.basename(src)) : dest);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.cpSync(path.join(root, src), target, { recursive: true });
      }
    }
    if (line.startsWith("RUN ")) {
      fs.writeFileSync(path.join(ctx, "restore.sh"), "cd " + path.join(ctx, workdir) + " && " + line.slice(4) + "\n");
      break;
    }
  }' "$root/Dockerfile" "$root" "$work/context"
case "$(uname -m)" in aarch64) arch=arm64 ;; *) arch=amd64 ;; esac
TARGETARCH=$arch bash "$work/context/restore.sh" > "$work/restore.log" 2>&1 \
  || { cat "$work/restore.log"; fail "the build stage's restore fails on the files the Dockerfile copies for it"; }
# Restore forgives a missing import (it may come from a package), so also check that it restored every package the
# whole project references: a file the stage forgot to copy shows up as a missing package here.
expected=$(dotnet msbuild "$root/src/TelnyxMock/TelnyxMock.csproj" -getItem:PackageReference -nologo \
  | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).Items.PackageReference.map(i => i.Identity).join(" ")))')
assets=$(find "$work/context" -name project.assets.json | head -n 1)
for package in $expected; do
  node -e 'const a = require(process.argv[1]); const deps = Object.values(a.project.frameworks)[0].dependencies || {};
    process.exit(Object.keys(deps).some(k => k.toLowerCase() === process.argv[2].toLowerCase()) ? 0 : 1)' "$assets" "$package" \
    || fail "the build stage's restore did not restore $package: a file its project imports is not copied before it"
done
ok "the build stage's restore works on only the files the Dockerfile copies for it"

echo "== publish (Release), as the Dockerfile's build stage does"
dotnet publish "$root/src/TelnyxMock/TelnyxMock.csproj" -c Release --use-current-runtime --self-contained true -o "$work/app" --nologo -v quiet
mkdir -p "$work/data"
chmod 755 "$work"

# The Dockerfile's exec-form instructions, ENV, WORKDIR and USER, with the image's paths mapped onto $work.
dockerfile_json() { # ENTRYPOINT or HEALTHCHECK
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
    const line = text.split("\n").filter(l => l.startsWith(process.argv[2] + " ")).pop();
    console.log(JSON.parse(line.slice(line.indexOf("["))).map(a => a.replace(/^\/app\//, process.argv[3] + "/app/")).join("\n"));
  ' "$root/Dockerfile" "$1" "$work"
}
dockerfile_word() { # the last WORKDIR or USER of the final stage
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
    const last = lines.filter(l => l.startsWith(process.argv[2] + " ")).pop();
    console.log(last.slice(process.argv[2].length + 1).trim());' "$root/Dockerfile" "$1"
}
mapfile -t entrypoint < <(dockerfile_json ENTRYPOINT)
mapfile -t healthcheck < <(dockerfile_json HEALTHCHECK)
mapfile -t image_env < <(node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
  const final = text.slice(text.lastIndexOf("\nFROM "));
  for (const line of final.split("\n").filter(l => l.startsWith("ENV "))) {
    for (const m of line.slice(4).matchAll(/(\w+)=("([^"]*)"|\S+)/g)) {
      console.log(`${m[1]}=${(m[3] ?? m[2]).replace("/data/", process.argv[2] + "/data/")}`);
    }
  }' "$root/Dockerfile" "$work")
workdir="$(dockerfile_word WORKDIR)"
user="$(dockerfile_word USER)"
[ "$workdir" = /app ] || fail "the check maps WORKDIR /app onto the published folder, but the Dockerfile says '$workdir'"
env_all=("${base_env[@]}" "${image_env[@]}")   # the Dockerfile's ENV comes after, and so wins over, the base image's
chown -R "$user:$user" "$work/data"

echo "== entrypoint: ${entrypoint[*]}"
echo "== environment: ${env_all[*]}"
echo "== user: $user, healthcheck: ${healthcheck[*]}"

echo "== network namespace $ns at $ns_ip, reached from $host_ip over a veth pair"
ip netns add "$ns"
ip link add "$host_if" type veth peer name "$ns_if"
ip link set "$ns_if" netns "$ns"
ip addr add "$host_ip/30" dev "$host_if" && ip link set "$host_if" up
ip -n "$ns" addr add "$ns_ip/30" dev "$ns_if" && ip -n "$ns" link set "$ns_if" up && ip -n "$ns" link set lo up

in_container() { ip netns exec "$ns" env -i "${env_all[@]}" "$@"; }
start_app() { # log file
  (cd "$work/app" && exec ip netns exec "$ns" env -i "${env_all[@]}" setpriv --reuid="$user" --regid="$user" --clear-groups "${entrypoint[@]}") > "$1" 2>&1 &
  app_pid=$!
}
run_health() { in_container "${healthcheck[@]}" >/dev/null 2>&1; }
outside() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$@" || true; }

start_app "$work/app.log"
healthy=""
for _ in $(seq 1 100); do
  if run_health; then healthy=yes; break; fi
  sleep 0.2
done
[ -n "$healthy" ] || fail "the health check never passed"
ok "the health check passes inside the namespace"

status=$(outside "http://$ns_ip:12111/_mock/health")
[ "$status" = 200 ] || fail "the health check passes, but a client outside the namespace gets '$status' from http://$ns_ip:12111/_mock/health (the app listens on loopback only?)"
status=$(outside -X POST -H 'Authorization: Bearer image-check' -H 'Content-Type: application/json' \
  "http://$ns_ip:12111/v2/ip_connections" -d '{"connection_name": "image-check"}')
[ "$status" = 201 ] || fail "V2 create from outside the namespace answered '$status', expected 201"
ok "a client outside the namespace reaches it on $ns_ip:12111 (health 200, V2 create 201), as the health check says"

if grep -E '^(warn|fail|crit):' "$work/app.log"; then fail "start-up logged warnings or errors"; fi
grep -q 'Now listening on: http://\[::\]:12111' "$work/app.log" || fail "the app does not say it listens on every interface on 12111"
ok "start-up logs no warning and listens on every interface"

status=$(outside -X POST -H 'Authorization: Bearer image-check' -H 'Content-Type: application/json' \
  "http://$ns_ip:12111/security/connections" -d '{"connection_name": "image-check"}')
[ "$status" = 200 ] || fail "V1 create answered '$status'"
[ -f "$work/data/telnyxmock.db" ] || fail "no database under the data volume"
[ "$(stat -c %u "$work/data/telnyxmock.db")" = "$user" ] || fail "the database is not owned by the image's user $user"
ok "data is written under the volume path, by the image's user"

kill -TERM "$app_pid"
status=0
wait "$app_pid" || status=$?
app_pid=""
[ "$status" -eq 0 ] || fail "SIGTERM ended the app with status $status"
ok "SIGTERM stops the app gracefully (exit 0)"

if run_health; then fail "the health check passes with the app stopped"; fi
ok "the health check fails once the app is down"

start_app "$work/app2.log"
for _ in $(seq 1 100); do run_health && break; sleep 0.2; done
curl -sf --max-time 3 -H 'Authorization: Bearer image-check' "http://$ns_ip:12111/security/connections?filter_connection_name=image-check" \
  | grep -q '"image-check"' || fail "the data did not survive the restart"
ok "data survives a restart on the same volume"

if ! command -v docker-compose >/dev/null 2>&1; then fail "docker-compose is not installed (apt-get install docker-compose)"; fi
(cd "$root" && docker-compose config -q)
ok "docker-compose.yml parses (docker-compose config)"

image_test=$(node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
  const line = text.split("\n").find(l => l.startsWith("HEALTHCHECK "));
  console.log(JSON.parse(line.slice(line.indexOf("["))).join(" "));' "$root/Dockerfile")
# The compose file as docker-compose resolves it (anchors, merges, profiles), read with the YAML library it uses itself.
compose_check=$(cd "$root" && docker-compose --profile replicas config | IMAGE_TEST="$image_test" /usr/bin/python3 -c '
import os, sys, yaml
services = yaml.safe_load(sys.stdin)["services"]
problems = []
def check(name, cond, text):
    if not cond: problems.append(f"{name}: {text}")
def health(name):
    test = services[name].get("healthcheck", {}).get("test", [])
    check(name, " ".join(a for a in test if a != "CMD") == os.environ["IMAGE_TEST"], f"health check {test} is not the image\x27s")
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
')
[ "$compose_check" = ok ] || fail "docker-compose.yml: $compose_check"
ok "docker-compose.yml runs the image's own health check; its replicas profile has PostgreSQL and two replicas on it"
echo "container checks: $passed passed, 0 failed"
