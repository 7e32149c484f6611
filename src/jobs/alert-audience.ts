import { listLabel } from '../grocery/lists/index.js';
import type { Product } from '../grocery/types.js';
import { allergenTagsFor } from '../memory/index.js';
import type { Db } from '../store/database.js';
import type { AlertReason } from './price-alert.js';

/** Someone a new deal is news to, and the true sentence that says why. */
export interface Interested {
  userId: number;
  reason: Extract<AlertReason, 'on_list' | 'preference'>;
  /** "You have Oreos on your Grocery list." / "You told me you like Great Value." */
  because: string;
}

/**
 * Who hears about a deal that just started, and why, in their own terms: people with alerts on who
 * have the product unchecked on a list they are a member of ("You have oreos on your Costco
 * list."), then people who *said* they like its brand or its kind ("You told me you like Great
 * Value."), unless they dislike the brand or are allergic to what it contains. Brands learned
 * from what someone added rank products for them but never alert them: nobody is told "you like
 * X" about something they never said. Tracked products alert through their own rule.
 *
 * @example
 * for (const { userId, because } of interestedPeople(db, product)) notify(userId, `${deal}. ${because}`);
 */
export function interestedPeople(db: Db, product: Product): Interested[] {
  const out = new Map<number, Interested>();
  const lines = db
    .prepare(
      `SELECT m.user_id, i.name AS item, l.name AS list FROM list_items i
       JOIN lists l ON l.id = i.list_id JOIN list_members m ON m.list_id = i.list_id JOIN users u ON u.id = m.user_id
       WHERE i.product_id = ? AND i.checked = 0 AND u.alerts_enabled = 1 ORDER BY m.user_id, i.id`,
    )
    .all(product.id) as { user_id: number; item: string; list: string }[];
  for (const line of lines) {
    if (out.has(line.user_id)) continue;
    out.set(line.user_id, { userId: line.user_id, reason: 'on_list', because: `You have ${line.item} on your ${listLabel(line.list)}.` });
  }
  const brand = product.brand?.toLowerCase() ?? '';
  const liked = db
    .prepare(
      `SELECT p.user_id, p.kind, p.value FROM preferences p JOIN users u ON u.id = p.user_id
       WHERE p.source = 'stated' AND u.alerts_enabled = 1
         AND ((p.kind = 'brand' AND p.value = ? COLLATE NOCASE AND ? <> '') OR (p.kind = 'likes' AND p.value = ? COLLATE NOCASE))
       ORDER BY p.user_id, p.id`,
    )
    .all(brand, brand, product.category) as { user_id: number; kind: string; value: string }[];
  for (const pref of liked) {
    if (out.has(pref.user_id) || ruledOut(db, pref.user_id, product)) continue;
    const what = pref.kind === 'brand' ? product.brand! : pref.value;
    out.set(pref.user_id, { userId: pref.user_id, reason: 'preference', because: `You told me you like ${what}.` });
  }
  return [...out.values()];
}

/** A disliked brand or an allergen the person avoids: no "you might like this" for it. */
function ruledOut(db: Db, userId: number, product: Product): boolean {
  const prefs = db.prepare("SELECT kind, value FROM preferences WHERE user_id = ? AND kind IN ('dislikes', 'allergy')").all(userId) as {
    kind: string;
    value: string;
  }[];
  const brand = product.brand?.toLowerCase();
  return prefs.some((p) =>
    p.kind === 'dislikes' ? p.value.toLowerCase() === brand : allergenTagsFor(p.value).some((tag) => product.allergens.includes(tag)),
  );
}
