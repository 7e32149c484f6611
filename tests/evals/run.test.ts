import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTurn, lineMatches } from '../../evals/check-conversation.js';
import { loadUtterances } from '../../evals/load-evals.js';
import { CONVERSATION_PASS_THRESHOLD, main, runConversationEvals, runUtteranceEvals } from '../../evals/run.js';
import type { EvalAgent, EvalCall, Understanding } from '../../evals/types.js';

const line = (o: unknown) => JSON.stringify(o);
const addCall = (name: string, extra: Record<string, unknown> = {}) => ({ name: 'add_to_list', args: { items: [{ name, ...extra }] } });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'evals-'));
  mkdirSync(join(dir, 'utterances'));
  mkdirSync(join(dir, 'conversations'));
  writeFileSync(join(dir, 'utterances', 'list.jsonl'), [
    line({ text: 'add milk', calls: [addCall('milk')] }),
    line({ text: 'add 2 eggs', calls: [addCall('eggs', { quantity: 2 })] }),
    line({ text: "what's on my list", calls: [{ name: 'view_list', args: {} }] }),
    line({ text: 'yes please', calls: [], act: 'yes' }),
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'utterances', 'heldout.jsonl'), [
    line({ text: 'jot down celery', calls: [addCall('celery')] }),
    line({ text: 'ditch the celery', calls: [{ name: 'remove_from_list', args: { items: [{ name: 'celery' }] } }] }),
  ].join('\n'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

/** An understanding that knows only how to add one item, as a crude grammar would. */
function addOnly(text: string): Understanding {
  const m = /^add (?:(\d+) )?(.+)$/.exec(text);
  if (!m) return { calls: [] };
  return { calls: [addCall(m[2]!, m[1] ? { quantity: Number(m[1]) } : {})] };
}

describe('runUtteranceEvals', () => {
  it('prints accuracy, per-tool, confusion and held-out tables and returns the scores', async () => {
    const out: string[] = [];
    const result = await runUtteranceEvals(addOnly, { dir, write: (t) => out.push(t) });
    expect(result.main.accuracy).toBeCloseTo(2 / 4);
    expect(result.apart.find((a) => a.label === 'held-out')?.report.accuracy).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.belowThreshold).toEqual(expect.arrayContaining([expect.stringContaining('overall accuracy 50.0%'), expect.stringContaining('held-out accuracy 0.0%')]));
    const text = out.join('\n');
    expect(text).toMatch(/labelled\s+4\s+2\s+50\.0%\s+90\.0%\s+0 \(0\.0%\)/);
    expect(text).toMatch(/held-out\s+2\s+0\s+0\.0%\s+90\.0%\s+0 \(0\.0%\)/);
    expect(text).toMatch(/add_to_list\s+2\s+2\s+0\s+0\s+100\.0%\s+100\.0%\s+2\/2/);
    expect(text).toMatch(/view_list\s+1\s+0\s+0\s+1\s+-\s+0\.0%/);
    expect(text).toContain('CONFUSION');
    expect(text).toContain('"jot down celery"  [heldout.jsonl:1]');
  });

  it('scores the second held-out file apart from the labelled set and holds it to the held-out threshold', async () => {
    writeFileSync(join(dir, 'utterances', 'heldout-2.jsonl'), [
      line({ text: 'add 3 leeks', calls: [addCall('leeks', { quantity: 3 })] }),
      line({ text: 'scrap the leeks', calls: [{ name: 'remove_from_list', args: { items: [{ name: 'leeks' }] } }] }),
    ].join('\n'));
    const out: string[] = [];
    const result = await runUtteranceEvals(addOnly, { dir, write: (t) => out.push(t) });
    expect(result.main.total).toBe(4);
    const second = result.apart.find((a) => a.file === 'heldout-2.jsonl')!;
    expect(second.label).toBe('held-out-2');
    expect(second.report.total).toBe(2);
    expect(second.report.accuracy).toBeCloseTo(0.5);
    expect(result.belowThreshold).toEqual(expect.arrayContaining([expect.stringContaining('held-out-2 accuracy 50.0%')]));
    expect(out.join('\n')).toMatch(/held-out-2\s+2\s+1\s+50\.0%\s+90\.0%/);
  });

  it('scores every held-out file and every real-requests file apart, in order, each on its own row', async () => {
    writeFileSync(join(dir, 'utterances', 'heldout-10.jsonl'), line({ text: 'add 4 limes', calls: [addCall('limes', { quantity: 4 })] }));
    writeFileSync(join(dir, 'utterances', 'heldout-3.jsonl'), [
      line({ text: 'add 5 limes', calls: [addCall('limes', { quantity: 5 })] }),
      line({ text: 'what all is left on the list', calls: [{ name: 'view_list', args: {} }] }),
    ].join('\n'));
    writeFileSync(join(dir, 'utterances', 'real-dev.jsonl'), line({ text: 'add kale', calls: [addCall('kale')] }));
    const out: string[] = [];
    const result = await runUtteranceEvals(addOnly, { dir, write: (t) => out.push(t) });
    expect(result.main.total).toBe(4);
    expect(result.apart.map((a) => [a.label, a.kind, a.report.total])).toEqual([['held-out', 'heldout', 2], ['held-out-3', 'heldout', 2], ['held-out-10', 'heldout', 1], ['real-dev', 'real', 1]]);
    expect(result.belowThreshold).toEqual(expect.arrayContaining([expect.stringContaining('held-out-3 accuracy 50.0%')]));
    expect(out.join('\n')).toMatch(/held-out-3\s+2\s+1\s+50\.0%\s+90\.0%/);
    expect(out.join('\n')).toMatch(/real-dev\s+1\s+1\s+100\.0%/);
  });

  it('counts what was asked first apart from what was written, and a write that is not the label as a wrong write', async () => {
    // Asks about its first two labelled lines (one of them wrongly), and reads anything else as an add of the whole text.
    const cautious = (t: string): Understanding => (t === 'add milk' ? { calls: [], ask: { calls: [addCall('milk')] } } : t === 'add 2 eggs' ? { calls: [], ask: { calls: [addCall('egg')] } } : { calls: [addCall(t)] });
    const result = await runUtteranceEvals(cautious, { dir, write: null });
    expect(result.main.exact).toBe(0);
    expect(result.main.asked).toBe(2);
    expect(result.main.askedRight).toBe(1);
    // "what's on my list" and "yes please" were read as adds: two writes nobody asked for.
    expect(result.main.wrongWrites).toBe(2);
  });

  it('a crash on one utterance is a miss, not the end of the run', async () => {
    const result = await runUtteranceEvals((t) => (t === 'add milk' ? (() => { throw new Error('boom'); })() : addOnly(t)), { dir, write: null });
    expect(result.main.exact).toBe(1);
    expect(result.main.misses.find((m) => m.text === 'add milk')?.predicted.act).toBe('error: boom');
  });

  it('main returns 0 when every threshold is met and 1 when one is missed, and --json prints one document', async () => {
    const labels = new Map(loadUtterances(dir).map((u) => [u.text, { calls: u.calls, ...(u.act ? { act: u.act } : {}) }]));
    const oracle = (t: string) => labels.get(t) ?? { calls: [] };
    expect(await main({ understand: oracle, argv: ['--dir', dir], write: null })).toBe(0);
    expect(process.exitCode).toBeUndefined();

    const out: string[] = [];
    expect(await main({ understand: addOnly, argv: ['--dir', dir, '--json'], write: (t) => out.push(t) })).toBe(1);
    expect(process.exitCode).toBe(1);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0]!);
    expect(doc.utterances.main.accuracy).toBeCloseTo(0.5);
    expect(doc.utterances.apart[0].report.total).toBe(2);
  });
});

