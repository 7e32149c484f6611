/** Metadata kept beside a memory; flat so every backend can store it. */
export type MemoryMetadata = Record<string, string | number | boolean>;

/** One thing remembered about a person, as text that can be searched by meaning. */
export interface MemoryRecord {
  /** Unique per person; adding the same id again replaces the memory. */
  id: string;
  text: string;
  /** What sort of memory it is, e.g. `allergy`, `brand`, `usual`; searches may filter by it. */
  kind: string;
  metadata?: MemoryMetadata;
}

/** A memory found by {@link VectorMemory.search}, with its cosine similarity to the query (1 = same). */
export interface MemoryHit extends MemoryRecord {
  score: number;
}

/** Options for {@link VectorMemory.search}. */
export interface MemorySearchOptions {
  /** Only memories of these kinds. */
  kinds?: readonly string[];
  /** Drop hits less similar than this. */
  minScore?: number;
}

/**
 * Per-person memories searchable by meaning. Every call is scoped to one user id: nothing one
 * person's calls write is ever returned, changed or deleted by another person's calls.
 * Implementations: sqlite-vec in the SQLite file (the embedded default), `real[]` rows in
 * PostgreSQL, and ChromaDB.
 */
export interface VectorMemory {
  /** Which store holds the vectors, for logs and health checks. */
  readonly backend: 'sqlite-vec' | 'postgres' | 'chroma';
  /** Adds or replaces (by id) memories of one person. */
  add(userId: number, records: MemoryRecord | readonly MemoryRecord[]): Promise<void>;
  /** Up to `k` of this person's memories most similar to `text`, best first. */
  search(userId: number, text: string, k?: number, opts?: MemorySearchOptions): Promise<MemoryHit[]>;
  /** Removes one memory; false when this person had none with that id. */
  delete(userId: number, id: string): Promise<boolean>;
  /** All of this person's memories (optionally of one kind), ordered by id. */
  list(userId: number, kind?: string): Promise<MemoryRecord[]>;
  /** Forgets everything about this person; returns how many memories went. */
  clear(userId: number): Promise<number>;
  /** Releases connections; the memory is not used afterwards. */
  close(): Promise<void>;
}

/** Validates a user id and records before they reach a backend, so both reject the same input. */
export function checkRecords(userId: number, records: MemoryRecord | readonly MemoryRecord[]): MemoryRecord[] {
  checkUser(userId);
  const list = Array.isArray(records) ? [...(records as readonly MemoryRecord[])] : [records as MemoryRecord];
  for (const r of list) {
    if (!r.id || typeof r.id !== 'string') throw new TypeError('a memory needs a non-empty string id');
    if (typeof r.text !== 'string' || !r.text.trim()) throw new TypeError(`memory ${r.id} needs text`);
    if (!r.kind) throw new TypeError(`memory ${r.id} needs a kind`);
  }
  // The last write of an id wins, as it would with separate calls.
  return [...new Map(list.map((r) => [r.id, r])).values()];
}

/** Throws unless `userId` is a positive integer: a missing id must never widen a search to everyone. */
export function checkUser(userId: number): void {
  if (!Number.isSafeInteger(userId) || userId <= 0) throw new TypeError(`invalid user id ${String(userId)}`);
}
