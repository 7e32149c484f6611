import { call, SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `leave` intent: "leave the costco list", "take me off the family list": only with a list named ("leave it" is "never mind").
 */
export const leaveIntent: IntentRule = { name: 'leave', patterns: ['[leave|exit|quit|unjoin|drop out of|get off|get out of|remove me from|take me off|get me off|i want to leave|i want off|i would like to leave|stop using] [it|this|]',
],
  build: (_s, env) => (env.listMentioned ? { calls: [call('leave_list', {}, env)], confidence: SURE } : undefined) };
