import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';

/**
 * The `leave_named` intent: Read before the list's name is taken out, which takes the "off" or "of" with it: "get me off
 * the bbq list", "drop out of the potluck list", "leave the list my sister shared", "I don't want
 * to be on the work list anymore".
 */
export const leaveNamedIntent: IntentRule = { name: 'leave_named', patterns: ['[get me|get us|get myself|get out|drop out|opt out|bow out] [off|of|off of|out of] {x}', '[leave|exit|quit|unjoin] {x} [that|] {who} [shared|shared with me|made|started|invited me to]',
  '[i|we] [do not want to|no longer want to|do not need to|no longer need to|do not wanna] be [on|in] {x} [anymore|any more|]'],
  build: (s) => {
    const words = s.x!.filter((t) => !/^(the|my|our|this|that|your|her|his|their|shared)$/.test(t));
    if (words[words.length - 1] !== 'list' && !(words.length === 0 && s.x!.length > 0)) return undefined;
    const name = phraseOf(words.slice(0, -1));
    return { calls: [{ name: 'leave_list', args: name ? { list: name } : {} }], confidence: SURE };
  } };
