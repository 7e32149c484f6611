import type { IntentRule } from '../engine/intent.js';
import { VIEW } from './support/list-actions.js';

/**
 * The `view` intent: "what is on my list", "read it back to me": the list shown.
 */
export const viewIntent: IntentRule = { name: 'view', patterns: ['what is [on|in] [it|there|] [so far|now|right now|at the moment|currently|]',
  'what [did|have] [i|we|you|someone|somebody] [add|added|put|put on|put down|get|got] [so far|already|] [last|lately|recently|today|just now|already|]',
  // The list is shown in store order already: "sort my list by aisle" gets it.
  '[sort|organize|organise|arrange|group|order|reorder] [it|this|] [by aisle|by aisles|by department|by section|by category|by store layout|in store order|in aisle order|for the store|]', 'what [do|did] [i|we] [have|need|add|put|got] [on|in|on it|on there|in there|so far|to get|to buy|to pick up|]',
  'what [have|do|did] [i|we] [got|get|put down|got down|need to get|need to buy|to buy]', 'what [am i|are we] [buying|getting|picking up|shopping for] [today|tonight|this week|]',
  '[run through|go through|read through|walk me through|talk me through|run down|go over] [it|everything|]', '[let me|let us] [hear|see] [it|]', '[give me|what is] the [rundown|lowdown|run down] [of|on|]',
  'where [are|am] [we|i] at [with the groceries|with the shopping|with groceries|]', 'what does [it|] look like', '[contents|content|items]',
  'what [do|did|have] [i|we] [still|] [need|got|have|get] [from the store|at the store|so far|left|still|now|to buy|to get|to pick up|]', 'how many [items|things] [are|do i have|do we have|have i got|are there] [on|in|on it|on there|]',
  '[tell me|remind me|show me|let me know] what [is on|is in|i need|we need|i have|we have|is left|i have got|we have got|i still need|we still need] [it|there|]', '[read|say] [it|] [back|out] [to me|to us|]',
  '[go over|run through|go through] [it|] with me', 'let us hear [it|]', 'what have [i|we] got [on|]', 'what [have|has|is there|there is]', '[what is|what are] [the|my|our] [items|groceries]',
  'what is [left|remaining|still] [to buy|to get|to pick up|on it|on there|in there|]', 'what is still [on|in] [it|there|]', '[anything|something|what] else [on|in|] [it|there|]',
  'list [everything|it all|all|all items|the items|what i have|what we have|it]', 'what have [i|we] [added|put on|put down|got down|written down] [so far|already|]', 'what is [left|remaining|still on|on it now]',
  'what [have|else do] [i|we] [got|added|need|have]', 'what else is [on|in] [it|there|]', 'what [items|things] [are|do i have|do we have] [on|in|on it|]', '[what are|what is in|what is on] my [items|groceries|shopping]',
  '[list|show list|view list|see list|my list|the list|items|my items|current list|list items|list please|show items]',
  '[show|show me|read|read me|read out|read back|view|see|display|open|give me|pull up|bring up|check|let me see|can i see|let us see|i want to see|i would like to see|look at|go over|review|recap|remind me what is on|tell me what is on|tell me|let me know|let me know what is on] [it|everything|all|the items|what i have|what is on|what is in|what is|what i have got|what we have|what i need|what we need|]'],
  build: (_s, env) => VIEW(env) };
