/**
 * Multinomial logistic regression over sparse features: one weight per (feature, class) and a
 * bias per class. Each message's feature values come scaled to unit length (features.ts), so
 * words the model never saw still dilute what it knows. Trained by stochastic gradient descent
 * with L2 regularisation, in a seeded order.
 */
import { seededRandom, shuffleInPlace } from './prng.js';
import type { WorkMeter } from './work-meter.js';

/** What the classifier decides with. `weights[f * classes.length + c]`. */
export interface ClassifierWeights {
  classes: readonly string[];
  features: ReadonlyMap<string, number>;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * The classifier as read from its model file: the stored integers and the scale they were stored
 * with (weight = integer * scale, the same double {@link ClassifierWeights} would hold after
 * decoding), an eighth of the memory of decoded doubles for the same predictions.
 */
export interface StoredClassifierWeights extends Omit<ClassifierWeights, 'weights'> {
  weights: Int8Array | Int16Array;
  scale: number;
}

/** One training example: its distinct features, their values, and the index of its class. */
export interface ClassExample {
  features: readonly string[];
  values: Float64Array;
  label: number;
}

/** How the classifier is trained. */
export interface ClassifierTraining {
  epochs: number;
  seed: number;
  /** L2 strength per example seen. */
  l2: number;
  /** The learning rate at the start; it decays as 1 / (1 + rate * l2 * t). */
  rate: number;
  /** Features seen in fewer examples than this are left out. */
  minCount: number;
  /**
   * Classes whose gradient for an example is smaller than this are not updated for it: after a
   * few epochs most classes are near-certainly wrong for most examples, and skipping them makes
   * training several times faster for no measurable loss.
   */
  minGradient: number;
}

/** The class scores (logits) of a message's features. */
export function classLogits(w: ClassifierWeights | StoredClassifierWeights, features: readonly string[], values: Float64Array, meter?: WorkMeter): Float64Array {
  const C = w.classes.length;
  // Decoded doubles times 1 are themselves, so both kinds of weights give the same logits.
  const scale = 'scale' in w ? w.scale : 1;
  const weights = w.weights;
  const out = Float64Array.from(w.bias);
  features.forEach((f, k) => {
    const id = w.features.get(f);
    if (id === undefined) return;
    const value = values[k]!;
    for (let c = 0; c < C; c++) out[c]! += value * (weights[id * C + c]! * scale);
  });
  if (meter) meter.steps += features.length * C;
  return out;
}

/** Softmax of `logits / temperature`, written into `out` (a new array when left out). */
export function softmax(logits: Float64Array, temperature = 1, out = new Float64Array(logits.length)): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) if (logits[c]! > max) max = logits[c]!;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += out[c] = Math.exp((logits[c]! - max) / temperature);
  for (let c = 0; c < out.length; c++) out[c]! /= sum;
  return out;
}

/** log softmax(logits / temperature)[c]: the log-probability of one class, without building the others. */
export function logProbability(logits: Float64Array, c: number, temperature = 1): number {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) if (logits[k]! > max) max = logits[k]!;
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += Math.exp((logits[k]! - max) / temperature);
  return (logits[c]! - max) / temperature - Math.log(sum);
}

/**
 * Trains the classifier. Features are numbered in the order first seen (examples in the order
 * given), so the same data in the same order always gives the same weights.
 */
export function trainClassifier(examples: readonly ClassExample[], classes: readonly string[], opts: ClassifierTraining): ClassifierWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = new Map<string, number>();
  for (const [f, n] of counts) if (n >= opts.minCount) features.set(f, features.size);
  const C = classes.length;
  const v = new Float64Array(features.size * C);
  const bias = new Float64Array(C);
  // The weights are scale * v: L2 shrinks every weight each step, done by shrinking `scale` alone.
  let scale = 1;
  const encoded = examples.map((e) => {
    const kept = e.features.map((f, k) => [features.get(f), e.values[k]!] as const).filter(([id]) => id !== undefined);
    return { ids: Int32Array.from(kept, ([id]) => id!), values: Float64Array.from(kept, ([, v]) => v), label: e.label };
  });
  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  const z = new Float64Array(C);
  const p = new Float64Array(C);
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const k of shuffleInPlace(order, random)) {
      const { ids, values, label } = encoded[k]!;
      const rate = opts.rate / (1 + opts.rate * opts.l2 * t++);
      z.set(bias);
      for (let j = 0; j < ids.length; j++) {
        const row = ids[j]! * C;
        const x = scale * values[j]!;
        for (let c = 0; c < C; c++) z[c]! += x * v[row + c]!;
      }
      softmax(z, 1, p);
      scale *= 1 - rate * opts.l2;
      for (let c = 0; c < C; c++) {
        const g = p[c]! - (c === label ? 1 : 0);
        if (Math.abs(g) < opts.minGradient) continue;
        bias[c]! -= rate * g;
        const step = (rate * g) / scale;
        for (let j = 0; j < ids.length; j++) v[ids[j]! * C + c]! -= step * values[j]!;
      }
      if (scale < 1e-6) {
        for (let k2 = 0; k2 < v.length; k2++) v[k2]! *= scale;
        scale = 1;
      }
    }
  }
  for (let k = 0; k < v.length; k++) v[k]! *= scale;
  return { classes, features, weights: v, bias };
}
