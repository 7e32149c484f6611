import { call, itemConfidence, type IntentRule } from '../engine/intent.js';
import { isNounPhrase, namesOnlyAnAmount, phraseOf } from '../engine/items.js';
import { wholeQuantity, removeItems } from './support/list-actions.js';
import { removedForAnother } from './support/swap-words.js';
import { onlyOneLine } from '../engine/one-line.js';

/**
 * The `remove` intent: "remove the milk", "we already have eggs", "no soda this week": things to take off.
 */
export const removeIntent: IntentRule = { name: 'remove', patterns: ['[remove|delete|scratch|scrap|strike|drop|nix|erase|cut|ditch|lose|deduct|subtract|minus|axe|cross off|cross out|take off|take out|take away|scratch off|strike off|knock off|get rid of|forget|forget about|never mind|never mind on|never mind about|no more|skip|leave off|leave out|hold off on|hold the|cancel|unadd|kill|rid|no need for|pull|yank|bin|dump|x|un-add|unlist] {x}',
  '[take|cross|scratch|strike|knock|get|delete|remove|drop|leave|wipe|pull|yank|rub|scrub|cut] {x} [off|out|away|off of]', '[delete|remove|drop|scratch|strike|cross|pull] {x}',
  '[i|we|] [will not|would not|do not|no longer] [be|] [needing|need|wanting|require|requiring] [any|] {x} [anymore|any more|after all|now|]', 'does not need {x} [anymore|any more|]',
  '{x} [can go|can come off|can be removed|is not needed|are not needed|is covered|are covered|is taken care of|are taken care of|is sorted|are sorted|is handled|are handled|taken care of|covered|sorted|handled|not needed]',
  '{x} [cancel|remove|delete|cancel it|remove it|delete it|no more|is mistake|is a mistake|was a mistake]',
  // "the rice take out", "the celery take that off": the thing first and the verb after it, as some languages order them.
  '{x} [take out|take that out|take them out|take those out|take off|take that off|take them off|take those off|remove that|remove them|delete that|drop that]',
  // "juice boxes are a no", "the chips are a no go": a thing turned down.
  '{x} [is|are] [a no|a no go|a pass|a hard no|off]',
  '{n} [less|fewer] {x}', '[i|we] have no need for {x}', 'not [buying|getting|needing] {x} [anymore|after all|]',
  '[do not|please do not|no need to|there is no need to|we do not need to|i do not need to] [add|buy|get|grab|pick up|put|include|bother with] {x}', '[stop|quit] [buying|getting|adding] {x}',
  'no {x} [this week|this time|today|for now|]',
  '[i|we|] [do not|did not|no longer|will not|do not really|do not even|actually do not|really do not] [need|want] [any|] {x}',
  '[i|we|] [already|still|do|actually|] [have|got|bought|picked up|grabbed|have got|have already got|already got] {x} [already|at home|]',
  '[i|we] [have|got|have got] [plenty|enough|lots|a lot|tons|loads|heaps|some] [of|] {x} [already|at home|left|]', '[got|have] [plenty|enough|lots] of {x}',
  '[i|we] [am|are] [good|set|fine|okay|ok|covered|all set|stocked] [on|for|with] {x}', '[there is|there are] [still|] [plenty of|enough|some] {x} [left|at home|]'],
  build: (s, env) => {
    if (s.n) {
      const q = wholeQuantity(s.n);
      const parse = env.items(s.x!);
      if (!q || parse.items.length !== 1) return undefined;
      return { calls: [call('remove_from_list', { items: [{ name: parse.items[0]!.name, quantity: q.quantity }] }, env)], confidence: itemConfidence(parse) };
    }
    // "we got a huge bag", "we have plenty": how much is at home, said as the reason for another clause.
    // "drop the cups" with paper cups on the list is a line, though "cups" can be a measure.
    if (namesOnlyAnAmount(s.x!) && !onlyOneLine(s.x!.filter((w) => w !== 'the').join(' '), env.context)) return undefined;
    // "no soda": only a thing, never "no, i meant 2" (a correction) or "no worries".
    if (env.tokens[0] === 'no' && (!isNounPhrase(phraseOf(s.x!)) || /^(worries|problem|way|thanks|thank|idea|clue)$/.test(s.x![0]!))) return undefined;
    // "remove the gummy bears, pretzels instead": what comes after "instead" is wanted, not taken off.
    return removedForAnother(s.x!, env) ?? removeItems(s.x!, env);
  } };
