import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS } from '../../../src/errors.js';
import { toSnapshot } from '../../../src/channels/web/web-domain.js';
import { applyListDelta } from '../../../src/grocery/lists/index.js';
import { createWebHarness, type WebHarness } from './web-harness.js';
import { chatClient } from './ws-client.js';

describe('web chat protocol', () => {
  let h: WebHarness;
  beforeEach(async () => {
    h = await createWebHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const connect = async () => chatClient(await h.web.app.injectWS('/ws'));
  /** Says hello and a first message, which makes the session's person; returns the person's id. */
  const speak = async (c: Awaited<ReturnType<typeof connect>>) => {
    c.send({ type: 'hello' });
    const { token } = await c.next('welcome');
    c.send({ type: 'message', id: 'hi', text: 'hi' });
    await c.next('reply');
    return h.users.find('web', h.tokens.verify(token)!)!.id;
  };

  it('greets a new visitor with a fresh signed session, the demo-store flag and no history', async () => {
    const c = await connect();
    c.send({ type: 'hello' });
    const welcome = await c.next('welcome');
    expect(welcome.resumed).toBe(false);
    expect(h.tokens.verify(welcome.token)).toBeTruthy();
    expect(welcome.demoStore).toBe(true);
    expect(welcome.history).toEqual([]);
    expect(welcome.list).toBeNull();
    c.close();
  });

  it('answers a message with typing, then a reply; choices come as label/value pairs', async () => {
    const c = await connect();
    c.send({ type: 'hello' });
    await c.next('welcome');
    c.send({ type: 'message', id: 'm1', text: 'blorp zzz' });
    expect(await c.next('typing')).toEqual({ type: 'typing', replyTo: 'm1' });
    const reply = await c.next('reply');
    expect(reply.replyTo).toBe('m1');
    expect(reply.text).toMatch(/sorry/i);
    // A message with no words gets example requests to pick from.
    c.send({ type: 'message', id: 'm2', text: '   ' });
    const starter = await c.next('reply');
    expect(starter.replyTo).toBe('m2');
    expect(starter.choices.length).toBeGreaterThan(0);
    expect(starter.choices[0]).toEqual({ label: expect.any(String), value: expect.any(String) });
    c.close();
  });

  it('resumes a session after a reload: same token, the conversation so far', async () => {
    const first = await connect();
    first.send({ type: 'hello' });
    const { token } = await first.next('welcome');
    first.send({ type: 'message', id: 'm1', text: 'hello there friend of mine' });
    const reply = await first.next('reply');
    first.close();

    const again = await connect();
    again.send({ type: 'hello', token });
    const welcome = await again.next('welcome');
    expect(welcome.resumed).toBe(true);
    expect(welcome.token).toBe(token);
    expect(welcome.history.map((t: any) => [t.role, t.text])).toEqual([
      ['user', 'hello there friend of mine'],
      ['assistant', reply.text],
    ]);
    again.close();
  });

  it('refuses a forged token and starts a new session instead', async () => {
    const first = await connect();
    first.send({ type: 'hello' });
    const { token } = await first.next('welcome');
    first.send({ type: 'message', id: 'm1', text: 'something private' });
    await first.next('reply');
    first.close();

    const [sessionId] = token.split('.');
    const forged = `${sessionId}.${'A'.repeat(43)}`;
    const c = await connect();
    c.send({ type: 'hello', token: forged });
    const welcome = await c.next('welcome');
    expect(welcome.resumed).toBe(false);
    expect(welcome.token).not.toBe(forged);
    expect(welcome.token.startsWith(`${sessionId}.`)).toBe(false);
    expect(welcome.history).toEqual([]);
    c.close();
  });

  it('survives bad frames: each gets an error and the socket keeps working', async () => {
    const c = await connect();
    c.sendRaw('not json at all');
    expect((await c.next('error')).code).toBe('BAD_FRAME');
    c.send({ type: 'launch_missiles' });
    expect((await c.next('error')).code).toBe('BAD_FRAME');
    c.send({ type: 'message', text: 'no id' });
    expect((await c.next('error')).code).toBe('BAD_FRAME');
    c.sendRaw(Buffer.from([0xff, 0x00, 0x13]));
    expect((await c.next('error')).code).toBe('BAD_FRAME');
    c.send({ type: 'message', id: 'x'.repeat(10), text: 'y'.repeat(19_990) });
    expect((await c.next('error')).code).toBe('BAD_FRAME');
    c.send({ type: 'message', id: 'm1', text: 'add milk' });
    const noSession = await c.next('error');
    expect(noSession).toEqual({ type: 'error', code: 'NO_SESSION', message: ERRORS.NO_SESSION.message, replyTo: 'm1' });

    c.send({ type: 'ping' });
    expect(await c.next('pong')).toEqual({ type: 'pong' });
    c.send({ type: 'hello' });
    await c.next('welcome');
    c.send({ type: 'message', id: 'm2', text: 'still there?' });
    expect((await c.next('reply')).replyTo).toBe('m2');
    c.close();
  });

  it('pushes list changes to every open socket of every member, and to nobody else', async () => {
    const owner = await connect();
    owner.send({ type: 'hello' });
    const ownerToken = (await owner.next('welcome')).token;
    // A second tab of the same new session, open before the session's first message made its person.
    const ownerTab2 = await connect();
    ownerTab2.send({ type: 'hello', token: ownerToken });
    await ownerTab2.next('welcome');
    const stranger = await connect();
    stranger.send({ type: 'hello' });
    await stranger.next('welcome');
    owner.send({ type: 'message', id: 'm1', text: 'hi' });
    await owner.next('reply');

    const ownerId = h.users.find('web', h.tokens.verify(ownerToken)!)!.id;
    const list = h.lists.defaultList(ownerId);
    h.lists.addItems(ownerId, list.id, [{ name: 'bananas', quantity: 6 }]);
    h.events.emit('list_changed', { listId: list.id, byUserId: ownerId });

    for (const tab of [owner, ownerTab2]) {
      const pushed = await tab.next('list_changed');
      expect(pushed.listId).toBe(list.id);
      expect(pushed.list.groups.flatMap((g: any) => g.lines.map((l: any) => l.name))).toEqual(['bananas']);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(stranger.frames.some((f) => f.type === 'list_changed')).toBe(false);
    [owner, ownerTab2, stranger].forEach((c) => c.close());
  });

  it('answers a resent old message with what it said then, without redrawing the list as it stood then', async () => {
    const c = await connect();
    c.send({ type: 'hello' });
    await c.next('welcome');
    c.send({ type: 'message', id: 'm1', text: 'add a dozen eggs' });
    const changed = await c.next('list_changed');
    const first = await c.next('reply');
    expect(changed.change.lines.map((l: any) => l.line.name).join(' ')).toMatch(/egg/i);
    c.send({ type: 'message', id: 'm2', text: 'add bananas' });
    await c.next('reply');

    c.send({ type: 'message', id: 'm1', text: 'add a dozen eggs' });
    const again = await c.next('reply');
    expect(again.replyTo).toBe('m1');
    expect(again.text).toBe(first.text);
    // The list now has bananas too: a reply carrying the old list would take them off the page.
    expect(again.list).toBeUndefined();
    c.close();
  });

  it('a chat turn on a shared list redraws it live for the other member, as that member would read it', async () => {
    const owner = await connect();
    const ownerId = await speak(owner);
    const partner = await connect();
    const partnerId = await speak(partner);
    const list = h.lists.defaultList(ownerId);
    h.lists.join(partnerId, h.lists.shareCode(ownerId, list.id).code);

    const before = toSnapshot(h.lists.view(partnerId, list.id));
    owner.send({ type: 'message', id: 'm1', text: 'add a dozen eggs' });
    const ownerSaw = await owner.next('list_changed');
    await owner.next('reply');
    const pushed = await partner.next('list_changed');
    expect(pushed.listId).toBe(list.id);
    // What changed, which turns the list the partner had into the list as it is now.
    expect(pushed.change.lines.map((l: any) => l.line.name).join(' ')).toMatch(/egg/i);
    expect(applyListDelta(before, pushed.change)).toEqual(toSnapshot(h.lists.view(partnerId, list.id)));
    expect(ownerSaw).toEqual(pushed);
    [owner, partner].forEach((c) => c.close());
  });

  it('sends a change to a long list as the lines it touched, and the whole list when asked', async () => {
    const c = await connect();
    const userId = await speak(c);
    const list = h.lists.defaultList(userId);
    h.lists.addItems(userId, list.id, Array.from({ length: 50 }, (_, i) => ({ name: `party thing ${i}` })));
    h.lists.addItems(userId, list.id, Array.from({ length: 50 }, (_, i) => ({ name: `camping thing ${i}` })));
    const before = toSnapshot(h.lists.view(userId, list.id));
    c.send({ type: 'message', id: 'm1', text: 'add 2 gallons of milk' });
    const changed = await c.next('list_changed');
    const reply = await c.next('reply');
    expect(reply.list).toBeUndefined();
    expect(changed.change.lines).toHaveLength(1);
    expect(JSON.stringify(changed).length).toBeLessThan(JSON.stringify(before).length / 10);
    const after = applyListDelta(before, changed.change);
    expect(after).toEqual(toSnapshot(h.lists.view(userId, list.id)));
    expect(after?.itemCount).toBe(101);

    // A client that missed a change has another version: it asks for the whole list.
    c.send({ type: 'list', listId: list.id });
    expect((await c.next('list_changed')).list).toEqual(after);
    c.send({ type: 'list', listId: 999_999 });
    expect((await c.next('list_changed')).list).toBeNull();
    c.close();
  });

  it('delivers price alerts live, and keeps them for users who are offline', async () => {
    const c = await connect();
    const userId = await speak(c);
    const token = c.frames.find((f) => f.type === 'welcome').token as string;
    const alert = { productId: 7, name: 'Whole Milk 1 gal', priceCents: 298, previousCents: 348 };

    expect(h.web.pushPriceAlert(userId, alert)).toBe('delivered');
    expect((await c.next('price_alert')).alert).toEqual(alert);
    expect(h.web.pushPriceAlert(userId, alert)).toBe('duplicate');
    c.close();
    await new Promise((r) => setTimeout(r, 50));

    const later = { ...alert, priceCents: 249 };
    expect(h.web.pushPriceAlert(userId, later)).toBe('queued');
    const back = await connect();
    back.send({ type: 'hello', token });
    expect((await back.next('welcome')).alerts).toEqual([later]);
    back.close();

    const third = await connect();
    third.send({ type: 'hello', token });
    expect((await third.next('welcome')).alerts).toEqual([]);
    third.close();
  });
});
