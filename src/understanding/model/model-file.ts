/**
 * The trained model as a file: JSON with the weight matrices as base64 16-bit integers (one scale
 * per matrix), so the whole model stays well under a few megabytes and the same training always
 * writes the same bytes. It lives in `models/nlu.json` at the repository root and is found from
 * `src/` (tests, tsx) and from the compiled `dist/` alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlattMap, ReliabilityBin } from './calibration.js';

/** Names the layout; a file of another format is refused rather than misread. */
export const MODEL_FORMAT = 'grocery-agent-nlu/1';
/** The file's name inside the `models` folder. */
export const MODEL_FILE_NAME = 'nlu.json';

/** Cross-validated figures, computed at training time and kept with the model. */
export interface TrainingFigures {
  folds: number;
  /** Lines per intent class. */
  classCounts: Record<string, number>;
  /** Lines whose compound shape was too rare to be a class (always counted wrong below). */
  rareShapes: number;
  /** Lines the tagger could not learn from: a labelled name is not among their words. */
  unaligned: number;
  /** `ece`: with each fold calibrated on the others; `eceUncalibrated`: the raw softmax, for comparison. */
  intent: { accuracy: number; ece: number; eceUncalibrated: number; reliability: ReliabilityBin[] };
  proposal: { exact: number; ece: number; reliability: ReliabilityBin[] };
  /** Per training file: lines, intent accuracy and exact proposals, on the folds each line was held out of. */
  perFile: Record<string, { lines: number; intent: number; exact: number }>;
}

/**
 * How sure a proposal is. `weights` and `bias` map the signals of `proposalSignals` (nlu-model.ts:
 * the intent's confidence, the tagger's weakest marginal, whether the calls are bare) to P(the
 * calls are exactly right); `unbuilt` is how often "no calls" was right when the intent's calls
 * could not be built from the words (the intent was wrong, and the message asked for nothing).
 */
export interface ProposalCalibration extends PlattMap {
  unbuilt: number;
}

/** The file, as JSON. */
export interface NluModelFile {
  format: string;
  trainedOn: { files: string[]; lines: number; digest: string };
  classifier: { classes: string[]; features: string[]; bits: WeightBits; scale: number; weights: string; bias: number[]; temperature: number };
  tagger: { tags: string[]; features: string[]; bits: WeightBits; scale: number; emissions: string; transitions: number[] };
  proposal: ProposalCalibration;
  figures: TrainingFigures;
}

/**
 * A model file without its matrices and feature names: what a loaded model keeps to describe
 * itself (its classes, what it was trained on, its figures), so the file's megabytes of text can go.
 */
export interface ModelDescription {
  format: string;
  trainedOn: NluModelFile['trainedOn'];
  classifier: Omit<NluModelFile['classifier'], 'features' | 'weights'>;
  tagger: Omit<NluModelFile['tagger'], 'features' | 'emissions'>;
  proposal: ProposalCalibration;
  figures: TrainingFigures;
}

/** {@link ModelDescription} of a model file. */
export function describeModel(file: NluModelFile): ModelDescription {
  const { features: _cf, weights: _w, ...classifier } = file.classifier;
  const { features: _tf, emissions: _e, ...tagger } = file.tagger;
  return { format: file.format, trainedOn: file.trainedOn, classifier, tagger, proposal: file.proposal, figures: file.figures };
}

/** Bits per stored weight: 8 for the classifier (its logits sum a hundred small terms, so rounding averages out), 16 for the tagger. */
export type WeightBits = 8 | 16;

const LARGEST: Readonly<Record<WeightBits, number>> = { 8: 127, 16: 32767 };

/** A float rounded to 7 significant digits, so the file does not hang on the last bits of a double. */
export function rounded(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(7));
}

/** The scale a matrix is stored with: its largest magnitude maps to the largest integer. */
function scaleOf(values: Float64Array, bits: WeightBits): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max === 0 ? 1 : rounded(max / LARGEST[bits]);
}

/** The matrix as stored: signed little-endian integers of `bits` bits in base64, and the scale. */
export function encodeWeights(values: Float64Array, bits: WeightBits): { scale: number; data: string } {
  const scale = scaleOf(values, bits);
  const top = LARGEST[bits];
  const bytes = Buffer.alloc((values.length * bits) / 8);
  values.forEach((v, i) => {
    const q = Math.max(-top, Math.min(top, Math.round(v / scale)));
    if (bits === 8) bytes.writeInt8(q, i);
    else bytes.writeInt16LE(q, i * 2);
  });
  return { scale, data: bytes.toString('base64') };
}

/** The matrix back from the file. */
export function decodeWeights(scale: number, data: string, bits: WeightBits): Float64Array {
  const bytes = Buffer.from(data, 'base64');
  const out = new Float64Array((bytes.length * 8) / bits);
  for (let i = 0; i < out.length; i++) out[i] = (bits === 8 ? bytes.readInt8(i) : bytes.readInt16LE(i * 2)) * scale;
  return out;
}

/** The matrix's stored integers, without decoding them: `ints[i] * scale` is what {@link decodeWeights} gives at `i`. */
export function storedInts(data: string, bits: WeightBits): Int8Array | Int16Array {
  const bytes = Buffer.from(data, 'base64');
  const out = bits === 8 ? new Int8Array(bytes.length) : new Int16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bits === 8 ? bytes.readInt8(i) : bytes.readInt16LE(i * 2);
  return out;
}

/** What a matrix will be once written and read back, so measurements use the weights the runtime will use. */
export function asStored(values: Float64Array, bits: WeightBits): Float64Array {
  const { scale, data } = encodeWeights(values, bits);
  return decodeWeights(scale, data, bits);
}

/**
 * The `models` folder at the repository (or installed package) root: the first folder above this
 * file that holds a package.json, whether this runs from `src/` or from the compiled `dist/src/`.
 */
export function defaultModelsDir(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'models');
    const up = dirname(dir);
    if (up === dir) return resolve(process.cwd(), 'models');
    dir = up;
  }
}

/** The committed model file's path. */
export function defaultModelPath(): string {
  return join(defaultModelsDir(), MODEL_FILE_NAME);
}

/** Reads and checks a model file. Throws naming the file when it is missing or of another format. */
export function readModelFile(path = defaultModelPath()): NluModelFile {
  if (!existsSync(path)) throw new Error(`NLU model not found at ${path}: run \`npx grocery-agent train\``);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<NluModelFile>;
  if (parsed.format !== MODEL_FORMAT) throw new Error(`${path} is not a ${MODEL_FORMAT} model (format ${String(parsed.format)}): run \`npx grocery-agent train\``);
  return parsed as NluModelFile;
}

/** The file's text: one JSON document and a final new line. */
export function serializeModel(file: NluModelFile): string {
  return `${JSON.stringify(file)}\n`;
}
