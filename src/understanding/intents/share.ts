import { call, SURE, type IntentRule } from '../engine/intent.js';
import { asText } from './support/list-rules.js';

/**
 * The `share` intent: "share my list with jess", "invite my wife": a code to share a list.
 */
export const shareIntent: IntentRule = { name: 'share', patterns: ['[share|send] [it|this|] [with|to] {who}', '[share|send|invite] [it|this|]', 'invite {who} [to it|to this|to join|]', 'let {who} [see|edit|use] [it|this|]', '[give|get] [me|] [a|the] [share|sharing|invite|invitation] [link|code]', 'how do i share [it|this|]'],
  build: (s, env) => (asText(env.tokens) || (s.who && /^(me|us|myself)$/.test(s.who.join(' '))) ? undefined : { calls: [call('share_list', {}, env)], confidence: SURE }) };
