import { readShareCode } from '../../grocery/lists/index.js';
import { SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `join` intent: "join list 4FJ8KD": a shared list, by its code.
 */
export const joinIntent: IntentRule = { name: 'join', patterns: ['[let me|can i|could i|may i|i want to|i would like to|i need to|] join [list|the list|a list|my family list|your list|] [,|] [code|with code|using code|with|using|] [,|] {code}', 'use [invite|share|] code {code}', '[invite|share] code [is|] {code}'],
  build: (s) => {
    const code = s.code!.join('');
    // One token, or a share code typed in its groups with spaces ("abcd efgh jk23").
    const oneCode = s.code!.length === 1 || readShareCode(code) !== undefined;
    return oneCode && /^[a-z0-9-]{4,}$/.test(code) && /\d/.test(code) ? { calls: [{ name: 'join_list', args: { code: code.toUpperCase() } }], confidence: SURE } : undefined;
  } };
