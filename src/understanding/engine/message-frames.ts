/**
 * Readings of a whole message that frame its text before the grammar sees it: a question after two
 * names ("oreos or chips ahoy, which is cheaper?") and a label before a colon ("guacamole: 4
 * avocados, 2 limes"). Each reads the text, or a part of it, with the grammar it is given.
 */
import { NOT_SHOPPING_LABELS } from '../lexicon/index.js';
import type { Understanding } from '../index.js';
import { tokenize } from './tokenizer.js';

/**
 * The understanding of `text`, with `read` (the grammar on one text) asked once, or twice when
 * a label before a colon may be a heading rather than a thing to add.
 */
export function readFramed(text: string, read: (text: string) => Understanding): Understanding {
  // "oreos or chips ahoy, which is cheaper": the question after the two names asks what it asks before them.
  // Most messages have neither frame: a look for "or" and ":" costs less than the whole expressions.
  const choice = /\sor\s/i.test(text) ? CHOICE_THEN_QUESTION.exec(text) : null;
  if (choice) return read(`which is cheaper, ${choice[1]} or ${choice[2]}`);
  const whole = read(text);
  // "guacamole: 4 avocados, 2 limes", "costco run: paper towels": a label before a colon that
  // was read as one more thing to add is the heading of the list after it.
  // A label that reads as no grocery at all ("taco tuesday: tortillas, beef") stands aside for
  // a list after it that is all things the store knows.
  const label = text.includes(':') ? LABELLED.exec(text) : null;
  if (!label || (whole.calls.length === 0 && whole.act !== undefined)) return whole;
  const after = read(label[2]!);
  if (whole.calls.length === 0) {
    const errands = tokenize(label[1]!).some((w) => NOT_SHOPPING_LABELS.has(w));
    return !errands && after.calls.length > 0 && after.confidence >= KNOWN_LIST_CONFIDENCE ? after : whole;
  }
  return onlyTheLabelDiffers(whole, after) ? after : whole;
}

/** Two things, then "which is cheaper?" about them. */
const CHOICE_THEN_QUESTION = /^\s*([^,?.!]{1,60}?)\s+or\s+([^,?.!]{1,60}?)\s*[,?]?\s*(?:which|what)(?: one)?(?: is|'s| costs?| would be) (?:cheaper|less expensive|less|the better deal|a better deal)\??\s*$/i;

/** The confidence of a reading whose every item the catalog knows. */
const KNOWN_LIST_CONFIDENCE = 0.85;

/** A short opening label (no digits, no other punctuation) and a colon, then the rest. */
const LABELLED = /^\s*([a-z][^:,.;!?\n\d]{0,40}):\s*(\S[\s\S]*)$/i;

/**
 * True when reading a message without its label gives the same calls, except that the first
 * add lacks one leading item with nothing stated but a name: the label was taken for an item
 * ("dinner tonight: pasta" -> "dinner"). A label that asked for something ("remove: milk"),
 * named a list ("costco list: eggs") or carried an amount ("milk: 2 gallons") changes the calls
 * in some other way, so the whole message's reading stands.
 */
function onlyTheLabelDiffers(whole: Understanding, after: Understanding): boolean {
  if (after.calls.length !== whole.calls.length) return false;
  return whole.calls.every((call, i) => {
    const other = after.calls[i]!;
    if (call.name !== other.name) return false;
    if (i > 0 || call.name !== 'add_to_list') return JSON.stringify(call.args) === JSON.stringify(other.args);
    const { items, ...rest } = call.args as { items: Record<string, unknown>[] };
    const { items: afterItems, ...afterRest } = other.args as { items: Record<string, unknown>[] };
    if (JSON.stringify(rest) !== JSON.stringify(afterRest)) return false;
    const [first, ...others] = items;
    const dropped = items.length === afterItems.length + 1 && first !== undefined && Object.keys(first).length === 1;
    return dropped ? JSON.stringify(others) === JSON.stringify(afterItems) : JSON.stringify(items) === JSON.stringify(afterItems);
  });
}
