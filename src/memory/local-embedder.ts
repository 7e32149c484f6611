import type { Embedder } from './embedder.js';
import { normalizeVector } from './embedder.js';

/** The local embedder: {@link Embedder} plus a synchronous form for hot paths. */
export interface LocalEmbedder extends Embedder {
  readonly dimensions: number;
  embedSync(text: string): Float32Array;
}

// Words that say nothing about groceries; dropping them keeps "I am allergic to peanuts" close to "peanuts".
const STOPWORDS = new Set([
  'a', 'an', 'the', 'to', 'of', 'and', 'or', 'for', 'with', 'in', 'on', 'at', 'by', 'my', 'i', 'im', 'me', 'is', 'am',
  'are', 'be', 'it', 'its', 'that', 'this', 'we', 'our', 'you', 'your', 'some', 'any', 'please', 'very', 'really', 'so',
]);

/**
 * A deterministic embedder that needs no model: each word (singularised, so "peanut" and "peanuts"
 * are one word), the character trigrams of each word (so typos and compounds stay close) and each
 * word pair are hashed with a sign bit into `dimensions` buckets, then L2-normalised. It captures
 * spelling, not meaning: "milk" is near "oat milk", not near "dairy". Ollama embeddings do better
 * on meaning when configured.
 *
 * @example
 * const e = createLocalEmbedder();
 * const [a, b] = await e.embed(['allergic to peanuts', 'peanut butter']);
 */
export function createLocalEmbedder(opts: { dimensions?: number } = {}): LocalEmbedder {
  const dimensions = opts.dimensions ?? 256;
  const embedSync = (text: string): Float32Array => {
    const v = new Float32Array(dimensions);
    const words = tokens(text);
    for (const w of words) {
      add(v, `w:${w}`, 1);
      const grams = trigrams(w);
      // The trigrams of a word together weigh as much as the word itself.
      const each = 1 / Math.sqrt(grams.length);
      for (const g of grams) add(v, `g:${g}`, each);
    }
    for (let i = 1; i < words.length; i++) add(v, `b:${words[i - 1]} ${words[i]}`, 0.5);
    return normalizeVector(v);
  };
  return {
    id: `local-ngram-${dimensions}`,
    dimensions,
    embedSync,
    embed: async (texts) => texts.map(embedSync),
  };
}

/** Lower-cased, accent-folded, singular words without stopwords. */
function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9%]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .map(singular);
}

function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function trigrams(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Feature hashing: FNV-1a picks the bucket, one more bit picks the sign so collisions cancel out on average. */
function add(v: Float32Array, feature: string, weight: number): void {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  const bucket = h % v.length;
  const sign = (h >>> 31) & 1 ? -1 : 1;
  v[bucket]! += sign * weight;
}
