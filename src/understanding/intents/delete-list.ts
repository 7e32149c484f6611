import { call, SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `delete_list` intent: "get rid of the bbq list": the list's name takes its "of" with it, so "get rid" is what is left.
 */
export const deleteListIntent: IntentRule = { name: 'delete_list', patterns: ['[delete|remove|get rid of|get rid|trash|discard|drop|kill|destroy|erase|archive] [it|this|] [entirely|completely|altogether|for good|permanently|]', '[can|should|could] be [deleted|removed|trashed|binned|gone]',
  '[is|are] no longer needed'],
  // "delete my list": the default list cannot go, so deleting it means emptying it.
  build: (_s, env) => (env.list !== undefined ? { calls: [call('delete_list', {}, env)], confidence: SURE } : env.listMentioned && env.tokens.length <= 2 ? { calls: [call('clear_list', {}, env)], confidence: 0.85 } : undefined) };
