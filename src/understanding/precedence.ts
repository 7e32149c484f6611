/**
 * Which intent is tried before which: the one place that says it. A clause is offered to the
 * intents in this order and the first whose builder accepts it answers, so an intent that reads a
 * narrower phrasing comes before one that would also take it ("is anything on my list
 * discounted" is a deals question before it is "is X on my list").
 *
 * Checked when the understanding is created (and by tests/understanding/precedence.test.ts): a
 * name that is no intent, an intent named twice, or an intent left out is an error, never
 * silently skipped.
 */
import type { IntentRule } from './engine/intent.js';
import { INTENTS } from './intents/index.js';

/** The order, by intent name (each intent's `name`, in src/understanding/intents/). */
export interface Precedence {
  /** Read on the clause whole, before its "... list" phrase is taken out ("make a new list called party"). */
  readonly beforeListPhrase: readonly string[];
  /** Tried in turn once the list phrase is out: the first stage with an answer wins, and within a stage the first intent. */
  readonly stages: readonly (readonly string[])[];
  /**
   * The shopping questions as one table in their own order, for reading a question again: inside
   * a wrapper ("can you tell me how much milk is") and as a bare search ("under $3"). Every name
   * here also has its place in `stages`.
   */
  readonly shoppingQuestions: readonly string[];
}

export const PRECEDENCE: Precedence = {
  beforeListPhrase: ['checkout_named', 'create', 'rename', 'what_you_know', 'ingredients_asked', 'ingredients_said', 'leave_named', 'join'],
  stages: [
    // Sharing, then the shopping questions that name the list ("is anything on my list on sale",
    // "how much is my list"), then the list's own requests that must not be read as an item's.
    ['remove_member', 'stop_sharing', 'new_share_code', 'list_members', 'deals', 'total', 'join_code', 'checkout', 'export_words', 'share_words', 'rename_named', 'clear',
      'clear_named', 'delete_list', 'export', 'share', 'view_item', 'view', 'view_named', 'view_words', 'view_includes', 'recount_correction', 'replace_correction'],
    // Prices, alerts, substitutes, budget and search.
    ['stop_tracking', 'compare', 'compare_one', 'wrapped_question', 'set_budget', 'track', 'search_which', 'search_sorted_by', 'price_trend', 'substitutes', 'substitutes_bare',
      'cheaper_kind', 'price', 'search_sorted', 'search'],
    // What the person tells about themselves.
    ['forget_preference', 'preference'],
    // Changes to the list's lines; "add" (the widest) near the end.
    ['remove_checked', 'leave', 'check', 'uncheck', 'scale', 'more', 'update', 'recount', 'note', 'swap_after', 'correction', 'remove', 'remove_named', 'make_sure', 'participles',
      'someone_wants', 'list_should_have', 'add', 'wish', 'cooking'],
  ],
  shoppingQuestions: ['stop_tracking', 'compare', 'compare_one', 'wrapped_question', 'set_budget', 'track', 'total', 'search_which', 'search_sorted_by', 'deals', 'price_trend',
    'substitutes', 'substitutes_bare', 'cheaper_kind', 'price', 'search_sorted', 'search'],
};

/** The intents in the order `precedence` says. */
export interface OrderedIntents {
  beforeListPhrase: IntentRule[];
  stages: IntentRule[][];
  shoppingQuestions: IntentRule[];
}

/**
 * Puts `intents` in the order `precedence` declares; throws, naming every problem, when a name
 * is not an intent, an intent is named twice or not at all, or two intents share a name.
 *
 * @example
 * orderIntents(INTENTS).stages[0]![0]!.name // 'remove_member'
 */
export function orderIntents(intents: readonly IntentRule[], precedence: Precedence = PRECEDENCE): OrderedIntents {
  const problems: string[] = [];
  const byName = new Map<string, IntentRule>();
  for (const rule of intents) {
    if (byName.has(rule.name)) problems.push(`two intents are named "${rule.name}"`);
    byName.set(rule.name, rule);
  }
  const pick = (names: readonly string[], where: string): IntentRule[] =>
    names.flatMap((name) => {
      const rule = byName.get(name);
      if (!rule) problems.push(`${where} names "${name}", which is no intent`);
      return rule ? [rule] : [];
    });
  const placed = [...precedence.beforeListPhrase, ...precedence.stages.flat()];
  const seen = new Set<string>();
  for (const name of placed) {
    if (seen.has(name)) problems.push(`"${name}" has more than one place in the precedence`);
    seen.add(name);
  }
  for (const name of byName.keys()) if (!seen.has(name)) problems.push(`the intent "${name}" has no place in the precedence`);
  const shopping = new Set<string>();
  for (const name of precedence.shoppingQuestions) {
    if (shopping.has(name)) problems.push(`"${name}" is named twice in shoppingQuestions`);
    shopping.add(name);
    if (byName.has(name) && !precedence.stages.some((s) => s.includes(name))) problems.push(`"${name}" is in shoppingQuestions but in no stage`);
  }
  const ordered: OrderedIntents = {
    beforeListPhrase: pick(precedence.beforeListPhrase, 'beforeListPhrase'),
    stages: precedence.stages.map((s, i) => pick(s, `stage ${i + 1}`)),
    shoppingQuestions: pick(precedence.shoppingQuestions, 'shoppingQuestions'),
  };
  if (problems.length) throw new Error(`Intent precedence (src/understanding/precedence.ts): ${problems.join('; ')}`);
  return ordered;
}

let ordered: OrderedIntents | undefined;

/** The grammar's intents (src/understanding/intents/) in the declared order, checked on first use. */
export function intentOrder(): OrderedIntents {
  ordered ??= orderIntents(INTENTS);
  return ordered;
}
