import * as sqliteVec from 'sqlite-vec';
import type { Db } from '../store/database.js';
import type { Embedder } from './embedder.js';
import { checkRecords, checkUser, type MemoryHit, type MemoryMetadata, type MemoryRecord, type VectorMemory } from './vector-memory.js';

/** Options for {@link createSqliteVectorMemory}. */
export interface SqliteVectorMemoryOptions {
  /** A database migrated to at least version 3 (`memory_vectors`). */
  db: Db;
  embedder: Embedder;
  now?: () => number;
}

interface Row {
  id: string;
  kind: string;
  text: string;
  metadata: string;
}

/**
 * Vector memory inside the SQLite file. Loads the sqlite-vec extension into `db` (once per
 * connection) and ranks one person's rows with `vec_distance_cosine`; the user id is in every
 * statement's WHERE clause. Rows written by a different embedder are re-embedded from their text
 * the first time that person's memories are used.
 *
 * @example
 * const memory = createSqliteVectorMemory({ db, embedder: createLocalEmbedder() });
 * await memory.add(userId, { id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' });
 * await memory.search(userId, 'peanut butter', 3);
 */
export function createSqliteVectorMemory(opts: SqliteVectorMemoryOptions): VectorMemory {
  const { db, embedder } = opts;
  const now = opts.now ?? Date.now;
  loadSqliteVec(db);
  const upsert = db.prepare(
    `INSERT INTO memory_vectors (user_id, id, kind, text, metadata, embedder, embedding, updated_at)
     VALUES (@userId, @id, @kind, @text, @metadata, @embedder, @embedding, @now)
     ON CONFLICT (user_id, id) DO UPDATE SET kind = excluded.kind, text = excluded.text, metadata = excluded.metadata,
       embedder = excluded.embedder, embedding = excluded.embedding, updated_at = excluded.updated_at`,
  );
  const stale = db.prepare<[number, string], Row>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? AND embedder <> ?');
  const checked = new Set<number>();

  const write = async (userId: number, records: readonly MemoryRecord[]) => {
    if (records.length === 0) return;
    const vectors = await embedder.embed(records.map((r) => r.text));
    const at = now();
    db.transaction(() => {
      records.forEach((r, i) =>
        upsert.run({ userId, id: r.id, kind: r.kind, text: r.text, metadata: JSON.stringify(r.metadata ?? {}), embedder: embedder.id, embedding: toBlob(vectors[i]!), now: at }),
      );
    })();
  };

  /** Brings a person's rows into the current embedder's space before they are compared. */
  const reembed = async (userId: number) => {
    if (checked.has(userId)) return;
    const rows = stale.all(userId, embedder.id);
    await write(userId, rows.map(fromRow));
    checked.add(userId);
  };

  return {
    backend: 'sqlite-vec',
    async add(userId, records) {
      const list = checkRecords(userId, records);
      await reembed(userId);
      await write(userId, list);
    },
    async search(userId, text, k = 5, searchOpts = {}) {
      checkUser(userId);
      if (!text.trim() || k <= 0) return [];
      await reembed(userId);
      const [query] = await embedder.embed([text]);
      const kinds = searchOpts.kinds ?? [];
      // A text of filler words embeds to the zero vector, whose cosine is NULL; it counts as unrelated (0), as in Chroma.
      const rows = db
        .prepare<unknown[], Row & { score: number }>(
          `SELECT id, kind, text, metadata, coalesce(1 - vec_distance_cosine(embedding, ?), 0) AS score
           FROM memory_vectors WHERE user_id = ? AND embedder = ? ${kinds.length ? `AND kind IN (${kinds.map(() => '?').join(',')})` : ''}
           ORDER BY score DESC, id LIMIT ?`,
        )
        .all(toBlob(query!), userId, embedder.id, ...kinds, Math.floor(k));
      const min = searchOpts.minScore ?? -Infinity;
      return rows.filter((r) => r.score >= min).map((r): MemoryHit => ({ ...fromRow(r), score: r.score }));
    },
    async delete(userId, id) {
      checkUser(userId);
      return db.prepare('DELETE FROM memory_vectors WHERE user_id = ? AND id = ?').run(userId, id).changes > 0;
    },
    async list(userId, kind) {
      checkUser(userId);
      const rows = db
        .prepare<unknown[], Row>(`SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? ${kind ? 'AND kind = ?' : ''} ORDER BY id`)
        .all(...(kind ? [userId, kind] : [userId]));
      return rows.map(fromRow);
    },
    async clear(userId) {
      checkUser(userId);
      checked.delete(userId);
      return db.prepare('DELETE FROM memory_vectors WHERE user_id = ?').run(userId).changes;
    },
    async close() {
      // The database belongs to the caller; there is nothing of ours to release.
    },
  };
}

/** Loads sqlite-vec into a connection unless it is already there. */
export function loadSqliteVec(db: Db): void {
  try {
    db.prepare('SELECT vec_version()').get();
  } catch {
    sqliteVec.load(db);
  }
}

function toBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

function fromRow(r: Row): MemoryRecord {
  const metadata = JSON.parse(r.metadata) as MemoryMetadata;
  return Object.keys(metadata).length ? { id: r.id, kind: r.kind, text: r.text, metadata } : { id: r.id, kind: r.kind, text: r.text };
}
