import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../../src/agent/conversation/index.js';
import { createConversationStore as storeOver, createMessageDedupe, MAX_TURNS_KEPT } from '../../../src/store/conversations/index.js';
import type { Db } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const createConversationStore = (db: Db) => storeOver<ConversationState>(sqliteConnection(db));

function setup() {
  const t = createTempDb();
  cleanups.push(t.cleanup);
  const userId = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
  return { ...t, userId };
}

describe('conversation store', () => {
  it('keeps a pending clarification across a restart of the process', () => {
    const { db, connect, userId } = setup();
    const store = createConversationStore(db);
    store.save('web:1', userId, 'web', {
      activeList: 'Party',
      pending: {
        kind: 'clarify',
        call: { name: 'add_to_list', args: { items: [{ name: 'milk' }] } },
        slot: { itemIndex: 0 },
        options: [{ productId: 7, name: 'Great Value Whole Milk, 1 gal' }],
        prompt: 'Which milk?',
        choices: [{ label: '1) Great Value Whole Milk', value: '1' }],
        expiresAt: 99,
      },
    });
    db.close();
    const reopened = createConversationStore(connect());
    const state = reopened.load('web:1');
    expect(state.activeList).toBe('Party');
    expect(state.pending?.kind).toBe('clarify');
  });

  it('returns an empty state for a conversation it has never seen', () => {
    const { db } = setup();
    expect(createConversationStore(db).load('nobody')).toEqual({});
  });

  it('keeps the most recent turns in order and trims the oldest', () => {
    const { db, userId } = setup();
    const store = createConversationStore(db);
    store.save('c', userId, 'web', {});
    for (let i = 0; i < MAX_TURNS_KEPT + 5; i++) store.appendTurn('c', { role: 'user', text: `m${i}`, at: i });
    const last = store.history('c', 3).map((t) => t.text);
    expect(last).toEqual([`m${MAX_TURNS_KEPT + 2}`, `m${MAX_TURNS_KEPT + 3}`, `m${MAX_TURNS_KEPT + 4}`]);
    expect(db.prepare('SELECT count(*) FROM turns').pluck().get()).toBe(MAX_TURNS_KEPT);
  });

  it('trims a long conversation recorded turn by turn, also one carried over from before a restart', () => {
    const { db, userId } = setup();
    const say = (store: ReturnType<typeof createConversationStore>, i: number) =>
      store.record('c', userId, 'web', { activeList: `l${i}` }, [
        { role: 'user', text: `q${i}`, at: i },
        { role: 'assistant', text: `a${i}`, at: i },
      ]);
    const first = createConversationStore(db);
    for (let i = 0; i < 90; i++) say(first, i);
    const stored = () => db.prepare("SELECT count(*) FROM turns WHERE conversation_id = 'c'").pluck().get() as number;
    expect(stored()).toBe(180);
    // A new process knows nothing of the 180 turns already there, and still trims on time.
    const second = createConversationStore(db);
    for (let i = 90; i < 200; i++) say(second, i);
    expect(stored()).toBeGreaterThanOrEqual(MAX_TURNS_KEPT);
    expect(stored()).toBeLessThanOrEqual(MAX_TURNS_KEPT + 20);
    expect(second.history('c', 2).map((t) => t.text)).toEqual(['q199', 'a199']);
    expect(second.load('c')).toEqual({ activeList: 'l199' });
  });
});

describe('message dedupe', () => {
  it('answers a repeated delivery with the first reply', () => {
    const { db } = setup();
    const dedupe = createMessageDedupe(sqliteConnection(db));
    expect(dedupe.lookup('telegram', 'u1')).toBeUndefined();
    dedupe.remember('telegram', 'u1', { text: 'Added milk.' });
    expect(dedupe.lookup('telegram', 'u1')).toEqual({ text: 'Added milk.' });
    expect(dedupe.lookup('web', 'u1')).toBeUndefined();
  });
});
