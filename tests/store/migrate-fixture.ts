import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createLogger } from '../../src/logger.js';
import { createCore } from '../../src/main.js';
import { createPreferenceMemory } from '../../src/memory/index.js';
import { persistentSecret } from '../../src/store/meta.js';
import { createMemoryStores } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createSqliteTempDb } from '../helpers/temp-db.js';

export const NOW = Date.UTC(2026, 10, 1, 12);

/** What {@link buildLivedInSqlite} made, for the tests to look up on either engine. */
export interface LivedInSqlite {
  dir: string;
  file: string;
  /** Ann owns the shared list, Bob joined it. */
  annId: number;
  bobId: number;
  sharedListId: number;
  partyListId: number;
  cleanup: () => void;
}

/**
 * A closed SQLite file as the embedded default leaves it after some use: the demo store, two
 * people talking to the agent (lists, a shared list, items, a budget, a price alert, preferences
 * with their vectors, conversations, a web session secret). Built through the real core and agent.
 */
export async function buildLivedInSqlite(): Promise<LivedInSqlite> {
  // The source of the copy is a SQLite file whichever store the suite runs on.
  const temp = createSqliteTempDb();
  const conn = sqliteConnection(temp.db);
  const memory = createPreferenceMemory({ stores: createMemoryStores(conn), now: () => NOW });
  const core = createCore({ db: temp.db, logger: createLogger({ level: 'silent' }), now: () => NOW, demoStore: true, memory });
  let n = 0;
  const say = async (who: string, text: string) => {
    let reply = await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, text, messageId: `${who}-${++n}` });
    // A hurried shopper takes the first option offered.
    for (let i = 0; i < 5 && reply.choices?.length && /which /i.test(reply.text); i++) {
      reply = await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, text: '1', messageId: `${who}-${++n}` });
    }
    return reply;
  };
  await say('ann', 'add 2 gallons of milk and a dozen eggs');
  await say('ann', 'add bananas and bread');
  await say('ann', 'set my budget to $150 a week');
  await say('ann', 'track the price of tide');
  await say('ann', "I'm vegetarian");
  await say('ann', 'I like Great Value');
  await say('ann', "I'm allergic to peanuts");
  await say('ann', 'create a list called party');
  await say('ann', 'add chips and salsa to party');
  await say('ann', 'take the bread off');
  const ann = core.users.resolve('terminal', 'ann');
  const shared = core.lists.defaultList(ann.id);
  const { code } = core.lists.shareCode(ann.id, shared.id);
  await say('bob', `join ${code}`);
  await say('bob', 'add coffee to my list');
  await say('bob', 'set my budget to $80 a month');
  const bob = core.users.resolve('terminal', 'bob');
  persistentSecret(conn, 'web_session_secret');
  const party = core.lists.findList(ann.id, 'party')!;
  await memory.close();
  temp.db.pragma('wal_checkpoint(TRUNCATE)');
  temp.db.close();
  return {
    dir: temp.dir,
    file: path.join(temp.dir, 'grocery.db'),
    annId: ann.id,
    bobId: bob.id,
    sharedListId: shared.id,
    partyListId: party.id,
    cleanup: temp.cleanup,
  };
}

/** A copy of `file` with one leaf page of `table` overwritten with garbage, as a failing disk leaves it. */
export function damagedCopy(file: string, dest: string, table = 'price_history'): string {
  fs.copyFileSync(file, dest);
  const db = new Database(dest);
  const pages = db.prepare<[string], { pageno: number }>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(dest, 'r+');
  const junk = Buffer.alloc(pageSize, 0);
  for (let i = 0; i < pageSize; i++) junk[i] = (i * 7919 + 13) % 256;
  fs.writeSync(fd, junk, 0, pageSize, (pages[Math.floor(pages.length / 2)]!.pageno - 1) * pageSize);
  fs.closeSync(fd);
  return dest;
}
