import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultEvalsDir, loadUtterances, setKindOf } from '../../../evals/load-evals.js';
import { isExactMatch } from '../../../evals/score-utterances.js';
import { defaultModelPath, readModelFile, serializeModel, trainNluModel } from '../../../src/understanding/model/index.js';

describe('the committed model (models/nlu.json)', () => {
  // Training is seeded and reads the data in file order, so the same data and code always give
  // the same bytes; a model that drifted from its data would be measured against the wrong thing.
  it('is byte for byte what `grocery-agent train` produces from the current evals', () => {
    const lines = loadUtterances(defaultEvalsDir()).filter((l) => setKindOf(l.file) !== 'heldout');
    const committed = readModelFile();
    const { file } = trainNluModel(lines, { isExact: isExactMatch });
    const why = committed.trainedOn.digest !== file.trainedOn.digest
      ? 'the eval data changed since the model was trained'
      : 'the training code changed since the model was trained';
    expect(serializeModel(file) === readFileSync(defaultModelPath(), 'utf8'), `${why}: run \`npx grocery-agent train\` and commit models/nlu.json`).toBe(true);
  }, 300_000);

  it('never learned from a held-out file and is a few megabytes at most', () => {
    const file = readModelFile();
    expect(file.trainedOn.files.filter((f) => setKindOf(f) === 'heldout')).toEqual([]);
    expect(file.trainedOn.files).toContain('real-dev.jsonl');
    expect(readFileSync(defaultModelPath()).length).toBeLessThan(3 * 1024 * 1024);
  });
});
