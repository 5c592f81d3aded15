#!/usr/bin/env bash
# The .NET tool as a user gets it: packed to a local folder, installed from there into a fresh tool path, then run
# from an empty folder: --help, an in-memory mock on a free port (health, a V2 create, V1), and one with
# --db, --fixtures and --strict. Needs curl.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
pid=""
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; [ -f "$work/mock.log" ] && sed 's/^/  mock: /' "$work/mock.log"; exit 1; }
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

version=$(dotnet msbuild "$root/src/TelnyxMock/TelnyxMock.csproj" -getProperty:Version -nologo)
echo "== pack TelnyxMock $version"
dotnet pack "$root/src/TelnyxMock/TelnyxMock.csproj" -c Release -o "$work/packages" --nologo -v quiet
# NuGet keeps an installed version in its global folder; drop it so this run installs what was just packed.
rm -rf "$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')/telnyxmock/$version"

echo "== dotnet tool install --tool-path ... TelnyxMock"
dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" --version "$version" TelnyxMock
tool="$work/tools/telnyxmock"
[ -x "$tool" ] || fail "the package installed no 'telnyxmock' command"
ok "installed from the package as the 'telnyxmock' command"

"$tool" --help > "$work/help.txt" || fail "--help exited non-zero"
for option in --port --db --in-memory --fixtures --strict --help; do
  grep -q -- "$option" "$work/help.txt" || fail "--help does not mention $option"
done
[ "$("$tool" --version)" = "$version" ] || fail "--version does not print $version"
ok "--help lists every option; --version prints $version"

start() { # args...: starts the tool from an empty folder and sets $url from what it reports
  mkdir -p "$work/cwd"
  (cd "$work/cwd" && exec "$tool" "$@") > "$work/mock.log" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 1 120); do
    url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$work/mock.log" | head -n 1)
    [ -n "$url" ] && return 0
    kill -0 "$pid" 2>/dev/null || fail "telnyxmock $* exited before listening"
    sleep 0.5
  done
  fail "telnyxmock $* did not report its address"
}
stop() { kill -TERM "$pid"; local s=0; wait "$pid" || s=$?; pid=""; [ "$s" -eq 0 ] || fail "SIGTERM ended the tool with status $s"; }
status() { curl -s -o "$work/body.json" -w '%{http_code}' --max-time 5 "$@"; }

start --port 0 --in-memory
[ "$(status "$url/_mock/health")" = 200 ] || fail "health did not answer 200 on $url"
[ "$(status -X POST -H 'Authorization: Bearer KEY_tool' -H 'Content-Type: application/json' "$url/v2/ip_connections" \
  -d '{"connection_name": "from-the-tool"}')" = 201 ] || fail "V2 create did not answer 201: $(cat "$work/body.json")"
grep -q '"record_type":"ip_connection"' "$work/body.json" || fail "V2 create did not return an IP connection"
[ "$(status -H 'x-api-user: tool' -H 'x-api-token: t' "$url/security/connections")" = 200 ] || fail "V1 list did not answer 200"
[ ! -e "$work/cwd/telnyxmock.db" ] || fail "--in-memory wrote a database file"
stop
ok "--port 0 --in-memory serves health, V2 and V1 on $url and writes no file"

cat > "$work/fixtures.json" <<'JSON'
{"account": "KEY_tool", "ip_connections": [{"id": "1000000000000000001", "connection_name": "from-fixtures"}]}
JSON
start --port 0 --db "$work/data.db" --fixtures "$work/fixtures.json" --strict
[ "$(status -H 'Authorization: Bearer KEY_tool' "$url/v2/ip_connections/1000000000000000001")" = 200 ] || fail "the fixture was not loaded"
[ "$(status -X POST -H 'Authorization: Bearer KEY_tool' -H 'Content-Type: application/json' "$url/v2/ip_connections" \
  -d '{"connection_nam": "typo"}')" = 422 ] || fail "--strict did not refuse an unknown field"
[ -f "$work/data.db" ] || fail "--db did not write the database file"
stop
ok "--db, --fixtures and --strict take effect"

"$tool" --port 99999 2> "$work/err.txt" && fail "--port 99999 was accepted"
grep -q "port number" "$work/err.txt" || fail "--port 99999 did not explain itself"
ok "a bad option exits non-zero with a message"
echo "tool checks: $passed passed, 0 failed"
