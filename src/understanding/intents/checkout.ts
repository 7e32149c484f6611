import { call, SURE, type IntentRule } from '../engine/intent.js';
import { CHECKOUT_PLACES, CHECKOUT_TAIL, CHECKOUT_WORDS, ORDER_OBJECTS } from '../lexicon/index.js';

/**
 * The `checkout` intent: "order it", "check out my list", "send my list to walmart", "can you place
 * the order": the list handed off for ordering (checkout_list). "order" alone needs a list named
 * ("order my costco list"); "order paper towels" is an add.
 */
export const checkoutIntent: IntentRule = { name: 'checkout', patterns: [
  '[checkout|check out|check me out] [now|please|for me|]',
  `[order|purchase] ${ORDER_OBJECTS} ${CHECKOUT_TAIL}`,
  `order ${CHECKOUT_TAIL}`,
  '[place|put in|submit|send|send in|make|finish|complete] [the|my|an|this|our|the grocery|my grocery|the walmart|my walmart] order [now|for me|]',
  `[send|put|add|load|move|turn|push|transfer|take] [it|this|everything|them|] [over|] [to|in|into|onto|through] ${CHECKOUT_PLACES}`,
  `[i am|we are|i am all|we are all|i think i am|i think we are] [ready|set|done] [to|and ready to] ${CHECKOUT_WORDS} [now|]`,
  `[ready|time|good] to ${CHECKOUT_WORDS} [now|]`, `[proceed|go] to [checkout|check out]`, `[let us|lets] ${CHECKOUT_WORDS}`],
  build: (_s, env) => {
    // "order" with nothing after it only hands off a list that was named.
    if (env.tokens[0] === 'order' && env.tokens.length <= 2 && !env.listMentioned && !env.tokens.includes('it')) return undefined;
    return { calls: [call('checkout_list', {}, env)], confidence: SURE };
  } };
