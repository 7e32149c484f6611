import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../src/grocery/lists/index.js';
import { createAttackHarness, hello, say, type AttackClient, type AttackHarness } from './attack-harness.js';

/**
 * Attack: unbounded lists (12,001 items went into one list; each add then blocked the server
 * ~410 ms and pushed 1.7 MB to every member). Now a list holds 500 items, a person is on 50
 * lists, a list has 20 people; each limit is answered with a sentence naming it, and nothing is
 * changed by the refused request.
 */
describe('list limits', () => {
  let h: AttackHarness;
  let ana: AttackClient;
  let anaId: number;
  let token: string;
  beforeEach(async () => {
    h = await createAttackHarness();
    ana = await h.connect();
    token = (await hello(ana)).token;
    await say(ana, 'add item 0');
    anaId = h.core.users.find('web', h.tokens.verify(token)!)!.id;
  });
  afterEach(async () => h.close());

  const fill = (listId: number, from: number, to: number) => {
    for (let i = from; i < to; i += 50) {
      h.core.lists.addItems(anaId, listId, Array.from({ length: Math.min(50, to - i) }, (_, k) => ({ name: `item ${i + k}` })));
    }
  };

  it('a list holds 500 items: an add past that is refused whole, saying how much room is left; more of what is there still goes on', async () => {
    const listId = h.core.lists.defaultList(anaId).id;
    fill(listId, 1, 499);
    expect(h.core.lists.view(anaId, listId).itemCount).toBe(499);
    const two = await say(ana, 'add kumquats and rambutan');
    expect(two.text).toBe('Your Grocery list has room for 1 more item (a list holds 500 at most), and that would add 2. Nothing was added.');
    expect(h.core.lists.view(anaId, listId).itemCount).toBe(499);
    expect((await say(ana, 'add kumquats')).text).toMatch(/Added kumquats/);
    const full = await say(ana, 'add rambutan');
    expect(full.text).toBe('Your Grocery list has 500 items, the most one list can hold. Take some off (or say "remove checked" after shopping) before adding more.');
    expect((await say(ana, 'add 2 more kumquats')).text).toMatch(/kumquats/);
    expect(h.core.lists.view(anaId, listId).itemCount).toBe(LIST_LIMITS.itemsPerList);
    // The REST API answers the same limit with 409 and the same sentence.
    const rest = await h.request({ method: 'POST', path: `/api/lists/${listId}/items`, headers: { authorization: `Bearer ${token}` }, body: { items: [{ name: 'rambutan' }] } });
    expect(rest.status).toBe(409);
    expect(rest.json()).toEqual({ error: { code: 'LIST_FULL', message: full.text } });
  });

  it('a person is on 50 lists at most, counting the ones they joined', async () => {
    for (let i = 1; i < LIST_LIMITS.listsPerPerson; i++) h.core.lists.createList(anaId, `List ${i}`);
    expect(h.core.lists.lists(anaId)).toHaveLength(50);
    const refused = await say(ana, 'create a list called party');
    expect(refused.text).toBe("You're on 50 lists, the most one person can have. Delete or leave one you no longer use first.");
    const bob = await h.connect('127.0.0.3');
    await hello(bob);
    const code = /join ([A-Z0-9-]+)/.exec((await say(bob, 'share my list')).text)![1]!;
    expect((await say(ana, `join ${code}`)).text).toBe(refused.text);
    expect(h.core.lists.lists(anaId)).toHaveLength(50);
  });

  it('a list is shared with 20 people at most, its owner included', async () => {
    const code = /join ([A-Z0-9-]+)/.exec((await say(ana, 'share my list')).text)![1]!;
    for (let i = 0; i < LIST_LIMITS.membersPerList - 1; i++) {
      const someone = h.core.users.resolve('telegram', `member-${i}`).id;
      h.core.lists.join(someone, code);
    }
    const late = await h.connect('127.0.0.4');
    await hello(late);
    expect((await say(late, `join ${code}`)).text).toBe('That list is already shared with 20 people, the most one list can have.');
    expect(h.core.lists.members(anaId, h.core.lists.defaultList(anaId).id)).toHaveLength(20);
  });
});
