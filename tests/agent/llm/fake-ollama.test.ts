import { ChatOllama, OllamaEmbeddings } from '@langchain/ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { reply, startFakeOllama, type FakeOllama } from '../../fakes/fake-ollama.js';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake Ollama speaks the wire protocol the real clients read', () => {
  it('streams a chat answer as several NDJSON chunks ending with done and token counts', async () => {
    fake = await startFakeOllama([reply.text('Milk is on your list.', { chunks: 4 })]);
    const model = new ChatOllama({ baseUrl: fake.url, model: 'llama3.2' });
    const chunks = [];
    for await (const chunk of await model.stream('hi')) chunks.push(chunk);

    // Four content chunks plus the final done chunk, which carries the metadata.
    expect(chunks.filter((c) => c.content !== '')).toHaveLength(4);
    expect(chunks.map((c) => c.content).join('')).toBe('Milk is on your list.');
    const last = chunks.at(-1)!;
    expect(last.response_metadata).toMatchObject({ done: true, done_reason: 'stop' });
    expect(last.usage_metadata!.input_tokens).toBeGreaterThan(0);
    expect(last.usage_metadata!.output_tokens).toBe(5);
  });

  it('serves embeddings through OllamaEmbeddings, equal texts embedding equally', async () => {
    fake = await startFakeOllama([]);
    const embeddings = new OllamaEmbeddings({ baseUrl: fake.url, model: 'nomic-embed-text' });
    const [a, b, c] = await embeddings.embedDocuments(['oat milk', 'oat milk', 'dish soap']);

    expect(a!.length).toBe(8);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/api/embed', body: { model: 'nomic-embed-text' } });
  });

  it('lists its models on /api/tags', async () => {
    fake = await startFakeOllama([], { models: ['llama3.2:latest', 'nomic-embed-text:latest'] });
    const res = await fetch(`${fake.url}/api/tags`);
    const { models } = (await res.json()) as { models: { name: string; model: string }[] };
    expect(res.status).toBe(200);
    expect(models.map((m) => [m.name, m.model])).toEqual([
      ['llama3.2:latest', 'llama3.2:latest'],
      ['nomic-embed-text:latest', 'nomic-embed-text:latest'],
    ]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/tags']);
  });
});
