import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createUnderstandingPool, type UnderstandingPool } from '../../src/understanding-workers/index.js';
import type { AheadContext } from '../../src/agent/ports.js';
import { loadNluModel } from '../../src/understanding/model/index.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

// The workers are real threads running the build (dist/): `npm test` builds first.
const NOW = Date.UTC(2026, 10, 1, 12);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const WITH_LIST: AheadContext = { onList: true, lines: true };
/** The model createCore uses by default (models/nlu.json). */
const modelPath = loadNluModel().path!;

describe('understanding on a worker thread', () => {
  let core: Core;
  let pool: UnderstandingPool;
  let cleanup: () => void;

  beforeAll(() => {
    const temp = createSeededTempDb(NOW);
    cleanup = temp.cleanup;
    core = createCore({ db: temp.db, logger, now: () => NOW, demoStore: true, workers: 0 });
    pool = createUnderstandingPool({ size: 2, vocabulary: core.catalog.vocabulary(), modelPath, logger });
    return pool.start();
  }, 60_000);
  afterAll(async () => {
    await pool.close();
    cleanup();
  });

  it('reads a message as the main thread does, in the conversation it is given', async () => {
    const context: AheadContext = { ...WITH_LIST, lastItems: [{ name: 'milk', quantity: 2, unit: 'gal' }], activeList: 'party' };
    for (const text of ['add a dozen eggs and 2 loaves of bread', 'make that 3', 'is tide on sale?', 'add carots', 'thanks!']) {
      const { onList, lines, ...plain } = context;
      expect(await pool.understand(text, context), text).toEqual(core.understanding.understand(text, plain));
    }
  });

  it('hands back a message whose reading asks about the list, for the turn to read', async () => {
    expect(await pool.understand('eggs 18', WITH_LIST)).toBeUndefined();
    expect(await pool.understand('remove the first thing', WITH_LIST)).toBeUndefined();
    expect(await pool.understand('swap the butter for margarine', WITH_LIST)).toBeUndefined();
    // With no list to ask about, the same words are read there.
    expect(await pool.understand('eggs 18', { onList: false, lines: false })).toEqual(core.understanding.understand('eggs 18', {}));
  });

  it('answers nothing before it is started or once closed, and the turn reads the message itself', async () => {
    const own = createUnderstandingPool({ size: 1, vocabulary: core.catalog.vocabulary(), modelPath, logger });
    await own.start();
    expect(await own.understand('add milk', WITH_LIST)).toMatchObject({ calls: [{ name: 'add_to_list' }] });
    await own.close();
    expect(await own.understand('add milk', WITH_LIST)).toBeUndefined();
  });
});

describe('turns with understanding workers and without', () => {
  const cores: Core[] = [];
  const cleanups: (() => void)[] = [];
  beforeAll(async () => {
    for (const workers of [0, 1]) {
      const temp = createSeededTempDb(NOW);
      cleanups.push(temp.cleanup);
      cores.push(createCore({ db: temp.db, logger, now: () => NOW, demoStore: true, workers }));
    }
    // Ready before the first message, so every message is offered to the worker.
    await cores[1]!.startWorkers();
  }, 60_000);
  afterAll(async () => {
    for (const core of cores) await core.stopWorkers();
    for (const cleanup of cleanups) cleanup();
  });

  it('say the same and keep the same lists, questions and references included', async () => {
    const script = [
      'add 2 gallons of milk and a dozen eggs', '1', 'what is on my list', 'eggs 18', 'make it 3', 'add bananas and bread',
      'remove the first thing', 'undo', 'add carots', 'yes', 'double the bananas', 'swap the bread for bagels', 'how much is my list?',
      'any deals on my list?', 'something cheaper than oreos', 'take the last two items off', 'clear my list', 'yes', 'whats on my list',
    ];
    const transcripts = await Promise.all(
      cores.map(async (core) => {
        const said: string[] = [];
        for (const [i, text] of script.entries()) {
          const out = await core.agent.handle({ channel: 'web', externalUserId: 'ann', conversationKey: 'ann', text, messageId: `m${i}` });
          // Button values name their stored question by a random id: the same question either way.
          said.push(`${text} -> ${out.text} ${JSON.stringify(out.choices ?? []).replace(/q:[a-z0-9]+:/g, "q:…:")}`);
        }
        const user = core.users.resolve('web', 'ann');
        const lines = core.lists.view(user.id, core.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines.map((l) => `${l.itemName} ${l.quantity}`));
        return { said, lines };
      }),
    );
    expect(transcripts[1]).toEqual(transcripts[0]);
  });
});
