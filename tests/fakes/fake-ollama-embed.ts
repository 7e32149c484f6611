/**
 * A fake Ollama embedding endpoint for tests: a real node:http server on 127.0.0.1 speaking
 * Ollama's `POST /api/embed` (`{ model, input }` -> `{ model, embeddings: [[...]] }`), with
 * Ollama's 404 for a model that was never pulled and an optional delay. Vectors are word-hash
 * bags, so equal words give similar vectors but nothing about them is our own embedder's code.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Options for {@link startFakeOllamaEmbed}. */
export interface FakeOllamaEmbedOptions {
  /** Models that "have been pulled"; others get Ollama's 404. */
  models?: string[];
  dimensions?: number;
  /** Delay before answering, to exercise deadlines. */
  delayMs?: number;
}

/** A running fake. */
export interface FakeOllamaEmbed {
  url: string;
  /** Bodies of the /api/embed requests received, in order. */
  requests: { model: string; input: string | string[] }[];
  close(): Promise<void>;
}

/**
 * Starts the fake on a free port.
 *
 * @example
 * const ollama = await startFakeOllamaEmbed({ models: ['nomic-embed-text'] });
 */
export async function startFakeOllamaEmbed(opts: FakeOllamaEmbedOptions = {}): Promise<FakeOllamaEmbed> {
  const models = opts.models ?? ['nomic-embed-text'];
  const dims = opts.dimensions ?? 32;
  const requests: FakeOllamaEmbed['requests'] = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const timer = setTimeout(() => {
        if (req.method !== 'POST' || req.url !== '/api/embed') return send(res, 404, { error: '404 page not found' });
        const body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as { model: string; input: string | string[] };
        requests.push(body);
        const model = body.model.includes(':') ? body.model : `${body.model}:latest`;
        if (!models.some((m) => (m.includes(':') ? m : `${m}:latest`) === model)) {
          return send(res, 404, { error: `model "${body.model}" not found, try pulling it first` });
        }
        const inputs = Array.isArray(body.input) ? body.input : [body.input];
        send(res, 200, { model: body.model, embeddings: inputs.map((t) => wordBag(t, dims)), total_duration: 1_000_000, load_duration: 0, prompt_eval_count: inputs.length });
      }, opts.delayMs ?? 0);
      res.on('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Each lower-cased word (trailing "s" dropped) adds 1 to one bucket; then unit length, like Ollama's normalised output. */
function wordBag(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)) {
    const stem = w.length > 3 ? w.replace(/s$/, '') : w;
    let h = 7;
    for (const ch of stem) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    v[h % dims]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
