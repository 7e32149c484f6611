import type { Db } from '../../store/database.js';
import { AppError } from '../../errors.js';
import { formatCents } from '../money.js';
import { loadProducts } from '../prices/index.js';
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

interface AlertRow {
  id: number;
  user_id: number;
  product_id: number;
  target_price_cents: number | null;
  baseline_cents: number;
  channel: string | null;
  created_at: number;
}

/**
 * Builds the price-alert store.
 *
 * @example
 * const alerts = createPriceAlerts({ db, now: () => Date.now() });
 * alerts.trackPrice(userId, 42, { targetPriceCents: 300 });
 * for (const due of alerts.alertsDue(42, 289)) notify(due.userId, due.text);
 */
export function createPriceAlerts(deps: { db: Db; now?: Clock }): PriceAlerts {
  const { db } = deps;
  const now = deps.now ?? systemClock;

  function withProducts(rows: AlertRow[]): TrackedPrice[] {
    const products = loadProducts(db, rows.map((r) => r.product_id));
    return rows.flatMap((r) => {
      const product = products.get(r.product_id);
      return product ? [toTracked(r, product)] : [];
    });
  }

  return {
    trackPrice(userId, productId, opts = {}) {
      const product = loadProducts(db, [productId]).get(productId);
      if (!product) throw new AppError('PRODUCT_NOT_FOUND', { detail: `track product ${productId}` });
      const target = opts.targetPriceCents;
      if (target !== undefined && target !== null && !(Number.isInteger(target) && target >= 0)) {
        throw new AppError('INVALID_AMOUNT', { detail: `target ${String(target)} cents` });
      }
      return db
        .transaction(() => {
          const existing = db.prepare('SELECT * FROM price_alerts WHERE user_id = ? AND product_id = ?').get(userId, productId) as
            | (AlertRow & { active: number })
            | undefined;
          if (!existing) {
            const row = db
              .prepare(
                `INSERT INTO price_alerts (user_id, product_id, target_price_cents, baseline_cents, channel, active, created_at)
                 VALUES (?, ?, ?, ?, ?, 1, ?) RETURNING *`,
              )
              .get(userId, productId, target ?? null, product.priceCents, opts.channel ?? null, now()) as AlertRow;
            return { ...toTracked(row, product), created: true };
          }
          // A paused subscription starts again from today's price; an active one keeps its baseline.
          const row = db
            .prepare(
              `UPDATE price_alerts SET target_price_cents = CASE WHEN ? THEN ? ELSE target_price_cents END,
                 channel = COALESCE(?, channel),
                 baseline_cents = CASE WHEN active = 1 THEN baseline_cents ELSE ? END, active = 1
               WHERE id = ? RETURNING *`,
            )
            .get(target === undefined ? 0 : 1, target ?? null, opts.channel ?? null, product.priceCents, existing.id) as AlertRow;
          return { ...toTracked(row, product), created: false };
        })
        .immediate();
    },

    untrack: (userId, productId) =>
      db.prepare('DELETE FROM price_alerts WHERE user_id = ? AND product_id = ?').run(userId, productId).changes > 0,

    listTracked(userId) {
      const rows = db
        .prepare('SELECT * FROM price_alerts WHERE user_id = ? AND active = 1 ORDER BY created_at DESC, id DESC')
        .all(userId) as AlertRow[];
      return withProducts(rows);
    },

    alertsDue(productId, newPriceCents) {
      const rows = db
        .prepare(
          `SELECT a.* FROM price_alerts a JOIN users u ON u.id = a.user_id
           WHERE a.product_id = ? AND a.active = 1 AND u.alerts_enabled = 1 ORDER BY a.id`,
        )
        .all(productId) as AlertRow[];
      const product = loadProducts(db, [productId]).get(productId);
      const name = product?.name ?? 'An item you are watching';
      const due: AlertDue[] = [];
      for (const r of rows) {
        const reason = reasonFor(r, newPriceCents);
        if (!reason) continue;
        due.push({
          alertId: r.id,
          userId: r.user_id,
          productId,
          channel: r.channel,
          reason,
          priceCents: newPriceCents,
          targetPriceCents: r.target_price_cents,
          baselineCents: r.baseline_cents,
          dedupeKey: `price-alert:${productId}:${newPriceCents}`,
          text: alertText(name, reason, newPriceCents, r),
        });
      }
      return due;
    },

    markAlerted(alertId, priceCents) {
      db.prepare('UPDATE price_alerts SET baseline_cents = ? WHERE id = ?').run(priceCents, alertId);
    },
  };
}

/** A target wins over the drop rule: someone who named a price wants that price, not any 10% dip. */
function reasonFor(r: AlertRow, price: number): AlertDue['reason'] | undefined {
  if (r.target_price_cents !== null) return price <= r.target_price_cents ? 'target_reached' : undefined;
  return price * 100 <= r.baseline_cents * (100 - ALERT_DROP_MIN_PCT) ? 'price_drop' : undefined;
}

/** What happened to the price, then why the person hears about it, in their terms: they asked. */
function alertText(name: string, reason: AlertDue['reason'], price: number, r: AlertRow): string {
  if (reason === 'target_reached') {
    return `${name} is now ${formatCents(price)}. You asked me to watch it for ${formatCents(r.target_price_cents!)} or less.`;
  }
  const pct = Math.round(((r.baseline_cents - price) / r.baseline_cents) * 100);
  return `${name} is down to ${formatCents(price)} from ${formatCents(r.baseline_cents)} (${pct}% less). You asked me to watch its price.`;
}

function toTracked(r: AlertRow, product: Product): TrackedPrice {
  return {
    id: r.id,
    userId: r.user_id,
    productId: r.product_id,
    product,
    targetPriceCents: r.target_price_cents,
    baselineCents: r.baseline_cents,
    channel: r.channel,
    createdAt: r.created_at,
  };
}
