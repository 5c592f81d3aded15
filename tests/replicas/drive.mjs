// Drives several TelnyxMock processes that share one PostgreSQL store, the way a team's services would: many clients
// at once, spread across the replicas, creating, partially updating, listing and deleting V1 and V2 connections,
// hitting fault rules added through the control API, while one replica is killed with SIGKILL mid-stream.
// Then checks, on every surviving replica: no 5xx (but the faults'), no lost or duplicated write, unique ids, every
// acknowledged write on every replica's final lists, equal totals everywhere, the fault rules fired on every replica,
// the journal holding every replica's requests under its name.
//
// REPLICAS=url,url,url KILL_PID=<pid of the last replica> [CLIENTS=32] [DURATION_MS=20000] node drive.mjs
// Exits 1 with the list of problems when any check fails.

const urls = (process.env.REPLICAS ?? '').split(',').filter(Boolean);
const killPid = Number(process.env.KILL_PID);
const clients = Number(process.env.CLIENTS ?? 32);
const duration = Number(process.env.DURATION_MS ?? 20000);
if (urls.length < 2 || !killPid) {
  console.error('REPLICAS (two or more URLs) and KILL_PID are required');
  process.exit(2);
}

const account = 'KEY_team';
const killed = urls.length - 1;
const replicas = urls.map((url, i) => ({ url, name: `replica-${i}`, alive: true, answered: 0, lost: 0, afterKill: 0 }));
const problems = [];
const problem = (text) => { if (problems.length < 200) problems.push(text); };
let killedAt = 0;

