#!/usr/bin/env bash
# No Docker engine runs here, so this checks what can be checked of the image without one:
# the published app started with the Dockerfile's exact ENTRYPOINT and ENV (paths mapped from /app and /data
# to a temporary folder), its HEALTHCHECK command answering healthy, a graceful stop on SIGTERM that keeps
# the data, the health check answering unhealthy once it is down, and docker-compose.yml parsing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== publish (Release), as the Dockerfile's build stage does"
dotnet publish "$root/src/TelnyxMock/TelnyxMock.csproj" -c Release --use-current-runtime --self-contained true -o "$work/app" --nologo -v quiet
mkdir -p "$work/data"

# Read the Dockerfile's exec-form instructions and ENV, mapping the image's paths onto the temporary folder.
read_json_instruction() { # $1: ENTRYPOINT or HEALTHCHECK
  node -e '
    const fs = require("fs");
    const text = fs.readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
    const line = text.split("\n").find(l => l.startsWith(process.argv[2] + " "));
    const json = line.slice(line.indexOf("["));
    console.log(JSON.parse(json).map(a => a.replace(/^\/app\//, process.argv[3] + "/app/")).join("\n"));
  ' "$root/Dockerfile" "$1" "$work"
}
mapfile -t entrypoint < <(read_json_instruction ENTRYPOINT)
mapfile -t healthcheck < <(read_json_instruction HEALTHCHECK)
mapfile -t env_pairs < <(node -e '
  const fs = require("fs");
  const text = fs.readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
  for (const line of text.split("\n").filter(l => l.startsWith("ENV "))) {
    for (const m of line.slice(4).matchAll(/(\w+)=("([^"]*)"|\S+)/g)) {
      console.log(`${m[1]}=${(m[3] ?? m[2]).replace("/data/", process.argv[2] + "/data/")}`);
    }
  }' "$root/Dockerfile" "$work")

echo "== entrypoint: ${entrypoint[*]}"
echo "== env: ${env_pairs[*]}"
echo "== healthcheck: ${healthcheck[*]}"

run_health() { env "${env_pairs[@]}" "${healthcheck[@]}" >/dev/null 2>&1; }

# WORKDIR /app: the app starts in its own folder, which is its content root (appsettings.json).
(cd "$work/app" && exec env "${env_pairs[@]}" "${entrypoint[@]}") > "$work/app.log" 2>&1 &
app_pid=$!

healthy=""
for _ in $(seq 1 100); do
  if run_health; then healthy=yes; break; fi
  sleep 0.2
done
[ -n "$healthy" ] || { echo "FAIL: the health check never passed"; cat "$work/app.log"; exit 1; }
echo "ok: the health check passes against the running app"

curl -sf -H 'Authorization: Bearer image-check' -H 'Content-Type: application/json' \
  http://127.0.0.1:12111/security/connections -d '{"connection_name": "image-check"}' > /dev/null
[ -f "$work/data/telnyxmock.db" ] || { echo "FAIL: no database under the data volume"; exit 1; }
echo "ok: data is written under the volume path"

kill -TERM "$app_pid"
status=0
wait "$app_pid" || status=$?
app_pid=""
[ "$status" -eq 0 ] || { echo "FAIL: SIGTERM ended the app with status $status"; cat "$work/app.log"; exit 1; }
echo "ok: SIGTERM stops the app gracefully (exit 0)"

if run_health; then echo "FAIL: the health check passes with the app stopped"; exit 1; fi
echo "ok: the health check fails once the app is down"

(cd "$work/app" && exec env "${env_pairs[@]}" "${entrypoint[@]}") > "$work/app2.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 100); do run_health && break; sleep 0.2; done
curl -sf -H 'Authorization: Bearer image-check' 'http://127.0.0.1:12111/security/connections?filter_connection_name=image-check' | grep -q '"image-check"' \
  || { echo "FAIL: the data did not survive the restart"; exit 1; }
echo "ok: data survives a restart on the same volume"

if command -v docker-compose >/dev/null 2>&1; then
  (cd "$root" && docker-compose config -q)
  echo "ok: docker-compose.yml parses (docker-compose config)"
else
  echo "FAIL: docker-compose is not installed (apt-get install docker-compose)"; exit 1
fi

compose_test=$(cd "$root" && docker-compose config | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const lines = s.split("\n"), at = lines.findIndex(l => /^\s+test:/.test(l)), items = [];
    for (let i = at + 1; i < lines.length && /^\s+- /.test(lines[i]); i++) items.push(lines[i].replace(/^\s+- /, "").replace(/^'"'"'|'"'"'$/g, ""));
    console.log(items.filter(a => a !== "CMD").join(" "));
  });')
image_test=$(node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
  const line = text.split("\n").find(l => l.startsWith("HEALTHCHECK "));
  console.log(JSON.parse(line.slice(line.indexOf("["))).join(" "));' "$root/Dockerfile")
[ "$compose_test" = "$image_test" ] || { echo "FAIL: compose health check '$compose_test' is not the image's '$image_test'"; exit 1; }
echo "ok: docker-compose.yml runs the image's own health check command"
echo "container checks: 7 passed, 0 failed"
