// Drives TelnyxMock's /v2/outbound_voice_profiles with the official telnyx SDK, and the link a connection's
// outbound.outbound_voice_profile_id makes to a profile: checked on write, counted, cleared when the profile goes.
import assert from 'node:assert/strict';
import Telnyx, { NotFoundError, UnprocessableEntityError } from 'telnyx';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_profiles_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });
const prefix = `sdk-${Date.now()}`;

async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

let profile;
await step('create a profile (defaults from the reference)', async () => {
  ({ data: profile } = await client.outboundVoiceProfiles.create({ name: `${prefix}-office`, concurrent_call_limit: 10 }));
  assert.match(profile.id, /^[0-9]{18,19}$/);
  assert.equal(profile.record_type, 'outbound_voice_profile');
  assert.deepEqual(profile.whitelisted_destinations, ['US', 'CA']);
  assert.equal(profile.enabled, true);
  assert.equal(profile.connections_count, 0);
});

await step('list with filter[name][contains] and sort', async () => {
  await client.outboundVoiceProfiles.create({ name: `${prefix}-warehouse` });
  const names = [];
  for await (const p of client.outboundVoiceProfiles.list({ filter: { name: { contains: prefix } }, sort: 'name' })) {
    names.push(p.name);
  }
  assert.deepEqual(names, [`${prefix}-office`, `${prefix}-warehouse`]);
});

let connection;
await step('a connection names the profile; connections_count follows', async () => {
  ({ data: connection } = await client.ipConnections.create({
    connection_name: `${prefix}-trunk`,
    outbound: { outbound_voice_profile_id: profile.id },
  }));
  const { data } = await client.outboundVoiceProfiles.retrieve(profile.id);
  assert.equal(data.connections_count, 1);
});

await step('an id that names no profile is a 422 at its pointer', async () => {
  await assert.rejects(
    client.ipConnections.update(connection.id, { outbound: { outbound_voice_profile_id: '1293384261075731499' } }),
    (error) => {
      assert.ok(error instanceof UnprocessableEntityError, `got ${error?.constructor?.name}`);
      assert.equal(error.error.errors[0].source.pointer, '/outbound/outbound_voice_profile_id');
      return true;
    });
});

await step('update the profile', async () => {
  const { data } = await client.outboundVoiceProfiles.update(profile.id, { name: `${prefix}-office`, enabled: false });
  assert.equal(data.enabled, false);
});

await step('deleting the profile clears it from the connection', async () => {
  await client.outboundVoiceProfiles.delete(profile.id);
  await assert.rejects(client.outboundVoiceProfiles.retrieve(profile.id), NotFoundError);
  const { data } = await client.ipConnections.retrieve(connection.id);
  assert.equal(data.outbound.outbound_voice_profile_id, null);
});
