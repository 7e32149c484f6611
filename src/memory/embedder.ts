import { createLocalEmbedder } from './local-embedder.js';
import { createOllamaEmbedder } from './ollama-embedder.js';

/**
 * Turns texts into unit-length vectors. Every vector memory takes one; which one is a deployment
 * choice (see {@link createEmbedder}).
 */
export interface Embedder {
  /**
   * Names the vector space, e.g. `local-ngram-256` or `ollama:nomic-embed-text`. Vectors from
   * different ids are never compared; memories written under another id are re-embedded.
   */
  readonly id: string;
  /** One L2-normalised vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Options for {@link createEmbedder}, named after the config they come from. */
export interface EmbedderOptions {
  /** `OLLAMA_HOST`, e.g. `http://localhost:11434`. */
  ollamaHost?: string;
  /** `OLLAMA_EMBED_MODEL`, e.g. `nomic-embed-text`. Without it the local embedder is used. */
  embedModel?: string;
  /** Per-request deadline for Ollama, in milliseconds. */
  timeoutMs?: number;
}

/**
 * The configured embedder: Ollama's `/api/embed` when both a host and an embedding model are
 * given, otherwise the local deterministic embedder (no model, no network). Nothing connects
 * until the first `embed` call.
 *
 * @example
 * const embedder = createEmbedder({ ollamaHost: config.ollama?.host, embedModel: config.ollama?.embedModel });
 */
export function createEmbedder(opts: EmbedderOptions = {}): Embedder {
  if (opts.ollamaHost && opts.embedModel) {
    return createOllamaEmbedder({ host: opts.ollamaHost, model: opts.embedModel, timeoutMs: opts.timeoutMs });
  }
  return createLocalEmbedder();
}

/** Scales a vector to unit length in place (a zero vector stays zero); returns it. */
export function normalizeVector(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

/** Cosine similarity of two unit vectors (their dot product). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
