import type { Collection, EmbeddingFunction, Metadata, Where } from 'chromadb';
import { AppError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { checkRecords, checkUser, type MemoryHit, type MemoryMetadata, type MemoryRecord, type VectorMemory } from '../store/memory/index.js';

/** Options for {@link createChromaVectorMemory}. */
export interface ChromaVectorMemoryOptions {
  /** `CHROMA_URL`, e.g. `http://localhost:8000`. */
  url: string;
  embedder: Embedder;
  /** Collection name prefix; the embedder id is appended so spaces never mix. */
  collectionPrefix?: string;
  /** How long one call may take before it counts as unavailable (a server that accepts but never answers). */
  timeoutMs?: number;
}

/**
 * Vector memory in a ChromaDB server. Vectors always come from our {@link Embedder}: the
 * collection is created with an embedding function wrapping it (so Chroma never loads its
 * default model) and every add and query passes embeddings explicitly. One collection per
 * embedder, cosine space; each record carries `userId` in its metadata and its Chroma id is
 * prefixed with the user id, and every read, count and delete filters on both.
 *
 * Nothing connects until the first call; a failed connection is retried on the next call and
 * surfaces as `UPSTREAM_UNAVAILABLE`.
 *
 * @example
 * const memory = createChromaVectorMemory({ url: 'http://localhost:8000', embedder });
 */
export function createChromaVectorMemory(opts: ChromaVectorMemoryOptions): VectorMemory {
  const { embedder } = opts;
  const name = collectionName(opts.collectionPrefix ?? 'grocery-memory', embedder.id);
  const timeoutMs = opts.timeoutMs ?? 5000;
  let pending: Promise<Collection> | undefined;

  const collection = () => {
    pending ??= withDeadline(connect(opts.url, name, embedder), timeoutMs).catch((err: unknown) => {
      pending = undefined;
      throw unavailable(opts.url, err);
    });
    return pending;
  };
  const call = async <T>(fn: (c: Collection) => Promise<T>): Promise<T> => {
    const c = await collection();
    try {
      return await withDeadline(fn(c), timeoutMs);
    } catch (err) {
      throw unavailable(opts.url, err);
    }
  };
  const ownedIds = (userId: number, ids?: readonly string[]) =>
    call(async (c) => (await c.get({ ...(ids ? { ids: ids.map((id) => chromaId(userId, id)) } : {}), where: { userId }, include: [] })).ids);

  return {
    backend: 'chroma',
    async add(userId, records) {
      const list = checkRecords(userId, records);
      if (list.length === 0) return;
      const vectors = await embedder.embed(list.map((r) => r.text));
      await call((c) =>
        c.upsert({
          ids: list.map((r) => chromaId(userId, r.id)),
          embeddings: vectors.map((v) => Array.from(v)),
          documents: list.map((r) => r.text),
          metadatas: list.map((r): Metadata => ({ userId, id: r.id, kind: r.kind, meta: JSON.stringify(r.metadata ?? {}) })),
        }),
      );
    },
    async search(userId, text, k = 5, searchOpts = {}) {
      checkUser(userId);
      if (!text.trim() || k <= 0) return [];
      const [query] = await embedder.embed([text]);
      const kinds = searchOpts.kinds ?? [];
      const where: Where = kinds.length ? { $and: [{ userId }, { kind: { $in: [...kinds] } }] } : { userId };
      const result = await call((c) =>
        c.query({ queryEmbeddings: [Array.from(query!)], nResults: Math.floor(k), where, include: ['documents', 'metadatas', 'distances'] }),
      );
      const min = searchOpts.minScore ?? -Infinity;
      const hits: MemoryHit[] = [];
      result.ids[0]?.forEach((_, i) => {
        const meta = result.metadatas[0]?.[i];
        // The where clause already scopes by user; checking again costs nothing and guards isolation.
        if (!meta || meta.userId !== userId) return;
        const score = 1 - (result.distances[0]?.[i] ?? 2);
        if (score >= min) hits.push({ ...fromChroma(meta, result.documents[0]?.[i] ?? ''), score });
      });
      return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    },
    async delete(userId, id) {
      checkUser(userId);
      const ids = await ownedIds(userId, [id]);
      if (ids.length === 0) return false;
      await call((c) => c.delete({ ids, where: { userId } }));
      return true;
    },
    async list(userId, kind) {
      checkUser(userId);
      const where: Where = kind ? { $and: [{ userId }, { kind }] } : { userId };
      const result = await call((c) => c.get({ where, include: ['documents', 'metadatas'] }));
      const records: MemoryRecord[] = [];
      result.ids.forEach((_, i) => {
        const meta = result.metadatas[i];
        if (meta && meta.userId === userId) records.push(fromChroma(meta, result.documents[i] ?? ''));
      });
      return records.sort((a, b) => a.id.localeCompare(b.id));
    },
    async clear(userId) {
      checkUser(userId);
      const ids = await ownedIds(userId);
      if (ids.length) await call((c) => c.delete({ ids, where: { userId } }));
      return ids.length;
    },
    async close() {
      pending = undefined;
    },
  };
}

async function connect(url: string, name: string, embedder: Embedder): Promise<Collection> {
  // Loaded on the first call: a server without CHROMA_URL never holds the client in memory.
  const { ChromaClient } = await import('chromadb');
  const u = new URL(url);
  const ssl = u.protocol === 'https:';
  const client = new ChromaClient({ host: u.hostname, port: u.port ? Number(u.port) : ssl ? 443 : 80, ssl });
  return client.getOrCreateCollection({
    name,
    embeddingFunction: wrap(embedder),
    configuration: { hnsw: { space: 'cosine' } },
    metadata: { embedder: embedder.id },
  });
}

/** Our embedder in Chroma's shape. It has no `getConfig`, so Chroma records it as "legacy" and never swaps in its default model. */
function wrap(embedder: Embedder): EmbeddingFunction {
  return { generate: async (texts) => (await embedder.embed(texts)).map((v) => Array.from(v)) };
}

/** Chroma names allow 3-512 of [a-zA-Z0-9._-], starting and ending alphanumeric. */
function collectionName(prefix: string, embedderId: string): string {
  return `${prefix}-${embedderId}`.replace(/[^a-zA-Z0-9._-]+/g, '_').replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9]+$/g, '').slice(0, 512);
}

function chromaId(userId: number, id: string): string {
  return `${userId}:${id}`;
}

function fromChroma(meta: Metadata, text: string): MemoryRecord {
  const metadata = JSON.parse(String(meta.meta ?? '{}')) as MemoryMetadata;
  const base = { id: String(meta.id), kind: String(meta.kind), text };
  return Object.keys(metadata).length ? { ...base, metadata } : base;
}

/** Rejects when `work` has not settled within `ms` (the request itself is left to finish or fail). */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function unavailable(url: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('UPSTREAM_UNAVAILABLE', { detail: `chroma at ${url}: ${(err as Error)?.message ?? String(err)}`, cause: err });
}
