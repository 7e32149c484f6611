/**
 * The bot's messages keep within Telegram's limits: one a second per private chat, 20 a minute per
 * group, 30 a second in all, in the order they were made; a 429 holds the chat for the
 * retry_after Telegram names and the message is sent again once. The pacer and the retry
 * transformer run as grammY runs them (the retry one outside), over a Bot API answer in its real
 * shape, on a clock the test moves: nothing here depends on how fast the machine is.
 */
import type { Transformer } from 'grammy';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRetryTransformer } from '../../../src/channels/telegram/retry-transformer.js';
import { createSendPacer } from '../../../src/channels/telegram/send-pacer.js';
import { createLogger } from '../../../src/logger.js';

const logger = createLogger({ level: 'silent' });
type Prev = Parameters<Transformer>[0];

let clock: number;
let sleepers: { at: number; wake: () => void }[];
/** Each call that reached the Bot API, with the clock when it did. */
let calls: { chat: number; text: string; at: number }[];
/** Answers the Bot API gives the next calls (a 429), before answering ok. */
let refusals: { error_code: 429; description: string; parameters: { retry_after: number } }[];

const sleep = (ms: number) => new Promise<void>((wake) => sleepers.push({ at: clock + ms, wake }));

/** The Bot API: answers in its envelope, refusing first with whatever `refusals` holds. */
const botApi: Prev = async (method, payload) => {
  const p = payload as { chat_id: number; text: string };
  calls.push({ chat: p.chat_id, text: p.text, at: clock });
  const refusal = refusals.shift();
  if (refusal) return { ok: false, ...refusal };
  return { ok: true, result: { message_id: calls.length, method } } as never;
};

/** The client's call as grammY composes it: the pacer inside, the retry transformer outside. */
function client(): (chat: number, text: string) => Promise<unknown> {
  const pacer = createSendPacer({ logger, now: () => clock, sleep });
  const retry = createRetryTransformer({ logger, sleep });
  const paced: Prev = (m, p, s) => pacer(botApi, m, p, s);
  return (chat, text) => retry(paced, 'sendMessage', { chat_id: chat, text } as never);
}

/** Runs everything to the end, waking each sleeper at its time in order (the clock jumps there). */
async function settle<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => void (done = true));
  while (!done) {
    await new Promise((r) => setImmediate(r));
    sleepers.sort((a, b) => a.at - b.at);
    const next = sleepers.shift();
    if (!next) continue;
    clock = Math.max(clock, next.at);
    next.wake();
  }
  return result;
}

const gaps = (chat: number) => {
  const times = calls.filter((c) => c.chat === chat).map((c) => c.at);
  return times.slice(1).map((t, i) => t - times[i]!);
};

beforeEach(() => {
  clock = 1_000_000;
  sleepers = [];
  calls = [];
  refusals = [];
});

describe('Telegram send pacing', () => {
  it('spaces messages to one private chat a second apart, in the order they were made', async () => {
    const send = client();
    await settle(Promise.all([1, 2, 3, 4, 5].map((n) => send(501, `message ${n}`))));
    expect(calls.map((c) => c.text)).toEqual([1, 2, 3, 4, 5].map((n) => `message ${n}`));
    expect(gaps(501)).toEqual([1000, 1000, 1000, 1000]);
  });

  it('spaces messages to a group three seconds apart (20 a minute), without slowing other chats', async () => {
    const send = client();
    await settle(Promise.all([send(-100200, 'group 1'), send(-100200, 'group 2'), send(-100200, 'group 3'), send(501, 'private')]));
    expect(gaps(-100200)).toEqual([3000, 3000]);
    expect(calls.find((c) => c.chat === 501)!.at - 1_000_000).toBeLessThan(100);
  });

  it('sends at most 30 messages a second across chats', async () => {
    const send = client();
    await settle(Promise.all(Array.from({ length: 90 }, (_, i) => send(1000 + i, `alert ${i}`))));
    const times = calls.map((c) => c.at);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(999);
    expect(times.at(-1)! - times[0]!).toBeLessThan(3000);
  });

  it('holds a chat for the retry_after of a 429, sends the message again once, and queues the next behind it', async () => {
    const send = client();
    refusals.push({ error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
    await settle(Promise.all([send(502, 'first'), send(502, 'second')]));
    expect(calls.map((c) => c.text)).toEqual(['first', 'second', 'first']);
    const [first, second, again] = calls;
    expect(second!.at - first!.at).toBe(1000);
    expect(again!.at - first!.at).toBeGreaterThanOrEqual(7000);
  });
});
