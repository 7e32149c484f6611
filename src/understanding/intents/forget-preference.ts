import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';
import { ITEM_BREAK } from '../engine/tokenizer.js';
import { DIETS } from '../lexicon/index.js';

/**
 * The `forget_preference` intent: "forget that I like Oatly", "I'm not vegan anymore", "forget my peanut allergy".
 */
export const forgetPreferenceIntent: IntentRule = { name: 'forget_preference', patterns: [
  '[forget|remove|delete|drop|clear|erase|scrap] [that|the fact that|] [i|we] [like|love|prefer|hate|dislike|am|are|eat|buy|always buy|shop at|am allergic to|are allergic to] {v}',
  '[forget|remove|delete|drop|clear|erase] [my|our|the] {v} [allergy|preference|diet|thing]', '[i|we] [am|are] not {v} [anymore|any more|now|]', '[i|we] [no longer|do not] [like|love|prefer|eat|buy] {v} [anymore|any more|]',
  '[i|we] [am|are] no longer {v}', '[i|we] [am|are] not allergic to {v} [anymore|any more|after all|]'],
  build: (s, env) => {
    const words = s.v!.filter((t) => t !== ITEM_BREAK);
    // "I don't like cilantro" says a dislike; only "anymore" or "no longer" takes a like back.
    if (env.tokens.includes('do') && !env.tokens.includes('anymore') && !env.tokens.includes('more')) return undefined;
    const value = phraseOf(words);
    if (!value || words.length > 5) return undefined;
    // "remove the last thing", "delete the first thing": a line pointed at, not a preference.
    if (/^(last|first|second|third|other|same|next|previous|final|top|bottom)$/.test(value)) return undefined;
    const undone = env.tokens.some((t) => /^(anymore|more|longer|now|after)$/.test(t));
    // "I'm not sure" takes nothing back; "I'm not vegan" (a diet) does, with or without "anymore".
    if (!undone && !env.tokens.some((t) => /^(forget|remove|delete|drop|clear|erase|scrap)$/.test(t)) && DIETS[value] === undefined) return undefined;
    // "I don't like X anymore" takes back a like, never a dislike.
    const takesBackLike = undone && env.tokens.some((t) => /^(like|love|prefer)$/.test(t));
    return { calls: [{ name: 'forget_preference', args: takesBackLike ? { value, kind: 'likes' } : { value } }], confidence: SURE };
  } };
