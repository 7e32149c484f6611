import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { manualDeadline } from '../helpers/manual-deadline.js';
import { createCue, reply, startFakeOllama, type FakeOllama, type FakeReply, type FakeScript } from '../fakes/fake-ollama.js';

const NOW = Date.UTC(2026, 10, 1, 12);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
/** Offline understanding does not understand this at all (a plan, not a list command). */
const UNCLEAR = 'plan me a taco night';
/** Offline understanding would ask about this first ("Add tortillas to your list?"). */
const UNSURE = 'some tortillas would be good';

/**
 * The agent's LLM path end to end: the real agent, tools and SQLite, ChatOllama's real parsing,
 * and a fake Ollama that speaks the real wire protocol with scripted (often wrong) answers. What
 * the person is told about their list always comes from the tools. No test here waits on the
 * clock: time limits are ended on cue, and the fake answers when a test lets it.
 */
describe('agent with a language model behind it', () => {
  const temps: (() => void)[] = [];
  let fake: FakeOllama | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  afterAll(() => temps.forEach((c) => c()));

  function coreWith(host: string, deadline?: (ms: number) => AbortSignal): Core {
    const { db, cleanup } = createSeededTempDb(NOW);
    temps.push(cleanup);
    return createCore({ db, logger, now: () => NOW, ollama: { host, model: 'llama3.2', timeoutMs: 20_000, deadline } });
  }

  async function setup(script: FakeScript | FakeReply[], deadline?: (ms: number) => AbortSignal) {
    fake = await startFakeOllama(script);
    return coreWith(fake.url, deadline);
  }

  let n = 0;
  const turn = (core: Core, text: string, who = 'ana', onThinking?: () => void) =>
    core.agent.handle({ channel: 'web', externalUserId: who, conversationKey: who, text, messageId: `${who}-${++n}`, onThinking });
  const itemsOf = (core: Core, who = 'ana') => {
    const user = core.users.resolve('web', who);
    return core.lists.view(user.id, core.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines.map((l) => l.itemName)).sort();
  };

  it("runs what the model proposes only when the offline reading agrees, and says it in the tool's words", async () => {
    const core = await setup([reply.answer([{ tool: 'add_to_list', args: { items: [{ name: 'tortillas' }] } }], 'Added tortillas for taco night!')]);
    let thinking = 0;
    const answer = await turn(core, UNSURE, 'ana', () => thinking++);

    expect(answer.source).toBe('llm');
    expect(thinking).toBe(1);
    expect(itemsOf(core)).toEqual(['tortillas']);
    expect(answer.text).not.toContain('taco night');
    expect(answer.calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'tortillas' }] } }]);
    const request = fake!.chatRequests()[0]!.body;
    expect(request.stream).toBe(true);
    expect(request.format.required).toEqual(['calls', 'say']);
    expect(request.messages.at(-1).content).toContain('(Tools that may fit: add_to_list');
  });

  it('asks before writing what nobody asked for in so many words, and writes nothing until yes', async () => {
    const core = await setup([reply.answer([{ tool: 'add_to_list', args: { items: [{ name: 'tortillas' }, { name: 'ground beef', quantity: 2, unit: 'lb' }] } }], "I've added the basics.")]);
    const answer = await turn(core, UNCLEAR);

    expect(answer.text).toBe('Add tortillas and 2 lb ground beef to your list?');
    expect(answer.choices?.map((c) => c.label)).toEqual(['Yes', 'No']);
    expect(itemsOf(core)).toEqual([]);
    const yes = await turn(core, 'yes');
    expect(yes.text).toMatch(/ground beef/);
    expect(itemsOf(core)).toEqual(['ground beef', 'tortillas']);
  });

  it('the model removes milk and says "Removed eggs": the person is asked about milk and never told about eggs', async () => {
    const core = await setup([reply.answer([{ tool: 'remove_from_list', args: { items: [{ name: 'milk' }] } }], 'Removed eggs.')]);
    await turn(core, 'add 2 gallons of milk and a dozen eggs');
    await turn(core, '1');
    const before = itemsOf(core);
    const answer = await turn(core, 'that dairy stuff, nah');

    expect(answer.text).toBe('Take milk off your list?');
    expect(answer.text).not.toMatch(/eggs/i);
    expect(itemsOf(core)).toEqual(before);
    const yes = await turn(core, 'yes');
    expect(yes.text).toMatch(/milk/i);
    expect(yes.text).not.toMatch(/eggs/i);
    expect(itemsOf(core)).not.toContain('milk');
    expect(itemsOf(core)).toContain('eggs');
  });

  it("a failed tool call is said as the tool said it, never hidden behind the model's words", async () => {
    const core = await setup([reply.answer([{ tool: 'view_list', args: { list: 'party' } }], 'Your party list has chips.')]);
    const answer = await turn(core, 'whats on the thing for saturday');
    expect(answer.text).toMatch(/couldn't find a list called "party"/i);
    expect(answer.text).not.toMatch(/chips/);
  });

  it('"Done! I\'ve added 10 lbs of chicken" with no call adds nothing and is not said', async () => {
    const core = await setup([reply.text("Done! I've added 10 lbs of chicken to your list.")]);
    const answer = await turn(core, UNCLEAR);
    expect(answer.text).not.toMatch(/added|chicken/i);
    expect(answer.source).toBe('fallback');
    expect(itemsOf(core)).toEqual([]);
  });

  it('clear_list from the model asks for confirmation in the reply; nothing is cleared until yes', async () => {
    const core = await setup([reply.answer([{ tool: 'clear_list', args: {} }], 'Your list is cleared.')]);
    await turn(core, 'add 3 lemons and 2 limes');
    const answer = await turn(core, 'lets wipe the slate for the week');

    expect(answer.text).toMatch(/^Clear all 2 items from your Grocery list\?/);
    expect(answer.text).not.toMatch(/is cleared/);
    expect(answer.choices?.map((c) => c.label)).toEqual(['Yes', 'No']);
    expect(itemsOf(core)).toEqual(['lemons', 'limes']);
    await turn(core, 'no');
    expect(itemsOf(core)).toEqual(['lemons', 'limes']);
  });

  it('an empty model answer falls back to the offline decision, never an empty message', async () => {
    const core = await setup([reply.text('')]);
    const unclear = await turn(core, UNCLEAR);
    expect(unclear.text.length).toBeGreaterThan(20);
    expect(unclear.source).toBe('fallback');
    const unsure = await turn(core, UNSURE);
    expect(unsure.text).toBe('Add tortillas to your list?');
  });

  it('a tool call written as text with prose before it is never shown raw: the call is read, the prose dropped', async () => {
    const core = await setup([reply.text('Sure, let me check that for you! {"name": "view_list", "parameters": {}}')]);
    await turn(core, 'add 3 lemons');
    const answer = await turn(core, 'new week new me');
    expect(answer.source).toBe('llm');
    expect(answer.text).not.toMatch(/[{}]|let me check/);
    expect(answer.text).toMatch(/lemon/i);
  });

  it("shows the model's words for small talk, and only where no tool acts", async () => {
    const core = await setup([reply.answer([], 'A picnic with sandwiches, fruit and lemonade is hard to beat. Want me to put those on your list?')]);
    const answer = await turn(core, 'what is a good picnic idea');
    expect(answer.source).toBe('llm');
    expect(answer.text).toMatch(/^A picnic with sandwiches/);
    expect(itemsOf(core)).toEqual([]);
  });

  it('never asks the model about what offline understanding is sure of, or knows is about something else', async () => {
    const core = await setup([reply.answer([{ tool: 'clear_list', args: {} }])]);
    expect((await turn(core, 'add 3 lemons')).source).toBe('offline');
    expect((await turn(core, 'check my bank balance')).text).toMatch(/grocery/);
    expect(fake!.chatRequests()).toHaveLength(0);
  });

  it("acts for the person speaking even when the model passes someone else's id", async () => {
    const core = await setup([reply.answer([{ tool: 'add_to_list', args: { userId: 1, user_id: 1, items: [{ name: 'caviar' }] } }])]);
    await turn(core, 'add 3 lemons', 'bob');
    await turn(core, UNCLEAR, 'mallory');
    await turn(core, 'yes', 'mallory');
    expect(itemsOf(core, 'mallory')).toEqual(['caviar']);
    expect(itemsOf(core, 'bob')).toEqual(['lemons']);
  });

  it('answers the next messages while the model is still thinking, and the slow one when the model is done', async () => {
    const cue = createCue();
    const core = await setup([reply.onCue(cue, reply.answer([], 'Taco night: tortillas, beef, cheese and salsa. Want them on your list?'))]);
    const events: string[] = [];
    let thinking!: () => void;
    const thought = new Promise<void>((resolve) => (thinking = resolve));
    const slow = turn(core, UNCLEAR, 'ana', () => {
      events.push('thinking');
      thinking();
    }).then((a) => events.push(`slow: ${a.source}`));
    await thought;
    const quick = await turn(core, 'add 3 lemons');
    events.push(`quick: ${quick.source}`);
    expect(itemsOf(core)).toEqual(['lemons']);
    cue.release();
    await slow;
    expect(events).toEqual(['thinking', 'quick: offline', 'slow: llm']);
    // Both exchanges are in the history, and the list change made meanwhile stands.
    const said = core.conversations.history('web:ana', 10).map((t) => t.text);
    expect(said).toContain(UNCLEAR);
    expect(said).toContain('add 3 lemons');
    expect(itemsOf(core)).toEqual(['lemons']);
  });

  it('at the time limit the offline decision stands, and a slow model is asked again next time', async () => {
    const clock = manualDeadline();
    const core = await setup([reply.onCue(createCue(), reply.answer([]))], clock.deadline);
    for (let i = 1; i <= 4; i++) {
      const pending = turn(core, UNSURE);
      await fake!.untilChats(i);
      clock.expire();
      const answer = await pending;
      expect(answer.text).toBe('Add tortillas to your list?');
    }
    // Four timeouts in a row did not switch the model off: a healthy but slow model keeps being asked.
    expect(fake!.chatRequests()).toHaveLength(4);
  });

  it('answers from the offline path when Ollama is not running', async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const core = coreWith(`http://127.0.0.1:${port}`);

    const answer = await turn(core, UNSURE);
    expect(answer.text).toBe('Add tortillas to your list?');
    const said = core.conversations.history('web:ana', 4).map((t) => t.text);
    expect(said).toContain(UNSURE);
  });
});
