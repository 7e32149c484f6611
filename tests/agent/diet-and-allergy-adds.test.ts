/**
 * What a person who told us an allergy or a diet sees when they add things: whole turns through the
 * agent, the tools and the preference memory over the demo store on SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createPreferenceMemory, type PreferenceMemory } from '../../src/memory/index.js';
import { createMemoryStores } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);

describe('adding things after an allergy or a diet was stated', () => {
  let core: Core;
  let memory: PreferenceMemory;
  let cleanup: () => void;
  let n = 0;

  beforeAll(() => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(temp.db)), now: () => NOW });
    core = createCore({ db: temp.db, logger: createLogger({ level: 'silent' }), now: () => NOW, demoStore: true, memory });
  }, 60_000);
  afterAll(async () => {
    await memory.close();
    cleanup();
  });

  function person() {
    const name = `p${++n}`;
    const say = (text: string) => core.agent.handle({ channel: 'terminal', externalUserId: name, conversationKey: name, text, messageId: `${name}-${Math.random()}` });
    const lines = () => {
      const user = core.users.resolve('terminal', name);
      return core.lists.view(user.id, core.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines.map((l) => l.product?.name ?? l.itemName));
    };
    return { say, lines };
  }

  it('offers the chocolates someone allergic to peanuts can have when the best match has peanuts, and links no product until they pick', async () => {
    const p = person();
    await p.say("I'm allergic to peanuts");
    const asked = await p.say('add chocolate');
    expect(asked.text).toMatch(/^Added chocolate to your Grocery list\.\nsnickers .* contains peanuts\. which chocolate instead\?/i);
    expect(asked.choices!.length).toBeGreaterThan(0);
    expect(asked.choices!.every((c) => /chocolate/i.test(c.label) && !/peanut|snickers|reese/i.test(c.label))).toBe(true);
    // A plain line, as said: never the Snickers bar the store would have matched.
    expect(p.lines()).toEqual(['chocolate']);
    await p.say('1');
    expect(p.lines()).toHaveLength(1);
    expect(p.lines()[0]).toMatch(/chocolate/i);
    expect(p.lines()[0]).not.toMatch(/peanut|snickers/i);
  });

  it('adds a trail mix when no trail mix is free of peanuts (pistachios are not one), saying it contains them', async () => {
    const p = person();
    await p.say("I'm allergic to peanuts");
    const added = await p.say('add trail mix');
    expect(p.lines()).toHaveLength(1);
    expect(p.lines()[0]).toMatch(/trail mix/i);
    expect(added.text).toMatch(/heads up: .*trail mix.* contains peanuts\./i);
  });

  it('adds peanut butter when that is what they asked for, and says it contains peanuts', async () => {
    const p = person();
    await p.say("I'm allergic to peanuts");
    const added = await p.say('add peanut butter and snickers');
    expect(p.lines().some((l) => /peanut butter/i.test(l))).toBe(true);
    expect(p.lines().some((l) => /snickers/i.test(l))).toBe(true);
    expect(added.text).toMatch(/heads up: .*peanut butter.* contains peanuts\./i);
    expect(added.text).toMatch(/heads up: snickers .* contains peanuts\./i);
  });

  it('offers plant milks for "milk" to someone vegan, and says why', async () => {
    const p = person();
    await p.say("I'm vegan");
    const asked = await p.say('add milk');
    expect(asked.text).toMatch(/isn't vegan\. which milk instead\?/i);
    expect(asked.choices!.every((c) => /almond|oat|soy/i.test(c.label))).toBe(true);
  });

  // Regression: after picking whole milk once, then "I'm vegan", "add milk" added whole milk again with a heads-up.
  it('offers plant milks to someone who bought whole milk before saying they are vegan', async () => {
    const p = person();
    const asked = await p.say('add milk');
    const whole = asked.choices!.find((c) => /Great Value Whole Milk/.test(c.label))!;
    await p.say(whole.value);
    expect(p.lines()).toEqual(['Great Value Whole Milk, 1 gal']);
    await p.say('remove the milk');
    await p.say("I'm vegan");
    const again = await p.say('add milk');
    expect(again.text).toMatch(/\nGreat Value Whole Milk, 1 gal isn't vegan\. which milk instead\?/i);
    expect(again.choices!.every((c) => /almond|oat|soy/i.test(c.label))).toBe(true);
    expect(p.lines()).toEqual(['milk']);
  });

  it('adds butter for someone vegan when the store has no plant butter, with a note, and never offers peanut butter for it', async () => {
    const p = person();
    await p.say("I'm vegan");
    const added = await p.say('add butter');
    expect(p.lines()).toHaveLength(1);
    expect(p.lines()[0]).not.toMatch(/peanut/i);
    expect(added.text).toMatch(/heads up: .*butter.* isn't vegan\./i);
  });

  it('says what it knows, and forgets what the person takes back', async () => {
    const p = person();
    await p.say("I'm allergic to peanuts");
    await p.say('I like Oatly');
    await p.say('track the price of coffee');
    const known = await p.say('what do you know about me?');
    expect(known.text).toMatch(/you're allergic to peanuts; you like oatly\./i);
    expect(known.text).toMatch(/you're watching the price of .*coffee/i);
    expect((await p.say('forget my peanut allergy')).text).toMatch(/forgotten that you're allergic to peanuts/i);
    const added = await p.say('add peanut butter');
    expect(added.text).not.toMatch(/heads up/i);
    expect((await p.say('forget that I like Silk')).text).toMatch(/didn't have "silk" noted\. what i know: you like oatly/i);
  });

  it('says nothing extra to someone who stated nothing, or about things no diet concerns', async () => {
    const plain = person();
    const added = await plain.say('add peanut butter');
    expect(added.text).not.toMatch(/heads up/i);
    const vegan = person();
    await vegan.say("I'm vegan");
    for (const text of ['add bananas', 'add paper towels', 'add dish soap']) {
      expect((await vegan.say(text)).text).not.toMatch(/heads up|isn't vegan/i);
    }
  });
});
