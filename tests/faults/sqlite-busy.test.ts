import { afterEach, describe, expect, it } from 'vitest';
import { chatClient, type ChatClient } from '../channels/web/ws-client.js';
import { createFaultHarness, holdWriteLock, type FaultHarness } from './fault-harness.js';

let h: FaultHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function session(harness: FaultHarness): Promise<{ c: ChatClient; token: string }> {
  const c = chatClient(await harness.web.app.injectWS('/ws'));
  c.send({ type: 'hello' });
  const { token } = await c.next('welcome');
  return { c, token };
}

const userOf = (harness: FaultHarness, token: string) => harness.core.users.resolve('web', harness.tokens.verify(token)!).id;

/** What the person's default list shows; reads only, so it works while another process holds the write lock. */
const names = (harness: FaultHarness, userId: number) => {
  const list = harness.core.lists.defaultList(userId);
  return harness.core.lists.view(userId, list.id).groups.flatMap((g) => g.lines.map((l) => `${l.name} ${l.quantityText}`));
};

describe('SQLite busy: another connection holds the write lock', () => {
  it('a turn waits for a short lock and then succeeds, applied once', async () => {
    h = await createFaultHarness({ busyTimeoutMs: 3000 });
    const { c, token } = await session(h);
    c.send({ type: 'message', id: 'm0', text: 'add apples' });
    await c.next('reply');
    const userId = userOf(h, token);

    const lock = await holdWriteLock(h.file, 300);
    const started = Date.now();
    c.send({ type: 'message', id: 'm1', text: 'add pears' });
    const reply = await c.next('reply');
    await lock.released;
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(reply.text).toMatch(/added pears/i);
    expect(names(h, userId).sort()).toEqual(['apples 1', 'pears 1']);
    c.close();
  });

  it('a lock held past the busy timeout gets a clear "try again", loses nothing, and the resend then applies once', async () => {
    h = await createFaultHarness({ busyTimeoutMs: 150 });
    const { c, token } = await session(h);
    c.send({ type: 'message', id: 'm0', text: 'add apples' });
    await c.next('reply');
    const userId = userOf(h, token);
    const listId = h.core.lists.defaultList(userId).id;
    const before = names(h, userId);

    const lock = await holdWriteLock(h.file, 1200);
    c.send({ type: 'message', id: 'm1', text: 'add pears' });
    // The turn takes the write lock before it reads or changes anything, so it stops there.
    const busy = await c.next('error');
    expect(busy).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', replyTo: 'm1' });
    expect(busy.message).toMatch(/try again/i);

    const rest = await h.web.app.inject({
      method: 'POST',
      url: `/api/lists/${listId}/items`,
      headers: { authorization: `Bearer ${token}` },
      payload: { items: [{ name: 'plums' }] },
    });
    expect(rest.statusCode).toBe(503);
    expect(rest.json().error.message).toMatch(/try again/i);

    expect(names(h, userId)).toEqual(before);
    await lock.released;
    // The widget resends with the same id after an error: this time it is applied, once.
    c.send({ type: 'message', id: 'm1', text: 'add pears' });
    const applied = await c.next('reply');
    expect(applied.text).toMatch(/added pears/i);
    c.send({ type: 'message', id: 'm1', text: 'add pears' });
    await c.next('reply');
    expect(names(h, userId).sort()).toEqual(['apples 1', 'pears 1']);
    c.close();
  });
});
