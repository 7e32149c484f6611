import type { Db } from '../database.js';
import { transactor, type SqlConnection, type Transactor } from '../sql.js';
import { createPreferenceRepository, type PreferenceRepository } from './preference-repository.js';
import { createPostgresVectorMemory } from './postgres-vector-memory.js';
import { createProductHabitRepository, type ProductHabitRepository } from './product-habit-repository.js';
import { createSqliteVectorMemory, type VectorEmbedder } from './sqlite-vector-memory.js';
import type { VectorMemory } from './vector-memory.js';

/** What the preference memory keeps in the database, and its embedded vector memory. */
export interface MemoryStores {
  /** Makes several writes (forgetting everything, relearning orders) all or nothing. */
  transactor: Transactor;
  preferences: PreferenceRepository;
  habits: ProductHabitRepository;
  /**
   * The vector memory kept in the same database, over `embedder`: sqlite-vec in the SQLite file,
   * `real[]` rows ranked in JS on PostgreSQL. ChromaDB (`CHROMA_URL`) replaces it on either engine.
   */
  embeddedVectors: (embedder: VectorEmbedder, now: () => number) => VectorMemory;
}

/**
 * The memory repositories over one connection.
 *
 * @example
 * const memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(db)) });
 */
export function createMemoryStores(conn: SqlConnection): MemoryStores {
  return {
    transactor: transactor(conn),
    preferences: createPreferenceRepository(conn),
    habits: createProductHabitRepository(conn),
    embeddedVectors: (embedder, now) => {
      if (conn.dialect === 'postgres') return createPostgresVectorMemory({ conn, embedder, now });
      if (!('db' in conn)) throw new Error('sqlite-vec needs a SQLite connection that exposes its better-sqlite3 handle');
      return createSqliteVectorMemory({ conn: conn as SqlConnection & { readonly db: Db }, embedder, now });
    },
  };
}