/** One request to a Telnyx surface; { lost: true } when the replica did not answer (it was killed). */
async function call(index, method, path, body) {
  const replica = replicas[index];
  try {
    const response = await fetch(replica.url + path, {
      method,
      headers: { authorization: `Bearer ${account}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(15000),
    });
    const text = await response.text();
    replica.answered++;
    if (killedAt) replica.afterKill++;
    const expectedFault = response.status === 503 && path.startsWith('/v2/fqdns');
    if (response.status >= 500 && !expectedFault) problem(`${replica.name} ${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return { status: response.status, json: text ? JSON.parse(text) : null };
  } catch (error) {
    replica.lost++;
    if (index !== killed || !killedAt) problem(`${replica.name} ${method} ${path} did not answer: ${error.cause?.code ?? error.message}`);
    return { lost: true };
  }
}

async function control(index, method, path, body) {
  const response = await fetch(replicas[index].url + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

const live = () => replicas.map((r, i) => i).filter((i) => replicas[i].alive);

// What the clients were told, to check against what every replica serves at the end.
const v2 = new Map(); // id -> name, acknowledged creates
const v2LostNames = new Set(); // creates that got no answer: may or may not exist
const v2Deleted = new Set(); // acknowledged deletes
const v2MaybeDeleted = new Set(); // deletes that got no answer
const v1 = new Map();
const v1LostNames = new Set();
const v1Deleted = new Set();
const v1MaybeDeleted = new Set();
const hot = []; // shared connections: each (connection, field) is updated by one client only
const hotFields = ['connection_name', 'webhook_event_url', 'webhook_event_failover_url', 'tags'];
const hotValue = (field, client, n) => field === 'tags' ? [`c${client}-${n}`]
  : field === 'connection_name' ? `hot-c${client}-${n}` : `https://hooks.example.com/c${client}/${n}`;
const hotState = new Map(); // "hot:field" -> { acked, pending: [] }
const faultCounts = { unavailable: replicas.map(() => 0), limited: 0, ipsLost: 0 };

async function client(c) {
  const mine = [];
  const mineV1 = [];
  const hotIndex = c % hot.length;
  const field = hotFields[Math.floor(c / hot.length) % hotFields.length];
  const key = `${hotIndex}:${field}`;
  hotState.set(key, hotState.get(key) ?? { acked: undefined, pending: [] });
  for (let n = 0; Date.now() < end; n++) {
    const choices = live();
    const index = choices[(c + n) % choices.length];
    switch (n % 10) {
      case 0: case 1: case 2: {
        const name = `c${c}-${n}`;
        const r = await call(index, 'POST', '/v2/ip_connections', { connection_name: name, inbound: { sip_region: n % 2 ? 'Europe' : 'US' } });
        if (r.lost) v2LostNames.add(name);
        else if (r.status !== 201) problem(`create V2 ${name}: ${r.status}`);
        else { if (v2.has(r.json.data.id)) problem(`duplicate V2 id ${r.json.data.id}`); v2.set(r.json.data.id, name); mine.push(r.json.data.id); }
        break;
      }
      case 3: {
        const name = `v1-c${c}-${n}`;
        const r = await call(index, 'POST', '/security/connections', { connection_name: name });
        if (r.lost) v1LostNames.add(name);
        else if (r.status !== 200) problem(`create V1 ${name}: ${r.status}`);
        else { const id = String(r.json.id); if (v1.has(id) || v2.has(id)) problem(`duplicate id ${id}`); v1.set(id, name); mineV1.push(id); }
        break;
      }
      case 4: {
        const value = hotValue(field, c, n);
        const state = hotState.get(key);
        const r = await call(index, 'PATCH', `/v2/ip_connections/${hot[hotIndex]}`, { [field]: value });
        if (r.lost) state.pending.push(JSON.stringify(value));
        else if (r.status !== 200) problem(`patch ${key}: ${r.status}`);
        else { state.acked = JSON.stringify(value); state.pending = []; }
        break;
      }
      case 5: {
        const r = await call(index, 'GET', `/v2/ip_connections?page[size]=20&page[number]=${1 + (n % 3)}&sort=connection_name`);
        if (!r.lost && (r.status !== 200 || typeof r.json.meta?.total_results !== 'number')) problem(`list V2: ${r.status}`);
        break;
      }
      case 6: {
        const id = mine.shift();
        if (!id) break;
        const r = await call(index, 'DELETE', `/v2/ip_connections/${id}`);
        if (r.lost) v2MaybeDeleted.add(id);
        else if (r.status !== 200) problem(`delete V2 ${id}: ${r.status}`);
        else v2Deleted.add(id);
        break;
      }
      case 7: {
        if (n % 20 === 7) {
          const r = await call(index, 'GET', '/security/connections?per_page=50');
          if (!r.lost && r.status !== 200) problem(`list V1: ${r.status}`);
          break;
        }

        const id = mineV1.shift();
        if (!id) break;
        const r = await call(index, 'DELETE', `/security/connections/${id}`);
        if (r.lost) v1MaybeDeleted.add(id);
        else if (r.status !== 200) problem(`delete V1 ${id}: ${r.status}`);
        else v1Deleted.add(id);
        break;
      }
      case 8: {
        const r = await call(index, 'GET', '/v2/fqdns');
        if (!r.lost && r.status !== 503) problem(`${replicas[index].name} GET /v2/fqdns: ${r.status}, the fault rule should have answered 503`);
        if (!r.lost && r.status === 503) faultCounts.unavailable[index]++;
        break;
      }
      case 9: {
        const r = await call(index, 'GET', '/v2/ips');
        if (r.lost) faultCounts.ipsLost++;
        else if (r.status === 429) faultCounts.limited++;
        else if (r.status !== 200) problem(`GET /v2/ips: ${r.status}`);
        break;
      }
    }
  }
}

async function listAll(index, first, next) {
  const items = [];
  let total;
  for (let page = 1; page < 1000; page++) {
    const r = await call(index, 'GET', first(page));
    if (r.lost || r.status !== 200) { problem(`${replicas[index].name} final list: ${r.status}`); break; }
    const data = Array.isArray(r.json) ? r.json : r.json.data;
    total ??= r.json.meta?.total_results;
    items.push(...data);
    if (!next(data)) break;
  }
  return { items, total };
}

function checkSet(label, replica, served, acked, deleted, maybeDeleted, lostNames) {
  const ids = served.map((x) => String(x.id));
  if (new Set(ids).size !== ids.length) problem(`${replica}: ${label} list has duplicate ids`);
  const present = new Set(ids);
  for (const [id, name] of acked) {
    if (deleted.has(id)) { if (present.has(id)) problem(`${replica}: ${label} ${name} (${id}) was deleted (acknowledged) but is listed`); }
    else if (!maybeDeleted.has(id) && !present.has(id)) problem(`${replica}: ${label} ${name} (${id}) was acknowledged but is not listed`);
  }
  for (const item of served) {
    const id = String(item.id);
    if (!acked.has(id) && !lostNames.has(item.connection_name) && !hot.includes(id)) problem(`${replica}: ${label} ${item.connection_name} (${id}) was never created`);
  }
  return ids.sort().join(',');
}

// Setup: the shared connections, and two fault rules added through different replicas.
for (let i = 0; i < 8; i++) {
  const r = await call(i % replicas.length, 'POST', '/v2/ip_connections', { connection_name: `hot-${i}` });
  if (r.lost || r.status !== 201) { console.error('could not create the shared connections'); process.exit(1); }
  hot.push(r.json.data.id);
}
const unavailable = await control(0, 'POST', '/_mock/faults', { path: '/v2/fqdns', status: 503 });
const limited = await control(1, 'POST', '/_mock/faults', { path: '/v2/ips', status: 429, times: 50 });
if (unavailable.status !== 201 || limited.status !== 201) { console.error('could not add the fault rules'); process.exit(1); }

const started = Date.now();
const end = started + duration;
setTimeout(() => {
  replicas[killed].alive = false;
  killedAt = Date.now();
  process.kill(killPid, 'SIGKILL');
  console.log(`killed ${replicas[killed].name} (pid ${killPid}) with SIGKILL after ${killedAt - started} ms`);
}, duration * 0.4);
await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
const seconds = (Date.now() - started) / 1000;

// The final state, read from every surviving replica.
const survivors = live();
const v2Served = [];
const v1Served = [];
for (const index of survivors) {
  const name = replicas[index].name;
  const { items, total } = await listAll(index, (p) => `/v2/ip_connections?page[size]=250&page[number]=${p}`, (data) => data.length === 250);
  if (total !== items.length) problem(`${name}: V2 total_results ${total} but ${items.length} listed`);
  v2Served.push(checkSet('V2', name, items, v2, v2Deleted, v2MaybeDeleted, v2LostNames) + `#${total}`);
  const v1List = await listAll(index, (p) => `/security/connections?per_page=1000&page=${p}`, (data) => data.length === 1000);
  v1Served.push(checkSet('V1', name, v1List.items, v1, v1Deleted, v1MaybeDeleted, v1LostNames));

  for (const [key, state] of hotState) {
    const [hotIndex, field] = key.split(':');
    const r = await call(index, 'GET', `/v2/ip_connections/${hot[hotIndex]}`);
    const value = JSON.stringify(r.json?.data?.[field]);
    if (state.acked !== undefined && value !== state.acked && !state.pending.includes(value)) {
      problem(`${name}: ${key} is ${value}, the last acknowledged update set ${state.acked} (a field was lost)`);
    }
  }
}
if (new Set(v2Served).size !== 1) problem('the surviving replicas serve different V2 lists or totals');
if (new Set(v1Served).size !== 1) problem('the surviving replicas serve different V1 lists');

// Faults: the 503 rule answered on every replica (the killed one before it died); the 429 rule fired exactly 50 times.
replicas.forEach((r, i) => { if (faultCounts.unavailable[i] === 0) problem(`the 503 fault rule never fired on ${r.name}`); });
const rules = (await control(survivors[0], 'GET', '/_mock/faults')).json;
const limitedRule = rules.find((r) => r.id === limited.json.id);
if (limitedRule?.fired !== 50 || limitedRule?.remaining !== 0) problem(`the times: 50 rule fired ${limitedRule?.fired} times (remaining ${limitedRule?.remaining})`);
if (faultCounts.limited > 50 || faultCounts.limited + faultCounts.ipsLost < 50) problem(`clients saw ${faultCounts.limited} answers of the times: 50 rule (${faultCounts.ipsLost} unanswered)`);

// Journal: every replica's requests, under its name, the same whichever replica is asked.
const journals = [];
for (const index of survivors) {
  const journal = (await control(index, 'GET', '/_mock/requests')).json;
  const counts = Object.fromEntries(replicas.map((r) => [r.name, 0]));
  for (const entry of journal.requests) counts[entry.replica] = (counts[entry.replica] ?? 0) + 1;
  journals.push(JSON.stringify(counts));
  replicas.forEach((r, i) => {
    const recorded = counts[r.name];
    if (i === killed ? recorded < r.answered || recorded > r.answered + r.lost : recorded !== r.answered) {
      problem(`journal read through ${replicas[index].name}: ${recorded} requests of ${r.name}, which answered ${r.answered} (${r.lost} unanswered)`);
    }
  });
}
if (new Set(journals).size !== 1) problem(`the replicas' journals differ: ${journals.join(' vs ')}`);
survivors.forEach((i) => { if (replicas[i].afterKill === 0) problem(`${replicas[i].name} answered nothing after the kill`); });

const requests = replicas.reduce((sum, r) => sum + r.answered, 0);
console.log(`${clients} clients, ${seconds.toFixed(1)} s, ${requests} answered requests (${(requests / seconds).toFixed(0)}/s): ` +
  replicas.map((r) => `${r.name} ${r.answered} answered, ${r.lost} unanswered, ${r.afterKill} after the kill`).join('; '));
console.log(`V2: ${v2.size} acknowledged creates, ${v2Deleted.size} deletes, ${v2LostNames.size + v2MaybeDeleted.size} unanswered writes; ` +
  `V1: ${v1.size} creates, ${v1Deleted.size} deletes; faults: 503 per replica ${faultCounts.unavailable.join('/')}, 429 ${faultCounts.limited}`);
if (problems.length) {
  console.error(`FAILED: ${problems.length} problem(s)\n` + problems.join('\n'));
  process.exit(1);
}
console.log('ok: every acknowledged write is on every surviving replica; totals, faults and journal agree');
