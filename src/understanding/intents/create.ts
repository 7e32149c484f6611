import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';
import { DEFAULT_LIST_NAMES } from '../lexicon/index.js';
import { addItems, looksLikeTask, notGrocery } from './support/list-actions.js';

/**
 * The `create` intent: "make a new list called party", "start a costco list": a new list.
 */
export const createIntent: IntentRule = { name: 'create', patterns: ['[make|create|start|add|open|set up|begin|new|build|i want|i need|can i have|can i get|could i get|can we get|can we have|i would like|give me] [a|an|another|me a|us a|] [new|fresh|separate|second|] [shopping|grocery|] list [called|named|titled|for|:|labeled|labelled|] {name}',
  '[make|create|start|add|open|set up|begin|build|i want|i need|give me] [a|an|another|me a|us a|] [new|fresh|separate|second|] {name} [shopping|grocery|] list', 'new list {name}', 'new {name} list'],
  build: (s, env) => {
    // Determiners before the name go; inside it they stay ("a list for the day of the dead").
    const lead = s.name!.findIndex((t) => !/^(the|my|our|a|an|new|another)$/.test(t));
    const name = lead < 0 ? '' : phraseOf(s.name!.slice(lead).filter((t) => t !== 'new' && t !== 'another'));
    if (!name || name === 'new') return undefined;
    // "start a list with milk and eggs": what goes on it, not what it is called.
    if (s.name![0] === 'with') return addItems(s.name!.slice(1), env);
    // "i want to start my shopping list": the grocery list is already there; show it.
    if (DEFAULT_LIST_NAMES.has(name)) return { calls: [{ name: 'view_list', args: {} }], confidence: 0.85 };
    // "add milk to my list" puts a thing on a list; a list's name never ends in "to" or "on",
    // nor runs across a break ("add flour, blorp my list").
    const said = s.name![0] === ',' ? s.name!.slice(1) : s.name!;
    // A list "for" an occasion may hold "of" in its name ("a list for the 4th of july").
    const forOccasion = ` ${env.tokens.join(' ')}`.endsWith(` for ${s.name!.join(' ')}`);
    if (said.some((t) => /^(to|onto|into|on|from|off|,)$/.test(t) || (t === 'of' && !forOccasion))) return undefined;
    // "i want that you put the eggs in the list": a clause with its own subject is no list's name.
    if (said.some((t) => /^(you|u|i|we|he|she|they|that)$/.test(t))) return undefined;
    // "open my target list" opens what is there; only "open a new list" makes one.
    if (env.tokens[0] === 'open' && !env.tokens.includes('new') && !/^(a|an|another)$/.test(env.tokens[1] ?? '')) return undefined;
    if (looksLikeTask(name) || /^(to-do|todo|to do|task|tasks|chore|chores|reminder|reminders)$/.test(name)) return notGrocery();
    return { calls: [{ name: 'create_list', args: { name } }], confidence: SURE };
  } };
