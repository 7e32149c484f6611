#!/usr/bin/env node
/**
 * The docker-compose set-up without Docker: two instances (`node dist/src/main.js`) on PostgreSQL
 * and Redis, behind nginx running deploy/nginx.conf itself (its two upstreams pointed at loopback
 * ports). A person chats through nginx, the instance holding their socket is killed (SIGKILL), and
 * they reconnect through nginx with their session token: the check passes when the session resumes
 * with the list as it was and the next messages are answered by the instance left.
 *
 *   npm run build && node scripts/balancer-check.mjs
 *
 * Needs nginx on PATH (Debian: apt-get install nginx-light), PostgreSQL on DATABASE_URL's server
 * (default postgres://postgres@127.0.0.1:5432, where it makes a scratch database) and Redis on
 * REDIS_URL (default redis://127.0.0.1:6379/5). Prints one JSON object; exits 1 when a step fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { startInstance, UNLIMITED } = await import(pathToFileURL(path.join(ROOT, 'dist/bench/fleet-harness.js')).href);
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `grocery_balancer_${process.pid}`;
const LB_PORT = 8089;
const work = mkdtempSync(path.join(os.tmpdir(), 'grocery-balancer-'));
const log = (msg) => process.stderr.write(`${msg}\n`);

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${DB}`);
const dbUrl = new URL(server);
dbUrl.pathname = `/${DB}`;
const env = { ...UNLIMITED, DATABASE_URL: dbUrl.href, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/5', SESSION_SECRET: 's'.repeat(64), DATA_DIR: work, METRICS_TOKEN: 'balancer-check' };
const result = { steps: [] };
const step = (name, ok, detail) => {
  result.steps.push({ name, ok, ...(detail !== undefined ? { detail } : {}) });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail !== undefined ? `: ${JSON.stringify(detail)}` : ''}`);
};
let nginx;
const instances = [];
try {
  log('starting two instances ...');
  instances.push(...(await Promise.all([startInstance({ ...env, PORT: '3101' }), startInstance({ ...env, PORT: '3102' })])));
  // deploy/nginx.conf as docker-compose.yml mounts it, with the compose host names made loopback ports.
  const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace('app1:3000', '127.0.0.1:3101')
    .replace('app2:3000', '127.0.0.1:3102')
    .replace('listen 80;', `listen ${LB_PORT};`)
    .replace('events {}', `events {}\npid ${work}/nginx.pid;\nerror_log ${work}/nginx-error.log;\ndaemon off;`)
    .replace('http {', `http {\n  access_log ${work}/nginx-access.log;\n  client_body_temp_path ${work}; proxy_temp_path ${work};`);
  writeFileSync(path.join(work, 'nginx.conf'), conf);
  execFileSync('nginx', ['-t', '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
  step('nginx accepts deploy/nginx.conf', true);
  nginx = spawn('nginx', ['-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${LB_PORT}/readyz`)).status === 200);

  const first = await chat();
  const added = await first.say('add 2 gallons of milk and a dozen eggs');
  step('a message through nginx is answered', /^Added /.test(added.text), added.text.split('\n')[0]);
  // Which instance holds the socket: the one whose /metrics counts an open socket.
  const holder = await waitFor(async () => {
    for (const instance of instances) if ((await openSockets(instance)) > 0) return instance;
    return undefined;
  });
  const closed = new Promise((resolve) => first.ws.once('close', () => resolve(true)));
  await holder.stop('SIGKILL');
  step('the instance holding the socket was killed (SIGKILL), and the socket closed', await Promise.race([closed, sleep(5000).then(() => false)]), { port: new URL(holder.url).port });
  const again = await waitFor(() => chat(first.welcome.token));
  const lines = (again.welcome.list?.groups ?? []).flatMap((g) => g.lines.map((l) => l.itemName)).sort();
  step('the session resumes through nginx on the other instance, with the list', again.welcome.resumed === true && lines.join() === 'eggs,milk', { resumed: again.welcome.resumed, lines });
  const more = await again.say('add bananas');
  step('the next message is answered', /^Added .*banana/i.test(more.text), more.text.split('\n')[0]);
  again.ws.terminate();
} catch (err) {
  step('run', false, String(err?.message ?? err));
} finally {
  for (const instance of instances) if (instance.proc.exitCode === null && instance.proc.signalCode === null) await instance.stop('SIGTERM');
  nginx?.kill('SIGTERM');
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => {});
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
result.ok = result.steps.length > 0 && result.steps.every((s) => s.ok);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(result.ok ? 0 : 1);

/** The instance's open web sockets, from its Prometheus metrics. */
async function openSockets(instance) {
  const res = await fetch(`${instance.url}/metrics`, { headers: { authorization: 'Bearer balancer-check' } });
  const m = /^grocery_agent_web_open_sockets(?:\{[^}]*\})? (\d+)/m.exec(await res.text());
  return m ? Number(m[1]) : 0;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retries `attempt` (a failure or a false answer) every 250 ms for up to 20 s. */
async function waitFor(attempt) {
  let last;
  for (let i = 0; i < 80; i++) {
    try {
      const value = await attempt();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await sleep(250);
  }
  throw last ?? new Error('timed out');
}

/** A web chat session through nginx: `hello` (with `token` to resume), then `say` answers each message's reply. */
function chat(token) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${LB_PORT}/ws`);
    const waiting = new Map();
    let n = 0;
    const say = (text) =>
      new Promise((done) => {
        const id = `m${++n}-${Date.now()}`;
        waiting.set(id, done);
        ws.send(JSON.stringify({ type: 'message', id, text }));
      });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'welcome') resolve({ ws, welcome: frame, say });
      if (frame.type === 'reply') waiting.get(frame.replyTo)?.(frame);
    });
    ws.on('error', reject);
    ws.on('close', () => reject(new Error('closed before welcome')));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', ...(token ? { token } : {}) })));
  });
}
