/**
 * Participles that say which way a thing goes: "soda added", "carrots removed".
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */

/** Past participles that say a thing should go on the list ("i need soda added"). */
export const ADDED_WORDS: ReadonlySet<string> = new Set(['added', 'included', 'listed', 'put', 'written', 'jotted', 'noted']);

/** Past participles that say a thing should come off it ("and carrots removed"). */
export const REMOVED_WORDS: ReadonlySet<string> = new Set(['removed', 'deleted', 'taken', 'crossed', 'scratched', 'dropped', 'erased', 'struck']);

/** Helpers around such participles: "needs to be added", "get bananas added", "to be put on". */
export const PARTICIPLE_HELPERS: ReadonlySet<string> = new Set(['i', 'we', 'need', 'needs', 'want', 'wants', 'would', 'like', 'have', 'has', 'get', 'gets',
  'got', 'to', 'be', 'been', 'being', 'should', 'must', 'can', 'could', 'please', 'also', 'and', 'on', 'off', 'down', 'out', 'in', 'too', 'as', 'well']);
