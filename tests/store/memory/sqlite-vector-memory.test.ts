import { describe, expect, it } from 'vitest';
import { createLocalEmbedder, type Embedder } from '../../../src/memory/index.js';
import { openDatabase } from '../../../src/store/database.js';
import { createSqliteVectorMemory } from '../../../src/store/memory/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { describeVectorMemory } from '../../memory/vector-memory-contract.js';

const embedder = createLocalEmbedder();

describeVectorMemory('sqlite-vec', async () => {
  const t = createTempDb();
  const user = () => Number(t.db.prepare('INSERT INTO users (created_at) VALUES (0)').run().lastInsertRowid);
  const ana = user();
  const ben = user();
  const handles = [t.db];
  return {
    memory: createSqliteVectorMemory({ conn: sqliteConnection(t.db), embedder }),
    ana,
    ben,
    async reopen() {
      const db = openDatabase({ dataDir: t.dir });
      handles.push(db);
      return createSqliteVectorMemory({ conn: sqliteConnection(db), embedder });
    },
    async cleanup() {
      for (const db of handles) if (db.open) db.close();
      t.cleanup();
    },
  };
});

describe('sqlite-vec vector memory', () => {
  it('re-embeds memories written by another embedder instead of comparing across spaces', async () => {
    const t = createTempDb();
    try {
      const userId = Number(t.db.prepare('INSERT INTO users (created_at) VALUES (0)').run().lastInsertRowid);
      const small = createLocalEmbedder({ dimensions: 64 });
      await createSqliteVectorMemory({ conn: sqliteConnection(t.db), embedder: small }).add(userId, { id: 'allergy', kind: 'allergy', text: 'allergic to peanuts' });
      const calls: number[] = [];
      const counting: Embedder = { id: embedder.id, embed: (texts) => (calls.push(texts.length), embedder.embed(texts)) };
      const memory = createSqliteVectorMemory({ conn: sqliteConnection(t.db), embedder: counting });
      expect((await memory.search(userId, 'peanut butter', 1))[0]?.id).toBe('allergy');
      await memory.search(userId, 'peanut butter', 1);
      // One re-embedding of the old row, then one query embedding per search.
      expect(calls).toEqual([1, 1, 1]);
      expect(t.db.prepare('SELECT DISTINCT embedder FROM memory_vectors').all()).toEqual([{ embedder: embedder.id }]);
    } finally {
      t.cleanup();
    }
  });

  it("a person's memories go when the person is deleted", async () => {
    const t = createTempDb();
    try {
      const userId = Number(t.db.prepare('INSERT INTO users (created_at) VALUES (0)').run().lastInsertRowid);
      const memory = createSqliteVectorMemory({ conn: sqliteConnection(t.db), embedder });
      await memory.add(userId, { id: 'x', kind: 'likes', text: 'likes kale' });
      t.db.prepare('DELETE FROM users WHERE id = ?').run(userId);
      expect(t.db.prepare('SELECT count(*) AS n FROM memory_vectors').get()).toEqual({ n: 0 });
    } finally {
      t.cleanup();
    }
  });
});
