/**
 * Preference memory: what each person likes, avoids and usually buys, structured in SQLite and
 * searchable by meaning through a vector memory (sqlite-vec by default, ChromaDB with CHROMA_URL),
 * over a local or Ollama embedder.
 */
export {
  createPreferenceStore,
  normalizePreferenceValue,
  PREFERENCE_KINDS,
  type Preference,
  type PreferenceKind,
  type PreferenceStore,
} from './preference-store.js';
export { createEmbedder, cosine, normalizeVector, type Embedder, type EmbedderOptions } from './embedder.js';
export { createLocalEmbedder, type LocalEmbedder } from './local-embedder.js';
export { createOllamaEmbedder, type OllamaEmbedderOptions } from './ollama-embedder.js';
export type { MemoryHit, MemoryMetadata, MemoryRecord, MemorySearchOptions, VectorMemory } from '../store/memory/index.js';
export { createChromaVectorMemory, type ChromaVectorMemoryOptions } from './chroma-vector-memory.js';
export {
  createPreferenceMemory,
  type PreferenceMemory,
  type PreferenceMemoryOptions,
  type RecallOptions,
} from './preference-memory.js';
export type { OrderLearning, UsualChoice } from './product-habits.js';
export type { ProductInterest, ScreenedProducts } from './product-ranking.js';
export { ALLERGEN_TAGS, DIET_FLAGS, allergenTagsFor, dietFlagFor } from './dietary-rules.js';
