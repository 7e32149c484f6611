import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/grocery-agent.js');

/** Runs `grocery-agent nlu` as a user would, with `lines` on stdin; returns the parsed output lines. */
function nlu(lines: string[], dataDir: string): { text: string; calls: { name: string; args: Record<string, unknown> }[] }[] {
  const run = spawnSync(process.execPath, [BIN, 'nlu'], {
    input: lines.join('\n') + '\n',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(0);
  return run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
}

describe('grocery-agent nlu', () => {
  // Regression: blank lines were skipped, so output line N no longer answered input line N.
  it('writes exactly one JSON line per input line, blank and junk lines included, and changes no list', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-nlu-'));
    const input = ['add 2 gallons of milk and a dozen eggs', '', '   ', '?!...', '🥑🥑', 'x'.repeat(5000), 'take the bread off', "what's the weather"];
    const out = nlu(input, dataDir);
    expect(out.map((o) => o.text)).toEqual(input);
    expect(out[0]!.calls).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'eggs', quantity: 12 }] } },
    ]);
    expect(out[1]!.calls).toEqual([]);
    expect(out[2]!.calls).toEqual([]);
    expect(out[6]!.calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'bread' }] } }]);
    expect(out[7]!.calls).toEqual([]);

    const db = new Database(path.join(dataDir, 'grocery.db'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM list_items').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('grocery-agent nlu and asking first', () => {
  it('puts what the agent would ask about first in "ask", with "calls" empty, and keeps lookups in "calls"', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-nlu-ask-'));
    const [unsure, sure, lookup] = nlu(['take fries from last week off the list', 'put blank cds on my shopping list', "what's on my list"], dataDir) as {
      calls: unknown[]; ask?: { calls: { name: string }[]; prompt: string };
    }[];
    expect(unsure!.calls).toEqual([]);
    expect(unsure!.ask!.calls.map((c) => c.name)).toEqual(['remove_from_list']);
    expect(unsure!.ask!.prompt).toMatch(/\?$/);
    // Something the store does not sell, asked for plainly, is not a guess.
    expect(sure!.calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'blank cds' }] } }]);
    expect(sure!.ask).toBeUndefined();
    expect(lookup!.calls).toEqual([{ name: 'view_list', args: {} }]);
  });
});

describe('grocery-agent nlu in a pipe', () => {
  // Regression: `grocery-agent nlu < file | head` crashed with EPIPE once head had read enough.
  it('stops quietly when the reader closes the pipe early', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-nlu-pipe-'));
    const lines = Array.from({ length: 20_000 }, (_, i) => `add ${i + 1} apples`).join('\n');
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" nlu | head -n 1; exit \${PIPESTATUS[0]}`], {
      input: lines,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/EPIPE/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim()).text).toBe('add 1 apples');
  });
});
