import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createMisunderstoodStore } from '../../src/store/misunderstood-store.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { columnNames, createSeededTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** The misunderstood inbox, filled by real turns through the agent and read as the operator would. */
describe('the misunderstood inbox', () => {
  let core: Core;
  let quiet: Core;
  let cleanup: () => void;
  let cleanupQuiet: () => void;
  let n = 0;

  beforeAll(() => {
    const temp = createSeededTempDb(NOW);
    cleanup = temp.cleanup;
    core = createCore({ db: temp.db, logger, now: () => NOW, demoStore: true, misunderstood: true });
    const other = createSeededTempDb(NOW);
    cleanupQuiet = other.cleanup;
    quiet = createCore({ db: other.db, logger, now: () => NOW, demoStore: true, misunderstood: false });
  }, 60_000);
  afterAll(() => {
    cleanup();
    cleanupQuiet();
  });

  const inbox = () => createMisunderstoodStore(sqliteConnection(core.db), () => NOW);
  const person = (c: Core = core) => {
    const who = `m${++n}`;
    let k = 0;
    return (text: string) => c.agent.handle({ channel: 'web', externalUserId: who, conversationKey: who, messageId: `${who}-${k++}`, text });
  };
  const latest = () => inbox().open().at(-1);

  it('keeps a message it could not understand', async () => {
    const say = person();
    const reply = await say('blorp the wuzzle');
    expect(reply.calls ?? []).toEqual([]);
    expect(latest()).toMatchObject({ kind: 'not_understood', text: 'blorp the wuzzle', channel: 'web' });
  });

  it('keeps a question it asked first when the person says no, with what it would have done', async () => {
    const say = person();
    await say('add flour. whatever happened with the milk');
    await say('no');
    expect(latest()).toMatchObject({ kind: 'declined', text: 'add flour. whatever happened with the milk', followedBy: 'no' });
    expect(latest()!.understood).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'flour' }] } }]);
  });

  it('keeps a change undone or corrected in the very next message, and not one that stood', async () => {
    const say = person();
    await say('add 2 bananas');
    await say('undo');
    expect(latest()).toMatchObject({ kind: 'undone', text: 'add 2 bananas', followedBy: 'undo' });
    await say('add 3 lemons');
    await say("no that's not what i said, 2 lemons");
    expect(latest()).toMatchObject({ kind: 'corrected', text: 'add 3 lemons' });
    const before = inbox().countOpen();
    await say('add rice');
    await say('add beans');
    expect(inbox().countOpen()).toBe(before);
  });

  it('keeps nothing when MISUNDERSTOOD is off, and never who said it', async () => {
    const say = person(quiet);
    await say('blorp the wuzzle');
    expect(createMisunderstoodStore(sqliteConnection(quiet.db)).countOpen()).toBe(0);
    const columns = columnNames(core.db, 'misunderstood');
    expect(columns.some((c) => /user|person|conversation/.test(c))).toBe(false);
  });
});
