#!/usr/bin/env bash
# The README's curl examples ("Try it with curl", "V2 IP connections", "Control API") run as written, in order, in one
# shell, against a fresh mock: every block exits 0; ids are captured (never "null" or empty); no Telnyx request of
# them answers 404 or 5xx (from the mock's own journal); the blocks shown failing fail as shown, and no control
# block answers an error. Only the address changes: a free port instead of 12111. Needs curl and jq.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
command -v jq >/dev/null || { [ "$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq jq) >/dev/null 2>&1; }
command -v jq >/dev/null || { echo "FAIL: jq is not installed" >&2; exit 1; }

source "$root/tests/lib/mock.sh"
dotnet build "$root/src/TelnyxMock" --nologo -v quiet >/dev/null
trap 'stop_mock; rm -rf "$work"' EXIT
start_mock "$work/mock.log" --in-memory --urls "http://127.0.0.1:0"
url="$MOCK_URL"

# One script: each README block in a group whose output goes to its own file, so variables carry across blocks.
node - "$root/README.md" "$url" "$work" > "$work/examples.sh" <<'JS'
const [readme, url, work] = process.argv.slice(2);
const text = require('fs').readFileSync(readme, 'utf8');
const section = (from, to) => text.slice(text.indexOf(from), text.indexOf(to));
const blocks = s => [...s.matchAll(/```bash\n([\s\S]*?)```/g)].map(m => m[1].replaceAll('http://localhost:12111', url));
const telnyx = blocks(section('## Try it with curl', '## Point the official SDKs'));
const control = blocks(section('## Control API', '### Using it from a test suite over HTTP'));
const lines = ['set -euo pipefail'];
telnyx.forEach((b, i) => lines.push(`{\n${b}} > ${work}/telnyx-${i}.out 2>&1`));
lines.push(`echo "${telnyx.length}" > ${work}/telnyx.count`);
lines.push(`for v in V1_ID ID; do value="\${!v:-}"; if [ -z "$value" ] || [ "$value" = null ]; then echo "FAIL: \$v was not captured"; exit 1; fi; done`);
lines.push(`curl -s '${url}/_mock/requests' > ${work}/journal.json`);
control.forEach((b, i) => lines.push(`{\n${b}} > ${work}/control-${i}.out 2>&1`));
lines.push(`echo "${control.length}" > ${work}/control.count`);
console.log(lines.join('\n'));
JS

bash "$work/examples.sh" || { echo "FAIL: a README block exited non-zero"; for f in "$work"/*.out; do echo "--- $f"; cat "$f"; done; exit 1; }
telnyx_blocks=$(cat "$work/telnyx.count") control_blocks=$(cat "$work/control.count")

bad=$(jq -r '.requests[] | select(.status == 404 or .status >= 500) | "\(.status) \(.method) \(.path)"' "$work/journal.json")
[ -z "$bad" ] || { echo "FAIL: README requests answered 404/5xx:"; echo "$bad"; exit 1; }
requests=$(jq '.count' "$work/journal.json")
[ "$requests" -ge 10 ] || { echo "FAIL: only $requests Telnyx requests were journaled"; exit 1; }

# The blocks that show a rule broken must show it broken; every other Telnyx block must not answer an error envelope.
for ((i = 0; i < telnyx_blocks; i++)); do
  out="$work/telnyx-$i.out"
  if grep -q '"timeout_1xx":\["timeout_1xx must' "$out" || grep -q '"pointer":"/inbound/timeout_1xx_secs"' "$out"; then continue; fi
  if grep -q '"errors":\[\|"success":false' "$out"; then echo "FAIL: Telnyx block $i answered an error:"; cat "$out"; exit 1; fi
done
grep -q '"success":false' "$work"/telnyx-*.out || { echo "FAIL: the V1 'breaks a rule' example did not fail"; exit 1; }
grep -q '"pointer":"/inbound/timeout_1xx_secs"' "$work"/telnyx-*.out || { echo "FAIL: the V2 'rule broken' example did not fail"; exit 1; }
for ((i = 0; i < control_blocks; i++)); do
  if grep -q '"errors":\[' "$work/control-$i.out"; then echo "FAIL: control block $i answered an error:"; cat "$work/control-$i.out"; exit 1; fi
done
echo "readme examples: $telnyx_blocks Telnyx blocks ($requests requests, none 404 or 5xx) and $control_blocks control blocks ran as written"
