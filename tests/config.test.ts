import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, workerCount, workersFrom } from '../src/config.js';

describe('config', () => {
  it('runs on the embedded default with nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: './data', demoStore: true, corsOrigins: [], turnLimit: { capacity: 30, perSecond: 5 } });
    expect(c.ollama).toBeUndefined();
    expect(c.telegram).toBeUndefined();
    expect(c.teams).toBeUndefined();
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ OLLAMA_HOST: 'not a url' })).toThrow(/OLLAMA_HOST/);
    expect(() => loadConfig({ WALMART_CONSUMER_ID: 'abc' })).toThrow(/WALMART_PRIVATE_KEY/);
  });

  it("reads the language model's time limit, breaker thresholds and concurrency, and names a bad one", () => {
    const c = loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', OLLAMA_TIMEOUT_MS: '45000', OLLAMA_BREAKER_FAILURES: '5', OLLAMA_BREAKER_COOLDOWN_MS: '120000', OLLAMA_CONCURRENCY: '2' });
    expect(c.ollama).toMatchObject({ timeoutMs: 45_000, breaker: { failureThreshold: 5, cooldownMs: 120_000 }, concurrency: 2 });
    expect(() => loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', OLLAMA_BREAKER_FAILURES: '0' })).toThrow(/OLLAMA_BREAKER_FAILURES/);
    expect(() => loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', OLLAMA_TIMEOUT_MS: 'soon' })).toThrow(/OLLAMA_TIMEOUT_MS/);
  });

  it('reads WORKERS as a count of understanding threads, auto as one per core beside the main thread', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: '0' }).workers).toBe(0);
    expect(workerCount('auto', 1)).toBe(0);
    expect(workerCount('auto', 2)).toBe(1);
    expect(workerCount('auto', 64)).toBe(4);
    expect(workersFrom({ WORKERS: '2' })).toBe(2);
    expect(() => loadConfig({ WORKERS: 'lots' })).toThrow(/WORKERS/);
    expect(() => workersFrom({ WORKERS: '-1' })).toThrow(ConfigError);
  });

  it('switches on the real services their variables name', () => {
    const c = loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', TELEGRAM_BOT_TOKEN: '123:abc', MICROSOFT_APP_ID: 'app', CORS_ORIGINS: 'https://a.example, https://b.example' });
    // A laptop-class machine needs seconds for a 3B model: 20 s by default, and timeouts never switch the model off.
    expect(c.ollama).toEqual({ host: 'http://127.0.0.1:11434', model: 'llama3.2', timeoutMs: 20_000, breaker: { failureThreshold: 3, cooldownMs: 30_000 }, concurrency: 1 });
    expect(c.telegram?.token).toBe('123:abc');
    expect(c.teams?.appId).toBe('app');
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reads the limits against attackers, with the defaults README.md lists', () => {
    expect(loadConfig({})).toMatchObject({
      trustProxy: false,
      dbDamage: 'refuse',
      connectionLimits: { socketsPerAddress: 20, newSessionsPerHour: 60, helloTimeoutMs: 10_000, idleTimeoutMs: 1_800_000, framesPerSecond: 20 },
    });
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: 'on' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(loadConfig({ METRICS_TOKEN: 's3cret', DB_DAMAGE: 'start', IDLE_TIMEOUT_MINUTES: '5' })).toMatchObject({ metricsToken: 's3cret', dbDamage: 'start', connectionLimits: { idleTimeoutMs: 300_000 } });
    expect(() => loadConfig({ DB_DAMAGE: 'ignore' })).toThrow(/DB_DAMAGE/);
    expect(() => loadConfig({ CHATS_PER_ADDRESS: '0' })).toThrow(/CHATS_PER_ADDRESS/);
  });
});

describe('config mistakes caught at start', () => {
  const token = { TELEGRAM_BOT_TOKEN: '123456:AAH-token_1' };

  it('names the variable for a Telegram webhook Telegram would refuse', () => {
    expect(() => loadConfig({ ...token, TELEGRAM_WEBHOOK_URL: 'http://grocery.example/telegram/webhook' })).toThrow(/^Invalid value for TELEGRAM_WEBHOOK_URL: Telegram only delivers to an https:\/\//);
    expect(() => loadConfig({ ...token, TELEGRAM_WEBHOOK_URL: 'grocery.example/hook' })).toThrow(/TELEGRAM_WEBHOOK_URL/);
    expect(() => loadConfig({ ...token, TELEGRAM_WEBHOOK_URL: 'https://g.example/h', TELEGRAM_WEBHOOK_SECRET: 'has spaces and $ign' })).toThrow(/^Invalid value for TELEGRAM_WEBHOOK_SECRET: use 1 to 256 characters/);
    expect(() => loadConfig({ ...token, TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(257) })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://g.example/h' })).toThrow(/^Invalid value for TELEGRAM_BOT_TOKEN: required when TELEGRAM_WEBHOOK_URL is set/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token' })).toThrow(/^Invalid value for TELEGRAM_BOT_TOKEN/);
    const ok = loadConfig({ ...token, TELEGRAM_WEBHOOK_URL: 'https://g.example/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: 'a1_B-2' });
    expect(ok.telegram).toMatchObject({ webhookUrl: 'https://g.example/telegram/webhook', webhookSecret: 'a1_B-2' });
  });

  it('turns Teams on without an app id only in the local test mode, and never in production', () => {
    expect(loadConfig({}).teams).toBeUndefined();
    expect(loadConfig({ TEAMS_LOCAL: 'on' }).teams).toEqual({});
    expect(() => loadConfig({ TEAMS_LOCAL: 'on', NODE_ENV: 'production' })).toThrow(/^Invalid value for TEAMS_LOCAL/);
    expect(() => loadConfig({ MICROSOFT_APP_PASSWORD: 'secret' })).toThrow(/^Invalid value for MICROSOFT_APP_ID: required when MICROSOFT_APP_PASSWORD is set/);
  });
});
