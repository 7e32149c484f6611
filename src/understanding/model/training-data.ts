/**
 * Labelled lines read for training: tokens, intent, the classifier's features, and the tagger's
 * per-token features and tags (when every labelled name could be found in the text).
 */
import { createHash } from 'node:crypto';
import { tokenize } from '../engine/tokenizer.js';
import { featureValues, messageFeatures } from './features.js';
import { intentOf, type LabelledCall } from './intent-label.js';
import { alignTags } from './span-alignment.js';
import { tagIndex } from './sequence-tagger.js';
import { tokenFeatures } from './token-features.js';

/** One labelled line, as evals/utterances holds it. */
export interface TrainingLine {
  text: string;
  calls: LabelledCall[];
  act?: string;
  file: string;
  line: number;
}

/** A line ready for training. */
export interface PreparedLine {
  source: TrainingLine;
  tokens: string[];
  intent: string;
  features: string[];
  values: Float64Array;
  /** The tagger's features, with the labelled intent. */
  tokenFeatures: string[][];
  /** Gold tag indices; undefined when a labelled name is not among the tokens. */
  tags?: number[];
}

/** Reads each line once for both models. */
export function prepareLines(lines: readonly TrainingLine[]): PreparedLine[] {
  return lines.map((source) => {
    const tokens = tokenize(source.text);
    const tags = alignTags(tokens, source.calls);
    const features = messageFeatures(tokens);
    const intent = intentOf(source.calls, source.act);
    return {
      source,
      tokens,
      intent,
      features,
      values: featureValues(features),
      tokenFeatures: tokenFeatures(tokens, intent),
      ...(tags ? { tags: tags.map(tagIndex) } : {}),
    };
  });
}

/** A digest of the training lines (text and labels, in order), so a model can tell whether its data changed. */
export function digestLines(lines: readonly TrainingLine[]): string {
  const hash = createHash('sha256');
  for (const l of lines) hash.update(`${l.file}\u0000${l.text}\u0000${JSON.stringify(l.calls)}\u0000${l.act ?? ''}\n`);
  return hash.digest('hex').slice(0, 16);
}
