import type { IntentRule } from '../engine/intent.js';
import { LIST_CONTENTS, PUT_ON_VERBS } from '../lexicon/index.js';
import { viewItems } from './support/list-actions.js';

/**
 * The `view_item` intent: "do i have bananas on my list", "how many eggs did we add": whether a thing is on the list.
 */
export const viewItemIntent: IntentRule = { name: 'view_item', patterns: ['how [many|much] {x} [do|did|have|] [i|we] [have|need|got|put|added|add|get] [on|in|on it|on there|in there|already|]', '[do|did|have] [i|we] [have|need|add|put|already have|still need|already add|already put|got|added|put|already added|already got] {x} [on|in|on it|on there|in there|already|yet|]',
  '[is|are] [there|] {x} [on|in|on it|on there|in there|already on|already|]', 'is there [any|] {x} [on|in|on it|on there|in there|]', 'did [i|we|you] [add|put|get|include] {x} [on|in|to it|already|yet|]',
  '[is|are] {x} [listed|already listed|on there|in there|written down|down|on it|in it]', 'did [anyone|someone|somebody|you guys] [add|put|get|include|write] {x} [on|in|down|on there|in there|]',
  '[have|did] [i|we] [got|put|written|write|added] {x} [down|on|on there|in there|listed]', '[check|see|tell me|can you check|let me know] [whether|if] {x} [is|are] [on|in|on there|in there|listed|]',
  '[do|did] [i|we] [already|still|] [have|need] {x} [listed|down|written down|on there|in there]', 'did [i|we] [remember|forget] [to add|to get|to put down|] {x}',
  'did [my|our|the] {who} [add|put|get|include|write down|put down] {x} [on|in|down|on there|in there|already|yet|]',
  'did [my|our|the|] {who} already [add|put|get|include|write down|put down] {x} [on|in|down|on there|in there|yet|]'],
  build: (s, env) => {
    // "do i need to get milk", "did i remember to put milk in": the thing, not the errand.
    if (s.x![0] === 'to' && PUT_ON_VERBS.has(s.x![1] ?? '') && s.x!.length > 2) s = { ...s, x: s.x!.slice(2) };
    const first = s.x![0];
    if (first === 'there' || first === 'it' || first === 'that') return undefined;
    // "how many lemons i put" leaves out "did"; a thing never ends in one ("how many things have i got").
    if (/^(have|has|do|did|does)$/.test(s.x![s.x!.length - 1]!)) return undefined;
    // "how many things have i got on my list": the list's contents, not one thing on it.
    if (s.x!.every((t) => LIST_CONTENTS.has(t) || t === 'the' || t === 'all')) return undefined;
    // "is milk on sale?" is a deals question; "is milk on my list?" names the list, "is milk on there?" means it.
    const askedWhere = env.listMentioned || /^(on|in|listed|down|there)$/.test(env.tokens[env.tokens.length - 1] ?? '') || env.tokens.includes('listed');
    if ((env.tokens[0] === 'is' || env.tokens[0] === 'are') && !askedWhere) return undefined;
    return viewItems(s.x!, env);
  } };
