import { ERRORS } from '../../errors.js';
import * as canned from '../canned-replies.js';
import type { Step } from '../turn-context.js';

/**
 * Control characters and stray whitespace out, what the person wrote otherwise kept as written;
 * an empty or over-long message is answered here.
 */
export const cleanText: Step = (turn, deps) => {
  turn.text = cleaned(turn.input.text);
  turn.said = turn.text;
  if (!turn.text) turn.plan = { kind: 'refuse', reply: { text: canned.EMPTY_MESSAGE_TEXT, choices: canned.STARTER_CHOICES, source: 'fallback' } };
  else if (turn.text.length > deps.maxLength) turn.plan = { kind: 'refuse', reply: { text: ERRORS.MESSAGE_TOO_LONG.message, source: 'fallback' } };
};

/** The message as the steps read it: control characters and stray whitespace out, line breaks kept. */
export function cleaned(text: unknown): string {
  if (typeof text !== 'string') return '';
  // Line breaks stay: a pasted list's lines are its items ("1. milk\n2. eggs").
  const flat = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ').replace(/[^\S\n]+/g, ' ');
  return (flat.includes('\n') ? flat.replace(/ ?\n[\n ]*/g, '\n') : flat).trim();
}
