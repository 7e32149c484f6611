/**
 * A time limit a test ends on cue instead of by the clock: `deadline` is what the LLM path takes
 * in place of AbortSignal.timeout; `expire()` aborts the signals it handed out.
 */
export function manualDeadline(): { deadline: (ms: number) => AbortSignal; expire(index?: number): void; asked: number[] } {
  const controllers: AbortController[] = [];
  const asked: number[] = [];
  return {
    asked,
    deadline(ms) {
      asked.push(ms);
      const c = new AbortController();
      controllers.push(c);
      return c.signal;
    },
    /** Ends the limit handed out `index`-th (0-based), or every one so far. */
    expire(index) {
      const which = index === undefined ? controllers : [controllers[index]!];
      for (const c of which) c.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    },
  };
}
