import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { startStack, createTestDatabase } from '../../packages/testing/src/index.js';
const db = await createTestDatabase();
const stack = await startStack({ layout: 'all', databaseUrl: db.url });
await new Promise((r) => setTimeout(r, 10000));
const pid = Number(execSync("pgrep -f 'agentvault.js --target=all' | head -1").toString().trim());
const threads = () => new Map(readdirSync(`/proc/${pid}/task`).map((t) => { const s = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8'); const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')); const f = s.split(') ')[1]!.split(' '); return [`${t} ${name}`, Number(f[11]) + Number(f[12])]; }));
const a = threads();
await new Promise((r) => setTimeout(r, 10000));
const b = threads();
for (const [k, v] of b) { const d = (v - (a.get(k) ?? 0)) / 10; if (d > 0) console.log(k, d + '% of a core'); }
await stack.stop(); await db.drop();
