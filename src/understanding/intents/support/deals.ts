/** Deal intents: "is Tide on sale?", "any deals on chicken or beef", "which of my items are discounted". */
import { call, SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { resolveReference } from '../../engine/references.js';
import { SORT_PHRASES } from './search.js';
import { endsWithAny, phraseAt, phrases, products, set, TIME_TAIL, trimTail, unresolved } from './shopping-phrases.js';
import { isBreak, ITEM_BREAK } from '../../engine/tokenizer.js';

/** Phrases that say a price is cut ("on sale", "rollback", "cheaper this week"). */
export const DEAL_PHRASES = phrases(['on sale', 'on special', 'on offer', 'on rollback', 'on discount', 'on clearance', 'on promo', 'on promotion', 'in the sale', 'marked down',
  'a good deal', 'good deal', 'deals', 'deal', 'sales', 'sale', 'specials', 'special', 'discounts', 'discount', 'discounted', 'coupons', 'coupon', 'offers', 'rollbacks',
  'rollback', 'bargains', 'bargain', 'promos', 'promo', 'promotions', 'savings', 'reduced', 'clearance', 'cheaper this week', 'cheaper today', 'any cheaper', 'save money', 'save',
  'cheap this week', 'cheap today', 'cheap right now', 'on promotion', 'going cheap',
  "week's deals", "today's deals", 'weekly ad', 'on deal']);
/** Words around a deals question that are not the thing asked about. */
export const DEAL_FRAME = set("worth knowing about interesting need buy buying getting does has is are any there got do you have find me show check for look get search what which see i want the a an current good new today this week week's today's weekly now right at moment or available going on with in to use can we money of my our items things stuff anything everything groceries list tell where how some there's any cheap best big top find us lately currently and either else spend less reduce if whether know out let");
const DEAL_LEADS = set('is are any anything got do find show check look get search what which see can where how there deals deal sales specials coupons discounts offers rollbacks bargains savings promos sale special discount coupon promo offer rollback');
const NOT_A_DEAL_SUBJECT = set('when if once whenever goes go gets drops drop falls let know tell notify alert ping remind add put remove buy grab watch track');
const NOTHING_PARTICULAR = set('anything everything stuff things items groceries list of my our the on in any');

const OR_NOT = phrases(['or nah', 'or not', 'or no']);
/** Deal phrases that ask how to spend less rather than about a price cut on something named. */
const SAVING: ReadonlySet<string> = new Set(['save money', 'save', 'savings', 'any cheaper']);
/** What someone might do to their list to save ("what can I cut to save money"). */
const SAVING_VERBS: ReadonlySet<string> = new Set(['cut', 'trim', 'skip', 'drop', 'swap', 'change', 'remove']);

/** "is Tide on sale?", "any deals on chicken or beef", "what's on special", "which of my items are discounted". */
export function dealsQuestion(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = trimTail(tokens.filter((t) => !isBreak(t) || t === ITEM_BREAK), OR_NOT);
  const ending = trimTail(words, TIME_TAIL);
  // A deals question starts with a question word or a deal word, or ends with one ("tide coupons?", "eggs on sale").
  if (!words.length || !(DEAL_LEADS.has(words[0]!) || endsWithAny(ending, DEAL_PHRASES))) return undefined;
  const kept: { w: string; i: number }[] = [];
  let deal = false;
  let saving = false;
  for (let i = 0; i < words.length; i++) {
    // "which olive oil is the best deal per ounce" ranks a search.
    if (phraseAt(SORT_PHRASES, words, i)?.includes('deal')) return undefined;
    const p = phraseAt(DEAL_PHRASES, words, i);
    if (p) {
      deal = true;
      saving ||= SAVING.has(p.join(' '));
      i += p.length - 1;
      continue;
    }
    kept.push({ w: words[i]!, i });
  }
  if (!deal) return undefined;
  // The thing asked about is what is left once frame words go, and it must be one stretch of words.
  let content = kept.filter((k) => !DEAL_FRAME.has(k.w) || k.w === 'or');
  while (content.length && content[0]!.w === 'or') content = content.slice(1);
  if (content.some((k, j) => j > 0 && k.i !== content[j - 1]!.i + 1)) {
    // "is the salmon on sale": frame words inside the stretch ("the") are fine, others are not.
    const first = content[0]!.i;
    const last = content[content.length - 1]!.i;
    if (words.slice(first, last + 1).some((w) => !DEAL_FRAME.has(w) && !content.some((k) => k.w === w) && DEAL_PHRASES.every((d) => !d.includes(w)))) return undefined;
  }
  if (!content.length) return { calls: [call('match_deals', {}, env)], confidence: SURE };
  // "tell me when tide goes on sale" asks for an alert, "add the sale bread" is a list request.
  if (content.some((k) => NOT_A_DEAL_SUBJECT.has(k.w))) return undefined;
  const span = words.slice(content[0]!.i, content[content.length - 1]!.i + 1).filter((w) => !DEAL_PHRASES.some((d) => d.length === 1 && d[0] === w));
  if (span.every((w) => NOTHING_PARTICULAR.has(w))) return { calls: [call('match_deals', {}, env)], confidence: SURE };
  const ref = resolveReference(span, env.context, 'shown');
  if (ref) return ref.length ? { calls: [{ name: 'match_deals', args: { items: ref.map((r) => r.name) } }], confidence: 0.9 } : unresolved();
  const found = products(span.filter((w) => !NOTHING_PARTICULAR.has(w) || w === 'of'), env);
  // "what can I cut to save money", "any cheaper alternatives on my list": no product named, so the list's deals.
  if (saving && (!found || found.unknown === found.names.length || content.every((k) => SAVING_VERBS.has(k.w)))) return { calls: [call('match_deals', {}, env)], confidence: 0.85 };
  if (!found) return undefined;
  return { calls: [{ name: 'match_deals', args: { items: found.names } }], confidence: found.unknown ? 0.7 : SURE };
}
