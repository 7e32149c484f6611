import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/main.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/fake-telegram-api.js';

/**
 * The Telegram Bot API answering 429 (with retry_after) and 500 while people are talking to the
 * assembled product (createApp: long polling against the fake Bot API, the real agent).
 */
const TOKEN = '777:FAULT-token';
let api: FakeTelegramApi | undefined;
let app: App | undefined;
let dir: string;

afterEach(async () => {
  await app?.stop();
  await api?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  app = undefined;
  api = undefined;
});

async function start(): Promise<{ app: App; api: FakeTelegramApi }> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-fault-tg-'));
  api = await startFakeTelegramApi(TOKEN);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, DEMO_STORE: 'off', JOBS: 'off', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
  app = await createApp(config, createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await app.start();
  return { app, api };
}

const PEOPLE = [601, 602, 603].map((id) => ({ id, first_name: `P${id}` }));

describe("a channel's API answering 429 or 500 (Telegram)", () => {
  it('waits out retry_after and backs off through 500s: every reply arrives once, every edit applied once', async () => {
    const { app, api } = await start();
    const itemsOf = (tgId: number) => {
      const userId = app.core.users.resolve('telegram', String(tgId)).id;
      return app.core.lists.view(userId, app.core.lists.defaultList(userId).id).groups.flatMap((g) => g.lines.map((l) => `${l.name} ${l.quantityText}`));
    };
    api.failNext('sendMessage', { status: 429, retryAfter: 1 }, 1);
    api.failNext('sendMessage', { status: 500 }, 2);
    const started = Date.now();
    for (const p of PEOPLE) api.pushUpdate(api.textUpdate(p, `add 1 apples${p.id}`));
    for (const p of PEOPLE) await api.waitFor('sendMessage', (c) => c.payload.chat_id === p.id, 15_000);
    const elapsed = Date.now() - started;

    const sends = api.calls.filter((c) => c.method === 'sendMessage');
    expect(sends.map((c) => c.status).slice(0, 3)).toEqual([429, 500, 500]);
    // retry_after was 1 s: nothing went out again before it.
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    for (const p of PEOPLE) {
      expect(api.chat(p.id).map((m) => m.text), `replies to ${p.id}`).toEqual([expect.stringMatching(new RegExp(`apples${p.id}`, 'i'))]);
      expect(itemsOf(p.id)).toEqual([`apples${p.id} 1`]);
    }
  }, 20_000);
});
