/**
 * Taking a shared list back: who is on it, removing one person, a new share code, and "stop
 * sharing". Read before the share rules, which would otherwise hear "sharing" and hand out the code.
 */
import { call, SURE, type IntentRule } from '../../engine/intent.js';

export const SHARE = '[share|sharing|invite|invitation|join]';

/** "#12" (a button's value) or a name of one or two words. */
export function memberArg(tokens: readonly string[]): string | undefined {
  const words = tokens.filter((t) => !/^(the|my|our|member|person|user|from|off|out|of|access|please|list)$/.test(t));
  if (words.length === 0 || words.length > 3) return undefined;
  return words.join(' ').replace(/['’]s$/, '');
}
