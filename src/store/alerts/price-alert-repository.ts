import type { SqlConnection } from '../sql.js';

/** One subscription to a product's price, as `price_alerts` keeps it. */
export interface PriceAlertRecord {
  id: number;
  userId: number;
  productId: number;
  /** Alert at or below this; null means "tell me about a real drop". */
  targetPriceCents: number | null;
  /** The price when tracking began (or when the last alert went out). */
  baselineCents: number;
  /** The channel to notify on; null means the user's usual one. */
  channel: string | null;
  createdAt: number;
}

/** What {@link PriceAlertRepository.subscribe} is told. */
export interface Subscription {
  userId: number;
  productId: number;
  /** A number or null replaces the target; undefined keeps the existing one. */
  targetPriceCents: number | null | undefined;
  /** Replaces the channel when given. */
  channel: string | null;
  /** Today's price: the baseline of a new or resumed subscription. */
  priceCents: number;
  at: number;
}

/** `price_alerts` (migration 001): who watches which product's price. */
export interface PriceAlertRepository {
  /**
   * Creates the subscription, or updates the existing one in the same transaction: a paused one
   * starts again from today's price, an active one keeps its baseline.
   */
  subscribe(s: Subscription): { alert: PriceAlertRecord; created: boolean };
  /** Deletes the subscription; true when there was one. */
  remove(userId: number, productId: number): boolean;
  /** The user's active subscriptions, newest first. */
  activeOf(userId: number): PriceAlertRecord[];
  /** Active subscriptions of a product whose owners have alerts on, oldest first. */
  activeForProduct(productId: number): PriceAlertRecord[];
  setBaseline(alertId: number, priceCents: number): void;
  /** Every product someone actively tracks, by id. */
  trackedProductIds(): number[];
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

const COLUMNS = 'id, user_id, product_id, target_price_cents, baseline_cents, channel, created_at';

/**
 * The price-alert repository.
 *
 * @example
 * const alerts = createPriceAlertRepository(sqliteConnection(db));
 * alerts.subscribe({ userId, productId: 42, targetPriceCents: 300, channel: null, priceCents: 349, at: Date.now() });
 */
export function createPriceAlertRepository(conn: SqlConnection): PriceAlertRepository {
  const find = conn.statement<{ id: number }>('SELECT id FROM price_alerts WHERE user_id = ? AND product_id = ?');
  const insert = conn.statement<AlertRow>(
    `INSERT INTO price_alerts (user_id, product_id, target_price_cents, baseline_cents, channel, active, created_at)
     VALUES (?, ?, ?, ?, ?, 1, ?) RETURNING ${COLUMNS}`,
  );
  const resume = conn.statement<AlertRow>(
    `UPDATE price_alerts SET target_price_cents = CASE WHEN ? = 1 THEN ? ELSE target_price_cents END,
       channel = COALESCE(?, channel),
       baseline_cents = CASE WHEN active = 1 THEN baseline_cents ELSE ? END, active = 1
     WHERE id = ? RETURNING ${COLUMNS}`,
  );
  const remove = conn.statement('DELETE FROM price_alerts WHERE user_id = ? AND product_id = ?');
  const activeOf = conn.statement<AlertRow>(
    `SELECT ${COLUMNS} FROM price_alerts WHERE user_id = ? AND active = 1 ORDER BY created_at DESC, id DESC`,
  );
  const activeForProduct = conn.statement<AlertRow>(
    `SELECT a.id, a.user_id, a.product_id, a.target_price_cents, a.baseline_cents, a.channel, a.created_at
     FROM price_alerts a JOIN users u ON u.id = a.user_id
     WHERE a.product_id = ? AND a.active = 1 AND u.alerts_enabled = 1 ORDER BY a.id`,
  );
  const setBaseline = conn.statement('UPDATE price_alerts SET baseline_cents = ? WHERE id = ?');
  const tracked = conn.statement('SELECT DISTINCT product_id FROM price_alerts WHERE active = 1 ORDER BY product_id');

  return {
    subscribe: (s) =>
      conn.transaction(() => {
        const existing = find.get(s.userId, s.productId);
        if (!existing) {
          const row = insert.get(s.userId, s.productId, s.targetPriceCents ?? null, s.priceCents, s.channel, s.at)!;
          return { alert: toRecord(row), created: true };
        }
        const row = resume.get(s.targetPriceCents === undefined ? 0 : 1, s.targetPriceCents ?? null, s.channel, s.priceCents, existing.id)!;
        return { alert: toRecord(row), created: false };
      }),
    remove: (userId, productId) => remove.run(userId, productId).changes > 0,
    activeOf: (userId) => activeOf.all(userId).map(toRecord),
    activeForProduct: (productId) => activeForProduct.all(productId).map(toRecord),
    setBaseline(alertId, priceCents) {
      setBaseline.run(priceCents, alertId);
    },
    trackedProductIds: () => tracked.values<number>(),
  };
}

function toRecord(r: AlertRow): PriceAlertRecord {
  return {
    id: r.id,
    userId: r.user_id,
    productId: r.product_id,
    targetPriceCents: r.target_price_cents,
    baselineCents: r.baseline_cents,
    channel: r.channel,
    createdAt: r.created_at,
  };
}
