/**
 * The database stops growing with every turn: handled message ids are forgotten once they are
 * older than the dedupe window, and a message delivered again within it is still answered once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneJob, type JobContext } from '../../src/jobs/index.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { HOUR, NOW } from './jobs-harness.js';

let core: Core;
let cleanup: () => void;
let clock = NOW;

beforeEach(() => {
  const seeded = createSeededTempDb(NOW);
  cleanup = seeded.cleanup;
  clock = NOW;
  core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), now: () => clock, demoStore: true, turnLimit: { capacity: 1e6, perSecond: 1e6 } });
});
afterEach(() => cleanup());

const say = (messageId: string, text: string) =>
  core.agent.handle({ channel: 'telegram', externalUserId: '42', conversationKey: '42', messageId, text });
const handledCount = () => core.db.prepare('SELECT COUNT(*) FROM processed_messages').pluck().get() as number;
const lines = () => core.db.prepare('SELECT COUNT(*) FROM list_items').pluck().get() as number;

async function prune(windowHours: number, step = 2): Promise<Record<string, unknown>> {
  const job = pruneJob({ pruneHandled: (age, limit) => core.dedupe.prune(age, limit), windowMs: windowHours * HOUR, step }, { everyMs: HOUR, attempts: 1, backoffMs: 1 });
  const ctx: JobContext = { attempt: 1, now: () => clock, signal: new AbortController().signal, log: core.logger, trigger: async () => {} };
  return job.run(ctx);
}

describe('the prune job', () => {
  it('forgets handled messages older than the window, in steps, and keeps the rest', async () => {
    for (let i = 0; i < 7; i++) {
      await say(`old-${i}`, `add ${i + 2} apples`);
      clock += 60_000;
    }
    clock += 47 * HOUR;
    await say('new-1', 'add bread');
    expect(handledCount()).toBe(8);
    clock += 2 * HOUR;
    expect(await prune(48)).toMatchObject({ handledMessages: 7, windowHours: 48 });
    expect(handledCount()).toBe(1);
    expect(await prune(48)).toMatchObject({ handledMessages: 0 });
  });

  it('still answers a message delivered again within the window once, without running it again', async () => {
    await say('m1', 'add a dozen eggs');
    const before = lines();
    clock += 47 * HOUR;
    await prune(48);
    const again = await say('m1', 'add a dozen eggs');
    expect(again.duplicate).toBe(true);
    expect(lines()).toBe(before);
  });

  it('is scheduled with the window from DEDUPE_WINDOW_HOURS, 48 hours unless set', () => {
    expect(loadConfig({}).jobs.dedupeWindowMs).toBe(48 * HOUR);
    expect(loadConfig({ DEDUPE_WINDOW_HOURS: '6' }).jobs.dedupeWindowMs).toBe(6 * HOUR);
    expect(() => loadConfig({ DEDUPE_WINDOW_HOURS: '0' })).toThrow(/DEDUPE_WINDOW_HOURS/);
  });
});
