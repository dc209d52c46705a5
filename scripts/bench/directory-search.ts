/**
 * Directory search benchmark: seeds N agent cards straight into the identity schema of a fresh
 * PostgreSQL database (bulk inserts, the same index columns the store writes), then drives
 * GET /api/v1/agent-cards/ through the gateway with a mix of searches, filters, sorts and sync
 * pages, and prints p50/p99 latency per kind and overall. The goal is p99 < 50 ms at 100,000 cards.
 *
 *   node --import tsx scripts/bench/directory-search.ts [--cards=100000] [--requests=2000]
 *        [--concurrency=2] [--warmup=200] [--keep]   (--keep: leave the database, to EXPLAIN against)
 *
 * Needs the local PostgreSQL, NATS and Redis (as the test suite does). Never run by the test suite.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase, httpClient, REPO_ROOT, startStack, uniqueSuffix } from '../../packages/testing/src/index.js';

// The driver the test helpers use (the workspace root has no dependencies of its own).
const pg: typeof import('pg') = createRequire(path.join(REPO_ROOT, 'packages/testing/package.json'))('pg');

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: process.env.BENCH_CARDS ?? '100000' },
    requests: { type: 'string', default: process.env.BENCH_REQUESTS ?? '2000' },
    concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '2' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '200' },
    keep: { type: 'boolean', default: false },
  },
});
const CARDS = Number(values.cards);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const WARMUP = Number(values.warmup);

/** A small deterministic generator, so every run seeds the same directory. */
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
const picks = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];

const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vel', 'zu', 'bri', 'sta', 'qua', 'nor', 'fen', 'dal', 'pix', 'gro', 'hal'];
const word = () => picks(syllables, 2 + Math.floor(rand() * 2)).join('');
const VOCABULARY = [...new Set(Array.from({ length: 3000 }, word))].slice(0, 2000);
const SKILLS = VOCABULARY.slice(0, 150).map((w) => `${w}-skill`);
const TAGS = VOCABULARY.slice(150, 450);
const NAMES = VOCABULARY.slice(450, 650);

function seedCard(i: number) {
  const name = `${pick(NAMES)} ${pick(NAMES)} ${i}`;
  const description = Array.from({ length: 12 }, () => pick(VOCABULARY)).join(' ');
  const skills = picks(SKILLS, 1 + Math.floor(rand() * 3));
  const tags = picks(TAGS, 2 + Math.floor(rand() * 3));
  const streaming = rand() < 0.5;
  const card = {
    name,
    description,
    version: '1.0.0',
    supportedInterfaces: [{ url: `https://agents.example.com/${i}/a2a`, protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
    capabilities: { streaming },
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['text/plain'],
    skills: skills.map((id) => ({ id, name: id.replace('-skill', ''), description: `${id} for ${pick(VOCABULARY)}`, tags: [pick(TAGS)] })),
    tags,
  };
  return { did: `did:agentvault:bench-${i}`, name, description, tags, skills, caps: streaming ? ['streaming'] : [], card };
}

async function seedDirectory(databaseUrl: string, developerId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = Date.now();
    const BATCH = 5000;
    for (let from = 0; from < CARDS; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, CARDS - from) }, (_, k) => seedCard(from + k));
      await client.query(
        `with input as (
           select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as t(did, name, description, tags, skills, caps, card)
         ), agents as (
           insert into identity.agents (did, developer_id, client_id, client_secret_hash)
           select did, $8, 'bench-' || did, 'not-a-secret' from input returning id, did
         )
         insert into identity.agent_cards (id, agent_id, name, description, card, is_active, a2a_validated, tags, skills, capabilities, search)
         select gen_random_uuid(), a.id, i.name, i.description, i.card::jsonb, true, true,
                string_to_array(i.tags, ','), string_to_array(i.skills, ','), coalesce(string_to_array(nullif(i.caps, ''), ','), '{}'),
                setweight(to_tsvector('simple', i.name), 'A') || setweight(to_tsvector('simple', i.description), 'B')
                  || setweight(to_tsvector('simple', replace(i.skills, ',', ' ') || ' ' || replace(i.tags, ',', ' ')), 'C')
         from input i join agents a using (did)`,
        [
          rows.map((r) => r.did),
          rows.map((r) => r.name),
          rows.map((r) => r.description),
          rows.map((r) => r.tags.join(',')),
          rows.map((r) => r.skills.join(',')),
          rows.map((r) => r.caps.join(',')),
          rows.map((r) => JSON.stringify(r.card)),
          developerId,
        ],
      );
    }
    await client.query('analyze identity.agent_cards; analyze identity.agents');
    return Date.now() - started;
  } finally {
    await client.end();
  }
}

