/**
 * A thing said and then said again in full, in one breath, as people do when dictating:
 * "broccoli two heads of broccoli", "corn frozen corn". The second saying is what they meant.
 */
import { quantityPrefix } from './text-memo.js';
import { standsAt } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

/**
 * The words of a chunk with a first saying of a thing left out when the rest says it again in
 * full: an amount of it ("two heads of broccoli") or a name the catalog knows that ends with it
 * ("frozen corn"). Any other chunk is returned as it is.
 *
 * @example
 * saidAgain(['corn', 'frozen', 'corn'], vocab) // ['frozen', 'corn']
 */
export function saidAgain(chunk: readonly string[], vocab: VocabularyIndex): readonly string[] {
  if (chunk.length < 3 || vocab.hasPhrase(chunk.join(' '))) return chunk;
  for (let j = 1; j < chunk.length - 1; j++) {
    const first = chunk.slice(0, j);
    const again = chunk.slice(j);
    if (!vocab.hasPhrase(first.join(' ')) || !standsAt(again, first, again.length - first.length)) continue;
    const amount = quantityPrefix(again);
    let name = amount ? again.slice(amount.consumed) : again;
    if (name[0] === 'of') name = name.slice(1);
    if ((amount && name.join(' ') === first.join(' ')) || (!amount && vocab.hasPhrase(name.join(' ')))) return again;
  }
  return chunk;
}
