/**
 * Storage in a steady state: 100 people through the whole agent on a SQLite file, 100,000 turns
 * (`SOAK_TURNS`): each first fills a list with 240 things (bench/chat-mix.ts), then says the
 * realistic mix; a person's message every 10 minutes of a clock the soak moves (one turn every
 * 6 s of it: 166 hours in all), with the prune job's step every 15 minutes of that clock at the
 * default window (48 hours). The file is measured after a WAL checkpoint at 60% of the turns (by
 * then the lists are full and the dedupe window holds only mix turns: every kept table is as full
 * as it gets) and at the end: `db_bytes_per_turn` is what the last 40% added per turn.
 *
 * On demand only (a few minutes): `node dist/bench/run.js soak`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger.js';
import { createCore } from '../src/main.js';
import { openDatabase } from '../src/store/database.js';
import { clientScript } from './chat-mix.js';

/** Run only when named: `node dist/bench/run.js soak`. */
export const onDemand = true;

const PEOPLE = 100;
const STEP_MS = 6_000;
const WINDOW_MS = 48 * 3_600_000;
const PRUNE_EVERY_MS = 15 * 60_000;
const FILL = 240;
/** Where the steady state is measured from, as a share of the turns. */
const STEADY_FROM = 0.6;

export async function run(): Promise<Record<string, number | string>> {
  const turns = Number(process.env.SOAK_TURNS ?? 100_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-soak-'));
  const file = path.join(dir, 'grocery.db');
  const db = openDatabase({ dataDir: dir });
  let clock = Date.UTC(2026, 10, 2, 8);
  try {
    const core = createCore({ db, logger: createLogger({ level: 'silent' }), now: () => clock, demoStore: true, turnLimit: { capacity: 1e9, perSecond: 1e9 } });
    const perPerson = Math.ceil(turns / PEOPLE);
    const scripts = Array.from({ length: PEOPLE }, (_, p) => clientScript(p, FILL, Math.max(0, perPerson - FILL)));
    const steadyFrom = Math.floor(turns * STEADY_FROM);
    const size = () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      return statSync(file).size;
    };
    const fresh = size();
    let steady = 0;
    let nextPrune = clock + PRUNE_EVERY_MS;
    const started = performance.now();
    for (let t = 0; t < turns; t++) {
      const p = t % PEOPLE;
      const who = `soak-${p}`;
      await core.agent.handle({ channel: 'web', externalUserId: who, conversationKey: who, messageId: `s${t}`, text: scripts[p]![Math.floor(t / PEOPLE)]! });
      clock += STEP_MS;
      if (clock >= nextPrune) {
        while (core.dedupe.prune(WINDOW_MS, 2_000) === 2_000);
        nextPrune += PRUNE_EVERY_MS;
      }
      if (t + 1 === steadyFrom) steady = size();
    }
    const end = size();
    const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return {
      soak_turns: turns,
      soak_hours_simulated: Math.round((turns * STEP_MS) / 3_600_000),
      soak_turns_per_s: Math.round(turns / ((performance.now() - started) / 1000)),
      db_mb_fresh: mb(fresh),
      db_mb_steady_from: mb(steady),
      db_mb_after_soak: mb(end),
      db_bytes_per_turn: Math.round((end - steady) / (turns - steadyFrom)),
      db_bytes_per_turn_whole_soak: Math.round((end - fresh) / turns),
      soak_rows: ['processed_messages', 'turns', 'list_undo', 'list_items', 'users', 'misunderstood'].map((t) => `${t} ${count(t)}`).join(', '),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
