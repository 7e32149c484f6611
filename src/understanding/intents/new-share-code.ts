import { call, SURE, type IntentRule } from '../engine/intent.js';
import { SHARE } from './support/sharing.js';

/**
 * The `new_share_code` intent: "new share code", "change the code for the costco list".
 */
export const newShareCodeIntent: IntentRule = { name: 'new_share_code', patterns: [`[new|different|fresh|another] ${SHARE} code`, '[new|different|fresh|another] code',
  `[change|rotate|reset|regenerate|renew|replace|refresh] [the|my|our|this|that|] [${SHARE.slice(1, -1)}|] code`,
  `[make|give me|get me|create|generate|send me|i need|i want] [a|] [new|different|fresh] [${SHARE.slice(1, -1)}|] code`],
  build: (_s, env) => ({ calls: [call('new_share_code', {}, env)], confidence: SURE }) };
