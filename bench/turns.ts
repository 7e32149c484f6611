/**
 * One offline turn through the whole agent: dedupe, understanding, the router, the tools and
 * SQLite on disk, over the demo store. Measures `turn_p50_ms` / `turn_p99_ms` over a mix of what
 * people say while building a list (adds with and without a "which one?" question, picks, views,
 * removals, totals, prices).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger.js';
import { createCore } from '../src/main.js';
import { openDatabase } from '../src/store/database.js';
import { percentile } from './percentiles.js';

const SCRIPT = [
  'add 2 gallons of milk and a dozen eggs',
  '1',
  'add 3 cans of black beans',
  'the second one',
  'what is on my list?',
  'add 2 more eggs',
  'take the black beans off',
  'how much is my list?',
  'how much is coffee?',
  'is tide on sale?',
  'do I have eggs?',
  'remove the milk',
];
const PEOPLE = 50;
const ROUNDS = 6;

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-turns-'));
  const db = openDatabase({ dataDir: dir });
  try {
    const core = createCore({ db, logger: createLogger({ level: 'silent' }), demoStore: true, turnLimit: { capacity: 1e9, perSecond: 1e9 } });
    const samples: number[] = [];
    let id = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let p = 0; p < PEOPLE; p++) {
        const who = `bench-${p}`;
        for (const text of SCRIPT) {
          const t = performance.now();
          await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, messageId: `b${id++}`, text });
          if (round > 0) samples.push(performance.now() - t); // round 0 warms caches and the JIT
        }
      }
    }
    return { turn_p50_ms: percentile(samples, 50), turn_p99_ms: percentile(samples, 99), turn_samples: samples.length };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
