/**
 * Buttons carry what they mean: a button's value names its question and option, what it does is
 * stored with the question, so an old button does exactly what it says (or says it has expired),
 * also after a restart, and never answers a newer question by position.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TurnInput, TurnOutput } from '../../src/agent/index.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);
const HOUR = 3_600_000;
let clock = NOW;
let core: Core;
let seeded: ReturnType<typeof createSeededTempDb>;
let message = 0;

const build = (db = seeded.db) => createCore({ db, logger: createLogger({ level: 'silent' }), now: () => clock, demoStore: true });
beforeEach(() => {
  clock = NOW;
  seeded = createSeededTempDb(NOW);
  core = build();
});
afterEach(() => seeded.cleanup());

const say = (text: string, who = 'ana', extra: Partial<TurnInput> = {}): Promise<TurnOutput> =>
  core.agent.handle({ channel: 'telegram', externalUserId: who, conversationKey: who, messageId: `m${++message}`, text, ...extra });
/** The value of the button whose label matches. */
const button = (reply: TurnOutput, label: RegExp) => reply.choices!.find((c) => label.test(c.label))!.value;
const listNames = (who = 'ana') => {
  const user = core.users.resolve('telegram', who);
  return core.lists.view(user.id, core.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines.map((l) => l.name));
};

describe('buttons that carry what they mean', () => {
  it('an older question\'s button adds what it names, and the newer question stays open', async () => {
    const milk = await say('add milk');
    const wholeMilk = button(milk, /Great Value Whole Milk/);
    expect(wholeMilk).toMatch(/^q:[a-z2-7]{10}:1$/);
    const pepper = await say('add black pepper');
    expect(pepper.text).toMatch(/which black pepper/i);

    const pressed = await say(wholeMilk);
    expect(pressed.text).toMatch(/^Milk: Great Value Whole Milk/);
    expect(pressed.text).toMatch(/Still to choose: which black pepper/i);
    expect(listNames().sort()).toEqual(['Great Value Whole Milk, 1 gal', 'black pepper']);

    // The pepper question is still the one a typed "2" answers.
    expect((await say('2')).text).toMatch(/McCormick/);
    expect(listNames()).toHaveLength(2);
  });

  it('a second press of an answered question changes nothing', async () => {
    const milk = await say('add milk');
    const whole = button(milk, /Great Value Whole Milk/);
    await say(whole);
    const again = await say(whole);
    expect(again.stale).toBe('answered');
    expect(again.text).toMatch(/already answered/i);
    expect(listNames()).toEqual(['Great Value Whole Milk, 1 gal']);
  });

  it('still does what it says after a restart, and says it has expired two days on', async () => {
    const milk = await say('add milk');
    const lactaid = button(milk, /Lactaid/);
    const oneGallon = button(milk, /1% Low Fat/);
    // A new process over the same database file: nothing about the buttons was in memory.
    seeded.db.close();
    seeded.db = seeded.connect();
    core = build(seeded.db);
    expect((await say(lactaid)).text).toMatch(/Lactaid/);

    const pepper = await say('add black pepper');
    const firstPepper = pepper.choices![0]!.value;
    clock += 49 * HOUR;
    const late = await say(firstPepper);
    expect(late.stale).toBe('expired');
    expect(late.text).toMatch(/expired \(it was for "Which black pepper\?"\)/);
    // The plain line the question was about stays as it was: the expired press set no product.
    expect(listNames().filter((n) => /pepper/i.test(n))).toEqual(['black pepper']);
    expect(oneGallon).not.toBe(lactaid);
  });

  it('a numbered search result button adds that product, even after another search', async () => {
    const coffee = await say('show me coffee');
    const second = coffee.choices![1]!;
    await say('show me tea');
    const added = await say(second.value);
    expect(added.text).toMatch(/^Added /);
    const name = second.label.replace(/^2\) /, '').replace(/ · .*$/, '');
    expect(listNames()).toEqual([name]);
  });

  it('after "No", the same question\'s "Yes" does nothing', async () => {
    await say('add apples and pears');
    const ask = await say('clear my list');
    expect((await say(button(ask, /^No$/))).text).toMatch(/left everything/i);
    expect((await say(button(ask, /^Yes$/))).stale).toBe('answered');
    expect(listNames()).toHaveLength(2);
  });

  it("a destructive yes expires with its question; someone else's button does nothing", async () => {
    await say('add apples and pears');
    const ask = await say('clear my list');
    const yes = button(ask, /^Yes$/);
    clock += 11 * 60_000;
    expect((await say(yes)).stale).toBe('expired');
    expect(listNames()).toHaveLength(2);

    // In a group, Bob presses the button under Ana's question.
    const group = { conversationKey: '-100555', group: { title: 'Flat' } };
    const milk = await say('add milk', 'ana', group);
    const bobs = await say(button(milk, /Whole Milk/), 'bob', group);
    expect(bobs.stale).toBe('someone_else');
    expect(bobs.text).toMatch(/answers .*question, so I left it alone/);
    expect((await say(button(milk, /Whole Milk/), 'ana', group)).text).toMatch(/Great Value Whole Milk/);
  });

  it('a plain choice is said as typed and kept in the history by its label', async () => {
    const empty = await say('   ');
    const listChoice = empty.choices!.find((c) => /on my list/i.test(c.label))!;
    expect(listChoice.value).toBe("what's on my list?");
    expect((await say(listChoice.value)).text).toMatch(/Grocery list/);
    const milk = await say('add milk');
    await say(button(milk, /Whole Milk/));
    const history = core.conversations.history('telegram:ana', 10).filter((t) => t.role === 'user').map((t) => t.text);
    expect(history.at(-1)).toMatch(/^1\) Great Value Whole Milk/);
  });
});
