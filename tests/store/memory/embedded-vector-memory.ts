/**
 * The vector memory each database engine keeps in itself (sqlite-vec in the SQLite file,
 * `real[]` rows on PostgreSQL), as `createMemoryStores(conn)` builds it, held to the same
 * behaviour. Not a test file itself: the engine test files call {@link describeEmbeddedVectorMemory}.
 */
import { describe, expect, it } from 'vitest';
import { createLocalEmbedder, createPreferenceMemory, type Embedder } from '../../../src/memory/index.js';
import { createMemoryStores, type VectorMemory } from '../../../src/store/memory/index.js';
import type { SqlConnection } from '../../../src/store/sql.js';
import { describeVectorMemory } from '../../memory/vector-memory-contract.js';

/** A fresh migrated database of one engine. */
export interface EngineDatabase {
  conn: SqlConnection;
  /** A second connection to the same database, as another process or a restart would open; closed by `cleanup`. */
  connectAgain(): SqlConnection;
  cleanup(): void;
}

/** One engine: its name, the backend its memory reports, and a way to get an empty database. */
export interface Engine {
  name: string;
  backend: VectorMemory['backend'];
  open(): EngineDatabase;
}

const embedder = createLocalEmbedder();

/** The memory `createMemoryStores` builds over `conn`. */
export function embeddedMemory(conn: SqlConnection, over: Embedder = embedder): VectorMemory {
  return createMemoryStores(conn).embeddedVectors(over, Date.now);
}

/** A new person in the database. */
export function addUser(conn: SqlConnection): number {
  return conn.statement('INSERT INTO users (created_at) VALUES (0) RETURNING id').value<number>()!;
}

/** Registers the shared contract and the embedded-memory behaviour for one engine. */
export function describeEmbeddedVectorMemory(engine: Engine): void {
  describeVectorMemory(engine.backend, async () => {
    const db = engine.open();
    return {
      memory: embeddedMemory(db.conn),
      ana: addUser(db.conn),
      ben: addUser(db.conn),
      reopen: async () => embeddedMemory(db.connectAgain()),
      cleanup: async () => db.cleanup(),
    };
  });

  describe(`vector memory kept in ${engine.name}`, () => {
    const withDatabase = async (test: (db: EngineDatabase) => Promise<void>) => {
      const db = engine.open();
      try {
        await test(db);
      } finally {
        db.cleanup();
      }
    };

    it(`is what createMemoryStores gives on ${engine.name}`, () =>
      withDatabase(async (db) => {
        expect(embeddedMemory(db.conn).backend).toBe(engine.backend);
      }));

    it('re-embeds memories written by another embedder instead of comparing across spaces', () =>
      withDatabase(async (db) => {
        const userId = addUser(db.conn);
        const small = createLocalEmbedder({ dimensions: 64 });
        await embeddedMemory(db.conn, small).add(userId, { id: 'allergy', kind: 'allergy', text: 'allergic to peanuts' });
        const calls: number[] = [];
        const counting: Embedder = { id: embedder.id, embed: (texts) => (calls.push(texts.length), embedder.embed(texts)) };
        const memory = embeddedMemory(db.conn, counting);
        expect((await memory.search(userId, 'peanut butter', 1))[0]?.id).toBe('allergy');
        await memory.search(userId, 'peanut butter', 1);
        // One re-embedding of the old row, then one query embedding per search.
        expect(calls).toEqual([1, 1, 1]);
        expect(db.conn.statement('SELECT DISTINCT embedder FROM memory_vectors').all()).toEqual([{ embedder: embedder.id }]);
      }));

    it('never compares a vector another instance wrote in another space, even of the same length', () =>
      withDatabase(async (db) => {
        const userId = addUser(db.conn);
        const memory = embeddedMemory(db.conn);
        await memory.add(userId, { id: 'mine', kind: 'likes', text: 'likes oat milk' });
        // Another instance, configured with another embedder (same dimensions, another space), writes
        // after this one checked the person's rows, and moves them all into its space.
        const elsewhere: Embedder = { id: 'another-space', embed: (texts) => embedder.embed(texts) };
        await embeddedMemory(db.connectAgain(), elsewhere).add(userId, { id: 'theirs', kind: 'likes', text: 'likes peanuts' });
        expect(await memory.search(userId, 'peanuts', 5)).toEqual([]);
        // A restart re-embeds them into this space, and then they are found.
        expect((await embeddedMemory(db.connectAgain()).search(userId, 'peanuts', 5)).map((h) => h.id)).toEqual(['theirs', 'mine']);
      }));

    it('lists and breaks score ties by id in byte order, whatever the database locale', () =>
      withDatabase(async (db) => {
        const userId = addUser(db.conn);
        const memory = embeddedMemory(db.conn);
        const ids = ['b', 'B', 'é', 'a', 'Z', 'a b'];
        await memory.add(userId, ids.map((id) => ({ id, kind: 'likes', text: 'likes oat milk' })));
        const byteOrder = ['B', 'Z', 'a', 'a b', 'b', 'é'];
        expect((await memory.list(userId)).map((r) => r.id)).toEqual(byteOrder);
        expect((await memory.search(userId, 'oat milk', 4)).map((h) => h.id)).toEqual(byteOrder.slice(0, 4));
      }));

    it("a person's memories go when the person is deleted", () =>
      withDatabase(async (db) => {
        const userId = addUser(db.conn);
        await embeddedMemory(db.conn).add(userId, { id: 'x', kind: 'likes', text: 'likes kale' });
        db.conn.statement('DELETE FROM users WHERE id = ?').run(userId);
        expect(db.conn.statement('SELECT count(*) FROM memory_vectors').value()).toBe(0);
      }));

    it(`preference memory on ${engine.name} alone (no CHROMA_URL) recalls an allergy by meaning`, () =>
      withDatabase(async (db) => {
        const userId = addUser(db.conn);
        const memory = createPreferenceMemory({ stores: createMemoryStores(db.conn) });
        try {
          expect(memory.backend).toBe(engine.backend);
          await memory.remember(userId, 'allergy', 'peanuts');
          const [hit] = await memory.recall(userId, 'is there peanut butter?');
          expect(hit?.text).toMatch(/peanut/);
          expect(await memory.recall(addUser(db.conn), 'is there peanut butter?')).toEqual([]);
        } finally {
          await memory.close();
        }
      }));
  });
}
