import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { createMisunderstoodStore } from '../../src/store/misunderstood-store.js';
import { sqliteConnection } from '../../src/store/sql.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/grocery-agent.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-review-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function review(args: string[], input: string): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [BIN, 'review', ...args], {
    input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_STORE: 'off' },
  });
  return { status: run.status, stdout: run.stdout };
}

describe('grocery-agent review', () => {
  it('walks the operator through the inbox and writes each label as an eval line', () => {
    const db = openDatabase({ dataDir });
    const inbox = createMisunderstoodStore(sqliteConnection(db));
    inbox.record({ channel: 'web', kind: 'not_understood', text: 'gimme the usual breakfast stuff' });
    inbox.record({ channel: 'telegram', kind: 'corrected', text: 'add 3 lemons', followedBy: 'no i said 2' });
    inbox.record({ channel: 'web', kind: 'not_understood', text: 'turn my porch light on' });
    inbox.record({ channel: 'web', kind: 'not_understood', text: 'asdfgh' });
    inbox.record({ channel: 'web', kind: 'not_understood', text: 'left for later' });
    db.close();
    const out = path.join(dataDir, 'review.jsonl');

    const listed = review(['--list'], '');
    expect(listed.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['gimme the usual breakfast stuff', 'add 3 lemons', 'turn my porch light on', 'asdfgh', 'left for later']);

    // Said the way the bot reads it; what it reads as now; not grocery; dropped; then stop.
    const run = review(['--out', out], ['add eggs and bacon', '', 'n', 'd', 'q'].join('\n') + '\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('corrected right after');
    expect(run.stdout).toContain('then: "no i said 2"');
    const labels = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(labels).toEqual([
      { text: 'gimme the usual breakfast stuff', calls: [{ name: 'add_to_list', args: { items: [{ name: 'eggs' }, { name: 'bacon' }] } }] },
      { text: 'add 3 lemons', calls: [{ name: 'add_to_list', args: { items: [{ name: 'lemons', quantity: 3 }] } }] },
      { text: 'turn my porch light on', calls: [] },
    ]);
    expect(run.stdout).toMatch(/3 label\(s\) written .*; 1 message\(s\) still waiting/);
    // What was labelled or dropped is not asked again.
    expect(review(['--list'], '').stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['left for later']);
  });
});
