import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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

  it('switches on the real services their variables name', () => {
    const c = loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', TELEGRAM_BOT_TOKEN: '123:abc', MICROSOFT_APP_ID: 'app', CORS_ORIGINS: 'https://a.example, https://b.example' });
    // A laptop-class machine needs seconds for a 3B model: 20 s by default, and timeouts never switch the model off.
    expect(c.ollama).toEqual({ host: 'http://127.0.0.1:11434', model: 'llama3.2', timeoutMs: 20_000, breaker: { failureThreshold: 3, cooldownMs: 30_000 }, concurrency: 1 });
    expect(c.telegram?.token).toBe('123:abc');
    expect(c.teams?.appId).toBe('app');
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});
