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

  it('switches on the real services their variables name', () => {
    const c = loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', TELEGRAM_BOT_TOKEN: '123:abc', MICROSOFT_APP_ID: 'app', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(c.ollama).toMatchObject({ host: 'http://127.0.0.1:11434', model: 'llama3.2', timeoutMs: 900 });
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
