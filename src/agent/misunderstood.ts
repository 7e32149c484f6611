/**
 * What the agent notes for the misunderstood inbox (Botpress's "misunderstood" is the model): a
 * message it could not understand; a question it asked first that the person answered "no"; a
 * change the person undid or corrected in their very next message. The operator labels them into
 * evals/ with `grocery-agent review`. Only the text and what was made of it are kept, never who
 * said it, and nobody but the operator ever sees them. `MISUNDERSTOOD=off` turns it off.
 */
import type { ToolCall } from '../tools/tool.js';

/** Where the agent writes what it got wrong; left out, nothing is kept. */
export interface MisunderstoodLog {
  record(entry: {
    channel: string;
    kind: 'not_understood' | 'declined' | 'undone' | 'corrected';
    text: string;
    followedBy?: string;
    understood?: ToolCall[];
  }): void;
}

/**
 * How people say "that is not what I meant" right after a change: "no", "nope", "wrong", "not
 * that", "that's not what I said", "I said ...", "I meant ...".
 */
const CORRECTION = /^(no+|nope|nah|wrong|not that|not what i (said|meant|asked)|that is not what i (said|meant|asked|wanted)|that is wrong|i (said|meant|asked for)|you got it wrong|that is not right)\b/;

/** True when `text`, said right after a change, says the change was not what was meant. */
export function soundsLikeCorrection(text: string): boolean {
  return CORRECTION.test(text.toLowerCase().replace(/[’']/g, "'").replace(/\bthat's\b/g, 'that is').replace(/[^a-z' ]+/g, ' ').trim());
}
