/**
 * How the lexicon writes families of words: a table keyed by typed words, and phrase patterns ("[i|we] need") spelled out.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */

/**
 * A table keyed by the words people type, with no prototype: "constructor" is a word someone may
 * type, not a key every plain object already has.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * Every word sequence a phrase pattern allows: "[i|we] [need|want] you to" -> "i need you to",
 * "i want you to", "we need you to", "we want you to". "[a|]" makes a word optional. Used to keep
 * families of filler phrases as one line of data.
 */
export function phrasesOf(...patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    let acc: string[] = [''];
    for (const part of pattern.match(/\[[^\]]*\]|[^\s[\]]+/g) ?? []) {
      const alts = part.startsWith('[') ? part.slice(1, -1).split('|') : [part];
      acc = acc.flatMap((a) => alts.map((b) => `${a} ${b}`.trim()));
    }
    out.push(...acc.map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return [...new Set(out)];
}
