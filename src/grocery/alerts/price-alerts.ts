import type { PriceAlertRecord, PriceAlertRepository } from '../../store/alerts/index.js';
import { AppError } from '../../errors.js';
import { formatCents } from '../money.js';
import { systemClock, type Clock, type Product } from '../types.js';

/** Without a target, a price this many percent below the baseline (the price when tracking began) alerts. */
export const ALERT_DROP_MIN_PCT = 10;

/** One user's subscription to a product's price. */
export interface TrackedPrice {
  id: number;
  userId: number;
  productId: number;
  product: Product;
  /** Alert when the price is at or below this; null means "tell me about a real drop". */
  targetPriceCents: number | null;
  /** The price when tracking began (or when the last alert went out). */
  baselineCents: number;
  /** The channel to notify on; null means the user's usual one. */
  channel: string | null;
  createdAt: number;
}

/** A subscription a price change should notify. */
export interface AlertDue {
  alertId: number;
  userId: number;
  productId: number;
  channel: string | null;
  reason: 'target_reached' | 'price_drop';
  priceCents: number;
  targetPriceCents: number | null;
  baselineCents: number;
  /** Same product and price give the same key, so the notifier sends it once (notifications.dedupe_key). */
  dedupeKey: string;
  /** e.g. "Tide Pods 42 ct is down to $9.99 from $12.00 (17% less)." */
  text: string;
}

/** Price-alert subscriptions. Every read and write is scoped to one user, except the job-side lookups. */
export interface PriceAlerts {
  /**
   * Subscribes `userId` to `productId`, or updates the existing subscription: a given target or
   * channel replaces the old one, `targetPriceCents: null` clears the target, leaving it out keeps
   * it. Throws PRODUCT_NOT_FOUND, or INVALID_AMOUNT for a bad target.
   */
  trackPrice(
    userId: number,
    productId: number,
    opts?: { targetPriceCents?: number | null; channel?: string },
  ): TrackedPrice & { created: boolean };
  /** Stops tracking; true when there was a subscription. */
  untrack(userId: number, productId: number): boolean;
  /** The user's subscriptions, newest first. */
  listTracked(userId: number): TrackedPrice[];
  /** Subscriptions (of users with alerts on) that a new price for the product should notify. */
  alertsDue(productId: number, newPriceCents: number): AlertDue[];
  /** After notifying a drop: the new price becomes the baseline, so the next alert needs another real drop. */
  markAlerted(alertId: number, priceCents: number): void;
}

/** Reads products by id, fresh from the store (the price-alert messages name them at today's price). */
export type ProductLookup = (ids: readonly number[]) => Map<number, Product>;

/** What {@link createPriceAlerts} needs. */
export interface PriceAlertsDeps {
  repository: PriceAlertRepository;
  products: ProductLookup;
  now?: Clock;
}

/**
 * Builds the price-alert service.
 *
 * @example
 * const alerts = createPriceAlerts({ repository: createPriceAlertRepository(conn), products, now: () => Date.now() });
 * alerts.trackPrice(userId, 42, { targetPriceCents: 300 });
 * for (const due of alerts.alertsDue(42, 289)) notify(due.userId, due.text);
 */
export function createPriceAlerts(deps: PriceAlertsDeps): PriceAlerts {
  const { repository, products: load } = deps;
  const now = deps.now ?? systemClock;

  function withProducts(rows: PriceAlertRecord[]): TrackedPrice[] {
    const products = load(rows.map((r) => r.productId));
    return rows.flatMap((r) => {
      const product = products.get(r.productId);
      return product ? [toTracked(r, product)] : [];
    });
  }

  return {
    trackPrice(userId, productId, opts = {}) {
      const product = load([productId]).get(productId);
      if (!product) throw new AppError('PRODUCT_NOT_FOUND', { detail: `track product ${productId}` });
      const target = opts.targetPriceCents;
      if (target !== undefined && target !== null && !(Number.isInteger(target) && target >= 0)) {
        throw new AppError('INVALID_AMOUNT', { detail: `target ${String(target)} cents` });
      }
      const { alert, created } = repository.subscribe({
        userId,
        productId,
        targetPriceCents: target,
        channel: opts.channel ?? null,
        priceCents: product.priceCents,
        at: now(),
      });
      return { ...toTracked(alert, product), created };
    },

    untrack: (userId, productId) => repository.remove(userId, productId),

    listTracked: (userId) => withProducts(repository.activeOf(userId)),

    alertsDue(productId, newPriceCents) {
      const rows = repository.activeForProduct(productId);
      const product = load([productId]).get(productId);
      const name = product?.name ?? 'An item you are watching';
      const due: AlertDue[] = [];
      for (const r of rows) {
        const reason = reasonFor(r, newPriceCents);
        if (!reason) continue;
        due.push({
          alertId: r.id,
          userId: r.userId,
          productId,
          channel: r.channel,
          reason,
          priceCents: newPriceCents,
          targetPriceCents: r.targetPriceCents,
          baselineCents: r.baselineCents,
          dedupeKey: `price-alert:${productId}:${newPriceCents}`,
          text: alertText(name, reason, newPriceCents, r),
        });
      }
      return due;
    },

    markAlerted(alertId, priceCents) {
      repository.setBaseline(alertId, priceCents);
    },
  };
}

/** A target wins over the drop rule: someone who named a price wants that price, not any 10% dip. */
function reasonFor(r: PriceAlertRecord, price: number): AlertDue['reason'] | undefined {
  if (r.targetPriceCents !== null) return price <= r.targetPriceCents ? 'target_reached' : undefined;
  return price * 100 <= r.baselineCents * (100 - ALERT_DROP_MIN_PCT) ? 'price_drop' : undefined;
}

/** What happened to the price, then why the person hears about it, in their terms: they asked. */
function alertText(name: string, reason: AlertDue['reason'], price: number, r: PriceAlertRecord): string {
  if (reason === 'target_reached') {
    return `${name} is now ${formatCents(price)}. You asked me to watch it for ${formatCents(r.targetPriceCents!)} or less.`;
  }
  const pct = Math.round(((r.baselineCents - price) / r.baselineCents) * 100);
  return `${name} is down to ${formatCents(price)} from ${formatCents(r.baselineCents)} (${pct}% less). You asked me to watch its price.`;
}

function toTracked(r: PriceAlertRecord, product: Product): TrackedPrice {
  return {
    id: r.id,
    userId: r.userId,
    productId: r.productId,
    product,
    targetPriceCents: r.targetPriceCents,
    baselineCents: r.baselineCents,
    channel: r.channel,
    createdAt: r.createdAt,
  };
}
