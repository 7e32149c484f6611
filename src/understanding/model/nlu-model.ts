/**
 * The statistical understanding at run time: an intent classifier and a span tagger loaded from
 * the trained model file, and the tool calls they propose. Pure and synchronous: after loading,
 * nothing reads the disk, and the work per message is linear in its length.
 */
import type { ToolCall } from '../../tools/tool.js';
import { tokenize } from '../engine/tokenizer.js';
import { indexVocabulary, type Vocabulary, type VocabularyIndex } from '../engine/vocabulary.js';
import { plattProbability } from './calibration.js';
import { featureValues, messageFeatures } from './features.js';
import { decodeWeights, describeModel, MODEL_FORMAT, readModelFile, storedInts, type ModelDescription, type NluModelFile, type ProposalCalibration, defaultModelPath } from './model-file.js';
import { proposeCalls } from './propose-calls.js';
import { decodeTags, type TaggerWeights } from './sequence-tagger.js';
import { classLogits, softmax, type ClassifierWeights, type StoredClassifierWeights } from './softmax-regression.js';
import { spansOf, TAGS, type Span } from './span-labels.js';
import { tokenFeatures } from './token-features.js';
import type { WorkMeter } from './work-meter.js';

/** The classifier's answer: the best intent, its calibrated probability, and every intent ranked. */
export interface IntentGuess {
  intent: string;
  confidence: number;
  ranked: { intent: string; p: number }[];
}

/** The tagger's answer: the tokens it read and the spans it marked (token indices, end exclusive). */
export interface TagResult {
  tokens: string[];
  spans: Span[];
}

/** Calls the model proposes for a message. */
export interface Proposal {
  calls: ToolCall[];
  /** Calibrated probability that `calls` (and `act`) are exactly what was meant. */
  confidence: number;
  intent: string;
  act?: string;
  /**
   * False when the intent's calls could not be built from the words (no item named, a tool the
   * model does not build such as remember_preference): `calls` is then empty and `confidence`
   * is how often that was right in cross-validation (low).
   */
  built: boolean;
}

/** The loaded model. */
export interface NluModel {
  classify(text: string, meter?: WorkMeter): IntentGuess;
  /** The spans, tagged for the intent the classifier picks (the tagger reads spans differently per intent). */
  tag(text: string, meter?: WorkMeter): TagResult;
  /** `vocabulary`: the catalog's words, so brands split off as the grammar splits them; indexed once per object. */
  propose(text: string, vocabulary?: Vocabulary | VocabularyIndex, meter?: WorkMeter): Proposal;
  /** What the model was trained on and its cross-validated figures (the file without its matrices). */
  readonly file: ModelDescription;
  /** The file it was read from, when it was read from one: understanding workers read the same file (a model made in memory has none, and gets no workers). */
  readonly path?: string;
}

/** The classifier and tagger weights a model file holds, ready to use. */
export interface ModelWeights {
  classifier: ClassifierWeights | StoredClassifierWeights;
  temperature: number;
  tagger: TaggerWeights;
  proposal: ProposalCalibration;
}

const indexOf = (names: readonly string[]) => new Map(names.map((n, i) => [n, i] as const));