/** The mix of requests: each kind a function of the request number. */
const KINDS: Record<string, (n: number) => string> = {
  'search one word': (n) => `search=${VOCABULARY[650 + (n % 1000)]}`,
  'search two words': (n) => `search=${encodeURIComponent(`${VOCABULARY[650 + (n % 1000)]} ${VOCABULARY[651 + (n % 997)]}`)}`,
  'search or': (n) => `search=${encodeURIComponent(`${VOCABULARY[650 + (n % 1000)]} or ${VOCABULARY[700 + (n % 900)]}`)}`,
  'search + tag': (n) => `search=${VOCABULARY[650 + (n % 1000)]}&tags=${TAGS[n % TAGS.length]}`,
  'tag': (n) => `tags=${TAGS[n % TAGS.length]}`,
  'skill + capability': (n) => `skill=${SKILLS[n % SKILLS.length]}&capability=streaming`,
  'newest first': (n) => `offset=${(n % 20) * 50}`,
  'sort by name': (n) => `sort=name&offset=${(n % 10) * 50}`,
  'sync page': () => `updated_since=${encodeURIComponent('2000-01-01T00:00:00Z')}&limit=100`,
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const db = await createTestDatabase('av_bench');
const stack = await startStack({
  layout: 'all',
  databaseUrl: db.url,
  env: { LOG_LEVEL: 'warn', SANDBOX_BYPASS_RATE_LIMIT: 'true', RATE_LIMIT_GLOBAL: '100000000', RATE_LIMIT_PUBLIC: '100000000', RATE_LIMIT_DEVELOPER: '100000000' },
});
try {
  const http = httpClient(stack.baseUrl);
  const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email: `bench-${uniqueSuffix()}@example.com`, password: 'Corr3ct-Horse!', name: 'Bench' } });
  if (reg.status !== 201) throw new Error(`registration failed: ${reg.text}`);
  const seedMs = await seedDirectory(db.url, reg.body.developer.id);
  console.log(`seeded ${CARDS} cards in ${(seedMs / 1000).toFixed(1)} s`);

  const kinds = Object.keys(KINDS);
  const timings = new Map<string, number[]>(kinds.map((k) => [k, []]));
  let next = 0;
  const total = WARMUP + REQUESTS;
  const worker = async () => {
    for (let n = next++; n < total; n = next++) {
      const kind = kinds[n % kinds.length]!;
      const started = performance.now();
      const res = await fetch(`${stack.baseUrl}/api/v1/agent-cards/?${KINDS[kind]!(Math.floor(n / kinds.length))}`);
      const body = await res.text();
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`${kind}: ${res.status} ${body.slice(0, 300)}`);
      if (n >= WARMUP) timings.get(kind)!.push(ms);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  const all = [...timings.values()].flat().sort((a, b) => a - b);
  const rows = kinds.map((kind) => {
    const t = timings.get(kind)!.sort((a, b) => a - b);
    return { kind, requests: t.length, p50_ms: +percentile(t, 50).toFixed(1), p99_ms: +percentile(t, 99).toFixed(1), max_ms: +t.at(-1)!.toFixed(1) };
  });
  console.table(rows);
  const p50 = percentile(all, 50);
  const p99 = percentile(all, 99);
  console.log(
    JSON.stringify({ cards: CARDS, requests: all.length, concurrency: CONCURRENCY, requests_per_second: Math.round(total / seconds), p50_ms: +p50.toFixed(1), p99_ms: +p99.toFixed(1), goal_p99_ms: 50, met: p99 < 50 }),
  );
} finally {
  await stack.stop();
  if (values.keep) console.log(`database kept: ${db.url}`);
  else await db.drop();
}
