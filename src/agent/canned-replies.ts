import type { Choice } from '../grocery/views.js';

/** Example requests offered as buttons when the agent could not tell what was meant. */
export const STARTER_CHOICES: Choice[] = [
  { label: "What's on my list?", value: "what's on my list?" },
  { label: 'Deals on my list', value: 'any deals on my list?' },
  { label: 'How much is my list?', value: 'how much is my list?' },
];

export const HELP_TEXT = [
  "I'm your grocery assistant. Try:",
  '• "add 2 gallons of milk and a dozen eggs"',
  '• "take the bread off" or "what\'s on my list?"',
  '• "is Tide on sale?" or "something cheaper than Oreos"',
  '• "how much is my list?" or "set my budget to $150 a week"',
  '• "tell me when coffee drops below $8"',
  '• "I\'m vegetarian" or "I like Great Value"',
  '• "share my list", "undo"',
].join('\n');

export const GREETING_TEXT = 'Hi! What can I add to your list? You can say something like "add milk and eggs".';
export const THANKS_TEXT = "You're welcome! Anything else for the list?";
export const NOTHING_PENDING_TEXT = "There's nothing waiting for an answer right now. What would you like to do?";
export const CANCELLED_TEXT = 'OK, I left everything as it was.';

/** "no" to "Which milk?" after a plain "milk" went on the list. */
export function leftAsSaidText(name: string): string {
  return `OK, ${name} stays on your list as it is, without a product. Tell me which one any time.`;
}
export const EMPTY_MESSAGE_TEXT = 'I didn\'t get any text. Try something like "add milk".';
export const NOT_UNDERSTOOD_TEXT =
  'Sorry, I didn\'t quite get that. You can say things like "add milk and eggs", "what\'s on my list?" or "is Tide on sale?".';

/**
 * The answer to a message sent again after its first delivery was cut off while the LLM was
 * working on it (a crash, a restart): some of its changes may already be made, so it is not run
 * a second time.
 */
export const INTERRUPTED_TEXT =
  "I was interrupted while working on that message, so I haven't run it again in case part of it was already done. Have a look at your list, and say it again if something is missing.";

/**
 * A message delivered again long after it was answered with a long text (a whole list) that the
 * conversation's history has since let go: it is not run again.
 */
export const ALREADY_ANSWERED_TEXT = 'I already answered that message. Ask me again if you want to see it.';

/** After the list, when a "which one?" is still waiting for an answer. */
export function stillToChoose(prompt: string, options: number): string {
  const question = prompt.split('\n')[0]!;
  return `Still to choose: ${question.charAt(0).toLowerCase()}${question.slice(1)} Pick 1-${options}, or tell me which.`;
}

/** A button whose question expired (or is unknown): nothing was done. */
export function buttonExpiredText(prompt?: string): string {
  const question = prompt?.split('\n')[0]?.trim();
  return question
    ? `That button has expired (it was for "${question.slice(0, 80)}"), so I didn't do anything. Ask me again and I'll give you fresh buttons.`
    : "That button has expired, so I didn't do anything. Ask me again and I'll give you fresh buttons.";
}

/** A button under someone else's question (in a group chat): nothing was done. */
export function buttonOfSomeoneElseText(name?: string | null): string {
  return `That button answers ${name ? `${name}'s` : "someone else's"} question, so I left it alone. Ask me yourself and you'll get your own.`;
}

/** A button of a question answered already: nothing was done again. */
export const BUTTON_ANSWERED_TEXT = 'You already answered that one, so I left it as it was.';
