/**
 * A fake Ollama server for tests. It is a real node:http server on 127.0.0.1 that speaks Ollama's
 * wire protocol (POST /api/chat as NDJSON stream, POST /api/embed, GET /api/tags), records every
 * request so tests can assert what was sent, and answers /api/chat from a script.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One tool call as Ollama puts it in `message.tool_calls`. */
export interface FakeToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** When the fake answers: after `delayMs`, and not before `cue` has resolved (a test's "now"). */
interface Timing {
  delayMs?: number;
  cue?: Promise<void>;
}

/** How the fake answers one /api/chat request. */
export type FakeReply =
  /** A final answer, streamed in `chunks` pieces (default 3). */
  | ({ kind: 'text'; text: string; chunks?: number } & Timing)
  /** The model asks for tools (names and arguments are sent as given, valid or not). */
  | ({ kind: 'tools'; calls: FakeToolCall[] } & Timing)
  /** An HTTP error, e.g. 404 "model not found" or 500. */
  | ({ kind: 'error'; status: number; error: string } & Timing)
  /** Starts streaming, then cuts the connection before the final chunk. */
  | ({ kind: 'drop' } & Timing);

/** A promise a test resolves when it wants the fake to answer: no test waits on the clock. */
export interface Cue {
  readonly promise: Promise<void>;
  /** Lets the held answer go. */
  release(): void;
}

/** @example const cue = createCue(); startFakeOllama([reply.onCue(cue, reply.answer([]))]); ...; cue.release(); */
export function createCue(): Cue {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** A request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The parsed JSON body, or undefined for GET. */
  body: any;
  /** True when the client went away before the fake finished answering (an abort, a timeout). */
  abortedByClient: boolean;
}

/** Chooses the reply to the n-th /api/chat request (0-based). */
export type FakeScript = (req: RecordedRequest, index: number) => FakeReply;

export interface FakeOllama {
  /** Base URL to give ChatOllama, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Only the /api/chat requests. */
  chatRequests(): RecordedRequest[];
  /** Resolves once `count` /api/chat requests have arrived (bounded only by the test's own timeout). */
  untilChats(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Helpers to write scripts briefly. */
export const reply = {
  text: (text: string, opts: { chunks?: number; delayMs?: number } = {}): FakeReply => ({ kind: 'text', text, ...opts }),
  tools: (...calls: FakeToolCall[]): FakeReply => ({ kind: 'tools', calls }),
  call: (name: string, args: Record<string, unknown>): FakeReply => ({ kind: 'tools', calls: [{ name, arguments: args }] }),
  error: (status: number, error: string): FakeReply => ({ kind: 'error', status, error }),
  notFound: (model: string): FakeReply => ({ kind: 'error', status: 404, error: `model "${model}" not found, try pulling it first` }),
  slow: (delayMs: number, then: FakeReply = { kind: 'text', text: 'too late' }): FakeReply => ({ ...then, delayMs }),
  drop: (): FakeReply => ({ kind: 'drop' }),
  /** The structured answer the agent asks for with `format`: `{"calls":[{"tool","args"}],"say"}`. */
  answer: (calls: { tool: string; args: Record<string, unknown> }[], say = ''): FakeReply => ({ kind: 'text', text: JSON.stringify({ calls, say }) }),
  /** `then`, held until the test releases `cue`. */
  onCue: (cue: Cue, then: FakeReply): FakeReply => ({ ...then, cue: cue.promise }),
};

/**
 * Starts the fake. `script` is either a function of the request or a list of replies used in
 * order (the last one repeats).
 *
 * @example
 * const ollama = await startFakeOllama([reply.call('view_list', {}), reply.text('You have milk.')]);
 * // ... ChatOllama({ baseUrl: ollama.url }) ...
 * expect(ollama.chatRequests()[0].body.stream).toBe(true);
 * await ollama.close();
 */
export async function startFakeOllama(
  script: FakeScript | FakeReply[],
  opts: { models?: string[] } = {},
): Promise<FakeOllama> {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const chats = () => requests.filter((r) => r.path === '/api/chat').length;
  const wake = () => {
    for (const w of waiters.splice(0)) {
      if (chats() >= w.count) w.resolve();
      else waiters.push(w);
    }
  };
  const pick: FakeScript = Array.isArray(script) ? (_req, i) => script[Math.min(i, script.length - 1)]! : script;
  let chatCount = 0;
  const models = opts.models ?? ['llama3.2:latest'];

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(parts).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0]!,
        body: raw ? JSON.parse(raw) : undefined,
        abortedByClient: false,
      };
      requests.push(recorded);
      wake();
      res.on('close', () => {
        if (!res.writableFinished) recorded.abortedByClient = true;
      });
      route(recorded, res);
    });
  });

  function route(r: RecordedRequest, res: http.ServerResponse): void {
    if (r.method === 'GET' && r.path === '/api/tags') {
      return sendJson(res, 200, { models: models.map((name) => ({ name, model: name, size: 2019393189, digest: 'fake' })) });
    }
    if (r.method === 'POST' && r.path === '/api/embed') {
      const inputs: string[] = Array.isArray(r.body?.input) ? r.body.input : [String(r.body?.input ?? '')];
      return sendJson(res, 200, { model: r.body?.model, embeddings: inputs.map(embed) });
    }
    if (r.method === 'POST' && r.path === '/api/chat') {
      const answer = pick(r, chatCount++);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let closed = false;
      res.on('close', () => {
        closed = true;
        clearTimeout(timer);
      });
      void (answer.cue ?? Promise.resolve()).then(() => {
        if (!closed) timer = setTimeout(() => answerChat(r, res, answer), answer.delayMs ?? 0);
      });
      return;
    }
    sendJson(res, 404, { error: `404 page not found` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/api/chat'),
    untilChats: (count) => (chats() >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerChat(r: RecordedRequest, res: http.ServerResponse, answer: FakeReply): void {
  const model: string = r.body?.model ?? 'unknown';
  if (answer.kind === 'error') return sendJson(res, answer.status, { error: answer.error });
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
  const line = (message: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    res.write(JSON.stringify({ model, created_at: new Date(0).toISOString(), message: { role: 'assistant', content: '', ...message }, done: false, ...extra }) + '\n');

  if (answer.kind === 'drop') {
    line({ content: 'Let me' });
    // Give the client time to read the first line, then cut the socket mid-answer.
    setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  if (answer.kind === 'tools') {
    line({ tool_calls: answer.calls.map((c) => ({ function: { name: c.name, arguments: c.arguments } })) });
  } else {
    for (const piece of splitInto(answer.text, answer.chunks ?? 3)) line({ content: piece });
  }
  const promptEvalCount = JSON.stringify(r.body?.messages ?? []).length >> 2;
  res.end(
    JSON.stringify({
      model,
      created_at: new Date(0).toISOString(),
      message: { role: 'assistant', content: '' },
      done: true,
      done_reason: 'stop',
      total_duration: 1_000_000,
      load_duration: 100_000,
      prompt_eval_count: promptEvalCount,
      prompt_eval_duration: 500_000,
      eval_count: answer.kind === 'text' ? answer.text.split(/\s+/).length : 12,
      eval_duration: 400_000,
    }) + '\n',
  );
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function splitInto(text: string, n: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, n)));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}

/** A deterministic 8-dimensional embedding from the characters, so equal texts embed equally. */
function embed(text: string): number[] {
  const v = new Array<number>(8).fill(0);
  for (let i = 0; i < text.length; i++) v[i % 8]! += text.charCodeAt(i) / 1000;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
