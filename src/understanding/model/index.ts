/**
 * The statistical second opinion: an intent classifier (multinomial logistic regression over word
 * and character n-grams) and a span tagger (averaged-perceptron linear-chain tagger with BIO
 * tags), trained from evals/utterances by `grocery-agent train` into models/nlu.json, with
 * confidences calibrated on cross-validation folds. See docs/understanding.md, "The statistical
 * model".
 */
export { createNluModel, loadNluModel, type IntentGuess, type NluModel, type Proposal, type TagResult } from './nlu-model.js';
export { trainNluModel, TRAINING, type TrainOptions, type TrainResult } from './train-model.js';
export { defaultModelPath, readModelFile, serializeModel, type NluModelFile, type TrainingFigures } from './model-file.js';
export { intentOf, toolsOf } from './intent-label.js';
export { PROPOSABLE_TOOLS } from './call-builders.js';
export { SPAN_LABELS, type Span, type SpanLabel } from './span-labels.js';
export type { TrainingLine } from './training-data.js';
export type { WorkMeter } from './work-meter.js';
