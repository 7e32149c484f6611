#!/usr/bin/env node
// Measures what an attacker on one machine gets out of the running server, on loopback only:
//   node scripts/hostile-measure.mjs codes [--seconds 150]       guesses at share and link codes from one address
//   node scripts/hostile-measure.mjs hello-flood [--seconds 300] RSS and database growth under a flood of hellos
//   node scripts/hostile-measure.mjs list-cap [--samples 40]     add latency on a list at its 500-item limit
// Each starts `node dist/src/main.js` (run `npm run build` first) on a fresh DATA_DIR with the demo
// store, attacks it, and prints one JSON object on stdout (progress on stderr). docs/faults.md
// has the figures from this machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode = 'codes', ...rest] = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the server on a fresh data folder; resolves once it listens. */
async function startServer(env = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-attack-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', JOBS: 'off', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // However this script ends, the server it started ends with it.
  process.once('exit', () => child.kill('SIGKILL'));
  const warnings = [];
  let buffer = '';
  const port = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const running = /running: open http:\/\/localhost:(\d+)/.exec(line);
        if (running) resolve(Number(running[1]));
        if (line.startsWith('{')) warnings.push(JSON.parse(line));
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const file = path.join(dataDir, 'grocery.db');
  return {
    port,
    warnings,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    dbMb: () => ['', '-wal'].reduce((sum, s) => sum + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0) / 1e6,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      const people = await countPeople(file);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return people;
    },
    file,
  };
}

async function countPeople(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM users').pluck().get();
  } finally {
    db.close();
  }
}

/** A chat socket from a loopback address, with a way to send a frame and await the next matching one. */
function chat(port, from) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress: from });
    const waiting = [];
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      const i = waiting.findIndex((w) => w.match(frame));
      if (i >= 0) waiting.splice(i, 1)[0].resolve(frame);
    });
    ws.once('open', () =>
      resolve({
        ws,
        send: (f) => ws.send(JSON.stringify(f)),
        next: (match) => new Promise((r) => waiting.push({ match, resolve: r })),
        close: () => ws.terminate(),
      }),
    );
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
}

