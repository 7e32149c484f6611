import { afterEach, describe, expect, it } from 'vitest';
import { cosine, createEmbedder, createLocalEmbedder, createOllamaEmbedder } from '../../src/memory/index.js';
import { createPostgresVectorMemory, createSqliteVectorMemory } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { startFakeOllamaEmbed, type FakeOllamaEmbed } from '../fakes/fake-ollama-embed.js';
import { createTempDb } from '../helpers/temp-db.js';

describe('local embedder', () => {
  const local = createLocalEmbedder();
  const sim = (a: string, b: string) => cosine(local.embedSync(a), local.embedSync(b));

  it('gives unit vectors of 256 numbers, the same every time', async () => {
    const [a, b] = await local.embed(['Great Value whole milk', 'Great Value whole milk']);
    expect(a).toHaveLength(256);
    expect(cosine(a!, a!)).toBeCloseTo(1, 5);
    expect(Array.from(a!)).toEqual(Array.from(b!));
    expect(local.id).toBe('local-ngram-256');
  });

  it('puts "peanut" and "peanuts" together, and peanut butter near a peanut allergy', () => {
    expect(sim('peanut', 'peanuts')).toBeCloseTo(1, 5);
    expect(sim('allergic to peanuts', 'peanut butter')).toBeGreaterThan(0.35);
    expect(sim('allergic to peanuts', 'peanut butter')).toBeGreaterThan(sim('allergic to peanuts', 'great value milk') + 0.3);
  });

  it('tolerates a typo and ignores filler words and capitals', () => {
    expect(sim('strawberries', 'strawbery')).toBeGreaterThan(sim('blueberries', 'strawbery') + 0.15);
    expect(sim('I really like the Horizon milk', 'horizon milk')).toBeGreaterThan(0.75);
  });
});

describe('Ollama embedder', () => {
  let ollama: FakeOllamaEmbed;
  afterEach(async () => {
    await ollama?.close();
  });

  it('posts {model, input} to /api/embed and returns one unit vector per text, in order', async () => {
    ollama = await startFakeOllamaEmbed({ models: ['nomic-embed-text'] });
    const e = createOllamaEmbedder({ host: ollama.url, model: 'nomic-embed-text' });
    const [milk, milks, eggs] = await e.embed(['milk', 'Milks', 'eggs']);
    expect(ollama.requests).toEqual([{ model: 'nomic-embed-text', input: ['milk', 'Milks', 'eggs'] }]);
    expect(e.id).toBe('ollama:nomic-embed-text');
    expect(cosine(milk!, milks!)).toBeCloseTo(1, 5);
    expect(cosine(milk!, eggs!)).toBeLessThan(0.5);
  });

  it('sends many texts in batches', async () => {
    ollama = await startFakeOllamaEmbed();
    const e = createOllamaEmbedder({ host: ollama.url, model: 'nomic-embed-text', batchSize: 2 });
    expect(await e.embed(['a', 'b', 'c', 'd', 'e'])).toHaveLength(5);
    expect(ollama.requests.map((r) => r.input)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('reports a model that was never pulled as an unavailable service, naming the model for the logs', async () => {
    ollama = await startFakeOllamaEmbed({ models: ['nomic-embed-text'] });
    const e = createOllamaEmbedder({ host: ollama.url, model: 'mxbai-embed-large' });
    await expect(e.embed(['milk'])).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', detail: expect.stringContaining('mxbai-embed-large') });
  });

  it('gives up after its deadline', async () => {
    ollama = await startFakeOllamaEmbed({ delayMs: 2000 });
    const e = createOllamaEmbedder({ host: ollama.url, model: 'nomic-embed-text', timeoutMs: 100 });
    const started = Date.now();
    await expect(e.embed(['milk'])).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('backs a vector memory end to end', async () => {
    ollama = await startFakeOllamaEmbed();
    const t = createTempDb();
    try {
      const userId = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
      const conn = sqliteConnection(t.db);
      const embedder = createEmbedder({ ollamaHost: ollama.url, embedModel: 'nomic-embed-text' });
      const memory = conn.dialect === 'postgres' ? createPostgresVectorMemory({ conn, embedder }) : createSqliteVectorMemory({ conn, embedder });
      await memory.add(userId, [
        { id: 'a', kind: 'allergy', text: 'allergic to peanuts' },
        { id: 'b', kind: 'brand', text: 'likes Great Value' },
      ]);
      expect((await memory.search(userId, 'peanuts', 1))[0]?.id).toBe('a');
      expect(t.db.prepare('SELECT DISTINCT embedder FROM memory_vectors').all()).toEqual([{ embedder: 'ollama:nomic-embed-text' }]);
    } finally {
      t.cleanup();
    }
  });
});

describe('createEmbedder', () => {
  it('uses the local embedder unless both an Ollama host and an embedding model are configured', () => {
    expect(createEmbedder().id).toBe('local-ngram-256');
    expect(createEmbedder({ ollamaHost: 'http://localhost:11434' }).id).toBe('local-ngram-256');
    expect(createEmbedder({ embedModel: 'nomic-embed-text' }).id).toBe('local-ngram-256');
    expect(createEmbedder({ ollamaHost: 'http://localhost:11434', embedModel: 'nomic-embed-text' }).id).toBe('ollama:nomic-embed-text');
  });
});
