import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/grocery-agent.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-train-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const add = (name: string, text: string) => ({ text, calls: [{ name: 'add_to_list', args: { items: [{ name }] } }] });
const remove = (name: string, text: string) => ({ text, calls: [{ name: 'remove_from_list', args: { items: [{ name }] } }] });
const FOODS = ['milk', 'eggs', 'bread', 'rice', 'kale', 'tofu', 'jam', 'tea', 'oats', 'figs', 'leeks', 'limes'];

/** A small evals folder: adds, removes, off-topic lines, and a held-out file that must not be learned. */
function writeEvals(extra: object[] = []): string {
  const evals = path.join(dir, `evals-${extra.length}`);
  fs.mkdirSync(path.join(evals, 'utterances'), { recursive: true });
  const lines = [
    ...FOODS.flatMap((f) => [add(f, `add ${f}`), add(f, `put ${f} on the list`), remove(f, `remove ${f}`), remove(f, `take ${f} off the list`)]),
    ...['what is the weather', 'play some jazz', 'call my mom', 'set an alarm for six', 'who won the game', 'turn on the lights'].map((text) => ({ text, calls: [] })),
    ...extra,
  ];
  fs.writeFileSync(path.join(evals, 'utterances', 'small.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  fs.writeFileSync(path.join(evals, 'utterances', 'heldout-small.jsonl'), [add('pears', 'add pears'), remove('plums', 'remove plums')].map((l) => JSON.stringify(l)).join('\n'));
  return evals;
}

function train(args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [BIN, 'train', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { status: run.status, stdout: run.stdout };
}

describe('grocery-agent train', () => {
  it('trains from the labelled files, never the held-out ones, prints its figures, and --check tells whether a model file is current', () => {
    const evals = writeEvals();
    const out = path.join(dir, 'nlu.json');
    const first = train(['--dir', evals, '--out', out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/training on 54 lines from 1 files \(held out: heldout-small\.jsonl\)/);
    expect(first.stdout).toMatch(/cross-validated \(5 folds\): intent accuracy [\d.]+%, ECE [\d.]+/);
    expect(first.stdout).toMatch(/heldout-small\.jsonl\s+2\s/);
    expect(first.stdout).toMatch(/p50 \d+ µs, worst \d+ µs/);
    const file = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(file.trainedOn).toMatchObject({ files: ['small.jsonl'], lines: 54 });
    expect(file.classifier.classes).toEqual(['add_to_list', 'none', 'remove_from_list']);

    expect(train(['--dir', evals, '--out', out, '--check']).status).toBe(0);
    // One more labelled line: the model file no longer matches its data.
    const changed = train(['--dir', writeEvals([add('dates', 'we need dates')]), '--out', out, '--check']);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(/differs from what training produces now/);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(file);
  });
});
