/**
 * The spans the tagger marks, as BIO tags over the tokenizer's tokens:
 *
 * - `ITEM`: a thing to add, remove, change, check off, look up, price, search, track or cook
 *   (an item's words with its stated quantity, unit and brand: "2 gallons of milk");
 * - `LIST`: a named list ("costco" in "my costco list"; the name of a list to create or delete);
 * - `VALUE`: what a preference is about ("vegetarian", "peanuts", "Great Value");
 * - `NAME`: the new name in a rename ("rename the bbq list to cookout").
 */
export const SPAN_LABELS = ['ITEM', 'LIST', 'VALUE', 'NAME'] as const;
export type SpanLabel = (typeof SPAN_LABELS)[number];

/** Every tag: `O`, then `B-` and `I-` of each label. */
export const TAGS: readonly string[] = ['O', ...SPAN_LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];

/** A marked span: tokens[start..end) (end exclusive) and their words joined by spaces. */
export interface Span {
  label: SpanLabel;
  start: number;
  end: number;
  text: string;
}

/** The spans a tag sequence marks. An `I-` with no `B-` before it starts a span, as it would be read. */
export function spansOf(tokens: readonly string[], tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: { label: SpanLabel; start: number } | undefined;
  const close = (end: number) => {
    if (open) spans.push({ label: open.label, start: open.start, end, text: tokens.slice(open.start, end).join(' ') });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') return close(i);
    const label = tag.slice(2) as SpanLabel;
    if (tag.startsWith('B-') || open?.label !== label) {
      close(i);
      open = { label, start: i };
    }
  });
  close(tags.length);
  return spans;
}
