import { AppError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { normalizeVector } from './embedder.js';

/** Options for {@link createOllamaEmbedder}. */
export interface OllamaEmbedderOptions {
  /** Ollama's base URL, e.g. `http://localhost:11434`. */
  host: string;
  /** An embedding model Ollama has pulled, e.g. `nomic-embed-text`. */
  model: string;
  /** Deadline per request; Ollama may load the model on the first one, so it is generous. */
  timeoutMs?: number;
  /** Texts per request. */
  batchSize?: number;
}

interface EmbedResponse {
  embeddings?: unknown;
  error?: string;
}

/**
 * Embeddings from Ollama: `POST {host}/api/embed` with `{ model, input: [...] }`, answered by
 * `{ embeddings: [[...], ...] }`. Failures (Ollama down, model not pulled, a malformed answer)
 * throw `UPSTREAM_UNAVAILABLE` with the detail for the logs.
 *
 * @example
 * const e = createOllamaEmbedder({ host: 'http://localhost:11434', model: 'nomic-embed-text' });
 */
export function createOllamaEmbedder(opts: OllamaEmbedderOptions): Embedder {
  const url = new URL('/api/embed', opts.host).toString();
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const batchSize = opts.batchSize ?? 64;

  async function embedBatch(input: readonly string[]): Promise<Float32Array[]> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ model: opts.model, input }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `ollama embed at ${url}: ${(err as Error).message}`, cause: err });
    }
    const body = (await res.json().catch(() => ({}))) as EmbedResponse;
    if (!res.ok) {
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `ollama embed ${res.status} for model ${opts.model}: ${body.error ?? 'no detail'}` });
    }
    const vectors = body.embeddings;
    if (!Array.isArray(vectors) || vectors.length !== input.length || !vectors.every(isNumberArray)) {
      throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `ollama embed for model ${opts.model} answered without ${input.length} embeddings` });
    }
    return vectors.map((v) => normalizeVector(Float32Array.from(v)));
  }

  return {
    id: `ollama:${opts.model}`,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batchSize) out.push(...(await embedBatch(texts.slice(i, i + batchSize))));
      return out;
    },
  };
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}
