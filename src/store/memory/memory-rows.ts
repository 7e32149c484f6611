import type { MemoryMetadata, MemoryRecord } from './vector-memory.js';

/** A `memory_vectors` row as both engines' vector memories read it back (without its vector). */
export interface MemoryRow {
  id: string;
  kind: string;
  text: string;
  metadata: string;
}

/** A stored row as the record it was written from (no `metadata` key when it had none). */
export function recordOfRow(r: MemoryRow): MemoryRecord {
  const metadata = JSON.parse(r.metadata) as MemoryMetadata;
  return Object.keys(metadata).length ? { id: r.id, kind: r.kind, text: r.text, metadata } : { id: r.id, kind: r.kind, text: r.text };
}
