import type { IntentRule } from '../engine/intent.js';
import { resolveReference } from '../engine/references.js';
import { unresolved } from './support/shopping-phrases.js';

/**
 * The `stop_tracking` intent: "stop tracking coffee", "cancel the alert on tide", "don't watch eggs anymore": the alert ends.
 */
export const stopTrackingIntent: IntentRule = { name: 'stop_tracking', patterns: [
  '[stop|quit|cancel|end|turn off|no more|remove|delete|drop|kill|you can stop|please stop|you can quit] [tracking|watching|following|monitoring|the alert for|the alert on|alerts for|alerts on|the price alert for|the price alert on|price alerts for|price alerts on|my alert on|my alert for|the price watch on|watching the price of|tracking the price of|following the price of|the alerts on|the alerts for] {x} [please|anymore|any more|]',
  '[do not|i do not want to|no need to|you can stop|you do not need to] [track|watch|follow|monitor] [the price of|the price on|prices of|] {x} [anymore|any more|]', '[untrack|unwatch|unfollow] {x}',
  '[i|we|] [do not|no longer|will not] [need|want] [any|] [alerts|notifications|price alerts|updates|pings] [for|on|about] {x} [anymore|any more|]'],
  build: (s, env) => {
    const words = s.x!.filter((t) => !/^(the|my|price|prices|of|on|for|please|anymore)$/.test(t) && t !== ',');
    if (words.length === 0 || words.length > 6) return undefined;
    const ref = resolveReference(words, env.context, 'shown');
    if (ref) return ref.length === 1 && ref[0]!.productId !== undefined ? { calls: [{ name: 'stop_tracking', args: { productId: ref[0]!.productId } }], confidence: 0.9 } : unresolved();
    return { calls: [{ name: 'stop_tracking', args: { name: words.join(' ') } }], confidence: 0.95 };
  } };
