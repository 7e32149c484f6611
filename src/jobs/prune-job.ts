import type { JobDefinition } from './job.js';

/** What pruning needs: the dedupe's own prune, the window it keeps, and how many rows a step takes. */
export interface PruneDeps {
  /** Forgets at most `limit` handled messages older than `maxAgeMs`; returns how many went. */
  pruneHandled(maxAgeMs: number, limit: number): number;
  /** `DEDUPE_WINDOW_HOURS`: a message delivered again within it is answered, not run again. */
  windowMs: number;
  /** Rows one step deletes; chat turns run between steps. Default 2,000. */
  step?: number;
}

/**
 * Pruning: the ids of handled messages (kept so a message delivered twice runs once) are
 * forgotten once they are older than the dedupe window, so the table holds a window's worth of
 * turns instead of every turn ever. It deletes a few thousand rows at a time and lets the event
 * loop run between them, so a first prune of a large backlog does not hold up chat turns.
 * Conversations and undo need no pruning: each keeps a fixed number per conversation and per list.
 */
export function pruneJob(deps: PruneDeps, opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>): JobDefinition {
  const step = deps.step ?? 2_000;
  return {
    name: 'prune',
    runAtStart: true,
    ...opts,
    async run(ctx) {
      let handled = 0;
      for (;;) {
        const went = deps.pruneHandled(deps.windowMs, step);
        handled += went;
        if (went < step || ctx.signal.aborted) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { handledMessages: handled, windowHours: Math.round((deps.windowMs / 3_600_000) * 100) / 100 };
    },
  };
}
