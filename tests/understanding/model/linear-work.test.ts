import { describe, expect, it } from 'vitest';
import { loadNluModel, type WorkMeter } from '../../../src/understanding/model/index.js';

const model = loadNluModel();

/** Messages built to be hard: repeated words, long words, many breaks, numbers, units, list-like runs. */
const PATTERNS: Record<string, (chars: number) => string> = {
  'no no no ... x': (n) => `${'no '.repeat(Math.floor(n / 3))}x`,
  'one long word': (n) => 'a'.repeat(n),
  'comma list': (n) => 'milk, '.repeat(Math.floor(n / 6)),
  'numbers and units': (n) => '2 lbs of 3 gallons '.repeat(Math.floor(n / 19)),
  'add and remove': (n) => 'add eggs remove milk to list from list '.repeat(Math.floor(n / 39)),
  'punctuation': (n) => '?!.,;:'.repeat(Math.floor(n / 6)),
  'emoji and words': (n) => '🥑 avocado '.repeat(Math.floor(n / 11)),
};

function work(text: string): number {
  const meter: WorkMeter = { steps: 0 };
  model.propose(text, undefined, meter);
  return meter.steps;
}

describe('work per message', () => {
  // Counting the model's inner steps (features read, weights added, lattice cells scored) instead
  // of timing them: the count does not change with how busy the machine is.
  it.each(Object.keys(PATTERNS))('grows linearly with the length of the message: %s', (name) => {
    const make = PATTERNS[name]!;
    const at = [250, 500, 1000, 2000].map((n) => work(make(n)));
    for (let k = 1; k < at.length; k++) expect(at[k]! / at[k - 1]!).toBeLessThan(2.3);
    // At most about 130 steps per character were measured (a word of two letters and a space:
    // ~40 classes x its features, 9 tags x (17 features + 3 x 9 tags)); 400 leaves room, and a
    // quadratic slip would blow through it at 2,000 characters.
    expect(at[3]!).toBeLessThan(2000 * 400);
  });

  it('does the same work for the same message, whatever came before', () => {
    const text = 'put 2 jars of harissa and some couscous on the list';
    const first = work(text);
    work(PATTERNS['no no no ... x']!(2000));
    expect(work(text)).toBe(first);
  });
});
