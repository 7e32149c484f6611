/**
 * Making confidence mean the probability of being right, and measuring that it does.
 *
 * Temperature scaling (Guo et al. 2017) divides the classifier's logits by one number fitted on
 * predictions for lines the model was not trained on; it changes how sure the model is, never
 * which class wins. A small logistic map (Platt scaling) turns several signals into the
 * probability that a whole proposal is exactly right. Expected calibration error: predictions
 * grouped into ten equal-width confidence bins, the gap between mean confidence and accuracy in
 * each, weighted by the bin's share.
 */
import { logProbability } from './softmax-regression.js';

/** Mean negative log-likelihood of the true classes at temperature `t`. */
function nll(logits: readonly Float64Array[], labels: readonly number[], t: number): number {
  let sum = 0;
  logits.forEach((z, i) => (sum -= logProbability(z, labels[i]!, t)));
  return sum / Math.max(1, logits.length);
}

/**
 * The temperature (0.05 to 20) that makes the softmax of `logits` fit `labels` best, by
 * golden-section search on its logarithm (the likelihood has one optimum along it).
 */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  if (logits.length === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(logits, labels, Math.exp(a));
  let fb = nll(logits, labels, Math.exp(b));
  for (let k = 0; k < 60; k++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(logits, labels, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(logits, labels, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** One row of a reliability table: predictions with confidence in [from, to). */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  /** Mean confidence of the bin's predictions. */
  confidence: number;
  /** Share of them that were right. */
  accuracy: number;
}

/** Predictions grouped into `bins` equal-width confidence bins (the last includes 1). */
export function reliabilityTable(confidence: readonly number[], correct: readonly boolean[], bins = 10): ReliabilityBin[] {
  const rows = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, confidence: 0, accuracy: 0 }));
  confidence.forEach((c, i) => {
    const row = rows[Math.min(bins - 1, Math.floor(c * bins))]!;
    row.count++;
    row.confidence += c;
    row.accuracy += correct[i] ? 1 : 0;
  });
  for (const row of rows) if (row.count > 0) (row.confidence /= row.count), (row.accuracy /= row.count);
  return rows;
}

/** Expected calibration error over `bins` equal-width bins. */
export function expectedCalibrationError(confidence: readonly number[], correct: readonly boolean[], bins = 10): number {
  const n = confidence.length;
  if (n === 0) return 0;
  return reliabilityTable(confidence, correct, bins).reduce((sum, row) => sum + (row.count / n) * Math.abs(row.confidence - row.accuracy), 0);
}

/** A logistic map from a few signals to a probability. */
export interface PlattMap {
  weights: number[];
  bias: number;
}

/** The probability a Platt map gives `x`. */
export function plattProbability(map: PlattMap, x: readonly number[]): number {
  let z = map.bias;
  map.weights.forEach((w, k) => (z += w * x[k]!));
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits a Platt map by Newton's method (a handful of signals, so the Hessian is tiny), with a
 * little L2 so that signals that separate the data perfectly still get finite weights.
 */
export function fitPlatt(x: readonly (readonly number[])[], y: readonly boolean[], l2 = 1e-3): PlattMap {
  const d = (x[0]?.length ?? 0) + 1;
  const theta = new Array<number>(d).fill(0);
  const row = (i: number) => [...x[i]!, 1];
  for (let iter = 0; iter < 50; iter++) {
    const grad = theta.map((t) => l2 * t * x.length);
    const hess = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? l2 * x.length : 0)));
    for (let i = 0; i < x.length; i++) {
      const r = row(i);
      const p = 1 / (1 + Math.exp(-r.reduce((s, v, k) => s + v * theta[k]!, 0)));
      const g = p - (y[i] ? 1 : 0);
      const h = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        grad[a]! += g * r[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += h * r[a]! * r[b]!;
      }
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let a = 0; a < d; a++) (theta[a]! -= step[a]!), (moved = Math.max(moved, Math.abs(step[a]!)));
    if (moved < 1e-10) break;
  }
  return { weights: theta.slice(0, d - 1), bias: theta[d - 1]! };
}

/** Solves a small symmetric positive-definite system by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((r, i) => r[n]! / r[i]!);
}
