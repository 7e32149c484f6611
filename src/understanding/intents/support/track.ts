/** Price-alert intents: "tell me when coffee drops below $8", "watch the price of Tide". */
import type { IntentEnv, Outcome } from '../../engine/intent.js';
import { findMoney } from '../../engine/money.js';
import { phraseAt, phrases, set, subject, subjectConfidence, trimLead, unresolved } from './shopping-phrases.js';
import { isBreak } from '../../engine/tokenizer.js';

/** "Tell me" openers of an alert, before a condition ("when ..."). */
export const TRACK_LEADS = phrases(['tell me', 'tell us', 'let me know', 'let us know', 'alert me', 'alert us', 'notify me', 'notify us', 'ping me', 'ping us', 'text me', 'message me',
  'email me', 'warn me', 'inform me', 'remind me', 'buzz me', 'give me a heads up', 'give me a shout', 'send me an alert', 'send me a message', 'send me a notification', 'i want to know',
  'i would like to know', 'know', 'i want an alert', 'i would like an alert', 'i want a notification', 'i want a heads up', 'let me know asap', 'shout', 'alert', 'notify']);
/** "Watch" openers of an alert, before the product. */
export const WATCH_LEADS = phrases(['watch', 'track', 'monitor', 'follow', 'keep an eye on', 'keep tabs on', 'keep track of', 'watch out for', 'set an alert for', 'set a price alert for',
  'set up an alert for', 'set up a price alert for', 'set alert for', 'alert me about', 'alert me on', 'alert me to', 'price alert for', 'price alert on', 'price alert', 'create an alert for',
  'add an alert for', 'add a price alert for', 'create a price alert for', 'notify me about', 'keep watch on', 'keep watching', 'start tracking', 'start watching', 'alert on', 'alert for',
  'an alert for', 'a price alert for', 'a price alert on', 'price watch', 'price watch on', 'put a price alert on', 'put an alert on']);
const CONDITIONS = set('when if once whenever as soon should');
/** Verbs that end the product and start the condition ("coffee drops below $8"). */
export const CONDITION_VERBS = set('drops drop falls fall goes go gets get is are comes come hits hit reaches reach dips dip becomes become will ever price prices cost costs has have dropped went sells sell under below at less cheaper on for drop goes');

const PRICE_OF = phrases(['the price of', 'the price on', 'prices of', 'prices on', 'price of', 'price on', 'the prices of', 'the prices on', 'the cost of', 'the price for', 'price for', 'for', 'on']);

/** "tell me when coffee drops below $8", "watch the price of Tide", "price alert: chicken breasts under $2". */
export function trackRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  let words = tokens.filter((t) => !isBreak(t));
  const lead = phraseAt(TRACK_LEADS, words);
  const watch = phraseAt(WATCH_LEADS, words);
  if (lead && CONDITIONS.has(words[lead.length] ?? '')) {
    words = words.slice(lead.length + (words[lead.length] === 'as' ? 3 : 1));
  } else if (lead && /^(for|on|about)$/.test(words[lead.length] ?? '') && /alert|notification|heads/.test(lead.join(' ')) && words.length > lead.length + 1) {
    // "i want an alert for when butter is under $4", "send me a notification about eggs".
    words = words.slice(lead.length + 1);
    if (CONDITIONS.has(words[0]!)) words = words.slice(1);
  } else if (watch && words.length > watch.length) {
    words = words.slice(watch.length);
    if (CONDITIONS.has(words[0]!)) words = words.slice(1);
  } else return undefined;
  words = trimLead(words, PRICE_OF);
  const verb = words.findIndex((w, i) => i > 0 && CONDITION_VERBS.has(w));
  const name = verb > 0 ? words.slice(0, verb) : words;
  const tail = verb > 0 ? words.slice(verb) : [];
  const args: Record<string, unknown> = {};
  const money = findMoney(tail);
  if (money) args.targetPrice = money.dollars;
  else if (tail.length && findMoney(name)) return undefined;
  const subj = subject(name, env, 'name');
  if (subj === 'unresolved') return unresolved();
  if (!subj) return undefined;
  return { calls: [{ name: 'track_price', args: { ...subj, ...args } }], confidence: subjectConfidence(subj, env) };
}
