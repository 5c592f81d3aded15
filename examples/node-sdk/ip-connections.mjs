// Drives TelnyxMock's /v2/ip_connections with the official telnyx SDK (npm telnyx 7.x), exactly as an
// application would drive api.telnyx.com: TELNYX_BASE_URL=http://localhost:12111/v2 and any TELNYX_API_KEY.
// Exits non-zero on the first behaviour that differs from what the SDK expects of Telnyx.
import assert from 'node:assert/strict';
import Telnyx, { AuthenticationError, NotFoundError, UnprocessableEntityError } from 'telnyx';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
// A key of its own per run, so repeated runs against one mock do not see each other's connections.
const apiKey = process.env.TELNYX_API_KEY ?? `KEY_node_sdk_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });
const prefix = `sdk-${Date.now()}`;

async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

async function expectError(name, ErrorType, status, call) {
  await step(name, async () => {
    await assert.rejects(call, (error) => {
      assert.ok(error instanceof ErrorType, `expected ${ErrorType.name}, got ${error?.constructor?.name}: ${error?.message}`);
      assert.equal(error.status, status);
      assert.ok(Array.isArray(error.error?.errors) && error.error.errors.length > 0, 'expected a Telnyx error body');
      return true;
    });
  });
}

const created = [];
let profileId;

await step('create the outbound voice profile the connections name', async () => {
  const { data } = await client.outboundVoiceProfiles.create({ name: `${prefix}-profile` });
  profileId = data.id;
});

await step('create 5 connections', async () => {
  for (let i = 1; i <= 5; i++) {
    const { data } = await client.ipConnections.create({
      connection_name: `${prefix}-${i}`,
      transport_protocol: 'TCP',
      inbound: { sip_region: 'Europe', codecs: ['G722', 'OPUS'] },
      outbound: { outbound_voice_profile_id: profileId, tech_prefix: '1234' },
    });
    assert.match(data.id, /^[0-9]{18,19}$/);
    assert.equal(data.record_type, 'ip_connection');
    assert.equal(data.connection_name, `${prefix}-${i}`);
    assert.equal(data.inbound.sip_region, 'Europe');
    assert.equal(data.inbound.timeout_1xx_secs, 3, 'inbound defaults are applied');
    assert.equal(data.rtcp_settings.report_frequency_secs, 5, 'rtcp defaults are applied');
    assert.equal(data.outbound.outbound_voice_profile_id, profileId);
    created.push(data.id);
  }
});

await step('list with auto-pagination (page[size]=2 over 3 pages)', async () => {
  const seen = [];
  for await (const connection of client.ipConnections.list({
    'page[size]': 2,
    sort: 'connection_name',
    filter: { connection_name: { contains: prefix } },
  })) {
    seen.push(connection.connection_name);
  }
  assert.deepEqual(seen, [1, 2, 3, 4, 5].map((i) => `${prefix}-${i}`));
});

await step('list one page and read its meta', async () => {
  const page = await client.ipConnections.list({ 'page[size]': 2, 'page[number]': 3, filter: { connection_name: { contains: prefix } } });
  assert.equal(page.data.length, 1);
  assert.deepEqual(page.meta, { page_number: 3, page_size: 2, total_pages: 3, total_results: 5 });
  assert.equal(page.hasNextPage(), false);
});

await step('retrieve', async () => {
  const { data } = await client.ipConnections.retrieve(created[0]);
  assert.equal(data.id, created[0]);
  assert.equal(data.connection_name, `${prefix}-1`);
});

await step('update one nested field, keeping the rest', async () => {
  const before = (await client.ipConnections.retrieve(created[0])).data;
  const { data } = await client.ipConnections.update(created[0], { inbound: { sip_region: 'Australia' } });
  assert.equal(data.inbound.sip_region, 'Australia');
  assert.deepEqual(data.inbound.codecs, ['G722', 'OPUS']);
  assert.equal(data.transport_protocol, 'TCP');
  assert.ok(data.updated_at > before.updated_at, 'updated_at moves forward');
});

await expectError('401 without a key is an AuthenticationError', AuthenticationError, 401, () =>
  new Telnyx({ baseURL, apiKey: null, maxRetries: 0 }).ipConnections.list());

await expectError('404 for an unknown id is a NotFoundError', NotFoundError, 404, () =>
  client.ipConnections.retrieve('1'));

await expectError('404 for another key\'s connection is a NotFoundError', NotFoundError, 404, () =>
  new Telnyx({ baseURL, apiKey: `${apiKey}_other`, maxRetries: 0 }).ipConnections.retrieve(created[0]));

await expectError('422 for an out-of-range value is an UnprocessableEntityError', UnprocessableEntityError, 422, async () => {
  try {
    await client.ipConnections.update(created[0], { inbound: { timeout_1xx_secs: 300 } });
  } catch (error) {
    assert.equal(error.error.errors[0].source.pointer, '/inbound/timeout_1xx_secs');
    throw error;
  }
});

await expectError('422 for SRTP with TLS is an UnprocessableEntityError', UnprocessableEntityError, 422, () =>
  client.ipConnections.create({ transport_protocol: 'TLS', encrypted_media: 'SRTP' }));

await step('delete returns the deleted connection', async () => {
  for (const id of created) {
    const { data } = await client.ipConnections.delete(id);
    assert.equal(data.id, id);
  }
});

await expectError('a deleted connection is a NotFoundError', NotFoundError, 404, () =>
  client.ipConnections.retrieve(created[0]));

console.log('All SDK checks passed.');
