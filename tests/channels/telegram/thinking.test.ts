import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCue, reply, startFakeOllama, type Cue, type FakeOllama } from '../../fakes/fake-ollama.js';
import { itemNames, useTelegramTestBed } from './agent-harness.js';

const ANA = { id: 601, first_name: 'Ana' };
let ollama: FakeOllama;
let cue: Cue;

beforeAll(async () => {
  // Every request to the model waits for the test's cue, then proposes nothing but a few words.
  ollama = await startFakeOllama(() => reply.onCue(cue, reply.answer([], 'Taco night needs tortillas, beef, cheese and salsa. Shall I put them on your list?')));
});
afterAll(() => ollama.close());
const bed = useTelegramTestBed({ ollamaHost: () => ollama.url });

describe('Telegram while the language model thinks', () => {
  for (const mode of ['long polling', 'webhook'] as const) {
    it(`${mode}: shows "typing…" at once, answers later messages meanwhile, and sends the answer when the model is done`, async () => {
      cue = createCue();
      const { api, h } = bed;
      const deliver = async (text: string) => {
        const update = api.textUpdate(ANA, text);
        if (mode === 'webhook') expect((await bed.postUpdate(app!, update)).statusCode).toBe(200);
        else api.pushUpdate(update);
        return (update.message as { message_id: number }).message_id;
      };
      const app = mode === 'webhook' ? await bed.webhookApp() : undefined;
      if (mode === 'long polling') await bed.channel().start();

      const slowId = await deliver('plan me a taco night');
      await api.waitFor('sendChatAction', (c) => c.payload.chat_id === ANA.id && c.payload.action === 'typing', 25_000);
      // The update was finished with the model still thinking: the next message is read and answered.
      await deliver('add 3 lemons');
      await api.waitFor('sendMessage', (c) => /lemons/i.test(String(c.payload.text)), 25_000);
      expect(api.chat(ANA.id).map((m) => m.text)).toHaveLength(1);

      cue.release();
      const late = await api.waitFor('sendMessage', (c) => /^Taco night needs/.test(String(c.payload.text)), 25_000);
      // The late answer quotes the message it answers: another came in between.
      expect(late.payload.reply_parameters).toMatchObject({ message_id: slowId });
      expect(api.chat(ANA.id).map((m) => m.text)).toEqual([expect.stringMatching(/lemons/i), expect.stringMatching(/^Taco night needs/)]);
      const user = h.users.resolve('telegram', String(ANA.id));
      expect(itemNames(h, user.id).map((n) => n.toLowerCase())).toEqual(['lemons']);
    });
  }
});
