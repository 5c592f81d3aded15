// Drives TelnyxMock's /v2/fqdn_connections and /v2/fqdns with the official telnyx SDK (npm telnyx 7.x): a connection with
// its FQDNs, one used as its default, the a/srv port rule, the list filters, and deletes that keep the links.
import assert from 'node:assert/strict';
import Telnyx, { NotFoundError, UnprocessableEntityError } from 'telnyx';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_fqdn_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });

async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

let pbx;
const fqdns = [];

await step('create an FQDN connection with its own defaults', async () => {
  const { data } = await client.fqdnConnections.create({ connection_name: 'sdk-pbx', transport_protocol: 'TCP' });
  assert.equal(data.record_type, 'fqdn_connection');
  assert.equal(data.outbound.ip_authentication_method, 'ip-authentication');
  assert.equal(data.inbound.default_routing_method, 'sequential');
  pbx = data.id;
});

await step('attach an a record (port 5060 by default) and an srv record (no port)', async () => {
  const a = (await client.fqdns.create({ connection_id: pbx, fqdn: 'pbx.example.com', dns_record_type: 'a' })).data;
  assert.equal(a.port, 5060);
  assert.equal(a.record_type, 'fqdn');
  const srv = (await client.fqdns.create({ connection_id: pbx, fqdn: 'srv.example.com', dns_record_type: 'srv' })).data;
  assert.equal(srv.port, null);
  fqdns.push(a.id, srv.id);
});

await step('an srv record with a port is an UnprocessableEntityError on /port', async () => {
  await assert.rejects(() => client.fqdns.create({ connection_id: pbx, fqdn: 'x.example.com', dns_record_type: 'srv', port: 5061 }), (error) => {
    assert.ok(error instanceof UnprocessableEntityError);
    assert.equal(error.error.errors[0].source.pointer, '/port');
    return true;
  });
});

await step('use an attached FQDN as the default; list by fqdn and by connection', async () => {
  const { data } = await client.fqdnConnections.update(pbx, { inbound: { default_primary_fqdn_id: fqdns[0] } });
  assert.equal(data.inbound.default_primary_fqdn_id, fqdns[0]);
  const byName = await client.fqdnConnections.list({ filter: { fqdn: 'pbx.example.com' } });
  assert.deepEqual(byName.data.map((c) => c.id), [pbx]);
  const seen = [];
  for await (const f of client.fqdns.list({ 'page[size]': 1, filter: { connection_id: pbx } })) {
    seen.push(f.id);
  }
  assert.deepEqual([...seen].sort(), [...fqdns].sort());
});

await step('deleting the default FQDN clears it; deleting the connection deletes its FQDNs', async () => {
  await client.fqdns.delete(fqdns[0]);
  assert.equal((await client.fqdnConnections.retrieve(pbx)).data.inbound.default_primary_fqdn_id, null);
  await client.fqdnConnections.delete(pbx);
  await assert.rejects(() => client.fqdns.retrieve(fqdns[1]), NotFoundError);
});

console.log('All FQDN SDK checks passed.');

await step('client.connections lists every type with auto-pagination, and retrieves any type', async () => {
  const ip = (await client.ipConnections.create({ connection_name: 'all-1-ip' })).data.id;
  const cred = (await client.credentialConnections.create({ connection_name: 'all-2-cred', user_name: `all${Date.now()}`.slice(0, 32), password: 'password-1234' })).data.id;
  const fq = (await client.fqdnConnections.create({ connection_name: 'all-3-fqdn' })).data.id;
  const seen = [];
  for await (const c of client.connections.list({ 'page[size]': 1, sort: 'connection_name' })) {
    seen.push([c.id, c.record_type]);
  }
  assert.deepEqual(seen, [[ip, 'ip_connection'], [cred, 'credential_connection'], [fq, 'fqdn_connection']]);
  assert.equal((await client.connections.retrieve(cred)).data.record_type, 'credential_connection');
  const calls = await client.connections.listActiveCalls(fq);
  assert.deepEqual(calls.data, []);
  await assert.rejects(() => client.connections.retrieve('1'), NotFoundError);
});

console.log('All /v2/connections SDK checks passed.');
