// Provisions a SIP trunk on TelnyxMock with the official telnyx SDK, end to end: an outbound voice profile, a
// credential connection that uses it, numbers found with the number search, bought with a number order onto the
// connection, then managed (connection_name kept current, voice settings) and released again.
// Exits non-zero on the first behaviour that differs from what the SDK expects of Telnyx.
import assert from 'node:assert/strict';
import Telnyx, { NotFoundError } from 'telnyx';
import { step, unprocessableAt } from './checks.mjs';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_trunk_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });
const prefix = `sdk-trunk-${Date.now()}`;
const userName = `trunk${Date.now()}`.slice(0, 32);
const search = { filter: { country_code: 'US', locality: 'Denver', limit: 2, features: ['sms', 'voice'] } };


async function offered() {
  const { data, meta, metadata } = await client.availablePhoneNumbers.list(search);
  assert.equal(meta.total_results, data.length);
  assert.deepEqual(metadata, meta);
  return data.map((n) => n.phone_number);
}

async function numbersOf(connectionId) {
  const numbers = [];
  for await (const n of client.phoneNumbers.list({ filter: { connection_id: connectionId }, sort: 'phone_number' })) {
    numbers.push(n);
  }
  return numbers;
}

let profile;
await step('create an outbound voice profile', async () => {
  ({ data: profile } = await client.outboundVoiceProfiles.create({ name: `${prefix}-outbound`, concurrent_call_limit: 10 }));
  assert.match(profile.id, /^[0-9]{18,19}$/);
  assert.equal(profile.record_type, 'outbound_voice_profile');
  assert.equal(profile.concurrent_call_limit, 10);
  assert.equal(profile.connections_count, 0);
});

let connection;
await step('a credential connection refuses a made-up profile id', async () => {
  await assert.rejects(
    client.credentialConnections.create({
      connection_name: `${prefix}-pbx`, user_name: userName, password: 'password-1234',
      outbound: { outbound_voice_profile_id: '1293384261075731499' },
    }),
    unprocessableAt('/outbound/outbound_voice_profile_id'));
});

await step('create the credential connection on the profile', async () => {
  ({ data: connection } = await client.credentialConnections.create({
    connection_name: `${prefix}-pbx`, user_name: userName, password: 'password-1234',
    outbound: { outbound_voice_profile_id: profile.id },
  }));
  assert.equal(connection.record_type, 'credential_connection');
  assert.equal(connection.user_name, userName);
  assert.equal(connection.outbound.outbound_voice_profile_id, profile.id);
  assert.equal((await client.outboundVoiceProfiles.retrieve(profile.id)).data.connections_count, 1);
});

let wanted;
await step('search Denver numbers with sms and voice: the same query gives the same numbers', async () => {
  const { data } = await client.availablePhoneNumbers.list(search);
  assert.equal(data.length, 2);
  for (const n of data) {
    assert.equal(n.record_type, 'available_phone_number');
    assert.match(n.phone_number, /^\+1[0-9]{10}$/);
    const features = n.features.map((f) => f.name);
    assert.ok(features.includes('sms') && features.includes('voice'), `features ${features}`);
    assert.ok(n.region_information.some((r) => r.region_type === 'location' && r.region_name === 'Denver'));
  }
  wanted = data.map((n) => n.phone_number);
  assert.deepEqual(await offered(), wanted);
});

