import type { IntentRule } from '../engine/intent.js';
import { viewItems } from './support/list-actions.js';

/**
 * The `view_includes` intent: "does my shopping list include corn", "does the list have tomato written on it": whether one thing is on it.
 */
export const viewIncludesIntent: IntentRule = { name: 'view_includes', patterns: ['[does|do|is|will|did] [include|includes|contain|contains|have|has|consist of|list|show|say|mention] [any|] {x} [written on it|written down|written|on it|in it|listed|already|right now|at the moment|currently|yet|]',
  '[has|have] {x} [been|] [added|put on|put down|written down|included|listed] [yet|already|]', '[did|does|do] {x} [get|] [added|put on|put down|included] [yet|already|]', '[is|are] {x} [added|included] [yet|already|]'],
  build: (s, env) => (env.listMentioned || !/^(does|do|is|will)$/.test(env.tokens[0]!) ? viewItems(s.x!, env) : undefined) };
