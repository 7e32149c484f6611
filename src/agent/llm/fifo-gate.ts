/** Lets `concurrency` holders through at once; the rest wait in arrival order. */
export interface FifoGate {
  /** Resolves with a release function once it is this caller's turn; rejects if `signal` aborts first. */
  enter(signal?: AbortSignal): Promise<() => void>;
}

/**
 * A first-come, first-served gate in front of the model: a message that asked first is answered
 * first, and a message whose time ran out while waiting never reaches the model.
 *
 * @example
 * const release = await gate.enter(signal);
 * try { await model.invoke(...) } finally { release(); }
 */
export function createFifoGate(concurrency: number): FifoGate {
  let inside = 0;
  const waiting: { admit: () => void }[] = [];
  const release = () => {
    inside -= 1;
    waiting.shift()?.admit();
  };
  const once = () => {
    let done = false;
    return () => {
      if (!done) (done = true), release();
    };
  };
  return {
    enter(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (inside < concurrency) {
        inside += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const entry = {
          admit: () => {
            signal?.removeEventListener('abort', onAbort);
            inside += 1;
            resolve(once());
          },
        };
        const onAbort = () => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
      });
    },
  };
}