/** A tiny agent that keeps a real list in memory and understands "add X", "remove X" and "undo". */
function listAgent(): EvalAgent {
  const lines = new Map<string, number>();
  return {
    async send(text) {
      const calls: EvalCall[] = [];
      let m: RegExpExecArray | null;
      if ((m = /^add (?:(\d+) )?(.+)$/.exec(text))) {
        const qty = Number(m[1] ?? 1);
        lines.set(m[2]!, (lines.get(m[2]!) ?? 0) + qty);
        calls.push(addCall(m[2]!, m[1] ? { quantity: qty } : {}));
        return { text: `Added ${m[2]}.`, calls };
      }
      if ((m = /^remove (.+)$/.exec(text))) {
        lines.delete(m[1]!);
        return { text: `Removed ${m[1]}.`, calls: [{ name: 'remove_from_list', args: { items: [{ name: m[1] }] } }] };
      }
      if (text === 'search milk') return { text: 'Found 2', choices: [{ label: '1) Whole Milk', value: '1' }, { label: '2) Oat Milk', value: '2' }], calls: [{ name: 'search_products', args: { query: 'milk' } }] };
      return { text: 'Sorry, I did not get that.', calls };
    },
    async listItems() {
      return [...lines].map(([name, quantity]) => ({ name, quantity }));
    },
  };
}

