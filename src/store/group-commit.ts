import type { SqlConnection } from './sql.js';

/** Runs work in a shared write transaction; see {@link createGroupCommit}. */
export interface GroupCommit {
  /**
   * Runs `work` in the next shared write transaction, as a savepoint of its own, and resolves
   * with its result once that transaction has committed (rejects with what `work` threw, its
   * writes undone, or with the error that kept the transaction from committing).
   */
  run<T>(work: () => T): Promise<T>;
}

/** Options for {@link createGroupCommit}. */
export interface GroupCommitOptions {
  /** Most pieces of work one transaction takes; the rest go in the next. */
  maxBatch?: number;
}

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

/** Milliseconds since the last commit after which the loop counts as quiet. */
const QUIET_MS = 2;

/**
 * Group commit: every piece of work submitted during one pass of the event loop (the chat
 * messages read in it, say; on a quiet loop, a lone message right away) runs in one
 * transaction (BEGIN IMMEDIATE ... COMMIT on SQLite), each piece in its own savepoint. One commit writes the pages the
 * turns share (index roots, the last page of the turns table) once instead of once each, and
 * costs one commit instead of one per turn. Durability is unchanged: nobody hears "done" (the promise resolves)
 * before the commit that holds their work. One piece that throws has only its own writes undone;
 * a transaction that cannot start or commit (another process holds the lock) fails every piece
 * in it, none applied.
 *
 * @example
 * const group = createGroupCommit(sqliteConnection(db));
 * const reply = await group.run(() => { lists.addItems(...); return 'added'; });
 */
export function createGroupCommit(conn: SqlConnection, opts: GroupCommitOptions = {}): GroupCommit {
  const maxBatch = opts.maxBatch ?? 64;
  const queue: Job[] = [];
  let scheduled = false;

  // The batch's transaction, with each piece in a savepoint of its own (a nested transaction).
  const batch = (jobs: readonly Job[]): Outcome[] =>
    conn.transaction(() =>
      jobs.map((job): Outcome => {
        try {
          return { ok: true, value: conn.transaction(job.work) };
        } catch (err) {
          return { ok: false, err };
        }
      }),
    );

  // How the last commit went: a lone message on a quiet loop does not wait for the loop's pass.
  let lastBatch = 0;
  let lastFlushAt = -Infinity;

  const flush = () => {
    scheduled = false;
    const jobs = queue.splice(0, maxBatch);
    lastBatch = jobs.length;
    if (queue.length > 0) schedule();
    let outcomes: Outcome[];
    try {
      outcomes = batch(jobs);
    } catch (err) {
      for (const job of jobs) job.reject(err);
      return;
    } finally {
      lastFlushAt = performance.now();
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.err);
    });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // While messages keep coming, after the poll phase: every message read in this pass of the
    // loop has queued its work by then. A message alone on a quiet loop (the last commit held one
    // turn, a while ago) is committed as soon as the task that asked is done, instead of waiting
    // out the rest of the pass (0.2-0.4 ms at a person's pace).
    if (lastBatch <= 1 && performance.now() - lastFlushAt > QUIET_MS) queueMicrotask(flush);
    else setImmediate(flush);
  };

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}
