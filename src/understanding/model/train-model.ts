/**
 * `grocery-agent train`'s work: cross-validate, calibrate on the held-out folds, then train on
 * everything and write the model file. Deterministic: the folds and every shuffle come from fixed
 * seeds, the data comes in file and line order, and nothing reads the clock.
 *
 * Calibration is measured honestly: each fold's confidences are calibrated with a temperature
 * (and a proposal map) fitted on the other folds' held-out predictions only, and the expected
 * calibration error is taken over those. The model's own temperature and map are then fitted on
 * all held-out predictions.
 */
import { expectedCalibrationError, fitPlatt, fitTemperature, plattProbability, reliabilityTable } from './calibration.js';
import { augmentLines } from './augmentation.js';
import { chooseClasses } from './intent-label.js';
import { asStored, encodeWeights, MODEL_FORMAT, rounded, type NluModelFile, type ProposalCalibration, type TrainingFigures } from './model-file.js';
import { createPredictor, proposalSignals } from './nlu-model.js';
import { seededRandom, shuffleInPlace } from './prng.js';
import { trainTagger, type TaggerWeights } from './sequence-tagger.js';
import { classLogits, softmax, trainClassifier, type ClassifierWeights } from './softmax-regression.js';
import { TAGS } from './span-labels.js';
import { digestLines, prepareLines, type PreparedLine, type TrainingLine } from './training-data.js';
import type { ToolCall } from '../../tools/tool.js';

/** Fixed settings; changing one changes the committed model. */
export const TRAINING = {
  folds: 5,
  foldSeed: 7,
  classifier: { epochs: 16, seed: 11, l2: 1e-6, rate: 5, minCount: 1, minGradient: 1e-3 },
  tagger: { epochs: 8, seed: 13 },
  /** Copies of each line with spans (augmentation.ts): with names swapped, and one with names unknown. */
  augmentation: { swapped: 1, unknown: true, seed: 17 },
  classifierBits: 8,
  taggerBits: 16,
} as const;

/** What a labelled line expects and what a proposal gave, for the exact-match judge. */
export interface CallsAndAct {
  calls: ToolCall[];
  act?: string;
}

