import * as sqliteVec from 'sqlite-vec';
import type { Db } from '../database.js';
import type { SqlConnection } from '../sql.js';
import { checkRecords, checkUser, type MemoryHit, type MemoryRecord, type VectorMemory } from './vector-memory.js';
import { recordOfRow, type MemoryRow } from './memory-rows.js';

/** What turns texts into vectors (the memory domain's `Embedder`). */
export interface VectorEmbedder {
  /** Names the vector space; vectors from different ids are never compared. */
  readonly id: string;
  /** One L2-normalised vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Options for {@link createSqliteVectorMemory}. */
export interface SqliteVectorMemoryOptions {
  /**
   * A SQLite connection (sqlite-vec is SQLite's; on PostgreSQL the vectors live in another
   * implementation of {@link VectorMemory}) over a database migrated to at least version 3.
   */
  conn: SqlConnection & { readonly db: Db };
  embedder: VectorEmbedder;
  now?: () => number;
}

/**
 * Vector memory inside the SQLite file. Loads the sqlite-vec extension into the connection (once) and ranks one person's rows with `vec_distance_cosine`; the user id is in every
 * statement's WHERE clause. Rows written by a different embedder are re-embedded from their text
 * the first time that person's memories are used.
 *
 * @example
 * const memory = createSqliteVectorMemory({ conn: sqliteConnection(db), embedder: createLocalEmbedder() });
 * await memory.add(userId, { id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' });
 * await memory.search(userId, 'peanut butter', 3);
 */
export function createSqliteVectorMemory(opts: SqliteVectorMemoryOptions): VectorMemory {
  const { conn, embedder } = opts;
  const now = opts.now ?? Date.now;
  loadSqliteVec(conn.db);
  const upsert = conn.statement(
    `INSERT INTO memory_vectors (user_id, id, kind, text, metadata, embedder, embedding, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, id) DO UPDATE SET kind = excluded.kind, text = excluded.text, metadata = excluded.metadata,
       embedder = excluded.embedder, embedding = excluded.embedding, updated_at = excluded.updated_at`,
  );
  const stale = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? AND embedder <> ?');
  const remove = conn.statement('DELETE FROM memory_vectors WHERE user_id = ? AND id = ?');
  const listAll = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? ORDER BY id');
  const listKind = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? AND kind = ? ORDER BY id');
  const clear = conn.statement('DELETE FROM memory_vectors WHERE user_id = ?');
  const checked = new Set<number>();

  const write = async (userId: number, records: readonly MemoryRecord[]) => {
    if (records.length === 0) return;
    const vectors = await embedder.embed(records.map((r) => r.text));
    const at = now();
    conn.transaction(() => {
      records.forEach((r, i) => upsert.run(userId, r.id, r.kind, r.text, JSON.stringify(r.metadata ?? {}), embedder.id, toBlob(vectors[i]!), at));
    });
  };

  /** Brings a person's rows into the current embedder's space before they are compared. */
  const reembed = async (userId: number) => {
    if (checked.has(userId)) return;
    const rows = stale.all(userId, embedder.id);
    await write(userId, rows.map(recordOfRow));
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
      const rows = conn
        .statement<MemoryRow & { score: number }>(
          `SELECT id, kind, text, metadata, coalesce(1 - vec_distance_cosine(embedding, ?), 0) AS score
           FROM memory_vectors WHERE user_id = ? AND embedder = ? ${kinds.length ? `AND kind IN (${kinds.map(() => '?').join(',')})` : ''}
           ORDER BY score DESC, id LIMIT ?`,
        )
        .all(toBlob(query!), userId, embedder.id, ...kinds, Math.floor(k));
      const min = searchOpts.minScore ?? -Infinity;
      return rows.filter((r) => r.score >= min).map((r): MemoryHit => ({ ...recordOfRow(r), score: r.score }));
    },
    async delete(userId, id) {
      checkUser(userId);
      return remove.run(userId, id).changes > 0;
    },
    async list(userId, kind) {
      checkUser(userId);
      const rows = kind ? listKind.all(userId, kind) : listAll.all(userId);
      return rows.map(recordOfRow);
    },
    async clear(userId) {
      checkUser(userId);
      checked.delete(userId);
      return clear.run(userId).changes;
    },
    async close() {
      // The database belongs to the caller; there is nothing of ours to release.
    },
  };
}

/** Loads sqlite-vec into a SQLite handle unless it is already there. */
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

