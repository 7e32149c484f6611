/**
 * One understanding worker thread (see pool.ts): the same offline understanding as the main
 * thread's, built over the vocabulary it is handed and the model file the main thread read, answering one message at a time.
 * The list is not here: a message whose reading asks about the list's lines ("eggs 18", "the first
 * thing") is answered `{ asked: 'list' }`, and the main thread reads it in the turn instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createUnderstanding, type Vocabulary } from '../understanding/index.js';
import { loadNluModel } from '../understanding/model/index.js';
import type { AheadRequest, AheadResponse } from './messages.js';

const { vocabulary, modelPath } = workerData as { vocabulary: Vocabulary; modelPath: string };
const { understand } = createUnderstanding({ vocabulary, model: loadNluModel(modelPath) });

/** Thrown by the list's stand-ins, so the reading stops at the first question about the list. */
const LIST_ASKED = Symbol('list asked');

parentPort!.postMessage({ ready: true } satisfies AheadResponse);

parentPort!.on('message', (req: AheadRequest) => {
  let asked = false;
  const ask = (): never => {
    asked = true;
    throw LIST_ASKED;
  };
  const { onList, lines, ...plain } = req.context;
  let res: AheadResponse;
  try {
    const result = understand(req.text, { ...plain, ...(onList ? { onList: ask } : {}), ...(lines ? { lines: ask } : {}) });
    // Asked even once (its throw caught inside the reading or not), the answer needs the real list.
    res = asked ? { id: req.id, asked: 'list' } : { id: req.id, result };
  } catch (err) {
    res = asked ? { id: req.id, asked: 'list' } : { id: req.id, failed: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(res);
});
