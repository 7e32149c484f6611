import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/grocery-agent.js');

/** Runs `grocery-agent chat` as a person at a terminal would, one message per line; returns what it printed. */
function chat(lines: string[], dataDir: string): string {
  const run = spawnSync(process.execPath, [BIN, 'chat', '--user', 'sam'], {
    input: lines.join('\n') + '\n',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('grocery-agent chat', () => {
  // Regression: the terminal chat had no preference memory, so "I'm vegan" changed nothing there
  // while the same conversation in the web chat offered plant milks.
  it('remembers a diet and an allergy like the web chat, across runs', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-chat-'));
    const first = chat(["I'm vegan", 'add milk'], dataDir);
    expect(first).toMatch(/isn't vegan\. Which milk instead\?/);
    expect(first).toMatch(/almond|oat|soy/i);

    const second = chat(["I'm allergic to peanuts", 'add Jif Creamy Peanut Butter, 16 oz'], dataDir);
    expect(second).toMatch(/Heads up: .*contains peanuts/);
  });
});