/** Reads the weights out of a model file; the classifier's stay the stored 8-bit integers and their scale. */
export function weightsOf(file: NluModelFile): ModelWeights {
  if (file.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model`);
  if (file.tagger.tags.join() !== TAGS.join()) throw new Error('the model was trained with other span labels: run `npx grocery-agent train`');
  return {
    classifier: { classes: file.classifier.classes, features: indexOf(file.classifier.features), weights: storedInts(file.classifier.weights, file.classifier.bits), scale: file.classifier.scale, bias: Float64Array.from(file.classifier.bias) },
    temperature: file.classifier.temperature,
    tagger: { features: indexOf(file.tagger.features), emissions: decodeWeights(file.tagger.scale, file.tagger.emissions, file.tagger.bits), transitions: Float64Array.from(file.tagger.transitions) },
    proposal: file.proposal,
  };
}

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));

/**
 * The signals a proposal's confidence is read from: the intent's confidence, the tagger's weakest
 * marginal, and whether the calls carry anything read from the words. A proposal with no
 * arguments ("yes", "clear my list") is right exactly when its intent is, so it gets a slope of
 * its own on the intent's confidence.
 */
export function proposalSignals(intentConfidence: number, weakestTag: number, bare: boolean): number[] {
  const i = logit(intentConfidence);
  return [i, logit(weakestTag), bare ? 1 : 0, bare ? i : 0];
}

/** True when no call carries an argument (acts, `none`, "clear my list"). */
function bareCalls(calls: readonly ToolCall[]): boolean {
  return calls.every((c) => Object.keys(c.args).length === 0);
}

/** Classifies, tags and proposes over already-decoded weights; training uses this on each fold's weights. */
export function createPredictor(w: ModelWeights) {
  const empty = indexVocabulary({ itemPhrases: [], brands: [], categories: [] });
  const indexed = new WeakMap<Vocabulary, VocabularyIndex>();
  const vocabIndex = (v?: Vocabulary | VocabularyIndex): VocabularyIndex => {
    if (!v) return empty;
    if ('hasPhrase' in v) return v;
    let index = indexed.get(v);
    if (!index) indexed.set(v, (index = indexVocabulary(v)));
    return index;
  };
  const guess = (tokens: readonly string[], meter?: WorkMeter): IntentGuess => {
    const features = messageFeatures(tokens, meter);
    const p = softmax(classLogits(w.classifier, features, featureValues(features), meter), w.temperature);
    const ranked = w.classifier.classes.map((intent, c) => ({ intent, p: p[c]! })).sort((a, b) => b.p - a.p || (a.intent < b.intent ? -1 : 1));
    return { intent: ranked[0]!.intent, confidence: ranked[0]!.p, ranked };
  };
  const spans = (tokens: readonly string[], intent: string, meter?: WorkMeter) => {
    const { tags, weakest } = decodeTags(w.tagger, tokenFeatures(tokens, intent), meter);
    return { spans: spansOf(tokens, tags.map((t) => TAGS[t]!)), weakest };
  };
  return {
    guess,
    spans,
    proposeTokens(tokens: readonly string[], vocabulary?: Vocabulary | VocabularyIndex, meter?: WorkMeter): Proposal & { weakest: number; bare: boolean } {
      const intent = guess(tokens, meter);
      const tagged = spans(tokens, intent.intent, meter);
      const built = proposeCalls(intent.intent, tokens, tagged.spans, vocabIndex(vocabulary));
      const base = { intent: intent.intent, weakest: tagged.weakest };
      if (!built) return { ...base, calls: [], confidence: w.proposal.unbuilt, built: false, bare: true };
      const bare = bareCalls(built.calls);
      const confidence = plattProbability(w.proposal, proposalSignals(intent.confidence, tagged.weakest, bare));
      return { ...base, calls: built.calls, confidence, built: true, bare, ...(built.act ? { act: built.act } : {}) };
    },
  };
}

/**
 * The model from a parsed model file.
 *
 * @example
 * const model = createNluModel(JSON.parse(readFileSync('models/nlu.json', 'utf8')));
 * model.classify('could you pop some oat milk on my list').intent // 'add_to_list'
 */
export function createNluModel(file: NluModelFile): NluModel {
  const predictor = createPredictor(weightsOf(file));
  return {
    file: describeModel(file),
    classify: (text, meter) => predictor.guess(tokenize(text), meter),
    tag(text, meter) {
      const tokens = tokenize(text);
      return { tokens, spans: predictor.spans(tokens, predictor.guess(tokens, meter).intent, meter).spans };
    },
    propose(text, vocabulary, meter) {
      const { calls, confidence, intent, act, built } = predictor.proposeTokens(tokenize(text), vocabulary, meter);
      return { calls, confidence, intent, ...(act ? { act } : {}), built };
    },
  };
}

/** The committed model (models/nlu.json), or the file at `path`: read now, never again. */
export function loadNluModel(path = defaultModelPath()): NluModel {
  return { ...createNluModel(readModelFile(path)), path };
}
