// Drives TelnyxMock's /v2/telephony_credentials with the official telnyx SDK (npm telnyx 7.x): on-demand SIP logins for
// WebRTC clients on a credential connection, their access tokens (JWTs, HS256) and their expiry by the mock's clock,
// which this example moves forward over the control API (POST /_mock/clock) and puts back to real time at the end.
// Set TELNYX_MOCK_TOKEN_SECRET to the mock's TelnyxMock:TokenSecret (run.sh does) and the token's signature is checked too.
// Exits non-zero on the first behaviour that differs from what the SDK expects of Telnyx.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import Telnyx, { NotFoundError } from 'telnyx';
import { step, unprocessableAt } from './checks.mjs';

const baseURL = process.env.TELNYX_BASE_URL ?? 'http://localhost:12111/v2';
const mockRoot = baseURL.replace(/\/v2\/?$/, '');
const tokenSecret = process.env.TELNYX_MOCK_TOKEN_SECRET;
const apiKey = `${process.env.TELNYX_API_KEY ?? 'KEY_node_sdk'}_telcred_${Date.now()}`;
const client = new Telnyx({ baseURL, apiKey, maxRetries: 0 });
const tag = `webrtc-${Date.now()}`;


/** The mock's clock, read or moved over its control API (not part of Telnyx's API, so not in the SDK). */
async function mockClock(change) {
  const response = await fetch(`${mockRoot}/_mock/clock`, change === undefined ? {} : {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
  const body = await response.json();
  assert.ok(response.ok, `/_mock/clock answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** A JWT's header and claims, decoded (base64url), and whether its HS256 signature is the secret's. */
function decodeJwt(token, secret) {
  const parts = token.split('.');
  assert.equal(parts.length, 3, `not a JWT: ${token}`);
  const [header, claims] = parts.slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  let signed;
  if (secret !== undefined) {
    const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
    const actual = Buffer.from(parts[2], 'base64url');
    signed = actual.length === expected.length && timingSafeEqual(actual, expected);
  }
  return { header, claims, signed };
}

async function credentialIds(filter) {
  const ids = [];
  for await (const c of client.telephonyCredentials.list({ filter })) {
    ids.push(c.id);
  }
  return ids;
}

async function createConnection(name) {
  const userName = `${name}${Date.now()}`.slice(0, 32);
  const { data } = await client.credentialConnections.create({ connection_name: `sdk-${name}`, user_name: userName, password: 'password-1234' });
  return data.id;
}

let connectionId;
let credential;
let token;
let expiresAt;

try {
  await step('create a credential connection and a tagged credential on it, expiring in an hour', async () => {
    connectionId = await createConnection('webrtc');
    const { now } = await mockClock();
    expiresAt = new Date(Date.parse(now) + 60 * 60 * 1000).toISOString();
    const { data } = await client.telephonyCredentials.create({ connection_id: connectionId, name: 'browser-alice', tag, expires_at: expiresAt });
    assert.equal(data.record_type, 'credential');
    assert.match(data.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(data.name, 'browser-alice');
    assert.equal(data.resource_id, `connection:${connectionId}`);
    assert.equal(Date.parse(data.expires_at), Date.parse(expiresAt));
    assert.equal(data.expired, false);
    assert.match(data.sip_username, /^gencred[A-Za-z0-9]{22}$/);
    assert.match(data.sip_password, /^[0-9a-f]{32}$/);
    assert.equal(data.user_id, apiKey);
    assert.equal(data.connection_id, undefined);   // write-only, like tag
    assert.equal(data.tag, undefined);
    credential = data;
  });

  await step('retrieve it and rename it', async () => {
    assert.deepEqual((await client.telephonyCredentials.retrieve(credential.id)).data, credential);
    const { data } = await client.telephonyCredentials.update(credential.id, { name: 'browser-alice-2' });
    assert.equal(data.name, 'browser-alice-2');
    assert.equal(data.sip_username, credential.sip_username);
    assert.equal(data.expires_at, credential.expires_at);
  });

  await step('mint a token: a JWT (text/plain) naming the credential and its SIP user name', async () => {
    token = await client.telephonyCredentials.createToken(credential.id);
    assert.equal(typeof token, 'string');
    const { header, claims, signed } = decodeJwt(token, tokenSecret);
    assert.deepEqual(header, { alg: 'HS256', typ: 'JWT' });
    assert.equal(claims.iss, 'telnyx_telephony');
    assert.equal(claims.aud, 'telnyx_telephony');
    assert.equal(claims.sub, credential.id);
    assert.equal(claims.telephony_credential_id, credential.id);
    assert.equal(claims.sip_username, credential.sip_username);
    assert.equal(claims.user_id, apiKey);
    assert.equal(claims.exp - claims.iat, 24 * 60 * 60);
    const { now } = await mockClock();
    assert.ok(Math.abs(claims.iat * 1000 - Date.parse(now)) < 60_000, `iat ${claims.iat} is not the mock's now, ${now}`);
    assert.ok(claims.jti);
    assert.notEqual(decodeJwt(await client.telephonyCredentials.createToken(credential.id)).claims.jti, claims.jti);
    if (tokenSecret !== undefined) {
      assert.equal(signed, true, 'the token is not signed (HS256) with TELNYX_MOCK_TOKEN_SECRET');
      assert.equal(decodeJwt(token, `${tokenSecret}-not`).signed, false);
    }
  });
  if (tokenSecret !== undefined) {
    console.log('  (its HS256 signature checked with TELNYX_MOCK_TOKEN_SECRET)');
  } else {
    console.log('  (TELNYX_MOCK_TOKEN_SECRET is not set: the signature was not checked)');
  }

  await step('list by tag and by status: active now, none expired', async () => {
    assert.deepEqual(await credentialIds({ tag }), [credential.id]);
    assert.deepEqual(await credentialIds({ tag, status: 'active' }), [credential.id]);
    assert.deepEqual(await credentialIds({ tag, status: 'expired' }), []);
    assert.deepEqual(await credentialIds({ sip_username: credential.sip_username }), [credential.id]);
    assert.deepEqual(await credentialIds({ tag: `${tag}-other` }), []);
  });

  await step('two hours later by the mock\'s clock: expired, listed as expired, and no token (UnprocessableEntityError on /expires_at)', async () => {
    const clock = await mockClock({ advance: 'PT2H' });
    assert.equal(clock.real, false);
    assert.ok(Date.parse(clock.now) > Date.parse(expiresAt));
    assert.equal((await client.telephonyCredentials.retrieve(credential.id)).data.expired, true);
    assert.deepEqual(await credentialIds({ tag, status: 'active' }), []);
    assert.deepEqual(await credentialIds({ tag, status: 'expired' }), [credential.id]);
    await assert.rejects(() => client.telephonyCredentials.createToken(credential.id), unprocessableAt('/expires_at'));
  });

  await step('back to real time: active again', async () => {
    assert.equal((await mockClock({ real: true })).real, true);
    assert.equal((await client.telephonyCredentials.retrieve(credential.id)).data.expired, false);
    assert.equal(typeof await client.telephonyCredentials.createToken(credential.id), 'string');
  });

  await step('a credential on a made-up connection is an UnprocessableEntityError on /connection_id', async () => {
    await assert.rejects(() => client.telephonyCredentials.create({ connection_id: '1234567890' }), unprocessableAt('/connection_id'));
  });

  await step('delete, then it is a NotFoundError, for the credential and for its token', async () => {
    assert.equal((await client.telephonyCredentials.delete(credential.id)).data.id, credential.id);
    await assert.rejects(() => client.telephonyCredentials.retrieve(credential.id), NotFoundError);
    await assert.rejects(() => client.telephonyCredentials.createToken(credential.id), NotFoundError);
    assert.deepEqual(await credentialIds({ tag }), []);
  });

  await step('deleting the credential connection deletes its credentials', async () => {
    const created = [(await client.telephonyCredentials.create({ connection_id: connectionId, name: 'browser-bob', tag })).data.id];
    const { data: unnamed } = await client.telephonyCredentials.create({ connection_id: connectionId });   // named by its creation time
    assert.equal(Date.parse(unnamed.name), Date.parse(unnamed.created_at));
    assert.equal(unnamed.expires_at ?? null, null);
    created.push(unnamed.id);
    assert.deepEqual((await credentialIds({ resource_id: `connection:${connectionId}` })).sort(), [...created].sort());
    await client.credentialConnections.delete(connectionId);
    for (const id of created) {
      await assert.rejects(() => client.telephonyCredentials.retrieve(id), NotFoundError);
    }
    assert.deepEqual(await credentialIds({ resource_id: `connection:${connectionId}` }), []);
    assert.deepEqual(await credentialIds({ tag }), []);
  });
} finally {
  // The clock is every account's: whatever happened above, leave it on real time for the examples that follow.
  await mockClock({ real: true }).catch((error) => {
    console.error(`\ncould not put the mock's clock back to real time: ${error.message}`);
    process.exitCode = 1;
  });
}

console.log('All telephony credential SDK checks passed.');
