import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCue, reply, startFakeOllama, type FakeOllama } from '../fakes/fake-ollama.js';

/**
 * The process is killed with SIGKILL in the middle of list edits: the real server
 * (`node dist/src/main.js`, built by `npm test`) as a child on a temp DATA_DIR, edits over the
 * chat socket and the REST API, SIGKILL while edits are in flight, a restart on the same folder.
 */
const MAIN = path.resolve('dist/src/main.js');
const SYLLABLES = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'tu', 've', 'zo'];
/** Distinct made-up item names (no catalog): `add 1 NAME` twice would show as quantity 2. */
const itemName = (k: number) => SYLLABLES[k % 10]! + SYLLABLES[Math.floor(k / 10) % 10]! + SYLLABLES[Math.floor(k / 100) % 10]! + 'x';

let server: ChildProcess | undefined;
let dataDir: string;

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error('dist/src/main.js is missing: run `npm run build` first (npm test does)');
});
afterEach(() => {
  server?.kill('SIGKILL');
  server = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function start(env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_STORE: 'off', JOBS: 'off', LOG_LEVEL: 'warn', TURN_RATE: '1000', TURN_BURST: '1000', SESSION_SECRET: 'sigkill-test-secret', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /running: open http:\/\/localhost:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${err}`)));
  });
}

/** A chat socket that collects every `reply` by the message id it answers. */
async function chat(port: number, token?: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const replies = new Map<string, string>();
  const waiters: (() => void)[] = [];
  let welcome: any;
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === 'welcome') welcome = frame;
    if (frame.type === 'reply') replies.set(frame.replyTo, frame.text);
    waiters.splice(0).forEach((w) => w());
  });
  ws.on('error', () => undefined);
  const until = (done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the server')), 10_000);
      const check = () => (done() ? (clearTimeout(timer), resolve()) : waiters.push(check));
      check();
    });
  ws.send(JSON.stringify({ type: 'hello', ...(token ? { token } : {}) }));
  await until(() => welcome !== undefined);
  return {
    welcome,
    replies,
    until,
    say: (id: string, text: string) => ws.send(JSON.stringify({ type: 'message', id, text })),
    close: () => ws.terminate(),
  };
}

/** Every line of a list as "name quantity", read through the REST API. */
async function listLines(port: number, token: string, listId: number): Promise<string[]> {
  const res = await fetch(`http://127.0.0.1:${port}/api/lists/${listId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const list = (await res.json()) as { groups: { lines: { name: string; quantityText: string }[] }[] };
  return list.groups.flatMap((g) => g.lines.map((l) => `${l.name} ${l.quantityText}`));
}

describe('SIGKILL in the middle of list edits', () => {
  it('keeps every acknowledged edit once after a restart, and a redelivered message is not applied twice', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-sigkill-'));
    const first = await start();
    server = first.child;
    const c = await chat(first.port);
    const token: string = c.welcome.token;
    c.say('first', `add 1 ${itemName(0)}`);
    await c.until(() => c.replies.has('first'));
    const lists = (await (await fetch(`http://127.0.0.1:${first.port}/api/lists`, { headers: { authorization: `Bearer ${token}` } })).json()) as { lists: { id: number }[] };
    const listId = lists.lists[0]!.id;

    // Edits in flight on both entry points; the kill lands while the server is busy with them.
    // A window of 10 messages in flight, as a fast typist with a slow network would have.
    const EDITS = 120;
    const WINDOW = 10;
    const restAcked: string[] = [];
    const rest = (async () => {
      for (let k = 500; k < 560; k++) {
        try {
          const res = await fetch(`http://127.0.0.1:${first.port}/api/lists/${listId}/items`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ items: [{ name: itemName(k), quantity: 1 }] }),
          });
          if (res.status === 200) restAcked.push(itemName(k));
        } catch {
          return; // the server is gone
        }
      }
    })();
    let sentCount = 0;
    for (let k = 1; k <= EDITS; k++) {
      if (k > WINDOW) await c.until(() => c.replies.size > k - WINDOW);
      if (c.replies.size > 40) break;
      c.say(`e${k}`, `add 1 ${itemName(k)}`);
      sentCount = k;
    }
    // A last burst, and the kill right behind it: the server cannot have answered all of it.
    for (let k = sentCount + 1; k <= sentCount + WINDOW; k++) c.say(`e${k}`, `add 1 ${itemName(k)}`);
    sentCount += WINDOW;
    server.kill('SIGKILL');
    await new Promise((r) => server!.once('exit', r));
    await rest;
    const acked = new Map(c.replies);
    c.close();
    const ackedIds = [...acked.keys()].filter((id) => id.startsWith('e'));
    expect(ackedIds.length).toBeGreaterThanOrEqual(40);
    expect(ackedIds.length).toBeLessThan(sentCount); // the kill came with edits in flight

    const second = await start();
    server = second.child;
    const wanted = (k: number) => `${itemName(k)} 1`;
    const afterRestart = await listLines(second.port, token, listId);
    const count = (lines: string[], name: string) => lines.filter((l) => l.startsWith(`${name} `)).length;
    for (const id of ['first', ...ackedIds]) {
      const k = id === 'first' ? 0 : Number(id.slice(1));
      expect(afterRestart, `acknowledged ${id}`).toContain(wanted(k));
      expect(count(afterRestart, itemName(k)), `acknowledged ${id} once`).toBe(1);
    }
    for (const name of restAcked) expect(afterRestart, `REST-acknowledged ${name}`).toContain(`${name} 1`);

    // The widget resends everything it has no reply for, and may resend what it has: same ids.
    const again = await chat(second.port, token);
    expect(again.welcome.resumed).toBe(true);
    for (let k = 1; k <= sentCount; k++) again.say(`e${k}`, `add 1 ${itemName(k)}`);
    await again.until(() => again.replies.size >= sentCount);
    for (const id of ackedIds) expect(again.replies.get(id), `stored answer to ${id}`).toBe(acked.get(id));
    const final = await listLines(second.port, token, listId);
    for (const id of ackedIds) expect(count(final, itemName(Number(id.slice(1)))), `redelivered ${id} not applied again`).toBe(1);
    for (let k = 1; k <= sentCount; k++) expect(count(final, itemName(k)), `e${k} is on the list`).toBe(1);
    again.close();
  }, 60_000);

  it('a message the server died on while the model was thinking is not run again after a restart, and nothing of it was written', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-sigkill-llm-'));
    let ollama: FakeOllama | undefined;
    let asked: () => void = () => undefined;
    const modelWaiting = new Promise<void>((resolve) => (asked = resolve));
    const add = reply.answer([{ tool: 'add_to_list', args: { items: [{ name: itemName(7), quantity: 1 }] } }]);
    try {
      // The model is still thinking about the first message when the server dies.
      ollama = await startFakeOllama((_req, i) => {
        if (i > 0) return add;
        asked();
        return reply.onCue(createCue(), add);
      });
      const env = { OLLAMA_HOST: ollama.url, OLLAMA_TIMEOUT_MS: '30000' };
      const first = await start(env);
      server = first.child;
      const c = await chat(first.port);
      const token: string = c.welcome.token;
      // Nothing the offline understanding can do by itself: the turn goes to the model.
      const text = 'we are doing a barbecue saturday, sort me out with what I need';
      c.say('bbq', text);
      await modelWaiting;
      server.kill('SIGKILL');
      await new Promise((r) => server!.once('exit', r));
      expect(c.replies.has('bbq')).toBe(false);
      c.close();

      const second = await start(env);
      server = second.child;
      const again = await chat(second.port, token);
      again.say('bbq', text);
      await again.until(() => again.replies.has('bbq'));
      expect(again.replies.get('bbq')).toMatch(/interrupted/i);
      const lists = (await (await fetch(`http://127.0.0.1:${second.port}/api/lists`, { headers: { authorization: `Bearer ${token}` } })).json()) as { lists: { id: number }[] };
      for (const list of lists.lists) expect(await listLines(second.port, token, list.id)).toEqual([]);
      expect(ollama.chatRequests()).toHaveLength(1);

      // A new message goes to the model as usual; what it proposes is put to the person first.
      again.say('next', 'could you sort out the rest of the barbecue for me');
      await again.until(() => again.replies.has('next'));
      expect(again.replies.get('next')).toBe(`Add 1 ${itemName(7)} to your list?`);
      again.close();
    } finally {
      await ollama?.close();
    }
  }, 60_000);
});
