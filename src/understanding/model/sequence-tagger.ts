/**
 * A first-order linear-chain tagger: emission weights per (feature, tag), transition weights per
 * (previous tag, tag), Viterbi decoding with the BIO rule that `I-X` only follows `B-X` or `I-X`.
 * Trained as an averaged structured perceptron (Collins 2002). Decoding is linear in the number
 * of tokens (tokens x tags x tags), and a forward-backward pass over the same scores gives each
 * chosen tag's marginal weight, the tagger's own measure of how settled it is.
 */
import { seededRandom, shuffleInPlace } from './prng.js';
import { TAGS } from './span-labels.js';
import type { WorkMeter } from './work-meter.js';

const T = TAGS.length;

/** The weights a tagger decodes with. `emissions[f * T + t]`, `transitions[(prev + 1) * T + t]` (row 0: the start). */
export interface TaggerWeights {
  features: ReadonlyMap<string, number>;
  emissions: Float64Array;
  transitions: Float64Array;
}

/** May tag `t` follow tag `prev` (-1: the start)? */
function allowed(prev: number, t: number): boolean {
  const tag = TAGS[t]!;
  if (!tag.startsWith('I-')) return true;
  if (prev < 0) return false;
  const before = TAGS[prev]!;
  return before.slice(2) === tag.slice(2) && before !== 'O';
}
const ALLOWED: readonly boolean[] = Array.from({ length: (T + 1) * T }, (_, k) => allowed(Math.floor(k / T) - 1, k % T));

/** Emission scores, token by token: `out[i * T + t]`. */
function emissionScores(w: TaggerWeights, features: readonly (readonly string[])[], meter?: WorkMeter): Float64Array {
  const out = new Float64Array(features.length * T);
  features.forEach((fs, i) => {
    for (const f of fs) {
      const id = w.features.get(f);
      if (id === undefined) continue;
      for (let t = 0; t < T; t++) out[i * T + t]! += w.emissions[id * T + t]!;
    }
    if (meter) meter.steps += fs.length * T;
  });
  return out;
}

/** A sentence's features as weight rows: token i's rows are `ids[starts[i]..starts[i + 1])`. */
interface EncodedSentence {
  ids: Int32Array;
  starts: Int32Array;
  tags: readonly number[];
}

/** Emission scores of an encoded sentence (training: no string look-ups). */
function encodedScores(w: TaggerWeights, s: EncodedSentence): Float64Array {
  const n = s.tags.length;
  const out = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) {
      const row = s.ids[k]! * T;
      for (let t = 0; t < T; t++) out[i * T + t]! += w.emissions[row + t]!;
    }
  }
  return out;
}

/** The best tag sequence by Viterbi. */
function viterbi(w: TaggerWeights, scores: Float64Array, n: number, meter?: WorkMeter): number[] {
  if (n === 0) return [];
  const best = new Float64Array(n * T).fill(-Infinity);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) if (ALLOWED[t]) best[t] = w.transitions[t]! + scores[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = best[(i - 1) * T + p]! + w.transitions[(p + 1) * T + t]!;
        if (s > top) (top = s), (arg = p);
      }
      best[i * T + t] = top + scores[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  if (meter) meter.steps += n * T * T;
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + last]!) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/**
 * The smallest marginal, over the tokens, of the tag Viterbi chose: the scores read as the
 * potentials of a CRF. 1 when every token's tag is beyond doubt; near 0.5 or below when one
 * token could as well be tagged otherwise. Forward-backward in probability space, each step
 * rescaled to sum to 1 (so nothing overflows), with one exponential per token and tag.
 */
