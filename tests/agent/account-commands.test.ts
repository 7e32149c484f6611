import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHour } from '../../src/agent/account-commands.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { createTempDb } from '../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);

describe('account commands, the same in every channel', () => {
  let core: Core;
  let cleanup: () => void;
  beforeAll(() => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    core = createCore({ db: temp.db, logger: createLogger({ level: 'silent' }), now: () => NOW });
  });
  afterAll(() => cleanup());

  const say = (channel: 'web' | 'terminal' | 'telegram', who: string, text: string) =>
    core.agent.handle({ channel, externalUserId: who, conversationKey: who, text, messageId: `${who}-${Math.random()}` });
  const user = (channel: 'web' | 'terminal' | 'telegram', who: string) => core.users.get(core.users.resolve(channel, who).id)!;

  it('"stop alerts" turns alerts off and "start alerts" back on, touching no list', async () => {
    const off = await say('web', 'w1', 'stop alerts');
    expect(off.text).toMatch(/alerts are off/i);
    expect(user('web', 'w1').alertsEnabled).toBe(false);
    await say('web', 'w1', 'turn on price alerts');
    expect(user('web', 'w1').alertsEnabled).toBe(true);
    const u = user('web', 'w1');
    expect(core.lists.view(u.id, core.lists.defaultList(u.id).id).itemCount).toBe(0);
  });

  it('sets and clears quiet hours, and refuses hours it cannot read', async () => {
    const set = await say('web', 'w2', 'quiet hours 10pm to 7am');
    expect(set.text).toMatch(/10pm to 7am/);
    expect(user('web', 'w2')).toMatchObject({ quietStart: 22, quietEnd: 7 });
    const bad = await say('web', 'w2', 'quiet hours 25 to 7');
    expect(bad.text).toMatch(/quiet hours 10pm to 7am/);
    expect(user('web', 'w2')).toMatchObject({ quietStart: 22, quietEnd: 7 });
    await say('web', 'w2', 'no quiet hours');
    expect(user('web', 'w2')).toMatchObject({ quietStart: null, quietEnd: null });
  });

  it('links a web chat to a Telegram account with a one-time code, so both see the same list', async () => {
    await say('telegram', '555', 'add 2 lemons');
    const code = /link code is ([A-Z0-9-]+)/.exec((await say('telegram', '555', 'link')).text)?.[1];
    expect(code).toBeDefined();
    const linked = await say('web', 'browser-1', `link ${code!.toLowerCase()}`);
    expect(linked.text).toMatch(/linked/i);
    const seen = await say('web', 'browser-1', "what's on my list?");
    expect(seen.text).toMatch(/lemons/i);
    const again = await say('web', 'browser-2', `link ${code}`);
    expect(again.text).toMatch(/isn't valid|expired/i);
  });

  it('reads the hours people write', () => {
    expect(['10pm', '10 PM', '22', '22:00', '7am', '12am', 'noon', 'midnight', '9 p.m.'].map(parseHour)).toEqual([22, 22, 22, 22, 7, 0, 12, 0, 21]);
    expect(['13pm', '24', 'later'].map(parseHour)).toEqual([undefined, undefined, undefined]);
  });
});
