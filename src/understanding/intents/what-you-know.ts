import { SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `what_you_know` intent: "what do you know about me", "what am I tracking", "show my preferences".
 */
export const whatYouKnowIntent: IntentRule = { name: 'what_you_know', patterns: ['what [do|did] you know about [me|us]', 'what [have|did] i [told|tell] you', 'what am i [tracking|watching|following]', 'what [prices|products|items|things] am i [tracking|watching|following]',
  '[show|list|tell me|read|give me] [me|] [my|all my|the] [preferences|settings|alerts|price alerts|tracked items|tracked prices|allergies|diet|likes|profile]', 'what [are|is] my [preferences|settings|alerts|price alerts|allergies|diet|profile|likes]', '[my|] [preferences|price alerts|profile]',
  'do you remember [anything|what i like|my preferences|my allergies] [about me|]'],
  build: () => ({ calls: [{ name: 'what_you_know', args: {} }], confidence: SURE }) };
