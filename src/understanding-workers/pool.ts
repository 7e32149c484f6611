/**
 * Understanding on the other cores: a pool of worker threads, each with its own copy of the
 * offline understanding (the catalog's vocabulary and the trained model), that reads a message
 * before its turn's transaction opens (docs/performance.md, "Both cores"). The main thread keeps
 * the sockets and every SQLite read and write; it only posts the text and the conversation's
 * plain context and gets the result back.
 *
 * Workers start on the first message (a CLI command that never runs a turn starts none), do not
 * keep the process alive, and are stopped by `close()`. Nothing waits for them: until a worker has
 * built its understanding, or while every worker has `MAX_IN_FLIGHT` messages in hand, a message is
 * answered `undefined` at once and its turn reads it itself. A worker that dies is replaced; what
 * it had in hand is answered `undefined` too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AheadContext, UnderstandingResult } from '../agent/ports.js';
import type { Logger } from '../logger.js';
import type { Vocabulary } from '../understanding/index.js';
import type { AheadRequest, AheadResponse } from './messages.js';

/** Options for {@link createUnderstandingPool}. */
export interface UnderstandingPoolOptions {
  /** How many worker threads (at least 1). */
  size: number;
  /** The vocabulary the main thread's understanding was built over. */
  vocabulary: Vocabulary;
  /** The trained model's file, which the main thread's model was read from. */
  modelPath: string;
  logger: Logger;
}

/** The pool as the agent uses it. */
export interface UnderstandingPool {
  /**
   * What the understanding makes of `text` in `context`, read on a worker; `undefined` when the
   * reading asked about the list's lines or the worker could not answer (the turn reads it then).
   */
  understand(text: string, context: AheadContext): Promise<UnderstandingResult | undefined>;
  /** Starts the workers (if not yet), resolved once each has built its understanding or stopped. */
  start(): Promise<void>;
  /** Stops the workers; messages in hand are answered `undefined`. */
  close(): Promise<void>;
}

/** Unasked-for worker exits after which the pool stops starting workers. */
const MAX_DEATHS = 3;

/** Messages one worker may have in hand (a stalled worker holds up no more turns than this); past that, the turn reads its message itself. */
const MAX_IN_FLIGHT = 64;

interface Slot {
  worker: Worker;
  /** Its understanding is built (it said so). */
  ready: boolean;
  /** Resolved once it is ready or has stopped. */
  settled: Promise<void>;
  inFlight: Map<number, (result: UnderstandingResult | undefined) => void>;
}

/**
 * A pool of `size` understanding workers.
 *
 * @example
 * const pool = createUnderstandingPool({ size: 1, vocabulary: catalog.vocabulary(), modelPath: model.path!, logger });
 * await pool.understand('add 2 milk', { onList: true, lines: true }); // { calls: [{ name: 'add_to_list', ... }], confidence: 0.95 }
 * await pool.close();
 */
export function createUnderstandingPool(opts: UnderstandingPoolOptions): UnderstandingPool {
  const script = workerScript();
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let warned = false;
  /** Workers that stopped without being asked to; past a few, the pool gives up and the turns read on. */
  let deaths = 0;

  const start = (): Slot => {
    const worker = new Worker(script!, { workerData: { vocabulary: opts.vocabulary, modelPath: opts.modelPath } });
    worker.unref();
    let settle!: () => void;
    const slot: Slot = { worker, ready: false, settled: new Promise((resolve) => (settle = resolve)), inFlight: new Map() };
    worker.on('message', (res: AheadResponse) => {
      if ('ready' in res) {
        slot.ready = true;
        settle();
        return;
      }
      const done = slot.inFlight.get(res.id);
      slot.inFlight.delete(res.id);
      if ('failed' in res) opts.logger.warn({ err: res.failed }, 'understanding worker failed on a message; read in the turn');
      done?.('result' in res ? res.result : undefined);
    });
    worker.on('error', (err) => opts.logger.error({ err }, 'understanding worker failed'));
    worker.on('exit', () => {
      settle();
      if (!closed && ++deaths >= MAX_DEATHS) {
        closed = true;
        opts.logger.error({ deaths }, 'understanding workers keep stopping; understanding stays on the main thread');
      }
      for (const done of slot.inFlight.values()) done(undefined);
      slot.inFlight.clear();
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
    });
    return slot;
  };

  const startAll = () => {
    while (!closed && script && slots.length < opts.size) slots.push(start());
  };

  /** The ready worker with the least in hand, if one has room; starts the pool's workers on first use. */
  const pick = (): Slot | undefined => {
    startAll();
    let best: Slot | undefined;
    for (const s of slots) if (s.ready && s.inFlight.size < MAX_IN_FLIGHT && (!best || s.inFlight.size < best.inFlight.size)) best = s;
    return best;
  };

  return {
    understand(text, context) {
      if (closed || !script) {
        if (!script && !warned) {
          warned = true;
          opts.logger.warn('understanding workers: no compiled worker script (run `npm run build`); understanding stays on the main thread');
        }
        return Promise.resolve(undefined);
      }
      const slot = pick();
      if (!slot) return Promise.resolve(undefined);
      const id = nextId++;
      return new Promise((resolve) => {
        slot.inFlight.set(id, resolve);
        const req: AheadRequest = { id, text, context };
        slot.worker.postMessage(req);
      });
    },
    async start() {
      startAll();
      await Promise.all(slots.map((s) => s.settled));
    },
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

/**
 * The compiled worker next to this file; when running from the TypeScript sources (the tests),
 * the build's copy in dist/ (`npm test` builds first). Undefined when there is none.
 */
function workerScript(): URL | undefined {
  const here = fileURLToPath(import.meta.url);
  const name = 'understanding-worker.js';
  const file = here.endsWith('.ts') ? path.resolve(path.dirname(here), '../../dist/src/understanding-workers', name) : path.join(path.dirname(here), name);
  return existsSync(file) ? pathToFileURL(file) : undefined;
}
