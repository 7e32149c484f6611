/**
 * The app as `npm start` builds it (createApp with nothing but the config) learns and uses
 * preferences: the memory is wired from the config, not only when a test passes one in.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, createConfiguredMemory, type App } from '../../src/main.js';
import { startFakeOllamaEmbed } from '../fakes/fake-ollama-embed.js';
import { createSeededTempDb, createTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('createApp with no options', () => {
  let app: App;
  let dir: string;

  beforeAll(async () => {
    const seeded = createSeededTempDb(NOW);
    seeded.db.close();
    dir = seeded.dir;
    app = await createApp(loadConfig({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' }), logger, { now: () => NOW });
  }, 60_000);
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  const person = (name: string) => ({
    say: (text: string) => app.core.agent.handle({ channel: 'terminal', externalUserId: name, conversationKey: name, text, messageId: `${name}-${++n}` }),
    id: () => app.core.users.resolve('terminal', name).id,
    lines() {
      const id = app.core.users.resolve('terminal', name).id;
      return app.core.lists.view(id, app.core.lists.defaultList(id).id).groups.flatMap((g) => g.lines);
    },
  });

  it('builds the sqlite-vec memory by default', () => {
    expect(app.memory?.backend).toBe('sqlite-vec');
  });

  it('remembers which milk a person chose and adds it without asking next time', async () => {
    const ana = person('ana');
    expect((await ana.say('add milk')).text).toMatch(/which milk/i);
    await ana.say('2');
    const chosen = ana.lines().find((l) => /milk/i.test(l.itemName))?.productId;
    expect(chosen).toBeTruthy();
    await ana.say('remove the milk');

    const again = await ana.say('add milk');
    expect(again.text).not.toMatch(/which milk/i);
    expect(ana.lines().map((l) => l.productId)).toEqual([chosen]);
    // Bob has no history: he is asked.
    expect((await person('bob').say('add milk')).text).toMatch(/which milk/i);
  });

  it('keeps an allergy out of that person\'s search results and recalls it by meaning', async () => {
    const cy = person('cy');
    await cy.say("I'm allergic to peanuts");
    expect((await cy.say('search for peanut butter')).text).not.toMatch(/Jif|Skippy|Peter Pan/);
    expect((await app.memory!.recall(cy.id(), 'peanut butter cups'))[0]?.kind).toBe('allergy');
    expect(await app.memory!.recall(person('dee').id(), 'peanut butter cups')).toEqual([]);
  });
});

describe('createConfiguredMemory', () => {
  it('uses a Chroma server when CHROMA_URL is set, without connecting until used', async () => {
    const t = createTempDb();
    const memory = createConfiguredMemory(loadConfig({ CHROMA_URL: 'http://127.0.0.1:9' }), t.db, logger);
    expect(memory.backend).toBe('chroma');
    await memory.close();
    t.cleanup();
  });

  it('embeds with Ollama when OLLAMA_EMBED_MODEL and OLLAMA_HOST are set', async () => {
    const ollama = await startFakeOllamaEmbed({ models: ['nomic-embed-text'] });
    const t = createTempDb();
    const userId = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
    const memory = createConfiguredMemory(loadConfig({ OLLAMA_HOST: ollama.url, OLLAMA_EMBED_MODEL: 'nomic-embed-text' }), t.db, logger);
    await memory.remember(userId, 'allergy', 'peanuts');
    expect((await memory.recall(userId, 'allergic to peanuts'))[0]?.kind).toBe('allergy');
    expect(ollama.requests.length).toBeGreaterThan(0);
    expect(ollama.requests.every((r) => r.model === 'nomic-embed-text')).toBe(true);
    await memory.close();
    t.cleanup();
    await ollama.close();
  });

  it('refuses an embedding model without a host, naming the variable', () => {
    expect(() => loadConfig({ OLLAMA_EMBED_MODEL: 'nomic-embed-text' })).toThrow(/OLLAMA_HOST/);
  });
});
