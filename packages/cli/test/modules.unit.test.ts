import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { listTargets, REPO_ROOT } from '@agentvault/testing';

/** A new service is a folder under services/: the program finds it, no list to extend. */
describe('the program\'s services', () => {
  it('are the folders under services/, each a target, each after the services it calls', () => {
    const folders = readdirSync(path.join(REPO_ROOT, 'services'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const targets = listTargets();
    assert.deepEqual([...targets].sort(), folders);
    // The start order puts what a service calls before it: the gateway calls every other one.
    assert.equal(targets.at(-1), 'gateway');
    assert.ok(targets.indexOf('identity') < targets.indexOf('ledger'), 'the ledger calls identity');
    assert.ok(targets.indexOf('staking') < targets.indexOf('governance'), 'governance calls staking');
  });
});
