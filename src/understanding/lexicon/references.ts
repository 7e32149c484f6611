/**
 * Pointing back at numbered results: "the second one", "that one", "#2".
 */
export const REFERENCE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'those', 'these', 'them', 'same', 'one', 'that one', 'this one', 'the one',
  'the same', 'same thing', 'the same thing', 'those ones', 'these ones', 'that item', 'this item', 'those items', 'that too', 'it too', 'them too']);

/** Words `rest` leaves out below: they label a pick ("option 2", "the second one") without being it. */
export const CHOICE_LABELS: ReadonlySet<string> = new Set(['one', 'option', 'number', 'choice', 'item', 'thing', 'no']);
