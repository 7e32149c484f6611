/**
 * The preference memory's recall and isolation, run on both vector backends: the sqlite-vec
 * default and a real ChromaDB server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/grocery/catalog/index.js';
import {
  createChromaVectorMemory,
  createEmbedder,
  createLocalEmbedder,
  createPreferenceMemory,
  type PreferenceMemory,
  type PreferenceMemoryOptions,
} from '../../src/memory/index.js';
import { createMemoryStores } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { startFakeOllamaEmbed } from '../fakes/fake-ollama-embed.js';
import { startChromaServer, type ChromaServer } from './chroma-server.js';
import { catalogOf } from '../helpers/catalog.js';

let chroma: ChromaServer;
beforeAll(async () => {
  chroma = await startChromaServer();
});
afterAll(async () => {
  await chroma?.stop();
});

let run = 0;
const backends: { name: string; options: () => Partial<PreferenceMemoryOptions> }[] = [
  // The store's own vectors: sqlite-vec, or PostgreSQL's under STORE=postgres.
  { name: process.env.STORE === 'postgres' ? 'postgres' : 'sqlite-vec', options: () => ({}) },
  {
    name: 'chroma',
    // A collection per test keeps tests apart, as each sqlite test has its own file.
    options: () => ({ vectors: createChromaVectorMemory({ url: chroma.url, embedder: createLocalEmbedder(), collectionPrefix: `recall-${process.pid}-${++run}` }) }),
  },
];

describe.each(backends)('preference memory on $name', ({ name, options }) => {
  let memory: PreferenceMemory;
  let catalog: Catalog;
  let cleanup: () => void;
  let ana: number;
  let ben: number;
  const errors: unknown[] = [];

  beforeEach(() => {
    const t = createSeededTempDb();
    cleanup = t.cleanup;
    const user = () => (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
    ana = user();
    ben = user();
    catalog = catalogOf(t.db);
    errors.length = 0;
    memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(t.db)), onError: (err) => errors.push(err), ...options() });
  });
  afterEach(async () => {
    await memory.close();
    cleanup();
    expect(errors).toEqual([]);
  });

  const peanutButter = () => catalog.search({ query: 'peanut butter', limit: 10 }).map((h) => h.product);

  it(`keeps its vectors in ${name}`, () => {
    expect(memory.backend).toBe(name);
  });

  it('recalls a peanut allergy when the person asks about peanut butter', async () => {
    await memory.remember(ana, 'allergy', 'peanuts');
    await memory.remember(ana, 'brand', 'Great Value');
    await memory.remember(ana, 'store', 'Walmart');
    const hits = await memory.recall(ana, 'is there a good peanut butter?');
    expect(hits[0]).toMatchObject({ kind: 'allergy', text: expect.stringContaining('allergic to peanuts') });
  });

  it("never lets one person's allergy reach another person's recall, search or ranking", async () => {
    await memory.remember(ana, 'allergy', 'peanuts');
    await memory.remember(ben, 'likes', 'crunchy snacks');

    expect(await memory.recall(ben, 'peanut butter')).toEqual([]);
    expect(await memory.recall(ben, 'allergic to peanuts', { minScore: -1, k: 50 })).toEqual([expect.objectContaining({ kind: 'likes' })]);
    expect(memory.list(ben).map((p) => p.kind)).toEqual(['likes']);

    const products = peanutButter();
    expect(products.length).toBeGreaterThan(3);
    expect(memory.rankProducts(ben, products).map((p) => p.id)).toEqual(products.map((p) => p.id));
    expect(memory.rankProducts(ana, products).filter((p) => p.allergens.includes('peanuts'))).toEqual([]);
    expect(memory.interestedIn(ben, products[0]!)).toBeNull();

    // ...and still reaches the person it belongs to.
    expect((await memory.recall(ana, 'peanut butter'))[0]?.kind).toBe('allergy');
  });

  it('stops recalling a preference once it is forgotten', async () => {
    await memory.remember(ana, 'dislikes', 'cilantro');
    expect((await memory.recall(ana, 'cilantro lime rice'))[0]?.kind).toBe('dislikes');
    expect(await memory.forget(ana, 'dislikes', 'cilantro')).toBe(true);
    expect(await memory.recall(ana, 'cilantro lime rice')).toEqual([]);
  });

  it('recalls preferences saved straight into the preference table (e.g. by the remember_preference tool)', async () => {
    memory.preferences.remember(ana, 'diet', 'vegetarian');
    expect((await memory.recall(ana, 'vegetarian options'))[0]).toMatchObject({ kind: 'diet', metadata: { value: 'vegetarian', source: 'stated' } });
  });

  it('a brand first learned from picks and then stated is recalled as stated', async () => {
    memory.learnFromPick(ana, catalog.get(526)!, 'milk');
    await memory.flush();
    expect((await memory.recall(ana, 'great value brand', { kinds: ['brand'] }))[0]?.metadata).toMatchObject({ source: 'learned' });
    await memory.remember(ana, 'brand', 'Great Value');
    expect((await memory.recall(ana, 'great value brand', { kinds: ['brand'] }))[0]?.metadata).toMatchObject({ source: 'stated' });
  });

  it('recalls the usual product learned from a pick', async () => {
    const milk = catalog.get(526)!;
    memory.learnFromPick(ana, milk, 'milk');
    await memory.flush();
    const [hit] = await memory.recall(ana, 'which milk do I buy?', { kinds: ['usual'] });
    expect(hit).toMatchObject({ kind: 'usual', text: expect.stringContaining(milk.name), metadata: { productId: 526 } });
    expect(await memory.recall(ben, 'which milk do I buy?')).toEqual([]);
  });

  it('forgets everything about one person and nothing about anyone else', async () => {
    await memory.remember(ana, 'allergy', 'peanuts');
    await memory.remember(ben, 'allergy', 'shellfish');
    memory.learnFromPick(ana, catalog.get(526)!, 'milk');
    await memory.forgetEverything(ana);
    expect(await memory.recall(ana, 'peanuts milk', { minScore: -1 })).toEqual([]);
    expect(memory.usualProductFor(ana, 'milk')).toBeNull();
    expect((await memory.recall(ben, 'shrimp and shellfish'))[0]?.kind).toBe('allergy');
  });
});

describe('preference memory when the vector store is down', () => {
  it('still recalls from SQLite and reports the failure for the logs', async () => {
    const t = createSeededTempDb();
    const errors: unknown[] = [];
    try {
      const ana = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
      const memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(t.db)), chromaUrl: 'http://127.0.0.1:9', onError: (err) => errors.push(err) });
      expect(await memory.remember(ana, 'allergy', 'peanuts')).toBe(true);
      const hits = await memory.recall(ana, 'peanut butter');
      expect(hits[0]).toMatchObject({ kind: 'allergy', text: expect.stringContaining('peanuts') });
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      await memory.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('preference memory when Ollama embeddings fail', () => {
  it('still recalls an allergy (from SQLite, with the local embedder) when the embedding model is missing', async () => {
    const ollama = await startFakeOllamaEmbed({ models: ['nomic-embed-text'] });
    const t = createSeededTempDb();
    const errors: unknown[] = [];
    try {
      const ana = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
      const embedder = createEmbedder({ ollamaHost: ollama.url, embedModel: 'not-pulled' });
      const memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(t.db)), embedder, onError: (err) => errors.push(err) });
      await memory.remember(ana, 'allergy', 'shellfish');
      expect((await memory.recall(ana, 'shellfish'))[0]).toMatchObject({ kind: 'allergy' });
      expect(errors[0]).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', detail: expect.stringContaining('not-pulled') });
      await memory.close();
    } finally {
      t.cleanup();
      await ollama.close();
    }
  });
});
