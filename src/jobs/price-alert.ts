/** Why a person hears about a price. */
export type AlertReason = 'target_reached' | 'price_drop' | 'on_list' | 'preference';

/**
 * A price alert as the deal scan stores it in `notifications.payload` (kind `price_alert`) and
 * the notifier hands it to each channel. Money is integer cents.
 */
export interface PriceAlertPayload {
  productId: number;
  name: string;
  priceCents: number;
  /** What the price is compared with: the tracking baseline, the was-price or the 30-day median. */
  previousCents: number;
  targetCents: number | null;
  reason: AlertReason;
  /** The sentence people read, without the demo note (the notifier adds it). */
  text: string;
  /** Prices from the demo feed: every channel says so. */
  demo: boolean;
  /** The channel the person asked alerts on (track_price); null means every channel they use. */
  channel: string | null;
}

/** A digest of the day's deals on someone's lists (kind `digest`). */
export interface DigestPayload {
  text: string;
  demo: boolean;
  channel: null;
}

/**
 * One alert per person, product and drop: the key the `notifications` UNIQUE(user_id, dedupe_key)
 * holds. The same as the price-alert store's `AlertDue.dedupeKey`, so a tracked product that is
 * also on the list alerts once.
 */
export function priceAlertKey(productId: number, priceCents: number): string {
  return `price-alert:${productId}:${priceCents}`;
}
