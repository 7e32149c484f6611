import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnderstanding, type UnderstandingEngine } from '../../src/understanding/index.js';
import { loadNluModel, type WorkMeter } from '../../src/understanding/model/index.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { ADVERSARIAL, wordSoup } from '../../evals/adversarial.js';
import { catalogOf } from '../helpers/catalog.js';

// Reading a message must be linear in its length, whatever it holds: "no no no ... x" (1,990
// characters) once blocked the server for two seconds. The work is counted (rules tried, matches
// built, tokens read, the model's features and lattice cells), never timed, so a busy machine
// cannot make these tests fail or pass.

let temp: ReturnType<typeof createSeededTempDb>;
let understanding: UnderstandingEngine;
beforeAll(() => {
  temp = createSeededTempDb();
  understanding = createUnderstanding({ vocabulary: catalogOf(temp.db).vocabulary(), model: loadNluModel() });
}, 60_000);
afterAll(() => temp.cleanup());

function work(text: string): number {
  const meter: WorkMeter = { steps: 0 };
  understanding.understand(text, {}, meter);
  return meter.steps;
}

/**
 * Steps a character may cost at most: the worst measured is about 115 ("add milk to my list"
 * over and over, 2,000 characters); a quadratic slip blows through 300 long before 2,000.
 */
const STEPS_PER_CHAR = 300;
/** What any message costs before its length counts (the model's classes, the first rules tried). */
const BASE_STEPS = 2000;

describe('work per message', () => {
  // A bound per character at every length is a linear bound: what a message costs may go up or
  // down with where its clauses fall, but never past a fixed price per character.
  it.each(Object.keys(ADVERSARIAL))('costs at most a fixed price per character at every length: %s', (name) => {
    const make = ADVERSARIAL[name]!;
    for (const n of [100, 250, 500, 1000, 2000]) {
      const text = make(n);
      expect(work(text)).toBeLessThan(BASE_STEPS + text.length * STEPS_PER_CHAR);
    }
  });

  it('stays within the same bound on 150 seeded word soups of every length up to the maximum, and answers each', () => {
    const over: string[] = [];
    for (let seed = 1; seed <= 150; seed++) {
      const text = wordSoup(seed, 20 + ((seed * 37) % 1980));
      const steps = work(text);
      if (steps > BASE_STEPS + text.length * STEPS_PER_CHAR) over.push(`${steps} steps for ${text.length} chars: ${text.slice(0, 60)}`);
    }
    expect(over).toEqual([]);
  });

  it('does the same work for the same message, whatever came before', () => {
    const text = 'can you put 2 gallons of milk and a dozen eggs on my shopping list cause we are out';
    const first = work(text);
    work(ADVERSARIAL['no no no ... x']!(2000));
    expect(work(text)).toBe(first);
  });
});
