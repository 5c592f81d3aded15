// Drives TelnyxMock's /v2/credential_connections with the official telnyx SDK (npm telnyx 7.x): a full lifecycle,
// the user name unique across the mock, the registration check, and the SDK's own error classes.
// Exits non-zero on the first behaviour that differs from what the SDK expects of Telnyx.
import assert from 'node:assert/strict';
import Telnyx, { NotFoundError, UnprocessableEntityError } from 'telnyx';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_cred_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });
const userName = `sdk${Date.now()}`.slice(0, 32);

async function step(name, body) {
  process.stdout.write(`- ${name} ... `);
  await body();
  console.log('ok');
}

let id;

await step('create a credential connection with its own defaults', async () => {
  const { data } = await client.credentialConnections.create({ connection_name: 'sdk-softphones', user_name: userName, password: 'password-1234' });
  assert.equal(data.record_type, 'credential_connection');
  assert.equal(data.user_name, userName);
  assert.equal(data.default_on_hold_comfort_noise_enabled, false);
  assert.equal(data.outbound.localization, 'US');
  assert.equal(data.inbound.simultaneous_ringing, 'disabled');
  id = data.id;
});

await step('a taken user name is an UnprocessableEntityError on /user_name, for any account', async () => {
  const other = new Telnyx({ baseURL, apiKey: `${apiKey}_other`, maxRetries: 0 });
  await assert.rejects(() => other.credentialConnections.create({ connection_name: 'x', user_name: userName, password: 'password-1234' }), (error) => {
    assert.ok(error instanceof UnprocessableEntityError);
    assert.equal(error.error.errors[0].source.pointer, '/user_name');
    return true;
  });
});

await step('retrieve, list with a name filter, update one nested field', async () => {
  assert.equal((await client.credentialConnections.retrieve(id)).data.user_name, userName);
  const seen = [];
  for await (const c of client.credentialConnections.list({ filter: { connection_name: { contains: 'sdk-soft' } } })) {
    seen.push(c.id);
  }
  assert.deepEqual(seen, [id]);
  const { data } = await client.credentialConnections.update(id, { inbound: { simultaneous_ringing: 'enabled' } });
  assert.equal(data.inbound.simultaneous_ringing, 'enabled');
  assert.equal(data.inbound.timeout_1xx_secs, 3);
});

await step('check the registration status', async () => {
  const { data } = await client.credentialConnections.actions.checkRegistrationStatus(id);
  assert.equal(data.record_type, 'registration_status');
  assert.equal(data.status, 'Not Registered');
  assert.equal(data.sip_username, userName);
});

await step('texml webhooks need call parking (UnprocessableEntityError)', async () => {
  await assert.rejects(() => client.credentialConnections.update(id, { webhook_api_version: 'texml' }), UnprocessableEntityError);
});

await step('delete, then it is a NotFoundError', async () => {
  assert.equal((await client.credentialConnections.delete(id)).data.id, id);
  await assert.rejects(() => client.credentialConnections.retrieve(id), NotFoundError);
});

console.log('All credential connection SDK checks passed.');
