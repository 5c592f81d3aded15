// The benchmarks' data, loaded through the mock's fixtures endpoint (account KEY_bench):
//   node seed.mjs connections <port> <n>   n V2 IP connections conn-00000 … (every third inactive)
//   node seed.mjs others <port> <n>        n V1 connections office-00000 … (each with a credential user-00000 …) and
//                                          n outbound voice profiles profile-00000 …
//   node seed.mjs numbers <port> <n> <k>   n phone numbers of the inventory's US local blocks (+1 303 416 0000, 0001, …;
//                                          10,000 a block), number i on connection i mod k, so the connections' numbers
//                                          were bought interleaved. The connections are the 11th to (10 + k)th newest
//                                          (not the one the retrieve reads). Prints the id of the middle one.
const [what, port, total, spread] = [process.argv[2], process.argv[3], +process.argv[4], +process.argv[5]];
const base = `http://127.0.0.1:${port}`;
const pad = i => String(i).padStart(5, "0");
const load = async body => {
  const r = await fetch(`${base}/_mock/fixtures`, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ account: "KEY_bench", ...body }) });
  if (!r.ok) { console.error(await r.text()); process.exit(1); }
};
const batches = async (size, each) => {
  for (let start = 0; start < total; start += size)
    await each(Array.from({ length: Math.min(size, total - start) }, (_, k) => start + k));
};

if (what === "connections") {
  await batches(500, range => load({ ip_connections: range.map(i => ({ connection_name: `conn-${pad(i)}`, active: i % 3 !== 0 })) }));
} else if (what === "others") {
  await batches(500, async range => {
    await load({ v1_connections: range.map(i => ({ connection_name: `office-${pad(i)}`, credentials: [{ user_name: `user-${pad(i)}`, password: "pw" }] })) });
    await load({ outbound_voice_profiles: range.map(i => ({ name: `profile-${pad(i)}` })) });
  });
} else if (what === "numbers") {
  const blocks = ["1303416", "1312586", "1212739", "1415523", "1512436", "1206324", "1617830", "1970224"];
  const page = await fetch(`${base}/v2/ip_connections?page%5Bsize%5D=${spread}&page%5Bnumber%5D=2`, { headers: { Authorization: "Bearer KEY_bench" } });
  const ids = (await page.json()).data.map(c => c.id);
  if (ids.length !== spread || total > blocks.length * 10000) { console.error(`cannot seed ${total} numbers over ${spread} connections`); process.exit(1); }
  // Batches of 200: a fixtures load checks each entry against what it has staged, so large batches cost more per entry.
  await batches(200, range => load({ phone_numbers: range.map(i => ({ phone_number: `+${blocks[Math.floor(i / 10000)]}${String(i % 10000).padStart(4, "0")}`, connection_id: ids[i % spread] })) }));
  console.log(ids[Math.floor(spread / 2)]);
} else {
  console.error("usage: node seed.mjs connections|others|numbers <port> <n> [connections]");
  process.exit(2);
}
