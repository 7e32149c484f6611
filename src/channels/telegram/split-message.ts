/** Telegram refuses a message text longer than this many UTF-16 code units. */
export const TELEGRAM_MAX_TEXT = 4096;

/**
 * Splits a reply into pieces Telegram accepts, breaking at a line end where there is one in the
 * second half of a piece, else at a space, else hard; nothing is dropped and the pieces read in
 * order.
 *
 * @example
 * splitMessage('a'.repeat(5000)).map((p) => p.length); // [4096, 904]
 */
export function splitMessage(text: string, limit = TELEGRAM_MAX_TEXT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    // Never cut between the halves of a surrogate pair (an emoji would turn into two broken characters).
    if (cut === limit && /[\ud800-\udbff]/.test(rest[cut - 1] ?? '')) cut -= 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
