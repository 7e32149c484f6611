import { afterAll, describe, expect, it } from 'vitest';
import { defaultEvalsDir, loadUtterances } from '../../../evals/load-evals.js';
import { createLogger } from '../../../src/logger.js';
import { createCore } from '../../../src/main.js';
import { loadNluModel, PROPOSABLE_TOOLS } from '../../../src/understanding/model/index.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';

const seeded = createSeededTempDb();
const core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), demoStore: true });
afterAll(() => seeded.cleanup());
const model = loadNluModel();
const tools = new Map(core.tools.map((t) => [t.name, t] as const));

/** Messages no eval file has: very long, repeated, empty, symbols, numbers, emoji, other scripts. */
const ODD = ['', '   ', '?!', '🥑🥑🥑', 'x'.repeat(3000), 'add '.repeat(400), 'milk, '.repeat(300), '2 2 2 2 2 2 2 2 2', 'add $5 $6 $7 under $8', 'remove from from from list list',
  `add ${'a'.repeat(200)} to my ${'b'.repeat(100)} list`, 'join ABC 234', 'set my budget to $999999999 a week', 'track tide under -5 dollars', 'add 0 eggs', 'change milk to 0',
  'добавь молоко', '牛乳を追加', 'add ' + Array.from({ length: 80 }, (_, i) => `item${i}`).join(', ')];

describe('model.propose', () => {
  it('only proposes calls that pass their tool\'s input schema, on every eval text and on odd input', () => {
    const texts = [...loadUtterances(defaultEvalsDir()).map((u) => u.text), ...ODD];
    const seen = new Map<string, number>();
    const failures: string[] = [];
    for (const text of texts) {
      for (const c of model.propose(text, core.catalog.vocabulary()).calls) {
        seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
        const tool = tools.get(c.name);
        const parsed = tool?.input.safeParse(c.args);
        if (!parsed?.success) failures.push(`${text} -> ${JSON.stringify(c)}: ${parsed ? parsed.error.message : 'no such tool'}`);
      }
    }
    expect(failures).toEqual([]);
    // The check is not vacuous: every tool the model builds was proposed and checked many times.
    for (const name of PROPOSABLE_TOOLS) expect(seen.get(name) ?? 0, name).toBeGreaterThanOrEqual(5);
  });

  it('splits off a brand the catalog knows, as the grammar does, when given the vocabulary', () => {
    expect(model.propose('grab some great value paper towels', core.catalog.vocabulary()).calls).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'paper towels', brand: 'Great Value' }] } },
    ]);
    expect(model.propose('grab some great value paper towels').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'great value paper towels' }] } }]);
  });
});