/** What training needs besides the lines. */
export interface TrainOptions {
  /** The evals' exact-match rule (evals/score-utterances.ts `isExactMatch`), so training scores proposals as the evals do. */
  isExact(expected: CallsAndAct, predicted: CallsAndAct): boolean;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** One line's prediction from the fold that held it out. */
interface HeldOutPrediction {
  fold: number;
  line: PreparedLine;
  logits: Float64Array;
  /** The true class's index, or -1 for a compound shape too rare to be a class. */
  label: number;
  weakest: number;
  /** The calls carry no argument. */
  bare: boolean;
  exact: boolean;
  built: boolean;
}

/** What training returns: the model file to write (its figures inside). */
export interface TrainResult {
  file: NluModelFile;
}

function trainWeights(given: readonly PreparedLine[], classes: readonly string[]): { classifier: ClassifierWeights; tagger: TaggerWeights } {
  const { swapped, unknown, seed } = TRAINING.augmentation;
  const lines = [...given, ...augmentLines(given, swapped, unknown, seed)];
  const classIndex = new Map(classes.map((c, i) => [c, i] as const));
  const examples = lines.filter((l) => classIndex.has(l.intent)).map((l) => ({ features: l.features, values: l.values, label: classIndex.get(l.intent)! }));
  const classifier = trainClassifier(examples, classes, TRAINING.classifier);
  const tagged = lines.filter((l) => l.tags !== undefined).map((l) => ({ features: l.tokenFeatures, tags: l.tags! }));
  const tagger = trainTagger(tagged, TRAINING.tagger);
  return { classifier, tagger };
}

/**
 * The tagger without the features whose weights are all zero once stored: most features only
 * ever stood on tokens the perceptron already tagged right, so they never moved. Dropping them
 * changes no decision and takes three quarters off the tagger's size.
 */
function withoutSilentFeatures(w: TaggerWeights): TaggerWeights {
  const T = TAGS.length;
  const kept = [...w.features].filter(([, id]) => w.emissions.subarray(id * T, id * T + T).some((v) => v !== 0));
  const emissions = new Float64Array(kept.length * T);
  kept.forEach(([, id], k) => emissions.set(w.emissions.subarray(id * T, id * T + T), k * T));
  return { features: new Map(kept.map(([f], k) => [f, k] as const)), emissions, transitions: w.transitions };
}

/** The weights exactly as the model file will hold them. */
function stored(w: { classifier: ClassifierWeights; tagger: TaggerWeights }): { classifier: ClassifierWeights; tagger: TaggerWeights } {
  return {
    classifier: { ...w.classifier, weights: asStored(w.classifier.weights, TRAINING.classifierBits), bias: Float64Array.from(w.classifier.bias, rounded) },
    tagger: withoutSilentFeatures({ ...w.tagger, emissions: asStored(w.tagger.emissions, TRAINING.taggerBits), transitions: Float64Array.from(w.tagger.transitions, rounded) }),
  };
}

/** Fold of each line: a seeded shuffle of the line numbers, dealt round-robin. */
function assignFolds(n: number): number[] {
  const order = shuffleInPlace(Array.from({ length: n }, (_, i) => i), seededRandom(TRAINING.foldSeed));
  const fold = new Array<number>(n);
  order.forEach((line, k) => (fold[line] = k % TRAINING.folds));
  return fold;
}

const NEUTRAL: ProposalCalibration = { weights: [1, 0, 0, 0], bias: 0, unbuilt: 0 };

function crossValidate(lines: readonly PreparedLine[], classes: readonly string[], opts: TrainOptions): HeldOutPrediction[] {
  const fold = assignFolds(lines.length);
  const classIndex = new Map(classes.map((c, i) => [c, i] as const));
  const out: HeldOutPrediction[] = [];
  for (let k = 0; k < TRAINING.folds; k++) {
    const w = stored(trainWeights(lines.filter((_, i) => fold[i] !== k), classes));
    const predictor = createPredictor({ ...w, temperature: 1, proposal: NEUTRAL });
    lines.forEach((line, i) => {
      if (fold[i] !== k) return;
      const proposal = predictor.proposeTokens(line.tokens);
      const expected = { calls: line.source.calls, ...(line.source.act ? { act: line.source.act } : {}) };
      out.push({
        fold: k, line, logits: classLogits(w.classifier, line.features, line.values), label: classIndex.get(line.intent) ?? -1, weakest: proposal.weakest, bare: proposal.bare,
        built: proposal.built, exact: opts.isExact(expected, { calls: proposal.calls, ...(proposal.act ? { act: proposal.act } : {}) }),
      });
    });
    opts.log?.(`  fold ${k + 1}/${TRAINING.folds} done`);
  }
  return out;
}

const argmax = (z: Float64Array) => z.reduce((best, v, c) => (v > z[best]! ? c : best), 0);

/** Temperature fitted on the predictions for which `use` holds. */
function temperatureOn(preds: readonly HeldOutPrediction[], use: (p: HeldOutPrediction) => boolean): number {
  const kept = preds.filter((p) => use(p) && p.label >= 0);
  return fitTemperature(kept.map((p) => p.logits), kept.map((p) => p.label));
}

/** The proposal calibration fitted on the predictions for which `use` holds, with their intents calibrated at `t`. */
function proposalMapOn(preds: readonly HeldOutPrediction[], use: (p: HeldOutPrediction) => boolean, t: (p: HeldOutPrediction) => number): ProposalCalibration {
  const kept = preds.filter((p) => use(p) && p.built);
  const unbuilt = preds.filter((p) => use(p) && !p.built);
  const map = fitPlatt(kept.map((p) => proposalSignals(Math.max(...softmax(p.logits, t(p))), p.weakest, p.bare)), kept.map((p) => p.exact));
  return { ...map, unbuilt: unbuilt.filter((p) => p.exact).length / Math.max(1, unbuilt.length) };
}

function figuresOf(preds: readonly HeldOutPrediction[], classes: readonly string[], lines: readonly PreparedLine[]): TrainingFigures {
  // Each fold calibrated by what the other folds' predictions say, never its own.
  const temps = Array.from({ length: TRAINING.folds }, (_, k) => temperatureOn(preds, (p) => p.fold !== k));
  const maps = Array.from({ length: TRAINING.folds }, (_, k) => proposalMapOn(preds, (p) => p.fold !== k, (p) => temps[p.fold]!));
  const intentConf = preds.map((p) => Math.max(...softmax(p.logits, temps[p.fold]!)));
  const intentRight = preds.map((p) => p.label >= 0 && argmax(p.logits) === p.label);
  const proposalConf = preds.map((p, i) => (p.built ? plattProbability(maps[p.fold]!, proposalSignals(intentConf[i]!, p.weakest, p.bare)) : maps[p.fold]!.unbuilt));
  const exact = preds.map((p) => p.exact);
  const perFile: TrainingFigures['perFile'] = {};
  preds.forEach((p, i) => {
    const row = (perFile[p.line.source.file] ??= { lines: 0, intent: 0, exact: 0 });
    row.lines++;
    row.intent += intentRight[i] ? 1 : 0;
    row.exact += exact[i] ? 1 : 0;
  });
  for (const row of Object.values(perFile)) (row.intent = rounded(row.intent / row.lines)), (row.exact = rounded(row.exact / row.lines));
  const share = (xs: readonly boolean[]) => rounded(xs.filter(Boolean).length / Math.max(1, xs.length));
  const table = (conf: number[], right: boolean[]) => reliabilityTable(conf, right).map((r) => ({ ...r, confidence: rounded(r.confidence), accuracy: rounded(r.accuracy) }));
  const classCounts: Record<string, number> = {};
  for (const c of classes) classCounts[c] = lines.filter((l) => l.intent === c).length;
  return {
    folds: TRAINING.folds,
    classCounts,
    rareShapes: lines.filter((l) => !classes.includes(l.intent)).length,
    unaligned: lines.filter((l) => l.tags === undefined).length,
    intent: {
      accuracy: share(intentRight), ece: rounded(expectedCalibrationError(intentConf, intentRight)), reliability: table(intentConf, intentRight),
      eceUncalibrated: rounded(expectedCalibrationError(preds.map((p) => Math.max(...softmax(p.logits))), intentRight)),
    },
    proposal: { exact: share(exact), ece: rounded(expectedCalibrationError(proposalConf, exact)), reliability: table(proposalConf, exact) },
    perFile: Object.fromEntries(Object.entries(perFile).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/**
 * Trains the model on `lines` (never a held-out file: the caller leaves those out).
 *
 * @example
 * const { file } = trainNluModel(lines, { isExact: isExactMatch, log: console.log });
 * writeFileSync('models/nlu.json', serializeModel(file));
 */
export function trainNluModel(lines: readonly TrainingLine[], opts: TrainOptions): TrainResult {
  const log = opts.log ?? (() => {});
  const prepared = prepareLines(lines);
  const classes = chooseClasses(prepared.map((l) => l.intent));
  log(`${prepared.length} lines, ${classes.length} intent classes; ${prepared.filter((l) => l.tags).length} lines tagged for spans`);
  log(`cross-validating (${TRAINING.folds} folds)`);
  const preds = crossValidate(prepared, classes, opts);
  const figures = figuresOf(preds, classes, prepared);
  const temperature = temperatureOn(preds, () => true);
  const proposal = proposalMapOn(preds, () => true, () => temperature);
  log('training on every line');
  const w = { ...stored(trainWeights(prepared, classes)), temperature, proposal };
  const cw = encodeWeights(w.classifier.weights, TRAINING.classifierBits);
  const tw = encodeWeights(w.tagger.emissions, TRAINING.taggerBits);
  const file: NluModelFile = {
    format: MODEL_FORMAT,
    trainedOn: { files: [...new Set(lines.map((l) => l.file))].sort(), lines: lines.length, digest: digestLines(lines) },
    classifier: { classes: [...classes], features: [...w.classifier.features.keys()], bits: TRAINING.classifierBits, scale: cw.scale, weights: cw.data, bias: [...w.classifier.bias], temperature: rounded(temperature) },
    tagger: { tags: [...TAGS], features: [...w.tagger.features.keys()], bits: TRAINING.taggerBits, scale: tw.scale, emissions: tw.data, transitions: [...w.tagger.transitions] },
    proposal: { weights: proposal.weights.map(rounded), bias: rounded(proposal.bias), unbuilt: rounded(proposal.unbuilt) },
    figures,
  };
  return { file };
}