let ids = 0;
async function say(c, text) {
  const id = `m${++ids}`;
  const started = performance.now();
  c.send({ type: 'message', id, text });
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to "${text}" in 30 s`)), 30_000);
  });
  const frame = await Promise.race([c.next((f) => (f.type === 'reply' || f.type === 'error') && f.replyTo === id), late]).finally(() => clearTimeout(timer));
  return { frame, ms: performance.now() - started, bytes: JSON.stringify(frame).length };
}

/**
 * Guesses share and link codes from one address each, as fast as the server takes them: a new
 * session for every guess, and when told to wait, waits exactly that long and goes on.
 */
async function codes() {
  const seconds = flag('seconds', 150);
  const server = await startServer();
  const owner = await chat(server.port, '127.0.0.2');
  owner.send({ type: 'hello' });
  await owner.next((f) => f.type === 'welcome');
  const share = /join ([A-Z0-9-]+)/.exec((await say(owner, 'share my list')).frame.text)[1];
  const link = /link code is ([A-Z0-9]+)/.exec((await say(owner, 'link')).frame.text)[1];
  log(`real codes: share ${share}, link ${link}; guessing for ${seconds} s from one address each`);

  const attack = async (kind, from, guess) => {
    const deadline = Date.now() + seconds * 1000;
    const started = Date.now();
    const evaluated = [];
    let refused = 0;
    let hit = false;
    while (Date.now() < deadline) {
      const c = await chat(server.port, from).catch(() => undefined);
      if (!c) {
        await sleep(100);
        continue;
      }
      c.send({ type: 'hello' });
      const welcome = await c.next((f) => f.type === 'welcome' || f.type === 'error');
      if (welcome.type === 'error') {
        // No new session allowed right now: the attacker waits a little (not counted as a guess).
        c.close();
        await sleep(1000);
        continue;
      }
      const text = (await say(c, guess(evaluated.length + refused))).frame.text;
      c.close();
      if (/You've joined|Linked!/.test(text)) hit = true;
      if (/^Too many wrong/.test(text)) refused++;
      else evaluated.push((Date.now() - started) / 1000);
      const wait = /Please wait (\d+) (second|minute|hour)/.exec(text);
      if (wait) {
        const ms = Number(wait[1]) * { second: 1000, minute: 60_000, hour: 3_600_000 }[wait[2]];
        if (Date.now() + ms > deadline) break;
        await sleep(ms);
      }
    }
    return { kind, from, evaluatedGuesses: evaluated.length, refusedUnread: refused, secondsToEachGuess: evaluated.map((s) => Math.round(s * 10) / 10), hit };
  };
  const digits = (n, len) => String(n).padStart(len, '2').replace(/[01]/g, '9');
  const results = await Promise.all([
    attack('share', '127.0.0.10', (n) => `join ZZZZ-ZZZZ-${digits(n, 4)}`),
    attack('link', '127.0.0.11', (n) => `link ZZZZZZ${digits(n, 4)}`),
  ]);
  const lockouts = server.warnings.filter((w) => w.msg === 'code guessing locked out').map((w) => ({ kind: w.kind, subject: w.subject, failures: w.failures, lockedForMs: w.lockedForMs }));
  await server.stop();
  return { mode: 'codes', seconds, results, lockouts };
}

/** Hellos without a token as fast as the server answers, from 1 address and from 250, for `seconds`. */
async function helloFlood() {
  const seconds = flag('seconds', 300);
  const server = await startServer();
  const start = { rssMb: server.rssMb(), dbMb: server.dbMb() };
  log(`flooding hellos for ${seconds} s; start RSS ${start.rssMb.toFixed(1)} MB, database ${start.dbMb.toFixed(1)} MB`);
  const deadline = Date.now() + seconds * 1000;
  const counts = { welcomed: 0, refused: 0, upgradesRefused: 0 };
  const samples = [];
  const flooder = async (from) => {
    while (Date.now() < deadline) {
      let c;
      try {
        c = await chat(server.port, from);
      } catch {
        counts.upgradesRefused++;
        await sleep(50);
        continue;
      }
      // One hello after another on the same socket, whatever the answer, until the server closes it.
      const closed = new Promise((r) => c.ws.once('close', () => r({ type: 'closed' })));
      while (Date.now() < deadline) {
        c.send({ type: 'hello' });
        const f = await Promise.race([c.next((x) => x.type === 'welcome' || x.type === 'error'), closed]);
        if (f.type === 'closed') break;
        if (f.type === 'welcome') counts.welcomed++;
        else counts.refused++;
      }
      c.close();
    }
  };
  const addresses = Array.from({ length: 250 }, (_, i) => `127.0.1.${2 + i}`);
  const sampler = setInterval(() => samples.push({ s: Math.round((seconds * 1000 - (deadline - Date.now())) / 1000), rssMb: Math.round(server.rssMb() * 10) / 10, dbMb: Math.round(server.dbMb() * 100) / 100 }), 10_000);
  // One address with 20 flooders (its whole socket allowance), and 250 addresses with one each.
  await Promise.all([...Array.from({ length: 20 }, () => flooder('127.0.0.2')), ...addresses.map((a) => flooder(a))]);
  clearInterval(sampler);
  const end = { rssMb: server.rssMb(), dbMb: server.dbMb() };
  const people = await server.stop();
  return { mode: 'hello-flood', seconds, addresses: 251, ...counts, hellosPerSecond: Math.round((counts.welcomed + counts.refused) / seconds), start, end, peopleCreated: people, samples };
}

/** Add latency on a list at 499 and 500 items, over the chat socket, with the reply and push sizes. */
async function listCap() {
  const samples = flag('samples', 40);
  const server = await startServer({ TURN_RATE: '1000', TURN_BURST: '1000', CHAT_FRAMES_PER_SECOND: '1000' });
  const c = await chat(server.port, '127.0.0.2');
  c.send({ type: 'hello' });
  const { token } = await c.next((f) => f.type === 'welcome');
  await say(c, 'add leeks');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const base = `http://127.0.0.1:${server.port}/api/lists`;
  const listId = (await (await fetch(base, { headers })).json()).lists[0].id;
  for (let i = 0; i < 498; i += 50) {
    const items = Array.from({ length: Math.min(50, 498 - i) }, (_, k) => ({ name: `qz${(i + k).toString(36)}vx note` }));
    const res = await fetch(`${base}/${listId}/items`, { method: 'POST', headers, body: JSON.stringify({ items }) });
    if (!res.ok) throw new Error(`fill: ${res.status} ${await res.text()}`);
  }
  const pushes = [];
  c.ws.on('message', (d) => {
    if (String(d).includes('"list_changed"')) pushes.push(d.length);
  });
  const time = async (text, expect) => {
    const r = await say(c, text);
    if (!expect.test(r.frame.text)) throw new Error(`"${text}" answered "${r.frame.text}"`);
    return r;
  };
  log('list filled to 499 items; timing adds');
  const count = async () => (await (await fetch(`${base}/${listId}`, { headers })).json()).itemCount;
  if ((await count()) !== 499) throw new Error(`the list has ${await count()} items, not 499`);
  const runs = { addAt499: [], mergeAt500: [], refusedAt500: [], removeAt500: [] };
  for (let i = 0; i < samples; i++) {
    runs.addAt499.push(await time('add kumquats', /^Added kumquats/));
    runs.mergeAt500.push(await time('add 2 more kumquats', /kumquats/i));
    runs.refusedAt500.push(await time('add lychees', /the most one list can hold/));
    runs.removeAt500.push(await time('remove kumquats', /kumquats/i));
  }
  const stats = (rs) => {
    const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
    const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
    return { p50Ms: at(0.5), p95Ms: at(0.95), replyBytes: Math.max(...rs.map((r) => r.bytes)) };
  };
  const result = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, stats(rs)]));
  await server.stop();
  return { mode: 'list-cap', items: 500, samples, ...result, listChangedPushBytes: pushes.length ? Math.max(...pushes) : 0 };
}

const modes = { codes, 'hello-flood': helloFlood, 'list-cap': listCap };
if (!modes[mode]) {
  log(`usage: node scripts/hostile-measure.mjs ${Object.keys(modes).join(' | ')} [--seconds N] [--samples N]`);
  process.exit(2);
}
modes[mode]().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.exit(0);
  },
  (err) => {
    log(err.stack ?? String(err));
    process.exit(1);
  },
);
