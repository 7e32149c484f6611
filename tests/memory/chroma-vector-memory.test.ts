import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromaVectorMemory, createLocalEmbedder, type Embedder } from '../../src/memory/index.js';
import { startChromaServer, type ChromaServer } from './chroma-server.js';
import { describeVectorMemory } from './vector-memory-contract.js';

let server: ChromaServer;
beforeAll(async () => {
  server = await startChromaServer();
});
afterAll(async () => {
  await server?.stop();
});

const embedder = createLocalEmbedder();
let run = 0;

describeVectorMemory('chroma', async () => {
  // Each test gets its own collection, as each sqlite test gets its own file.
  const collectionPrefix = `contract-${process.pid}-${++run}`;
  const open = () => createChromaVectorMemory({ url: server.url, embedder, collectionPrefix });
  return { memory: open(), ana: 1, ben: 2, reopen: async () => open(), cleanup: async () => {} };
});

describe('chroma vector memory', () => {
  it('stores the vectors our embedder made (Chroma never embeds on its own)', async () => {
    const seen: string[] = [];
    const recording: Embedder = { id: 'recording-local', embed: (texts) => (seen.push(...texts), embedder.embed(texts)) };
    const memory = createChromaVectorMemory({ url: server.url, embedder: recording, collectionPrefix: 'own-embeddings' });
    await memory.add(7, { id: 'a', kind: 'allergy', text: 'allergic to shellfish' });
    await memory.search(7, 'shrimp cocktail', 1);
    expect(seen).toEqual(['allergic to shellfish', 'shrimp cocktail']);
    const res = await fetch(`${server.url}/api/v2/tenants/default_tenant/databases/default_database/collections`);
    const collections = (await res.json()) as { name: string; configuration_json: { embedding_function?: { type: string } } }[];
    const ours = collections.find((c) => c.name === 'own-embeddings-recording-local');
    expect(ours?.configuration_json.embedding_function?.type).toBe('legacy');
  });

  it('gives up on a server that accepts connections but never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const memory = createChromaVectorMemory({ url: `http://127.0.0.1:${port}`, embedder, timeoutMs: 300 });
      const started = Date.now();
      await expect(memory.search(1, 'milk', 3)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it('says the memory service is unavailable when nothing answers at CHROMA_URL', async () => {
    const memory = createChromaVectorMemory({ url: 'http://127.0.0.1:9', embedder });
    await expect(memory.search(1, 'milk', 3)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
  });
});
