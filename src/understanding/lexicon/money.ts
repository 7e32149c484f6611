/**
 * Words of money: currencies and cents.
 */
/** Words that say the number before them is money. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['dollars', 'dollar', 'bucks', 'buck', 'usd', 'quid', 'pounds', 'euros', 'euro', 'dollas', 'bux']);

/** Words that may follow an amount without being part of the thing it buys ("a dollar more"). */
export const CENTS_WORDS: ReadonlySet<string> = new Set(['cents', 'cent']);

/** "a hundred", "a grand": a number word that "a" counts as one of. */
export const LARGE_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'grand']);
