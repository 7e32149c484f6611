/**
 * Messages built to be hard for the understanding, at any length: openers, commands and list
 * phrases over and over, numbers, conditions, corrections, and seeded word soups of the grammar's
 * own trigger words. The bound-work test (tests/understanding/bounded-work.test.ts) counts the
 * work they take; `npm run bench` times the worst of them (`nlu_worst_ms`).
 */

const repeat = (unit: string, chars: number, end = '') => unit.repeat(Math.max(1, Math.floor((chars - end.length) / unit.length))) + end;

/** Each kind of hard message, as a function of its length in characters. */
export const ADVERSARIAL: Readonly<Record<string, (chars: number) => string>> = {
  'no no no ... x': (n) => repeat('no ', n, 'x'),
  'add milk to my list, unbroken': (n) => repeat('add milk to my list ', n),
  'add milk and ...': (n) => repeat('add milk and ', n, 'eggs'),
  'if not ... add it': (n) => repeat('if not ', n, 'add it'),
  numbers: (n) => repeat('1 2 3 4 5 6 7 8 9 ', n),
  corrections: (n) => repeat('3 no wait 4 ', n, 'lemons'),
  reasons: (n) => repeat('add milk because i ', n),
  'one long word': (n) => 'a'.repeat(n),
  commas: (n) => repeat('milk, ', n),
  'make it': (n) => repeat('make the milk ', n, '3'),
  questions: (n) => repeat('what is on my list and ', n, 'why'),
  'or which is cheaper': (n) => repeat('milk or eggs ', n, 'which is cheaper?'),
  'headings and colons': (n) => repeat('tacos: beef, shells; ', n),
};

const SOUP_WORDS = ['no', 'not', 'and', 'add', 'remove', 'to', 'my', 'list', 'if', 'unless', '1', '2', 'dozen', 'gallons', 'milk', 'eggs', ',', '.', 'please',
  'wait', 'i', 'we', 'because', 'make', 'it', 'the', 'of', 'or', 'which', 'cheaper', 'instead', 'change', 'costco', 'what', 'is', 'on', ':', 'x2', 'off', 'take'];

/** A seeded word soup of `chars` characters: the same seed gives the same message. */
export function wordSoup(seed: number, chars: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let out = '';
  while (out.length < chars) out += `${SOUP_WORDS[Math.floor(next() * SOUP_WORDS.length)]} `;
  return out.slice(0, chars);
}
