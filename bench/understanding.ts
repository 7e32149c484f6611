/**
 * The offline understanding alone (no agent, no store writes), over the demo catalog's vocabulary:
 * `nlu_p50_us` / `nlu_p99_us` per utterance across every labelled eval text, and
 * `nlu_long_input_ms` for one pasted list of a thousand items, and `nlu_worst_ms`: the slowest
 * of the hard messages in evals/adversarial.ts and 200 seeded word soups, all at the message
 * limit of 2,000 characters (each the median of a few runs after a warm-up; the target is at most
 * 20 ms). These figures replace the timed assertions the understanding tests used to make, which
 * failed whenever the machine was busy; the tests count work instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultEvalsDir, loadUtterances } from '../evals/load-evals.js';
import { createLogger } from '../src/logger.js';
import { createCore } from '../src/main.js';
import { openDatabase } from '../src/store/database.js';
import { percentile, timeEach } from './percentiles.js';
import { ADVERSARIAL, wordSoup } from '../evals/adversarial.js';

/** Passes over the eval texts; the first warms the JIT and the typo corrector's caches. */
const ROUNDS = 3;
const LONG_ROUNDS = 5;
/** Runs of each hard message, after one warm-up. */
const WORST_ROUNDS = 3;
/** The agent's message limit, in characters. */
const MAX_MESSAGE = 2000;

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-nlu-'));
  const db = openDatabase({ dataDir: dir });
  try {
    const core = createCore({ db, logger: createLogger({ level: 'silent' }), demoStore: true });
    const { understand } = core.understanding;
    const texts = loadUtterances(defaultEvalsDir()).map((u) => u.text);
    const inputs = Array.from({ length: ROUNDS }, () => texts).flat();
    const samples = timeEach(inputs, (t) => understand(t), texts.length);
    const long = `add ${Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'milk' : '2 eggs')).join(', ')}`;
    const longSamples = timeEach(Array.from({ length: LONG_ROUNDS }, () => long), (t) => understand(t), 1);
    const hard = [...Object.values(ADVERSARIAL).map((make) => make(MAX_MESSAGE)), ...Array.from({ length: 200 }, (_, i) => wordSoup(i + 1, MAX_MESSAGE))];
    let worst = 0;
    let worstName = '';
    hard.forEach((text, i) => {
      understand(text);
      const ms = percentile(timeEach(Array.from({ length: WORST_ROUNDS }, () => text), (t) => understand(t), 0), 50);
      if (ms > worst) [worst, worstName] = [ms, i < Object.keys(ADVERSARIAL).length ? Object.keys(ADVERSARIAL)[i]! : `soup ${i}`];
    });
    return {
      nlu_worst_ms: Math.round(worst * 100) / 100,
      nlu_worst_case: worstName,
      nlu_p50_us: Math.round(percentile(samples, 50) * 1000),
      nlu_p99_us: Math.round(percentile(samples, 99) * 1000),
      nlu_long_input_ms: percentile(longSamples, 50),
      nlu_samples: samples.length,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
