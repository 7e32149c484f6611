/**
 * The intent classes the classifier picks between, read off a labelled line's calls:
 *
 * - `none`: no calls and no act (not a grocery request, or a reference with no context);
 * - `act:<act>`: a conversational act (`act:yes`, `act:no`, `act:cancel`, `act:undo`, `act:help`,
 *   `act:greeting`, `act:thanks`);
 * - a tool name when every call is that tool (`add_to_list`, `clear_list`, ...), with two tools
 *   split by a variant after a colon: `view_list` (the whole list) and `view_list:item` ("is milk
 *   on my list?"); `remember_preference:<kind>` (`:diet`, `:allergy`, `:likes`, `:dislikes`,
 *   `:brand`, `:store`), since the kind is in the words ("allergic to", "can't stand");
 * - `a+b` for two or more calls of different tools, in the order said
 *   (`remove_from_list+add_to_list` for "swap the butter for margarine"). Only shapes with at
 *   least {@link MIN_COMPOUND_SUPPORT} training lines become classes; rarer ones are left out
 *   of the classifier's training (the tagger still learns their spans).
 */

/** A labelled call, as the eval files hold it. */
export interface LabelledCall {
  name: string;
  args: Record<string, unknown>;
}

/** How many training lines a compound shape needs to become a class of its own. */
export const MIN_COMPOUND_SUPPORT = 6;

/** Separates the tools of a compound class. */
export const COMPOUND_JOINER = '+';

/**
 * The intent a labelled line expresses.
 *
 * @example
 * intentOf([{ name: 'view_list', args: { item: 'eggs' } }]) // 'view_list:item'
 * intentOf([], 'yes') // 'act:yes'
 */
export function intentOf(calls: readonly LabelledCall[], act?: string): string {
  if (calls.length === 0) return act ? `act:${act}` : 'none';
  const names = calls.map((c) => `${c.name}${variantOf(c) ? `:${variantOf(c)}` : ''}`);
  // The same tool said twice in a row ("add milk to costco and eggs to the party list") is one tool.
  const shape = names.filter((n, i) => i === 0 || names[i - 1] !== n);
  return new Set(shape).size === 1 ? shape[0]! : shape.join(COMPOUND_JOINER);
}

/** The variant a call's class carries: `item` for view_list with an item, the kind of a preference. */
function variantOf(call: LabelledCall): string | undefined {
  if (call.name === 'view_list' && typeof call.args.item === 'string') return 'item';
  if (call.name === 'remember_preference' && typeof call.args.kind === 'string') return call.args.kind;
  return undefined;
}

/** One tool of a class and its variant: `{ tool: 'view_list', variant: 'item' }` for `view_list:item`. */
export interface IntentPart {
  tool: string;
  variant?: string;
}

/** The tools of a class in order, with their variants: two for a compound, one for a tool, none otherwise. */
export function partsOf(intent: string): IntentPart[] {
  if (intent === 'none' || intent.startsWith('act:')) return [];
  return intent.split(COMPOUND_JOINER).map((n) => {
    const [tool, variant] = n.split(':');
    return variant ? { tool: tool!, variant } : { tool: tool! };
  });
}

/** The tool names of a class in order: `['remove_from_list', 'add_to_list']` for a compound. */
export function toolsOf(intent: string): string[] {
  return partsOf(intent).map((p) => p.tool);
}

/** True for a compound class. */
export function isCompound(intent: string): boolean {
  return intent.includes(COMPOUND_JOINER);
}

/**
 * The classes to train: every single-tool class, act and `none` seen, and the compound shapes
 * with enough lines, sorted so the order never depends on the order of the files.
 */
export function chooseClasses(intents: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const i of intents) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].filter(([i, n]) => !isCompound(i) || n >= MIN_COMPOUND_SUPPORT).map(([i]) => i).sort();
}
