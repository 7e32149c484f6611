import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttackHarness, hello, say, type AttackClient, type AttackHarness } from './attack-harness.js';

/**
 * Attack: a shared list could not be taken back. "Stop sharing" repeated the same code, a member
 * who left could rejoin with it, and the owner could neither remove anyone nor change the code.
 * Now the owner sees who is on the list, removes one person (their code dies with it), gets a
 * new code, or stops sharing (everyone else off, code dead); codes expire after 7 days.
 */
describe('taking a shared list back', () => {
  let h: AttackHarness;
  let ana: AttackClient;
  let bob: AttackClient;
  let carol: AttackClient;
  beforeEach(async () => {
    h = await createAttackHarness();
    [ana, bob, carol] = await Promise.all(['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((a) => h.connect(a)));
    for (const c of [ana, bob, carol]) await hello(c);
    await say(ana, 'add coffee');
    await say(bob, 'add tea');
    await say(carol, 'add cocoa');
  });
  afterEach(async () => h.close());

  const shareCode = async (c: AttackClient, text = 'share my list') => /join ([A-Z0-9-]+)/.exec((await say(c, text)).text)?.[1];
  const userOf = (c: AttackClient) => h.core.users.find('web', h.tokens.verify(c.frames.find((f) => f.type === 'welcome').token)!)!.id;
  const listsOf = (c: AttackClient) => h.core.lists.lists(userOf(c)).map((l) => l.id);
  const anasList = () => h.core.lists.defaultList(userOf(ana)).id;

  it('"stop sharing" takes everyone else off and kills the code; someone who left cannot come back with it', async () => {
    const code = (await shareCode(ana))!;
    expect((await say(bob, `join ${code}`)).text).toMatch(/You've joined/);
    expect((await say(carol, `join ${code}`)).text).toMatch(/You've joined/);
    expect((await say(carol, 'leave the grocery list')).text).toMatch(/You've left/);

    const stopped = await say(ana, 'stop sharing');
    expect(stopped.text).toMatch(/^Stopped sharing your Grocery list: a web chat guest no longer has access, and its share code no longer works\.$/);
    expect(listsOf(bob)).not.toContain(anasList());
    for (const c of [bob, carol]) expect((await say(c, `join ${code}`)).text).toBe("That share code doesn't match any list. Check it and try again.");
    expect((await say(bob, 'add lemons to the grocery list')).text).not.toMatch(/coffee/);
    expect(h.core.lists.view(userOf(ana), anasList()).itemCount).toBe(1);
    // Sharing again gives a different code.
    const again = (await shareCode(ana))!;
    expect(again).not.toBe(code);
  });

  it('shows the owner who is on the list, and one button press removes a person and their code', async () => {
    const code = (await shareCode(ana))!;
    await say(bob, `join ${code}`);
    await say(carol, `join ${code}`);
    const who = await say(ana, "who's on my list?");
    expect(who.text).toMatch(/^On your Grocery list: you \(owner\), web chat guest 1 and web chat guest 2\./);
    expect(who.choices).toHaveLength(2);
    const removeBob = who.choices.find((c: any) => c.value.includes(`#${userOf(bob)}`));
    const removed = await say(ana, removeBob.value);
    expect(removed.text).toMatch(/^Took web chat guest 1 off your Grocery list\. Its share code no longer works/);
    expect(listsOf(bob)).not.toContain(anasList());
    expect(listsOf(carol)).toContain(anasList());
    expect((await say(bob, `join ${code}`)).text).toMatch(/doesn't match any list/);
    // An editor sees who is there but cannot remove anyone, stop sharing or make a code.
    expect((await say(carol, "who's on the grocery list")).choices).toEqual([]);
    expect((await say(carol, `remove member #${userOf(ana)} from the grocery list`)).text).toBe("Only the list's owner can remove people from it.");
    expect((await say(carol, 'stop sharing the grocery list')).text).toBe("Only the list's owner can stop sharing it.");
    expect((await say(carol, 'share the grocery list')).text).toBe("Only the list's owner can make a new share code for it.");
  });

  it('"new share code": the old code stops working, the people on the list stay', async () => {
    const old = (await shareCode(ana))!;
    await say(bob, `join ${old}`);
    const fresh = /join ([A-Z0-9-]+)/.exec((await say(ana, 'new share code')).text)![1]!;
    expect(fresh).not.toBe(old);
    expect((await say(carol, `join ${old}`)).text).toMatch(/doesn't match any list/);
    expect(listsOf(bob)).toContain(anasList());
    // Typed as people type it: lower case, spaces between the groups.
    expect((await say(carol, `join ${fresh.toLowerCase().replace(/-/g, ' ')}`)).text).toMatch(/You've joined/);
  });

  it('a share code works for 7 days; after that "share my list" makes a new one', async () => {
    const share = await say(ana, 'share my list');
    expect(share.text).toMatch(/The code works for the next 7 days\./);
    const code = /join ([A-Z0-9-]+)/.exec(share.text)![1]!;
    h.clock.t += 7 * 24 * 3_600_000;
    expect((await say(bob, `join ${code}`)).text).toMatch(/doesn't match any list/);
    const next = (await shareCode(ana))!;
    expect(next).not.toBe(code);
    expect((await say(bob, `join ${next}`)).text).toMatch(/You've joined/);
  });
});
