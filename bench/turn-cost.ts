/**
 * What each kind of message costs on its own, in process: one person's turns through the whole
 * agent (createCore on a SQLite file, the demo store), CPU time (process.cpuUsage: user + system)
 * around each turn, on an empty list and on a list of 200+ lines. No sockets: bench/ws-mix.ts
 * measures the same kinds through the web channel under load. `turn_cpu_ms_inproc_<kind>_<lines>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger.js';
import { createCore, type Core } from '../src/main.js';
import { openDatabase } from '../src/store/database.js';
import { ITEMS, KINDS, type Kind } from './chat-mix.js';

const SAMPLES = 30;

/** Milliseconds of CPU per turn of `kind` for `who`, over `SAMPLES` different items. */
async function costOf(core: Core, who: string, kind: Kind, from: number, ids: { n: number }): Promise<number> {
  let total = 0;
  for (let k = 0; k < SAMPLES; k++) {
    const text = KINDS[kind](ITEMS[(from + k) % ITEMS.length]!, k);
    const before = process.cpuUsage();
    await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, messageId: `m${ids.n++}`, text });
    const used = process.cpuUsage(before);
    total += (used.user + used.system) / 1000;
  }
  return Math.round((total / SAMPLES) * 1000) / 1000;
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-cost-'));
  const db = openDatabase({ dataDir: dir });
  try {
    const core = createCore({ db, logger: createLogger({ level: 'silent' }), demoStore: true, turnLimit: { capacity: 1e9, perSecond: 1e9 } });
    const ids = { n: 0 };
    const kinds = Object.keys(KINDS) as Kind[];
    const figures: Record<string, number> = {};
    // Warm the JIT and the caches on someone else first, over the very things each figure says
    // (the long list's adds are of things from 240 on): both columns then meet the catalog warm.
    for (const kind of kinds) await costOf(core, 'warm', kind, 0, ids);
    await costOf(core, 'warm', 'add', 240, ids);
    for (const kind of kinds) figures[`turn_cpu_ms_inproc_${kind}_0`] = await costOf(core, `empty-${kind}`, kind, 0, ids);
    for (let k = 0; k < 240; k++) {
      await core.agent.handle({ channel: 'terminal', externalUserId: 'long', conversationKey: 'long', messageId: `m${ids.n++}`, text: KINDS.add(ITEMS[k]!, k) });
    }
    figures.turn_cost_list_lines = (db.prepare('SELECT COUNT(*) FROM list_items GROUP BY list_id ORDER BY 1 DESC LIMIT 1').pluck().get() as number) ?? 0;
    for (const kind of kinds) figures[`turn_cpu_ms_inproc_${kind}_200`] = await costOf(core, 'long', kind, kind === 'add' ? 240 : 0, ids);
    return figures;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
