import { describe, expect, it } from 'vitest';
import { defaultEvalsDir, loadUtterances, setKindOf } from '../../../evals/load-evals.js';
import { tokenize } from '../../../src/understanding/engine/tokenizer.js';
import { decodeWeights } from '../../../src/understanding/model/model-file.js';
import { createPredictor, weightsOf } from '../../../src/understanding/model/nlu-model.js';
import { loadNluModel, readModelFile } from '../../../src/understanding/model/index.js';

describe('the loaded model keeps its classifier as the stored 8-bit integers', () => {
  // A server holds the model for its whole life: integers and their scale are an eighth of the
  // memory of decoded doubles, and must not move a single prediction.
  it('ranks, classifies and proposes exactly as the decoded doubles do on every eval sentence', () => {
    const file = readModelFile();
    const stored = weightsOf(file);
    expect(stored.classifier.weights).toBeInstanceOf(Int8Array);
    const { classes, features, bias } = stored.classifier;
    const doubles = decodeWeights(file.classifier.scale, file.classifier.weights, file.classifier.bits);
    const fromInts = createPredictor(stored);
    const fromDoubles = createPredictor({ ...stored, classifier: { classes, features, bias, weights: doubles } });
    const texts = loadUtterances(defaultEvalsDir()).filter((l) => setKindOf(l.file) !== 'heldout').map((l) => l.text);
    expect(texts.length).toBeGreaterThan(1000);
    let differing = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      const a = fromInts.guess(tokens);
      const b = fromDoubles.guess(tokens);
      const sameRanking = a.ranked.every((r, i) => r.intent === b.ranked[i]!.intent && Object.is(r.p, b.ranked[i]!.p));
      const pa = fromInts.proposeTokens(tokens);
      const pb = fromDoubles.proposeTokens(tokens);
      if (!sameRanking || a.intent !== b.intent || !Object.is(pa.confidence, pb.confidence) || JSON.stringify(pa.calls) !== JSON.stringify(pb.calls)) differing++;
    }
    expect(differing).toBe(0);
  });

  it('keeps what the file says about itself, not its megabytes of matrix text', () => {
    const model = loadNluModel();
    expect(model.file.classifier.classes.length).toBeGreaterThan(10);
    expect(model.file.figures.folds).toBeGreaterThan(1);
    expect(JSON.stringify(model.file).length).toBeLessThan(100_000);
    expect(model.classify('add milk to my list').intent).toBe('add_to_list');
  });
});
