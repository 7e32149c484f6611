import type { LlmRunner } from '../ports.js';
// Only the type: the module itself (and LangChain with it) is loaded by lazyLlmAgent, when called.
import type { LlmAgentOptions } from './create-llm-agent.js';

/**
 * The LLM path behind a runner that loads LangChain on creation, in the background, so a server
 * without OLLAMA_HOST never loads it and one with it rarely waits for it on the first turn (and
 * never past the message's time limit, which counts from its arrival).
 * createCore stays synchronous for the CLI and tests.
 */
export function lazyLlmAgent(opts: LlmAgentOptions): LlmRunner {
  const agent = import('./index.js').then((m) => m.createLlmAgent(opts));
  agent.catch((err: unknown) => opts.logger.error({ err }, 'LLM path could not be loaded; answering offline'));
  const deadlineOf = opts.deadline ?? ((ms: number) => AbortSignal.timeout(ms));
  return {
    async propose(input) {
      const startedAt = input.startedAt ?? performance.now();
      const outOfTime = deadlineOf(opts.timeoutMs);
      try {
        const loaded = await raceSignal(agent, outOfTime);
        if (!loaded) return { ok: false, reason: 'timeout' };
        return await loaded.propose({ ...input, startedAt });
      } catch {
        return { ok: false, reason: 'error' };
      }
    },
  };
}

/** The work's value, or undefined once `signal` aborts first. */
function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}