function weakestMarginal(w: TaggerWeights, scores: Float64Array, n: number, tags: readonly number[], meter?: WorkMeter): number {
  if (n === 0) return 1;
  const trans = Float64Array.from(w.transitions, (v, k) => (ALLOWED[k] ? Math.exp(v) : 0));
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, scores[i * T + t]!);
    for (let t = 0; t < T; t++) emit[i * T + t] = Math.exp(scores[i * T + t]! - max);
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const normalise = (a: Float64Array, at: number) => {
    let sum = 0;
    for (let t = 0; t < T; t++) sum += a[at + t]!;
    for (let t = 0; t < T; t++) a[at + t]! /= sum || 1;
  };
  for (let t = 0; t < T; t++) alpha[t] = trans[t]! * emit[t]!;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let p = 0; p < T; p++) sum += alpha[(i - 1) * T + p]! * trans[(p + 1) * T + t]!;
      alpha[i * T + t] = sum * emit[i * T + t]!;
    }
    normalise(alpha, i * T);
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += trans[(p + 1) * T + t]! * emit[(i + 1) * T + t]! * beta[(i + 1) * T + t]!;
      beta[i * T + p] = sum;
    }
    normalise(beta, i * T);
  }
  if (meter) meter.steps += 2 * n * T * T;
  let weakest = 1;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let t = 0; t < T; t++) z += alpha[i * T + t]! * beta[i * T + t]!;
    weakest = Math.min(weakest, z > 0 ? (alpha[i * T + tags[i]!]! * beta[i * T + tags[i]!]!) / z : 0);
  }
  return weakest;
}

/** Tags for one message's token features, and how settled the weakest of them is (0..1). */
export function decodeTags(w: TaggerWeights, features: readonly (readonly string[])[], meter?: WorkMeter): { tags: number[]; weakest: number } {
  const scores = emissionScores(w, features, meter);
  const tags = viterbi(w, scores, features.length, meter);
  return { tags, weakest: weakestMarginal(w, scores, features.length, tags, meter) };
}

/** One training sentence: each token's features and its gold tag index. */
export interface TaggedSentence {
  features: string[][];
  tags: number[];
}

/** How the tagger is trained. */
export interface TaggerTraining {
  epochs: number;
  seed: number;
}

/**
 * Trains the averaged perceptron: each epoch visits the sentences in a seeded shuffle, decodes,
 * and moves weights toward the gold tags where the decoding differs. The weights returned are
 * the average over every step, which generalises far better than the last ones.
 */
export function trainTagger(sentences: readonly TaggedSentence[], opts: TaggerTraining): TaggerWeights {
  const features = new Map<string, number>();
  const encoded: EncodedSentence[] = sentences.map((s) => {
    const ids: number[] = [];
    const starts = [0];
    for (const fs of s.features) {
      for (const f of fs) {
        let id = features.get(f);
        if (id === undefined) features.set(f, (id = features.size));
        ids.push(id);
      }
      starts.push(ids.length);
    }
    return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), tags: s.tags };
  });
  const w: TaggerWeights = { features, emissions: new Float64Array(features.size * T), transitions: new Float64Array((T + 1) * T) };
  const emissionSums = new Float64Array(features.size * T);
  const transitionSums = new Float64Array((T + 1) * T);
  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const k of shuffleInPlace(order, random)) {
      const s = encoded[k]!;
      const guess = viterbi(w, encodedScores(w, s), s.tags.length);
      for (let i = 0; i < s.tags.length; i++) {
        const gold = s.tags[i]!;
        const got = guess[i]!;
        const goldPrev = i === 0 ? -1 : s.tags[i - 1]!;
        const gotPrev = i === 0 ? -1 : guess[i - 1]!;
        if (gold === got && goldPrev === gotPrev) continue;
        for (const [tag, prev, d] of [[gold, goldPrev, 1], [got, gotPrev, -1]] as const) {
          const tr = (prev + 1) * T + tag;
          w.transitions[tr]! += d;
          transitionSums[tr]! += step * d;
          if (gold === got) continue;
          for (let j = s.starts[i]!; j < s.starts[i + 1]!; j++) {
            const at = s.ids[j]! * T + tag;
            w.emissions[at]! += d;
            emissionSums[at]! += step * d;
          }
        }
      }
      step++;
    }
  }
  for (let k = 0; k < w.emissions.length; k++) w.emissions[k] = w.emissions[k]! - emissionSums[k]! / step;
  for (let k = 0; k < w.transitions.length; k++) w.transitions[k] = w.transitions[k]! - transitionSums[k]! / step;
  return w;
}

/** Tag names to indices. */
export function tagIndex(tag: string): number {
  const i = TAGS.indexOf(tag);
  if (i < 0) throw new Error(`unknown tag ${tag}`);
  return i;
}
