import { afterEach, describe, expect, it } from 'vitest';
import { createCue, reply, startFakeOllama, type FakeOllama } from '../../fakes/fake-ollama.js';
import { createWebHarness, type WebHarness } from './web-harness.js';
import { chatClient } from './ws-client.js';

describe('web chat while the language model thinks', () => {
  let h: WebHarness | undefined;
  let ollama: FakeOllama | undefined;
  afterEach(async () => {
    await h?.close();
    await ollama?.close();
  });

  it('shows typing at once, answers a later message first, then the slow one, each to its own message', async () => {
    const cue = createCue();
    ollama = await startFakeOllama([reply.onCue(cue, reply.answer([], 'Taco night needs tortillas, beef, cheese and salsa. Shall I put them on your list?'))]);
    h = await createWebHarness({ ollamaHost: ollama.url });
    const c = chatClient(await h.web.app.injectWS('/ws'));
    c.send({ type: 'hello' });
    await c.next('welcome');

    c.send({ type: 'message', id: 'slow', text: 'plan me a taco night' });
    expect(await c.next('typing')).toEqual({ type: 'typing', replyTo: 'slow' });
    await ollama!.untilChats(1);
    c.send({ type: 'message', id: 'quick', text: 'add 3 lemons' });
    const first = await c.next('reply');
    expect(first.replyTo).toBe('quick');
    expect(first.text).toMatch(/lemons/i);

    cue.release();
    const second = await c.next('reply');
    expect(second.replyTo).toBe('slow');
    expect(second.text).toMatch(/^Taco night needs/);
    c.close();
  });
});
