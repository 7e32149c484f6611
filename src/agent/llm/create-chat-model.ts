import { ChatOllama } from '@langchain/ollama';

/** What the agent needs to reach Ollama. */
export interface ChatModelOptions {
  host: string;
  model: string;
  temperature?: number;
  /** How long Ollama keeps the model loaded after a request. Default "30m". */
  keepAlive?: string;
  /** Ollama's `format`: a JSON schema the answer is held to. */
  format?: Record<string, unknown>;
  /** Most tokens the model writes. */
  maxOutputTokens?: number;
}

/**
 * Builds a ChatOllama whose HTTP requests are tied to `signal`. ChatOllama itself only checks its
 * call signal between streamed chunks, so a model that never sends a first chunk (loading, stuck,
 * unreachable) would hold the socket open past our deadline; passing the signal into `fetch`
 * makes an abort really close the connection. One model per run, so aborting one run's request
 * never cancels another's (ChatOllama's own `client.abort()` cancels every stream it has open).
 */
export function createChatModel(opts: ChatModelOptions, signal: AbortSignal): ChatOllama {
  const abortableFetch: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  return new ChatOllama({
    baseUrl: opts.host,
    model: opts.model,
    temperature: opts.temperature ?? 0,
    // A cold llama3.2 takes seconds to load (and its cached prompt prefix goes with it), so ask
    // Ollama to keep it in memory well past its 5-minute default.
    keepAlive: opts.keepAlive ?? '30m',
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.maxOutputTokens ? { numPredict: opts.maxOutputTokens } : {}),
    // Retries belong to the agent (the offline decision stands), not to the request.
    maxRetries: 0,
    fetch: abortableFetch,
  });
}
