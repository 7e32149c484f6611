import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttackHarness, hello, type AttackClient, type AttackHarness } from './attack-harness.js';

/**
 * Attack: sockets that never say hello, idle sockets, many sockets from one address, and frames
 * as fast as the wire takes them. Each is now bounded: 20 sockets an address, closed after 10 s
 * without hello or 30 minutes of silence, 20 frames a second a socket (60 at once).
 */
describe('connection limits', () => {
  let h: AttackHarness;
  beforeEach(async () => {
    h = await createAttackHarness();
  });
  afterEach(async () => h.close());

  it('refuses the 21st socket from one address with a 429 in the error format, and takes it once one closes', async () => {
    const from = '127.0.0.50';
    const sockets: AttackClient[] = [];
    for (let i = 0; i < 20; i++) sockets.push(await h.connect(from));
    const refused = await h.refusedUpgrade(from);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/Too many chats are open from your address/) } });
    // Someone else is not affected.
    await hello(await h.connect('127.0.0.51'));
    sockets[0]!.close();
    await sockets[0]!.closed;
    await eventually(async () => (await hello(await h.connect(from))).token);
  });

  it('closes a socket that says no hello within 10 seconds, and one silent for 30 minutes', async () => {
    const mute = await h.connect('127.0.0.60');
    const talker = await h.connect('127.0.0.61');
    await hello(talker);
    h.socketClock.t += 9_999;
    expect(h.web.closeSilentSockets()).toBe(0);
    h.socketClock.t += 1;
    expect(h.web.closeSilentSockets()).toBe(1);
    expect(await mute.closed).toEqual({ code: 4408, reason: 'no hello' });

    // A ping now and then keeps a socket: 29 minutes, a ping, 29 more minutes.
    h.socketClock.t += 29 * 60_000;
    talker.send({ type: 'ping' });
    await talker.next('pong');
    h.socketClock.t += 29 * 60_000;
    expect(h.web.closeSilentSockets()).toBe(0);
    h.socketClock.t += 60_000;
    expect(h.web.closeSilentSockets()).toBe(1);
    expect(await talker.closed).toEqual({ code: 4408, reason: 'idle' });
  });

  it('answers frames past 60 at once (and 20 a second after that) with "slow down", unread', async () => {
    const c = await h.connect('127.0.0.70');
    await hello(c);
    for (let i = 0; i < 100; i++) c.send({ type: 'ping' });
    const answers = await frames(c, 101);
    expect(answers.filter((f) => f.type === 'pong')).toHaveLength(59);
    const slow = answers.filter((f) => f.type === 'error');
    expect(slow).toHaveLength(41);
    expect(slow[0]).toEqual({ type: 'error', code: 'RATE_LIMITED', message: expect.any(String) });
    // A second later there is room for 20 more.
    h.socketClock.t += 1000;
    for (let i = 0; i < 21; i++) c.send({ type: 'ping' });
    const next = (await frames(c, 122)).slice(101);
    expect(next.filter((f) => f.type === 'pong')).toHaveLength(20);
    expect(next.filter((f) => f.type === 'error')).toHaveLength(1);
  });
});

/** Waits until the client has received `count` frames in all, then returns them. */
async function frames(c: AttackClient, count: number): Promise<any[]> {
  await eventually(() => (c.frames.length >= count ? true : undefined));
  return c.frames.slice(0, count);
}

/** Retries `probe` until it gives a value (at most 5 s); the server closes sockets asynchronously. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
