import { CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import type { Choice } from '../../agent/index.js';

/** How choices are drawn in Teams. */
export type TeamsChoiceStyle = 'card' | 'suggested';

/** The key an Adaptive Card button's submitted data carries the choice's value under. */
export const CHOICE_DATA_KEY = 'groceryChoice';

/** A picture drawn into the card under the text (the price chart), with words for screen readers. */
export interface CardPicture {
  png: Buffer;
  alt: string;
}

/**
 * A reply as a Teams message. With choices, `card` (the default) draws an Adaptive Card whose
 * Action.Submit buttons send `{ groceryChoice: value }` back as `activity.value`; cards work in
 * group chats and channels too. `suggested` uses imBack suggested actions, which Teams shows only
 * in one-to-one chats and which arrive as if the user typed the value. A picture is always drawn
 * in a card (an Image element with the PNG inline as a data URI, so Teams needs no URL of ours).
 *
 * @example
 * await context.sendActivity(renderActivity('Which milk?', choices));
 */
export function renderActivity(text: string, choices?: readonly Choice[], style: TeamsChoiceStyle = 'card', picture?: CardPicture) {
  if (!choices?.length && !picture) return MessageFactory.text(text);
  if (style === 'suggested' && !picture) {
    return MessageFactory.suggestedActions(
      choices!.map((c) => ({ type: 'imBack', title: c.label, value: c.value })),
      text,
    );
  }
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      { type: 'TextBlock', text, wrap: true },
      ...(picture ? [{ type: 'Image', url: `data:image/png;base64,${picture.png.toString('base64')}`, altText: picture.alt, size: 'Stretch' }] : []),
    ],
    actions: (choices ?? []).map((c) => ({ type: 'Action.Submit', title: c.label, data: { [CHOICE_DATA_KEY]: c.value } })),
  };
  // The text also rides on the activity so notifications and screen readers have it.
  return MessageFactory.attachment(CardFactory.adaptiveCard(card), text);
}

/** The choice value an Adaptive Card submission carries, if the activity is one. */
export function submittedChoice(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const choice = (value as Record<string, unknown>)[CHOICE_DATA_KEY];
  return typeof choice === 'string' ? choice : undefined;
}
