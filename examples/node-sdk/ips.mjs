// Drives TelnyxMock's /v2/ips with the official telnyx SDK (npm telnyx 7.x): IPs attached to an IP connection and used as
// its default IPs, their filters and auto-pagination, and the links between the two kept consistent on delete.
// Exits non-zero on the first behaviour that differs from what the SDK expects of Telnyx.
import assert from 'node:assert/strict';
import Telnyx, { NotFoundError, UnprocessableEntityError } from 'telnyx';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_ips_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });

async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

async function expectError(name, ErrorType, status, pointer, call) {
  await step(name, async () => {
    await assert.rejects(call, (error) => {
      assert.ok(error instanceof ErrorType, `expected ${ErrorType.name}, got ${error?.constructor?.name}: ${error?.message}`);
      assert.equal(error.status, status);
      if (pointer) {
        assert.ok(error.error.errors.some((e) => e.source?.pointer === pointer), `expected an error at ${pointer}: ${JSON.stringify(error.error)}`);
      }
      return true;
    });
  });
}

const trunk = (await client.ipConnections.create({ connection_name: 'sdk-ip-trunk' })).data.id;
const ips = [];

await step('create 3 IPs attached to an IP connection', async () => {
  for (const [i, address] of ['192.0.2.10', '192.0.2.11', '2001:db8::12'].entries()) {
    const { data } = await client.ips.create({ connection_id: trunk, ip_address: address, ...(i === 1 ? { port: 5070 } : {}) });
    assert.match(data.id, /^[0-9]{18,19}$/);
    assert.equal(data.record_type, 'ip');
    assert.equal(data.connection_id, trunk);
    assert.equal(data.ip_address, address);
    assert.equal(data.port, i === 1 ? 5070 : 5060, 'port defaults to 5060');
    ips.push(data.id);
  }
});

await step('list the connection\'s IPs with auto-pagination (page[size]=2)', async () => {
  const seen = [];
  for await (const ip of client.ips.list({ 'page[size]': 2, filter: { connection_id: trunk } })) {
    seen.push(ip.id);
  }
  assert.deepEqual([...seen].sort(), [...ips].sort());
  const page = await client.ips.list({ filter: { port: 5070 } });
  assert.deepEqual(page.data.map((ip) => ip.id), [ips[1]]);
});

await step('retrieve and update an IP (partial)', async () => {
  assert.equal((await client.ips.retrieve(ips[0])).data.ip_address, '192.0.2.10');
  const { data } = await client.ips.update(ips[0], { port: 5080 });
  assert.equal(data.port, 5080);
  assert.equal(data.ip_address, '192.0.2.10');
});

await step('use attached IPs as the connection\'s default IPs', async () => {
  const { data } = await client.ipConnections.update(trunk, { inbound: { default_primary_ip_id: ips[0], default_secondary_ip_id: ips[1] } });
  assert.equal(data.inbound.default_primary_ip_id, ips[0]);
  assert.equal(data.inbound.default_secondary_ip_id, ips[1]);
});

await expectError('a default IP that is not attached is an UnprocessableEntityError', UnprocessableEntityError, 422, '/inbound/default_tertiary_ip_id', () =>
  client.ipConnections.update(trunk, { inbound: { default_tertiary_ip_id: '1293384261075731499' } }));

await expectError('an IP on an unknown connection is an UnprocessableEntityError', UnprocessableEntityError, 422, '/connection_id', () =>
  client.ips.create({ connection_id: '1293384261075731499', ip_address: '192.0.2.99' }));

await expectError('an address that is not an IP is an UnprocessableEntityError', UnprocessableEntityError, 422, '/ip_address', () =>
  client.ips.create({ ip_address: 'sip.example.com' }));

await expectError('another key\'s IP is a NotFoundError', NotFoundError, 404, null, () =>
  new Telnyx({ baseURL, apiKey: `${apiKey}_other`, maxRetries: 0 }).ips.retrieve(ips[0]));

await step('deleting an IP clears the default that named it', async () => {
  assert.equal((await client.ips.delete(ips[1])).data.id, ips[1]);
  const { data } = await client.ipConnections.retrieve(trunk);
  assert.equal(data.inbound.default_secondary_ip_id, null);
  assert.equal(data.inbound.default_primary_ip_id, ips[0]);
});

await step('deleting the connection deletes its IPs', async () => {
  await client.ipConnections.delete(trunk);
  for (const id of [ips[0], ips[2]]) {
    await assert.rejects(() => client.ips.retrieve(id), NotFoundError);
  }
});

console.log('All IP SDK checks passed.');
