import { describe, expect, it } from 'vitest';
import { createLocalEmbedder } from '../../../src/memory/index.js';
import { cosineSimilarity } from '../../../src/store/memory/index.js';
import { openPostgresConnection } from '../../../src/store/postgres/pg-connection.js';
import { createPostgresTestDatabase } from '../../../src/store/postgres/test-database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addUser, describeEmbeddedVectorMemory, embeddedMemory } from './embedded-vector-memory.js';

describeEmbeddedVectorMemory({
  name: 'PostgreSQL',
  backend: 'postgres',
  open() {
    const pg = createPostgresTestDatabase();
    const others: { close(): void }[] = [];
    return {
      conn: pg.conn,
      connectAgain() {
        const conn = openPostgresConnection(pg.url, { applicationName: 'grocery-agent-test' });
        others.push(conn);
        return conn;
      },
      cleanup() {
        for (const conn of others) conn.close();
        pg.cleanup();
      },
    };
  },
});

describe('PostgreSQL vector memory', () => {
  it('ranks and scores memories as the SQLite one does', async () => {
    const pg = createPostgresTestDatabase();
    const t = createTempDb();
    try {
      const memories = [
        { id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' },
        { id: 'usual:milk', kind: 'usual', text: 'usually buys Great Value 2% milk' },
        { id: 'brand:horizon', kind: 'brand', text: 'prefers the brand Horizon Organic' },
        { id: 'dislikes:cilantro', kind: 'dislikes', text: 'does not like cilantro' },
        { id: 'diet:vegan', kind: 'diet', text: 'eats vegan' },
      ];
      const onPg = embeddedMemory(pg.conn);
      const onSqlite = embeddedMemory(sqliteConnection(t.db));
      const [pgUser, sqliteUser] = [addUser(pg.conn), addUser(sqliteConnection(t.db))];
      await onPg.add(pgUser, memories);
      await onSqlite.add(sqliteUser, memories);
      for (const question of ['organic milk', 'peanut butter cups', 'vegan cilantro salad']) {
        const a = await onPg.search(pgUser, question, 5);
        const b = await onSqlite.search(sqliteUser, question, 5);
        expect(a.map((h) => h.id)).toEqual(b.map((h) => h.id));
        a.forEach((h, i) => expect(h.score).toBeCloseTo(b[i]!.score, 5));
      }
    } finally {
      pg.cleanup();
      t.cleanup();
    }
  });

  it('keeps the embedding it was given, to float precision', async () => {
    const pg = createPostgresTestDatabase();
    try {
      const userId = addUser(pg.conn);
      await embeddedMemory(pg.conn).add(userId, { id: 'x', kind: 'likes', text: 'likes dark chocolate' });
      const [stored] = pg.conn.statement('SELECT embedding FROM memory_vectors WHERE user_id = ?').values<number[]>(userId);
      const [expected] = await createLocalEmbedder().embed(['likes dark chocolate']);
      expect(Float32Array.from(stored!)).toEqual(expected);
      expect(cosineSimilarity(stored!, expected!)).toBeCloseTo(1, 6);
    } finally {
      pg.cleanup();
    }
  });
});
