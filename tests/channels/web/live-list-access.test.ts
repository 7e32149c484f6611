import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createWebHarness, type WebHarness } from './web-harness.js';
import { chatClient, type ChatClient } from './ws-client.js';

/**
 * Which lists a chat socket hears about follows what its person can reach right now: linking
 * the chat to another account, joining a shared list, leaving one or being taken off it all take
 * effect on the open page, without a reload. Over a real listening server and real sockets.
 */
describe('live list pushes follow access changes made mid-session', () => {
  let h: WebHarness;
  let port: number;
  beforeEach(async () => {
    h = await createWebHarness({ demoStore: false });
    await h.web.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.web.app.server.address() as { port: number }).port;
  });
  afterEach(async () => {
    await h.close();
  });

  const open = async (): Promise<ChatClient> => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return chatClient(ws);
  };
  let sent = 0;
  const say = async (c: ChatClient, text: string) => {
    const id = `m${++sent}`;
    c.send({ type: 'message', id, text });
    for (;;) {
      const reply = await c.next('reply');
      if (reply.replyTo === id) return reply;
    }
  };
  /** A new visitor who has said hello and one message, so their person exists; returns the session token. */
  const visitor = async () => {
    const c = await open();
    c.send({ type: 'hello' });
    const { token } = await c.next('welcome');
    await say(c, 'hi');
    return { c, token: token as string };
  };
  const personOf = (token: string) => h.users.find('web', h.tokens.verify(token)!)!.id;
  /** Lets every frame already on its way arrive, then returns the list_changed frames for `listId` since `from`. */
  const pushesFor = async (c: ChatClient, listId: number, from: number) => {
    await new Promise((r) => setTimeout(r, 100));
    return c.frames.slice(from).filter((f) => f.type === 'list_changed' && f.listId === listId);
  };
  const names = (list: any) => list.groups.flatMap((g: any) => g.lines.map((l: any) => l.name)).join(' ');
  /** What a chat turn's push changed: the lines it touched, and how many lines the list has now. */
  const changed = (frame: any) => ({ names: frame.change.lines.map((l: any) => l.line.name).join(' '), itemCount: frame.change.itemCount });
  /** The code a reply hands out ("Your link code is UTRFVNQH7F.", "... code ABCD-EFGH-JK23 ..."). */
  const codeIn = (text: string) => {
    const code = /\b((?=[A-Z0-9-]*\d)[A-Z0-9]{4,}(?:-[A-Z0-9]+)*)\b/.exec(text)?.[1];
    expect(code, text).toBeDefined();
    return code!;
  };
  const memberIds = (listId: number) =>
    h.db.prepare<[number], { user_id: number }>('SELECT user_id FROM list_members WHERE list_id = ?').all(listId).map((r) => r.user_id);

  it('a chat linked to another account gets that account\'s list changes at once, and no longer its old person\'s', async () => {
    const laptop = await visitor();
    const phone = await visitor();
    // A second tab of the laptop's session: it is linked along with the first.
    const laptopTab = await open();
    laptopTab.send({ type: 'hello', token: laptop.token });
    await laptopTab.next('welcome');
    const oldId = personOf(laptop.token);
    const accountId = personOf(phone.token);
    await say(laptop.c, 'add bananas');
    // The laptop's person also speaks in Telegram: that chat stays theirs after the laptop links away.
    h.users.redeemLinkCode(h.users.createLinkCode(oldId), 'telegram', '5551');
    await say(phone.c, 'add apples');
    const accountList = h.lists.defaultList(accountId);

    const code = codeIn((await say(phone.c, 'link')).text);
    const linked = await say(laptop.c, `link ${code}`);
    expect(linked.text).toMatch(/^Linked!/);
    expect(personOf(laptop.token)).toBe(accountId);
    // The page redraws with a list of the account it now speaks for, the laptop's bananas moved into it.
    expect(h.lists.lists(accountId).map((l) => l.id)).toContain(linked.list.id);
    expect(h.lists.lists(accountId).map((l) => names(h.lists.view(accountId, l.id))).join(' ')).toMatch(/bananas/);

    const from = [laptop.c.frames.length, laptopTab.frames.length];
    await say(phone.c, 'add a dozen eggs');
    for (const [i, tab] of [laptop.c, laptopTab].entries()) {
      const pushed = await pushesFor(tab, accountList.id, from[i]!);
      expect(pushed).toHaveLength(1);
      expect(changed(pushed[0])).toMatchObject({ names: expect.stringMatching(/eggs/i), itemCount: 2 });
    }

    // The old person's Telegram chat starts a list of its own: none of the laptop's business any more.
    const telegramList = h.lists.createList(oldId, 'Hardware');
    h.lists.addItems(oldId, telegramList.id, [{ name: 'light bulbs', quantity: 2 }]);
    h.events.emit('list_changed', { listId: telegramList.id, byUserId: oldId });
    expect(await pushesFor(laptop.c, telegramList.id, from[0]!)).toEqual([]);
    expect(await pushesFor(laptopTab, telegramList.id, from[1]!)).toEqual([]);
    [laptop.c, laptopTab, phone.c].forEach((c) => c.close());
  });

  /** An owner with apples on their list, shared with a partner who joined it by its code: both in chat. */
  const sharedPair = async () => {
    const owner = await visitor();
    const partner = await visitor();
    await say(owner.c, 'add apples');
    const shared = h.lists.defaultList(personOf(owner.token));
    const code = codeIn((await say(owner.c, 'share my list')).text);
    await say(partner.c, `join ${code}`);
    return { owner, partner, shared };
  };

  it('joining a shared list mid-session brings its changes; leaving it stops them', async () => {
    const { owner, partner, shared } = await sharedPair();
    let from = partner.c.frames.length;
    await say(owner.c, 'add a dozen eggs');
    const pushed = await pushesFor(partner.c, shared.id, from);
    expect(pushed).toHaveLength(1);
    expect(changed(pushed[0])).toMatchObject({ names: expect.stringMatching(/eggs/i), itemCount: 2 });

    const left = await say(partner.c, `leave the ${shared.name}`);
    expect(memberIds(shared.id)).not.toContain(personOf(partner.token));
    from = partner.c.frames.length;
    await say(owner.c, 'add bread');
    expect(await pushesFor(partner.c, shared.id, from), left.text).toEqual([]);
    [owner.c, partner.c].forEach((c) => c.close());
  });

  it('a member the owner takes off a shared list stops getting its changes', async () => {
    const { owner, partner, shared } = await sharedPair();
    const members = await say(owner.c, "who's on my list");
    const remove = members.choices.find((c: any) => /^Remove /.test(c.label));
    expect(remove, members.text).toBeDefined();
    await say(owner.c, remove.value);
    expect(memberIds(shared.id)).not.toContain(personOf(partner.token));

    const from = partner.c.frames.length;
    await say(owner.c, 'add bread');
    expect(await pushesFor(partner.c, shared.id, from)).toEqual([]);
    [owner.c, partner.c].forEach((c) => c.close());
  });
});
