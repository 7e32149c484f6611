/**
 * `npm start` with a configuration mistake stops with one sentence naming the variable, never a
 * stack trace: a webhook URL Telegram would refuse, a bot token Telegram does not know, a port in use.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegramApi, type FakeTelegramApi } from './fakes/fake-telegram-api.js';

const MAIN = path.resolve(import.meta.dirname, '../dist/src/main.js');
const dirs: string[] = [];
let api: FakeTelegramApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs the built server as `npm start` does; resolves with its exit code and stderr. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-start-'));
  dirs.push(dir);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO_STORE: 'off', JOBS: 'off', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('start-up problems', () => {
  it('a webhook URL that is not https stops the start with a sentence naming it', async () => {
    const run = await start({ TELEGRAM_BOT_TOKEN: '123456:AAH-token', TELEGRAM_WEBHOOK_URL: 'http://grocery.example/telegram/webhook' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Invalid value for TELEGRAM_WEBHOOK_URL: Telegram only delivers to an https:\/\/ address/);
    noStackTrace(run.stderr);
  });

  it('a bot token Telegram does not know stops the start with a sentence naming it', async () => {
    api = await startFakeTelegramApi('999:the-real-token');
    const run = await start({ TELEGRAM_BOT_TOKEN: '123456:AAH-wrong', TELEGRAM_API_ROOT: api.apiRoot });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Invalid value for TELEGRAM_BOT_TOKEN: Telegram does not know this bot token \(401/);
    noStackTrace(run.stderr);
  });

  it('a port in use stops the start with a sentence naming PORT', async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = String((busy.address() as net.AddressInfo).port);
    try {
      const run = await start({ PORT: port });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`Invalid value for PORT: ${port} is already in use`));
      noStackTrace(run.stderr);
    } finally {
      busy.close();
    }
  });
});
