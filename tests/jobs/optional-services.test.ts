/**
 * BullMQ, ioredis and the Chroma client are a large share of an idle server's memory: a server
 * started without REDIS_URL or CHROMA_URL must never load them, and one with REDIS_URL must.
 * Each case is the built server (`dist/`, as `npm test` builds it) in a child process whose
 * module resolution is watched, started and stopped on a temp DATA_DIR.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../store/cache/redis-server.js';

const DIST = path.resolve('dist/src');
const WATCHED = ['bullmq', 'ioredis', 'chromadb'];

/** A resolve hook that names each watched package whenever something resolves a file of it. */
const RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  const m = new RegExp(${JSON.stringify(`node_modules[/](${WATCHED.join('|')})[/]`)}).exec(r.url);
  if (m) process.stderr.write('LOADED ' + m[1] + String.fromCharCode(10));
  return r;
}`;
const HOOK = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`)});`;

const SERVER = `const { createApp } = await import(${JSON.stringify(`${DIST}/main.js`)});
const { loadConfig } = await import(${JSON.stringify(`${DIST}/config.js`)});
const { createLogger } = await import(${JSON.stringify(`${DIST}/logger.js`)});
const app = await createApp(loadConfig(JSON.parse(process.env.APP_ENV)), createLogger({ level: 'silent' }));
await app.start();
await new Promise((r) => setTimeout(r, 500));
await app.stop();`;

/** The packages a server started with `env` loaded, from start until it stopped. */
function packagesLoaded(env: Record<string, string>): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-optional-'));
  const appEnv = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(HOOK)}`, '--input-type=module', '-e', SERVER], {
      env: { ...process.env, APP_ENV: JSON.stringify(appEnv) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`server exited with ${code}: ${err}`));
      resolve([...new Set([...err.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1]!))].sort());
    });
  });
}

describe('optional services', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    if (!fs.existsSync(`${DIST}/main.js`)) throw new Error('dist/src/main.js is missing: run `npm run build` first (npm test does)');
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.kill();
  });

  it('a server without REDIS_URL or CHROMA_URL never loads BullMQ, ioredis or the Chroma client', async () => {
    expect(await packagesLoaded({})).toEqual([]);
  }, 30_000);

  it('a server with REDIS_URL loads BullMQ and ioredis for its jobs and cache', async () => {
    expect(await packagesLoaded({ REDIS_URL: redis.url })).toEqual(['bullmq', 'ioredis']);
  }, 30_000);
});