let order;
await step('order them onto the connection: status success, and retrieve the order', async () => {
  ({ data: order } = await client.numberOrders.create({
    connection_id: connection.id,
    customer_reference: `${prefix}-order`,
    phone_numbers: wanted.map((phone_number) => ({ phone_number })),
  }));
  assert.match(order.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(order.record_type, 'number_order');
  assert.equal(order.status, 'success');
  assert.equal(order.connection_id, connection.id);
  assert.equal(order.phone_numbers_count, 2);
  assert.deepEqual(order.phone_numbers.map((n) => n.phone_number), wanted);
  assert.ok(order.phone_numbers.every((n) => n.status === 'success' && n.country_iso_alpha2 === 'US'));
  const { data } = await client.numberOrders.retrieve(order.id);
  assert.equal(data.id, order.id);
  assert.equal(data.customer_reference, `${prefix}-order`);
  assert.deepEqual(data.phone_numbers.map((n) => n.phone_number), wanted);
});

await step('ordering a number again is a 422 at its index; the search no longer offers it', async () => {
  await assert.rejects(client.numberOrders.create({ phone_numbers: [{ phone_number: wanted[0] }] }),
    unprocessableAt('/phone_numbers/0/phone_number'));
  const now = await offered();
  assert.equal(now.length, 2);
  assert.ok(!now.some((n) => wanted.includes(n)), `${now} still offers one of ${wanted}`);
});

let numbers;
await step('list the connection\'s numbers: connection_name follows a rename', async () => {
  numbers = await numbersOf(connection.id);
  assert.deepEqual(numbers.map((n) => n.phone_number), [...wanted].sort());
  for (const n of numbers) {
    assert.equal(n.record_type, 'phone_number');
    assert.equal(n.status, 'active');
    assert.equal(n.connection_id, connection.id);
    assert.equal(n.connection_name, `${prefix}-pbx`);
    assert.equal(n.customer_reference, `${prefix}-order`);
  }
  await client.credentialConnections.update(connection.id, { connection_name: `${prefix}-pbx-renamed` });
  assert.deepEqual((await numbersOf(connection.id)).map((n) => n.connection_name), [`${prefix}-pbx-renamed`, `${prefix}-pbx-renamed`]);
});

await step('update a number; a connection_id that names none of ours is a 422', async () => {
  const { data } = await client.phoneNumbers.update(numbers[0].id, { customer_reference: `${prefix}-line-1`, tags: ['front-desk'] });
  assert.equal(data.customer_reference, `${prefix}-line-1`);
  assert.deepEqual(data.tags, ['front-desk']);
  assert.equal(data.connection_name, `${prefix}-pbx-renamed`);
  assert.equal((await client.phoneNumbers.retrieve(numbers[0].id)).data.customer_reference, `${prefix}-line-1`);
  await assert.rejects(client.phoneNumbers.update(numbers[0].id, { connection_id: '1293384261075731499' }), unprocessableAt('/connection_id'));
});

await step('read and change the voice settings', async () => {
  const { data: voice } = await client.phoneNumbers.voice.retrieve(numbers[0].id);
  assert.equal(voice.id, numbers[0].id);
  assert.equal(voice.phone_number, numbers[0].phone_number);
  assert.equal(voice.record_type, 'voice_settings');
  assert.equal(voice.connection_id, connection.id);
  assert.equal(voice.usage_payment_method, 'pay-per-minute');
  assert.equal(voice.media_features.t38_fax_gateway_enabled, false);
  const { data } = await client.phoneNumbers.voice.update(numbers[0].id, {
    usage_payment_method: 'channel',
    media_features: { t38_fax_gateway_enabled: true },
    call_forwarding: { call_forwarding_enabled: true, forwarding_type: 'on-failure', forwards_to: '+13035559123' },
  });
  assert.equal(data.usage_payment_method, 'channel');
  assert.equal(data.media_features.t38_fax_gateway_enabled, true);
  assert.equal(data.media_features.rtp_auto_adjust_enabled, true);
  assert.equal(data.call_forwarding.forwards_to, '+13035559123');
  assert.equal((await client.phoneNumbers.retrieve(numbers[0].id)).data.t38_fax_gateway_enabled, true);
  await assert.rejects(client.phoneNumbers.voice.update(numbers[0].id, { cnam_listing: { cnam_listing_enabled: true } }),
    unprocessableAt('/cnam_listing/cnam_listing_details'));
});

await step('list voice settings, filtered by payment method', async () => {
  const all = [];
  for await (const v of client.phoneNumbers.voice.list({ filter: { connection_name: { contains: prefix } } })) {
    all.push(v.phone_number);
  }
  assert.deepEqual(all.sort(), [...wanted].sort());
  const channel = [];
  for await (const v of client.phoneNumbers.voice.list({ filter: { 'voice.usage_payment_method': 'channel' } })) {
    channel.push(v.id);
  }
  assert.deepEqual(channel, [numbers[0].id]);
});

await step('deleting the connection unassigns its numbers', async () => {
  await client.credentialConnections.delete(connection.id);
  await assert.rejects(client.credentialConnections.retrieve(connection.id), NotFoundError);
  for (const n of numbers) {
    const { data } = await client.phoneNumbers.retrieve(n.id);
    assert.equal(data.connection_id, null);
    assert.equal(data.connection_name, null);
  }
  assert.equal((await client.outboundVoiceProfiles.retrieve(profile.id)).data.connections_count, 0);
});

await step('deleting a number releases it: the same search offers it again', async () => {
  const { data } = await client.phoneNumbers.delete(numbers[0].id);
  assert.equal(data.id, numbers[0].id);
  assert.equal(data.status, 'deleted');
  await assert.rejects(client.phoneNumbers.retrieve(numbers[0].id), NotFoundError);
  await assert.rejects(client.phoneNumbers.voice.retrieve(numbers[0].id), NotFoundError);
  assert.ok((await offered()).includes(numbers[0].phone_number), `${numbers[0].phone_number} is not offered again`);
  assert.ok(!(await offered()).includes(numbers[1].phone_number));
});

await step('delete the profile', async () => {
  await client.outboundVoiceProfiles.delete(profile.id);
  await assert.rejects(client.outboundVoiceProfiles.retrieve(profile.id), NotFoundError);
  await assert.rejects(client.numberOrders.retrieve('00000000-0000-4000-8000-000000000000'), NotFoundError);
});

console.log('All provision-a-trunk SDK checks passed.');
