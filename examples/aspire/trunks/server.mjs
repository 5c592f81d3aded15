// The `trunks` service: a small HTTP API that provisions SIP trunks through the official telnyx SDK. In the AppHost,
// WithReference(telnyx) gives it TELNYX_BASE_URL and TELNYX_API_KEY, and WithHttpEndpoint(env: "PORT") its port.
//   POST /trunks {"name": "..."}  a credential connection on the account's "aspire-outbound" profile (a fixture)
//   GET  /trunks                  every credential connection, through the SDK's auto-pagination
//   GET  /health                  200 once listening
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import Telnyx from 'telnyx';

const client = new Telnyx({ baseURL: process.env.TELNYX_BASE_URL, apiKey: process.env.TELNYX_API_KEY, maxRetries: 0 });

async function profileId() {
  const { data } = await client.outboundVoiceProfiles.list({ filter: { name: { contains: 'aspire-outbound' } } });
  if (data.length !== 1) throw new Error(`expected the fixture's aspire-outbound profile, found ${data.length}`);
  return data[0].id;
}

async function createTrunk(name) {
  const { data } = await client.credentialConnections.create({
    connection_name: name,
    user_name: `trunk${randomBytes(6).toString('hex')}`,
    password: randomBytes(12).toString('hex'),
    outbound: { outbound_voice_profile_id: await profileId() },
  });
  return { id: data.id, connection_name: data.connection_name, outbound_voice_profile_id: data.outbound.outbound_voice_profile_id };
}

async function listTrunks() {
  const trunks = [];
  for await (const c of client.credentialConnections.list()) trunks.push({ id: c.id, connection_name: c.connection_name });
  return trunks;
}

async function body(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(response, status, value) {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}

createServer(async (request, response) => {
  try {
    if (request.method === 'GET' && request.url === '/health') return send(response, 200, { status: 'ok' });
    if (request.method === 'POST' && request.url === '/trunks') return send(response, 201, await createTrunk((await body(request)).name));
    if (request.method === 'GET' && request.url === '/trunks') return send(response, 200, await listTrunks());
    return send(response, 404, { error: `no route ${request.method} ${request.url}` });
  } catch (error) {
    // The SDK's APIError carries Telnyx's status and errors: pass them on, so a caller sees what the mock said.
    return send(response, error.status ?? 500, { error: error.message, errors: error.error?.errors });
  }
}).listen(Number(process.env.PORT ?? 3000), () => console.log(`trunks listening on ${process.env.PORT}, Telnyx at ${process.env.TELNYX_BASE_URL}`));
