/**
 * What the intent classifier sees of a message: word unigrams and bigrams, and character
 * n-grams (2 to 5 letters) inside each word's boundaries, over the tokenizer's tokens. Digits
 * read as 0, so "2 lbs" and "3 lbs" are one feature and a number the data never showed still
 * looks like a number. Each feature counts once per message.
 */
import { isBreak } from '../engine/tokenizer.js';
import type { WorkMeter } from './work-meter.js';

/** Shortest and longest character n-grams. */
export const CHAR_NGRAM_MIN = 2;
export const CHAR_NGRAM_MAX = 5;
/**
 * Character n-grams are read from the first this-many letters of a word only: a 500-letter
 * "word" is noise, and the cap keeps the work per word bounded.
 */
const MAX_WORD_CHARS = 24;

/**
 * How much each kind of feature weighs before the message's features are scaled to unit length:
 * whole words and word pairs say more about the intent than any one letter sequence, and there
 * are far fewer of them (a five-word message has about a hundred character n-grams).
 */
const KIND_WEIGHT: Readonly<Record<string, number>> = { w: 3, b: 2, c: 1 };

/**
 * The value of each feature: its kind's weight, the whole scaled to unit length, so a long
 * message is not more certain for being long.
 */
export function featureValues(features: readonly string[]): Float64Array {
  const out = Float64Array.from(features, (f) => KIND_WEIGHT[f[0]!] ?? 1);
  let norm = 0;
  for (const v of out) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

/** A token as the features spell it: digits as 0 ("$5.99" -> "$0.00", "2lbs" -> "0lbs"). */
export function featureWord(token: string): string {
  return /\d/.test(token) ? token.replace(/\d/g, '0') : token;
}

/**
 * The distinct features of a tokenized message, in first-seen order.
 *
 * @example
 * messageFeatures(['add', 'milk'])
 * // ['w:add', 'b:<s> add', 'c:<a', 'c:<ad', ..., 'w:milk', 'b:add milk', ..., 'b:milk </s>']
 */
export function messageFeatures(tokens: readonly string[], meter?: WorkMeter): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  let prev = '<s>';
  for (const token of tokens) {
    const word = featureWord(token);
    add(`w:${word}`);
    add(`b:${prev} ${word}`);
    if (!isBreak(token)) {
      const padded = `<${word.length > MAX_WORD_CHARS ? word.slice(0, MAX_WORD_CHARS) : word}>`;
      for (let n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
      }
      if (meter) meter.steps += padded.length * (CHAR_NGRAM_MAX - CHAR_NGRAM_MIN + 1);
    }
    prev = word;
  }
  add(`b:${prev} </s>`);
  if (meter) meter.steps += tokens.length * 2 + 1;
  return out;
}
