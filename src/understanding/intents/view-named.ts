import type { IntentRule } from '../engine/intent.js';
import { VIEW } from './support/list-actions.js';

/**
 * The `view_named` intent: "what is on the costco list": a named list shown.
 */
export const viewNamedIntent: IntentRule = { name: 'view_named', patterns: ['what [is|are|do i have|do we have|have i got|have we got|is there|else is|is left|is still|is currently|do i need|do we need|is] [on|in|]', '[read|show|give|send] [me|us|]', '[read|show|check|see|view|open|display|hear|pull up|bring up|review|recap]'],
  build: (_s, env) => (env.listMentioned ? VIEW(env) : undefined) };
