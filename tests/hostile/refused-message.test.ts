import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttackHarness, hello, say, type AttackClient, type AttackHarness } from './attack-harness.js';

/**
 * Fault: a message refused as "too fast" was stored as handled, so the same message sent again
 * later (as the widget does after a reconnect) was refused forever and never applied. Only
 * messages that were applied or answered for good are remembered now.
 */
describe('a message refused for now', () => {
  let h: AttackHarness;
  let c: AttackClient;
  beforeEach(async () => {
    h = await createAttackHarness({ turnLimit: { capacity: 3, perSecond: 1 } });
    c = await h.connect();
    await hello(c);
  });
  afterEach(async () => h.close());

  /** The person's list as "name quantity" lines. */
  const items = () => {
    const userId = h.core.users.find('web', h.tokens.verify(c.frames[0].token)!)!.id;
    return h.core.lists.view(userId, h.core.lists.defaultList(userId).id).groups.flatMap((g) => g.lines.map((l) => `${l.itemName} ${l.quantityText}`));
  };

  it('is applied when sent again later with the same id, and only once', async () => {
    for (const text of ['add milk', 'add eggs', 'add bread']) await say(c, text);
    const refused = await say(c, 'add bananas', 'm-bananas');
    expect(refused.text).toBe("You're sending messages faster than I can keep up. Give me a second.");
    expect(items()).not.toContain('bananas 1');
    // Sent again at once: still too fast, still not applied.
    expect((await say(c, 'add bananas', 'm-bananas')).text).toBe(refused.text);

    h.clock.t += 2_000;
    const applied = await say(c, 'add bananas', 'm-bananas');
    expect(applied.text).toMatch(/Added bananas/);
    expect(items()).toContain('bananas 1');
    // Now it was applied: a further copy is answered as before, not applied twice.
    h.clock.t += 2_000;
    expect((await say(c, 'add bananas', 'm-bananas')).text).toBe(applied.text);
    expect(items().filter((i) => i.startsWith('bananas'))).toEqual(['bananas 1']);
  });
});
