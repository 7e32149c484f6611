import type { IntentRule } from '../engine/intent.js';
import { removeItems } from './support/list-actions.js';

/**
 * The `remove_named` intent: "take the milk off the list": the list phrase took "off" with it, so the verb stands alone.
 */
export const removeNamedIntent: IntentRule = { name: 'remove_named', patterns: ['[take|knock|cross|strike|scratch|wipe|rub] {x}'],
  build: (s, env) => (env.listMentioned ? removeItems(s.x!, env) : undefined) };
