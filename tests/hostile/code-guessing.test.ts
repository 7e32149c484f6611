import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttackHarness, hello, say, type AttackClient, type AttackHarness } from './attack-harness.js';

/**
 * Attack: guessing share codes (~7e8 values that never expired, 4,228 guesses a second from one
 * address) and link codes (1e9 values; a hit is an account takeover, 5,572 a second). Now codes
 * are 12 (share) and 10 (link) characters, and wrong ones are counted per person and per
 * address: three free, then a wait of 2 s doubling with each, and at ten a lockout of an hour
 * (doubling to a day) that is logged. A code tried while waiting is not even looked at.
 */
describe('guessing codes', () => {
  let h: AttackHarness;
  let ana: AttackClient;
  beforeEach(async () => {
    h = await createAttackHarness();
    ana = await h.connect('127.0.0.2');
    await hello(ana);
    await say(ana, 'add coffee');
  });
  afterEach(async () => h.close());

  /** A fresh session from `from`: guessing from new sessions does not start the count over. */
  const newcomer = async (from: string) => {
    const c = await h.connect(from);
    await hello(c);
    return c;
  };
  const wrongShare = (n: number) => `join ZZZZ-ZZZZ-${String(n).padStart(4, '2').replace(/[01]/g, '9')}`;

  it('share codes: free typos, then a doubling wait, then a logged lockout for the address; the right code works once it is over', async () => {
    const code = /join ([A-Z0-9-]+)/.exec((await say(ana, 'share my list')).text)![1]!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const from = '127.0.0.80';
    let mallory = await newcomer(from);

    for (let i = 1; i <= 3; i++) expect((await say(mallory, wrongShare(i))).text).toBe("That share code doesn't match any list. Check it and try again.");
    expect((await say(mallory, wrongShare(4))).text).toMatch(/doesn't match any list\. .*Please wait 2 seconds before trying another code\.$/);
    // Tried at once: refused unread (the right code too), and not counted.
    mallory = await newcomer(from);
    expect((await say(mallory, `join ${code}`)).text).toBe('Too many wrong share codes were tried from here. Please wait 2 seconds before trying another code.');
    const waits: string[] = [];
    for (let n = 5; n <= 9; n++) {
      h.clock.t += 64_000;
      waits.push(/Please wait (.+) before/.exec((await say(mallory, wrongShare(n))).text)![1]!);
    }
    expect(waits).toEqual(['4 seconds', '8 seconds', '16 seconds', '32 seconds', '64 seconds']);
    h.clock.t += 64_000;
    expect((await say(mallory, wrongShare(10))).text).toMatch(/Please wait 1 hour before trying another code\.$/);
    const lockout = h.logs.find((l) => l.msg === 'code guessing locked out' && l.subject === `address:${from}`);
    expect(lockout).toMatchObject({ level: 40, kind: 'share', failures: 10, lockedForMs: 3_600_000 });

    // The lockout holds for every session from that address, even with the right code...
    h.clock.t += 59 * 60_000;
    expect((await say(await newcomer(from), `join ${code}`)).text).toMatch(/^Too many wrong share codes were tried from here\. Please wait 60 seconds/);
    // ...but not for anyone else.
    expect((await say(await newcomer('127.0.0.81'), `join ${code}`)).text).toMatch(/You've joined/);
    // Once it is over, the right code works from there too.
    h.clock.t += 60_000;
    expect((await say(await newcomer(from), `join ${code}`)).text).toMatch(/You've joined/);
  });

  it('link codes: the same count, kept apart from share codes, and a lockout that blocks the takeover', async () => {
    const code = /link code is ([A-Z0-9]+)/.exec((await say(ana, 'link')).text)![1]!;
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    const from = '127.0.0.90';
    const mallory = await newcomer(from);
    for (let n = 1; n <= 10; n++) {
      h.clock.t += 64_000;
      await say(mallory, `link ZZZZZZZZ${String(n).padStart(2, '2').replace(/[01]/g, '9')}`);
    }
    expect(h.logs.some((l) => l.msg === 'code guessing locked out' && l.kind === 'link' && l.subject === `address:${from}`)).toBe(true);
    const blocked = await say(mallory, `link ${code}`);
    expect(blocked.text).toMatch(/^Too many wrong link codes were tried from here\. Please wait 1 hour/);
    expect(h.core.users.identities(h.core.users.find('web', h.tokens.verify(ana.frames[0].token)!)!.id)).toHaveLength(1);
    // Share codes from the same address are counted on their own.
    expect((await say(mallory, wrongShare(1))).text).toBe("That share code doesn't match any list. Check it and try again.");
  });

  it('a code refused for now, sent again later with the same message id, is applied', async () => {
    const code = /join ([A-Z0-9-]+)/.exec((await say(ana, 'share my list')).text)![1]!;
    const bob = await newcomer('127.0.0.95');
    for (let n = 1; n <= 4; n++) await say(bob, wrongShare(n));
    const early = await say(bob, `join ${code}`, 'join-1');
    expect(early.text).toMatch(/Please wait 2 seconds/);
    h.clock.t += 2_000;
    const later = await say(bob, `join ${code}`, 'join-1');
    expect(later.text).toMatch(/You've joined/);
  });
});
