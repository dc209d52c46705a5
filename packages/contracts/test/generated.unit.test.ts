import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function files(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of files(full, `${prefix}${name}/`)) out.set(k, v);
    else out.set(`${prefix}${name}`, readFileSync(full, 'utf8'));
  }
  return out;
}

describe('contracts: the generated types', function () {
  this.timeout(60_000);

  it('are what scripts/gen-contracts.sh makes of proto/ today (run it after changing a proto)', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'av-contracts-'));
    try {
      execFileSync('bash', ['scripts/gen-contracts.sh', path.join(scratch, 'contracts'), path.join(scratch, 'fixtures')], { cwd: REPO_ROOT });
      for (const [fresh, checkedIn] of [
        [path.join(scratch, 'contracts'), path.join(REPO_ROOT, 'packages/contracts/src/generated')],
        [path.join(scratch, 'fixtures'), path.join(REPO_ROOT, 'packages/runtime/test/fixtures/generated')],
      ] as const) {
        const want = files(fresh);
        const have = files(checkedIn);
        assert.deepEqual([...have.keys()].sort(), [...want.keys()].sort(), `the files under ${path.relative(REPO_ROOT, checkedIn)}`);
        for (const [name, text] of want) assert.equal(have.get(name), text, `${name} is stale: run bash scripts/gen-contracts.sh`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
