import type { IntentRule } from '../engine/intent.js';
import { addItems } from './support/list-actions.js';

/**
 * The `make_sure` intent: "make sure hot dog buns are on the list", "make sure to put extra paint on it", "make sure we have eggs".
 */
export const makeSureIntent: IntentRule = { name: 'make_sure', patterns: ['make sure [that|] [we have|i have|we got|i got|there is|there are|] {x} [is|are|gets|get|got|goes|go|is put|are put|] [on|on there|in there|on it|in it|listed|down|included|added|there|]',
  'make sure [to|you|we|i|you to|that you|that we|that i] [add|put|get|buy|grab|include|throw|stick|pick up|write down|jot down] {x} [on|in|on there|in there|down|on it|in it|]'],
  build: (s, env) => addItems(s.x!, env) };
