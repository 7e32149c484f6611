import type { SqlConnection } from '../sql.js';
import type { VectorEmbedder } from './sqlite-vector-memory.js';
import { checkRecords, checkUser, type MemoryHit, type MemoryRecord, type VectorMemory } from './vector-memory.js';
import { recordOfRow, type MemoryRow } from './memory-rows.js';

/** Options for {@link createPostgresVectorMemory}. */
export interface PostgresVectorMemoryOptions {
  /** A PostgreSQL connection over a database migrated by `migratePostgres` (table `memory_vectors`). */
  conn: SqlConnection;
  embedder: VectorEmbedder;
  now?: () => number;
}

/**
 * Vector memory inside the PostgreSQL database, for deployments without ChromaDB. Embeddings are
 * kept as `real[]` in `memory_vectors` (no pgvector needed) and a search reads one person's rows
 * in the current embedder's space and ranks them by cosine similarity in JS. That is a full scan
 * of one person's memories per search, which is fine because each person has at most a few
 * hundred (their stated preferences and usual products); it is not an index for millions of rows.
 *
 * Behaves as the sqlite-vec memory does: the user id is in every statement's WHERE clause, vectors
 * of another embedder id are never compared but re-embedded from their text the first time that
 * person's memories are used, a zero vector (a text of filler words) scores 0, ties go by id in
 * byte order, and lists are in id byte order.
 *
 * @example
 * const memory = createPostgresVectorMemory({ conn: openPostgresConnection(url), embedder: createLocalEmbedder() });
 * await memory.add(userId, { id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' });
 * await memory.search(userId, 'peanut butter', 3);
 */
export function createPostgresVectorMemory(opts: PostgresVectorMemoryOptions): VectorMemory {
  const { conn, embedder } = opts;
  const now = opts.now ?? Date.now;
  const upsert = conn.statement(
    `INSERT INTO memory_vectors (user_id, id, kind, text, metadata, embedder, embedding, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, id) DO UPDATE SET kind = excluded.kind, text = excluded.text, metadata = excluded.metadata,
       embedder = excluded.embedder, embedding = excluded.embedding, updated_at = excluded.updated_at`,
  );
  const stale = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? AND embedder <> ?');
  const candidates = conn.statement<MemoryRow & { embedding: number[] }>(
    'SELECT id, kind, text, metadata, embedding FROM memory_vectors WHERE user_id = ? AND embedder = ?',
  );
  const remove = conn.statement('DELETE FROM memory_vectors WHERE user_id = ? AND id = ?');
  // COLLATE "C": byte order, as SQLite sorts text, whatever the database's locale.
  const listAll = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? ORDER BY id COLLATE "C"');
  const listKind = conn.statement<MemoryRow>('SELECT id, kind, text, metadata FROM memory_vectors WHERE user_id = ? AND kind = ? ORDER BY id COLLATE "C"');
  const clear = conn.statement('DELETE FROM memory_vectors WHERE user_id = ?');
  const checked = new Set<number>();

  const write = async (userId: number, records: readonly MemoryRecord[]) => {
    if (records.length === 0) return;
    const vectors = await embedder.embed(records.map((r) => r.text));
    const at = now();
    conn.transaction(() => {
      // A plain array: the driver sends it as an array literal (a typed array would go as bytea).
      records.forEach((r, i) => upsert.run(userId, r.id, r.kind, r.text, JSON.stringify(r.metadata ?? {}), embedder.id, Array.from(vectors[i]!), at));
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
    backend: 'postgres',
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
      const kinds = searchOpts.kinds ? new Set(searchOpts.kinds) : undefined;
      const min = searchOpts.minScore ?? -Infinity;
      return candidates
        .all(userId, embedder.id)
        .filter((r) => !kinds || kinds.has(r.kind))
        .map((r) => ({ row: r, score: cosineSimilarity(query!, r.embedding) }))
        .sort((a, b) => b.score - a.score || byteOrder(a.row.id, b.row.id))
        .slice(0, Math.floor(k))
        .filter((h) => h.score >= min)
        .map(({ row, score }): MemoryHit => ({ ...recordOfRow(row), score }));
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
      // The connection belongs to the caller; there is nothing of ours to release.
    },
  };
}

/**
 * Cosine similarity of two vectors, 0 when either is the zero vector (sqlite-vec and Chroma treat
 * it as unrelated too) or when their lengths differ (they were never in the same space).
 */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Compares two texts by their UTF-8 bytes, the order SQLite and `COLLATE "C"` use. */
function byteOrder(a: string, b: string): number {
  return a === b ? 0 : Buffer.compare(Buffer.from(a), Buffer.from(b));
}

