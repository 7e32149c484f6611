import type { Db } from '../database.js';
import { transactor, type SqlConnection, type Transactor } from '../sql.js';
import { createPreferenceRepository, type PreferenceRepository } from './preference-repository.js';
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
   * The vector memory kept in the same database (sqlite-vec), over `embedder`; undefined on an
   * engine without one (then the preference memory needs a vector memory of its own, e.g. Chroma).
   */
  embeddedVectors?: (embedder: VectorEmbedder, now: () => number) => VectorMemory;
}

/**
 * The memory repositories over one connection.
 *
 * @example
 * const memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(db)) });
 */
export function createMemoryStores(conn: SqlConnection): MemoryStores {
  const sqlite = 'db' in conn ? (conn as SqlConnection & { readonly db: Db }) : undefined;
  return {
    transactor: transactor(conn),
    preferences: createPreferenceRepository(conn),
    habits: createProductHabitRepository(conn),
    ...(conn.dialect === 'sqlite' && sqlite ? { embeddedVectors: (embedder: VectorEmbedder, now: () => number) => createSqliteVectorMemory({ conn: sqlite, embedder, now }) } : {}),
  };
}
