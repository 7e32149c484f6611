/**
 * The preference memory plugged into the real agent (createCore's `memory`), through whole turns
 * as a person types them: a milk chosen once is the milk next time; a stated allergy keeps
 * products out of search results; nothing of it reaches another person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createPreferenceMemory, type PreferenceMemory } from '../../src/memory/index.js';
import { createMemoryStores } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('preference memory in agent turns', () => {
  let core: Core;
  let memory: PreferenceMemory;
  let cleanup: () => void;

  beforeAll(() => {
    const t = createSeededTempDb(NOW);
    cleanup = t.cleanup;
    memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(t.db)), now: () => NOW });
    core = createCore({ db: t.db, logger, now: () => NOW, demoStore: true, memory });
  }, 60_000);
  afterAll(async () => {
    await memory.close();
    cleanup();
  });

  let n = 0;
  function person(name = `m${++n}`) {
    const say = (text: string) => core.agent.handle({ channel: 'terminal', externalUserId: name, conversationKey: name, text, messageId: `${name}-${++n}` });
    const lines = () => {
      const user = core.users.resolve('terminal', name);
      return core.lists.view(user.id, core.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines);
    };
    return { say, lines, userId: () => core.users.resolve('terminal', name).id };
  }

  it('asks which milk once, then adds the chosen milk straight away next time', async () => {
    const ana = person();
    const ask = await ana.say('add milk');
    expect(ask.text).toMatch(/which milk/i);
    await ana.say('2');
    const chosen = ana.lines().find((l) => /milk/i.test(l.itemName))!.productId;
    expect(chosen).not.toBeNull();

    await ana.say('remove the milk');
    expect(ana.lines()).toEqual([]);
    const again = await ana.say('add 2 gallons of milk');
    expect(again.text).not.toMatch(/which milk/i);
    expect(ana.lines().map((l) => l.productId)).toEqual([chosen]);

    // Someone else is still asked.
    expect((await person().say('add milk')).text).toMatch(/which milk/i);
  });

  it('keeps peanut products out of search results after "I\'m allergic to peanuts", for that person only', async () => {
    const ana = person();
    await ana.say("I'm allergic to peanuts");
    expect(memory.list(ana.userId(), 'allergy').map((p) => p.value)).toEqual(['peanuts']);
    const safe = await ana.say('search for peanut butter');
    expect(safe.text).not.toMatch(/Jif|Skippy|Peter Pan/);
    const other = await person().say('search for peanut butter');
    expect(other.text).toMatch(/Jif|Skippy|Peter Pan|Great Value/);
    expect((await memory.recall(ana.userId(), 'peanut butter cups'))[0]?.kind).toBe('allergy');
  });
});
