import type { IntentRule } from '../engine/intent.js';
import { STARTS_REQUEST, wholeQuantity, changeTo, countedThing, makeThingTail, makeThing } from './support/list-actions.js';

/**
 * The `correction` intent: "actually 3", "make it oat milk", "i meant 2": the thing just touched, changed.
 */
export const correctionIntent: IntentRule = { name: 'correction', patterns: ['actually {x}', '{x} instead', 'make [it|that|those|them] {x}', '[no|wait|sorry|oops] {x} [instead|]', '[i|we] meant {x}', '[perhaps|maybe|probably|i think|actually|] {x} [would be|might be|will be|would probably be|is] better [instead|]'],
  build: (s, env) => {
    const x = s.x!;
    // "actually make the milk 1 gallon": the verb's own rule reads it once "actually" is dropped.
    if (STARTS_REQUEST.has(x[0]!) && env.tokens[0] === 'actually') return undefined;
    const qty = wholeQuantity(x);
    if (qty) return changeTo(['it'], x, env);
    // "perhaps vanilla would be better": the thing just touched, as the kind named.
    if (env.tokens.includes('better')) return x.length <= 4 ? changeTo(['it'], x, env) : undefined;
    const counted = countedThing(x, env);
    if (counted) return counted;
    // "actually, make that oat milk": the thing just touched is replaced, its amount kept.
    if (/^(make|change)$/.test(env.tokens[0]!) && /^(it|that|those|them)$/.test(env.tokens[1] ?? '') && !makeThingTail(x)) return changeTo([env.tokens[1]!], x, env);
    const of = x.indexOf('of');
    if (of > 0 && wholeQuantity(x.slice(0, of))) return changeTo(x.slice(of + 1), x.slice(0, of), env);
    return makeThing(x, env);
  } };
