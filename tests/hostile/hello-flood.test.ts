import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttackHarness, hello, say, type AttackHarness } from './attack-harness.js';

/**
 * Attack: `hello` over and over (one socket used to manage ~3,000 a second, each creating a
 * person with a fresh rate-limit bucket; the database grew 11 MB -> 77 MB in 5 minutes). Now a
 * hello stores nothing, a socket may say it a few times, an address may start a few new sessions,
 * and a person exists only once their session says something.
 */
describe('a flood of hellos', () => {
  let h: AttackHarness;
  beforeEach(async () => {
    h = await createAttackHarness();
  });
  afterEach(async () => h.close());

  it('creates nobody: hellos from one socket and from many addresses leave no person behind', async () => {
    const before = h.people();
    const one = await h.connect('127.0.0.10');
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) tokens.add((await hello(one)).token);
    expect(tokens.size).toBe(5);
    // The sixth hello on the same socket is over its allowance (5 at once, 6 a minute).
    one.send({ type: 'hello' });
    const refused = await one.next('error');
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/hello too often/) });

    for (let a = 11; a < 31; a++) {
      const c = await h.connect(`127.0.0.${a}`);
      await hello(c);
      await hello(c);
      c.close();
    }
    expect(h.people()).toBe(before);
  });

  it('lets one address start 20 new sessions at once and one a minute after that', async () => {
    const from = '127.0.0.40';
    const welcomed: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await h.connect(from);
      for (let k = 0; k < 5; k++) welcomed.push((await hello(c)).token);
      c.close();
    }
    expect(welcomed).toHaveLength(20);
    const late = await h.connect(from);
    late.send({ type: 'hello' });
    expect(await late.next('error')).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/Too many new chats were started from your address/) });
    // Resuming a session is not a new one.
    expect((await hello(late, welcomed[0])).resumed).toBe(true);
    // Another address is not held back by this one.
    expect((await hello(await h.connect('127.0.0.41'))).resumed).toBe(false);
    // A minute later there is room for one more.
    h.socketClock.t += 60_000;
    expect((await hello(late)).resumed).toBe(false);
    late.send({ type: 'hello' });
    expect((await late.next('error')).code).toBe('RATE_LIMITED');
    // The REST API's sessions come out of the same allowance.
    const rest = await h.request({ method: 'POST', path: '/api/sessions', from });
    expect(rest.status).toBe(429);
    expect(rest.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/Too many new sessions/) } });
    expect(h.people()).toBe(0);
  });

  it('makes the person at their first message, and keeps them across reconnects', async () => {
    const first = await h.connect();
    const { token } = await hello(first);
    // A second tab of the same session, open before anything was said.
    const tab = await h.connect();
    await hello(tab, token);
    expect(h.people()).toBe(0);
    const added = await say(first, 'add milk');
    expect(added.text).toMatch(/milk/i);
    expect(h.people()).toBe(1);
    // The very message that made the person already reaches the session's other tab.
    expect(JSON.stringify((await tab.next('list_changed')).change.lines)).toMatch(/milk/i);
    const userId = h.core.users.find('web', h.tokens.verify(token)!)!.id;
    first.close();
    await first.closed;

    const again = await h.connect();
    const welcome = await hello(again, token);
    expect(welcome.resumed).toBe(true);
    expect(welcome.history.map((t: any) => t.text)).toContain('add milk');
    expect(welcome.list.groups.flatMap((g: any) => g.lines.map((l: any) => l.name)).join(' ')).toMatch(/milk/i);
    await say(again, 'add eggs');
    expect(h.people()).toBe(1);
    expect(h.core.users.find('web', h.tokens.verify(token)!)!.id).toBe(userId);
  });

  it('resumes a session that never spoke as it was: no person, no list, nothing written', async () => {
    const c = await h.connect();
    const { token } = await hello(c);
    const again = await hello(await h.connect(), token);
    expect(again).toMatchObject({ resumed: true, token, history: [], list: null, alerts: [] });
    const lists = await h.request({ path: '/api/lists', headers: { authorization: `Bearer ${token}` } });
    expect(lists.json()).toEqual({ lists: [] });
    expect(h.people()).toBe(0);
  });
});
