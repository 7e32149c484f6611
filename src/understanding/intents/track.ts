import type { IntentRule } from '../engine/intent.js';
import { trackRequest } from './support/track.js';

/**
 * The `track` intent: "tell me when coffee drops below $8", "watch tide": a price alert.
 */
export const trackIntent: IntentRule = { name: 'track', patterns: ['{x}'], build: (_s, env) => trackRequest(env.tokens, env) };
