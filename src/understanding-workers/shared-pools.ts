/**
 * Pools shared by the cores of one process: cores over the same vocabulary and model (the tests
 * build many, the CLI's `chat` one) use one set of workers instead of a set each, and the workers
 * stop when the last core that holds them lets go.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Vocabulary } from '../understanding/index.js';
import { createUnderstandingPool, type UnderstandingPool } from './pool.js';

interface Held {
  pool: UnderstandingPool;
  holders: number;
}

/** Pools by the model file they read, then by size and vocabulary. */
const byModel = new Map<string, Map<string, Held>>();

/** A pool held by one core: its workers' understanding, and `release` once the core stops. */
export interface HeldPool {
  understand: UnderstandingPool['understand'];
  /** Starts the workers, resolved once they are ready. */
  start(): Promise<void>;
  release(): Promise<void>;
}

/**
 * The process's pool of `size` workers over `vocabulary` and the model at `modelPath`, made on first use; none for a size of 0.
 *
 * @example
 * const held = holdUnderstandingPool({ size: 1, vocabulary, modelPath: model.path!, logger });
 * await held.understand('add milk', { onList: true, lines: true });
 * await held.release();
 */
export function holdUnderstandingPool(opts: { size: number; vocabulary: Vocabulary; modelPath: string; logger: Logger }): HeldPool | undefined {
  if (opts.size <= 0) return undefined;
  const pools = byModel.get(opts.modelPath) ?? new Map<string, Held>();
  byModel.set(opts.modelPath, pools);
  const key = `${opts.size}:${createHash('sha256').update(JSON.stringify(opts.vocabulary)).digest('hex')}`;
  let held = pools.get(key);
  if (!held) pools.set(key, (held = { pool: createUnderstandingPool(opts), holders: 0 }));
  held.holders++;
  const mine = held;
  let released = false;
  return {
    understand: (text, context) => mine.pool.understand(text, context),
    start: () => mine.pool.start(),
    async release() {
      if (released) return;
      released = true;
      if (--mine.holders > 0) return;
      if (pools.get(key) === mine) pools.delete(key);
      await mine.pool.close();
    },
  };
}
