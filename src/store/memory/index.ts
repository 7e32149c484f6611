/** Repositories of preference memory: stated and learned preferences, product habits, and vectors in the database (SQLite or PostgreSQL). */
export { createMemoryStores, type MemoryStores } from './memory-stores.js';
export { createPreferenceRepository, type PreferenceRecord, type PreferenceRepository } from './preference-repository.js';
export { cosineSimilarity, createPostgresVectorMemory, type PostgresVectorMemoryOptions } from './postgres-vector-memory.js';
export {
  createProductHabitRepository,
  PICK_WEIGHT,
  type HabitCandidate,
  type HabitRecord,
  type ProductHabitRepository,
} from './product-habit-repository.js';
export { createSqliteVectorMemory, loadSqliteVec, type SqliteVectorMemoryOptions, type VectorEmbedder } from './sqlite-vector-memory.js';
export {
  checkRecords,
  checkUser,
  type MemoryHit,
  type MemoryMetadata,
  type MemoryRecord,
  type MemorySearchOptions,
  type VectorMemory,
} from './vector-memory.js';
