#!/usr/bin/env bash
# The .NET tool as a user gets it: packed to a local folder (a thin TelnyxMock package naming one package per runtime,
# TelnyxMock.<rid>, all present), installed from there into a fresh tool path (on linux-x64: its precompiled
# ReadyToRun package), then run from an empty folder: --help, an in-memory mock on a free port (health, a V2 create,
# V1), and one with --db, --fixtures and --strict; last, the portable `any` package other platforms fall back to, run
# with `dotnet`. Needs curl, unzip and python3.
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
# NuGet keeps an installed version in its global folder, under the tool's id and each runtime package's; drop them so
# this run installs what was just packed.
global="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')"
rm -rf "$global/telnyxmock/$version" "$global"/telnyxmock.*/"$version"

# The thin package names the runtime packages (DotnetToolSettings.xml); each must be in the folder beside it.
settings=$(unzip -p "$work/packages/TelnyxMock.$version.nupkg" 'tools/*/DotnetToolSettings.xml')
rids=$(sed -n 's/.*<RuntimeIdentifierPackage RuntimeIdentifier="\([^"]*\)".*/\1/p' <<< "$settings")
grep -qx any <<< "$rids" || fail "the TelnyxMock package names no 'any' package: [$(echo $rids)]"
grep -qx linux-x64 <<< "$rids" || fail "the TelnyxMock package names no linux-x64 package: [$(echo $rids)]"
for rid in $rids; do
  [ -f "$work/packages/TelnyxMock.$rid.$version.nupkg" ] || fail "TelnyxMock.$rid.$version.nupkg was not packed"
done
[ -z "$(unzip -Z1 "$work/packages/TelnyxMock.$version.nupkg" | grep '\.dll$' || true)" ] || fail "the thin TelnyxMock package carries assemblies"
ok "packed TelnyxMock and one package per runtime it names: $(echo $rids)"

# ReadyToRun code: the CLI header's ManagedNativeHeader points at an "RTR" header; IL-only assemblies have none.
ready_to_run() { # assembly → exit 0 when it carries ReadyToRun code
  python3 - "$1" <<'PY'
import struct, sys
d = open(sys.argv[1], "rb").read()
pe = struct.unpack_from("<I", d, 0x3C)[0]
sections, optional = struct.unpack_from("<H", d, pe + 6)[0], struct.unpack_from("<H", d, pe + 20)[0]
directories = pe + 24 + (96 if struct.unpack_from("<H", d, pe + 24)[0] == 0x10B else 112)
def offset(rva):
    for i in range(sections):
        size, address, raw_size, raw = struct.unpack_from("<IIII", d, pe + 24 + optional + 40 * i + 8)
        if address <= rva < address + max(size, raw_size):
            return rva - address + raw
cli = offset(struct.unpack_from("<I", d, directories + 14 * 8)[0])
native = struct.unpack_from("<I", d, cli + 64)[0]
sys.exit(0 if native and d[offset(native):offset(native) + 4] == b"RTR\0" else 1)
PY
}

echo "== dotnet tool install --tool-path ... TelnyxMock"
dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" --version "$version" TelnyxMock
tool="$work/tools/telnyxmock"
[ -x "$tool" ] || fail "the package installed no 'telnyxmock' command"
chosen=$(cd "$work/tools/.store/telnyxmock/$version" && ls -d telnyxmock.*/ | tr -d /)
host_rid=$(dotnet msbuild "$root/src/TelnyxMock/TelnyxMock.csproj" -getProperty:NETCoreSdkPortableRuntimeIdentifier -nologo)
if [ "$host_rid" = linux-x64 ]; then
  [ "$chosen" = telnyxmock.linux-x64 ] || fail "on linux-x64 the install chose $chosen, not telnyxmock.linux-x64"
  ready_to_run "$(dirname "$(readlink -f "$tool")")/TelnyxMock.dll" || fail "the installed TelnyxMock.dll has no ReadyToRun code"
fi
ok "installed from the package as the 'telnyxmock' command, from $chosen (this machine: $host_rid)"

"$tool" --help > "$work/help.txt" || fail "--help exited non-zero"
for option in --port --db --in-memory --fixtures --strict --help; do
  grep -q -- "$option" "$work/help.txt" || fail "--help does not mention $option"
done
[ "$("$tool" --version)" = "$version" ] || fail "--version does not print $version"
ok "--help lists every option; --version prints $version"

launch=("$tool")
start() { # args...: starts ${launch[@]} from an empty folder and sets $url from what it reports
  mkdir -p "$work/cwd"
  (cd "$work/cwd" && exec "${launch[@]}" "$@") > "$work/mock.log" 2>&1 &
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
# The CLI picks `any` where no runtime package fits (its --arch cannot ask for one on Linux): unpacked and run as the
# tool runs it there, `dotnet TelnyxMock.dll`.
unzip -q "$work/packages/TelnyxMock.any.$version.nupkg" -d "$work/any"
grep -q 'Runner="dotnet"' "$work"/any/tools/*/any/DotnetToolSettings.xml || fail "the any package is not run by dotnet"
any_dll=$(ls "$work"/any/tools/*/any/TelnyxMock.dll)
! ready_to_run "$any_dll" || fail "the any package's TelnyxMock.dll carries ReadyToRun code"
[ "$(dotnet "$any_dll" --version)" = "$version" ] || fail "the any package's --version does not print $version"
launch=(dotnet "$any_dll")
start --port 0 --in-memory
[ "$(status "$url/_mock/health")" = 200 ] || fail "the any package: health did not answer 200 on $url"
[ "$(status -X POST -H 'Authorization: Bearer KEY_tool' -H 'Content-Type: application/json' "$url/v2/ip_connections" \
  -d '{"connection_name": "from-any"}')" = 201 ] || fail "the any package: V2 create did not answer 201: $(cat "$work/body.json")"
stop
ok "the portable any package (IL only) runs with dotnet: --version, health, V2 create"
echo "tool checks: $passed passed, 0 failed"
