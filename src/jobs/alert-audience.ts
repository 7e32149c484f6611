import { listLabel } from '../grocery/lists/index.js';
import type { Product } from '../grocery/types.js';
import { allergenTagsFor } from '../memory/index.js';
import type { AlertAudienceRepository } from '../store/alerts/index.js';
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
 * for (const { userId, because } of interestedPeople(audience, product)) notify(userId, `${deal}. ${because}`);
 */
export function interestedPeople(audience: AlertAudienceRepository, product: Product): Interested[] {
  const out = new Map<number, Interested>();
  for (const line of audience.listHolders(product.id)) {
    if (out.has(line.userId)) continue;
    out.set(line.userId, { userId: line.userId, reason: 'on_list', because: `You have ${line.item} on your ${listLabel(line.list)}.` });
  }
  const brand = product.brand?.toLowerCase() ?? '';
  for (const pref of audience.statedLikes(brand, product.category)) {
    if (out.has(pref.userId) || ruledOut(audience, pref.userId, product)) continue;
    const what = pref.kind === 'brand' ? product.brand! : pref.value;
    out.set(pref.userId, { userId: pref.userId, reason: 'preference', because: `You told me you like ${what}.` });
  }
  return [...out.values()];
}

/** A disliked brand or an allergen the person avoids: no "you might like this" for it. */
function ruledOut(audience: AlertAudienceRepository, userId: number, product: Product): boolean {
  const brand = product.brand?.toLowerCase();
  return audience
    .avoidances(userId)
    .some((p) => (p.kind === 'dislikes' ? p.value.toLowerCase() === brand : allergenTagsFor(p.value).some((tag) => product.allergens.includes(tag))));
}