describe('runConversationEvals', () => {
  it('passes a conversation whose every turn holds and fails one with a broken turn, naming it', async () => {
    writeFileSync(join(dir, 'conversations', 'basic.json'), JSON.stringify([
      { name: 'add then remove', turns: [
        { user: 'add 2 eggs', expect: { calls: [addCall('egg')], listIncludes: [{ name: 'eggs', quantity: 2 }] } },
        { user: 'add bread', expect: { listIncludes: [{ name: 'bread', quantity: 1 }, { name: 'eggs', quantity: 2 }] } },
        { user: 'remove bread', expect: { listExcludes: ['bread'], replyIncludes: ['removed'] } },
        { user: 'search milk', expect: { choices: true, calls: [{ name: 'search_products', args: {} }] } },
      ] },
      { name: 'undo an add', turns: [
        { user: 'add spinach', expect: { listIncludes: [{ name: 'spinach' }] } },
        { user: 'undo', expect: { listExcludes: ['spinach'], choices: false } },
      ] },
    ]));
    const out: string[] = [];
    const result = await runConversationEvals(listAgent, { dir, write: (t) => out.push(t) });
    expect(result).toMatchObject({ total: 2, passed: 1, passRate: 0.5, turns: 6, turnsPassed: 5, ok: false });
    expect(result.results[1]!.failures).toEqual(['turn 2 "undo": list still has "spinach"']);
    expect(result.belowThreshold[0]).toContain(`${CONVERSATION_PASS_THRESHOLD * 100}%`);
    expect(out.join('\n')).toMatch(/- undo an add \[basic\.json\]\n\s+turn 2 "undo": list still has "spinach"/);
  });

  it('an agent that throws fails its conversation and the run goes on', async () => {
    writeFileSync(join(dir, 'conversations', 'one.json'), JSON.stringify({ name: 'just add', turns: [{ user: 'add milk', expect: { listIncludes: [{ name: 'milk' }] } }] }));
    let built = 0;
    const result = await runConversationEvals(() => {
      built += 1;
      const agent = listAgent();
      return { ...agent, send: async () => { throw new Error('database is locked'); } };
    }, { dir, write: null });
    expect(built).toBe(1);
    expect(result.results[0]!.failures).toEqual(['turn 1 "add milk": agent threw: database is locked']);
  });
});

describe('turn checks', () => {
  it('finds a picked product by the words the user used, but excludes only exact names', () => {
    expect(lineMatches('milk', 'Great Value Whole Milk')).toBe(true);
    expect(lineMatches('whole milk', 'Great Value 2% Milk')).toBe(false);
    const list = [{ name: 'oat milk', quantity: 1 }, { name: 'Bananas', quantity: 6 }];
    expect(checkTurn({ listExcludes: ['milk'], listIncludes: [{ name: 'banana', quantity: 6 }] }, { text: '', calls: [] }, list)).toEqual([]);
    expect(checkTurn({ listIncludes: [{ name: 'bananas', quantity: 3 }] }, { text: '', calls: [] }, list)).toEqual(['"bananas" is on the list as 6 Bananas, expected 3']);
    expect(checkTurn({ calls: [], replyIncludes: ['$'] }, { text: 'Milk is 3 dollars', calls: [{ name: 'get_price', args: { query: 'milk' } }] }, null)).toHaveLength(2);
  });

  it('checks the whole list: every line wanted, each once, exact names first, and nothing else', () => {
    const list = [{ name: 'Great Value Whole Milk', quantity: 2, unit: 'gal' }, { name: 'oat milk', quantity: 1 }, { name: 'eggs', quantity: 12 }];
    const turn = { text: '', calls: [] };
    expect(checkTurn({ listIs: [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'oat milk' }, { name: 'eggs', quantity: 12 }] }, turn, list)).toEqual([]);
    expect(checkTurn({ listIs: [{ name: 'oat milk' }, { name: 'eggs' }] }, turn, list)).toEqual(['list also has "Great Value Whole Milk"']);
    expect(checkTurn({ listIs: [{ name: 'milk' }, { name: 'eggs', quantity: 6 }, { name: 'oat milk' }] }, turn, list)).toEqual(['"eggs" is on the list as 12 eggs, expected 6', 'list also has "eggs"']);
    expect(checkTurn({ listIs: [] }, turn, [])).toEqual([]);
    expect(checkTurn({ listIs: [{ name: 'bread' }] }, turn, [])).toEqual(['list has no "bread"']);
  });
});
