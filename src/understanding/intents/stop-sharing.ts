import { call, SURE, type IntentRule } from '../engine/intent.js';
import { SHARE } from './support/sharing.js';

/**
 * The `stop_sharing` intent: "stop sharing", "stop sharing the costco list", "make it private", "revoke the share code".
 */
export const stopSharingIntent: IntentRule = { name: 'stop_sharing', patterns: ['[stop|quit|end|cancel|disable|turn off] [sharing|share] [it|this|] [with everyone|with anyone|with others|]', '[unshare|unshared] [it|this|]',
  '[make|set|keep] [it|this|] private [again|]', `[revoke|remove|cancel|delete|kill|disable|invalidate] [the|my|our|this|that|] ${SHARE} [code|link|access]`,
  '[i|we] [do not|no longer] want [it|this|] [to be|] shared [anymore|any more|]', 'no more sharing', '[revoke|remove] [all|everyone] access'],
  build: (_s, env) => ({ calls: [call('stop_sharing', {}, env)], confidence: SURE }) };
