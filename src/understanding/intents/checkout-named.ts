import { extractList, stripFiller } from '../engine/clause.js';
import { SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `checkout_named` intent: "check out my list", "check out the party list", read before the
 * list phrase is taken out (which would take "out" with it and leave "check": a look at the list).
 */
export const checkoutNamedIntent: IntentRule = { name: 'checkout_named', patterns: ['[check out|checkout] {x}'],
  build: (s, env) => {
    const named = extractList(s.x!, env.vocab);
    if (!named.mentioned || stripFiller(named.tokens).length > 0) return undefined;
    return { calls: [{ name: 'checkout_list', args: named.list !== undefined ? { list: named.list } : {} }], confidence: SURE };
  } };
