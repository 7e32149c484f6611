import type { Db } from '../../store/database.js';
import { computeTrend, eachHistory } from '../prices/index.js';
import { bumpDealsVersion } from './deal-index.js';
import { dealsFor, type DealCandidate, type DealKind } from './deal-rules.js';

/** A row of the deals table. */
export interface DealRecord {
  id: number;
  productId: number;
  kind: DealKind;
  priceCents: number;
  referenceCents: number;
  pctOff: number;
  detectedAt: number;
  endsAt: number | null;
  active: boolean;
}

/** What one detection run changed. */
export interface DealChanges {
  /** Deals that became active in this run (new, or back after having ended): the ones to alert on. */
  started: DealRecord[];
  /** Deals that ended in this run. */
  ended: DealRecord[];
}

interface DealRow {
  id: number;
  product_id: number;
  kind: DealKind;
  price_cents: number;
  reference_cents: number;
  pct_off: number;
  detected_at: number;
  ends_at: number | null;
  active: number;
}

const keyOf = (d: { productId: number; kind: DealKind; priceCents: number }) => `${d.productId}:${d.kind}:${d.priceCents}`;

/** The deals the rules find in today's prices and history, keyed by product, kind and price. */
export type FoundDeals = Map<string, DealCandidate>;

/** Products whose history one step of {@link findDealsInSlices} reads. */
const PRODUCTS_PER_STEP = 100;

interface ProductPrice {
  id: number;
  price_cents: number;
  was_price_cents: number | null;
}

/** Applies the deal rules to `products` (ids ascending) as of `now`, adding what they find to `found`. */
function findAmong(db: Db, products: readonly ProductPrice[], now: number, found: FoundDeals): void {
  let i = 0;
  // One product's history at a time (ids ascending, as `products` is): a scan holds ~100 points, not all of them.
  eachHistory(db, products.map((p) => p.id), now, (id, points) => {
    const p = products[i++]!;
    const trend = computeTrend(p.price_cents, points, now);
    for (const d of dealsFor({ id, priceCents: p.price_cents, wasPriceCents: p.was_price_cents }, trend)) found.set(keyOf(d), d);
  });
}

/** Every deal the rules find as of `now`, in one go. */
export function findDeals(db: Db, now: number): FoundDeals {
  const found: FoundDeals = new Map();
  findAmong(db, db.prepare('SELECT id, price_cents, was_price_cents FROM products ORDER BY id').all() as ProductPrice[], now, found);
  return found;
}

/**
 * {@link findDeals} a hundred products at a time, letting the event loop run between steps once
 * a step has taken `sliceMs`: on the demo store the whole scan is about 0.4 s of work, which done
 * in one go held up every chat turn that arrived meanwhile. Each step reads its products' prices
 * with their history, so a price written mid-scan is seen with the history it belongs to.
 */
export async function findDealsInSlices(db: Db, now: number, opts: { sliceMs?: number } = {}): Promise<FoundDeals> {
  const sliceMs = opts.sliceMs ?? 8;
  const page = db.prepare<[number, number], ProductPrice>('SELECT id, price_cents, was_price_cents FROM products WHERE id > ? ORDER BY id LIMIT ?');
  const found: FoundDeals = new Map();
  let after = 0;
  let sliceStarted = performance.now();
  for (;;) {
    const products = page.all(after, PRODUCTS_PER_STEP);
    if (products.length === 0) return found;
    findAmong(db, products, now, found);
    after = products.at(-1)!.id;
    if (performance.now() - sliceStarted >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}

/**
 * Brings the deals table in line with `found` as of `now`, in one transaction: deals the rules no
 * longer support end (active = 0, ends_at = now), new ones start, and deals that still hold keep
 * their row (their reference follows the moving median quietly). Applying the same deals twice
 * changes nothing the second time.
 */
export function applyDeals(db: Db, now: number, found: FoundDeals): DealChanges {
  const end = db.prepare('UPDATE deals SET active = 0, ends_at = ? WHERE id = ? RETURNING *');
  const refresh = db.prepare('UPDATE deals SET reference_cents = ?, pct_off = ? WHERE id = ?');
  const start = db.prepare(
    `INSERT INTO deals (product_id, kind, price_cents, reference_cents, pct_off, detected_at, ends_at, active)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 1)
     ON CONFLICT (product_id, kind, price_cents) DO UPDATE SET
       reference_cents = excluded.reference_cents, pct_off = excluded.pct_off,
       detected_at = excluded.detected_at, ends_at = NULL, active = 1
     RETURNING *`,
  );

  return db
    .transaction((): DealChanges => {
      const changes: DealChanges = { started: [], ended: [] };
      let refreshed = false;
      const kept = new Set<string>();
      const active = db.prepare('SELECT * FROM deals WHERE active = 1').all() as DealRow[];
      for (const row of active) {
        const key = keyOf({ productId: row.product_id, kind: row.kind, priceCents: row.price_cents });
        const still = found.get(key);
        if (!still) {
          changes.ended.push(toRecord(end.get(now, row.id) as DealRow));
          continue;
        }
        if (still.referenceCents !== row.reference_cents) {
          refresh.run(still.referenceCents, still.pctOff, row.id);
          refreshed = true;
        }
        kept.add(key);
      }
      for (const [key, d] of found) {
        if (kept.has(key)) continue;
        changes.started.push(toRecord(start.get(d.productId, d.kind, d.priceCents, d.referenceCents, d.pctOff, now) as DealRow));
      }
      // Readers keep a copy of the active deals (deal-index.ts); any write here makes it stale.
      if (refreshed || changes.started.length > 0 || changes.ended.length > 0) bumpDealsVersion(db);
      return changes;
    })
    .immediate();
}

/**
 * Recomputes the deals table from current prices and price history as of `now`:
 * {@link findDeals}, then {@link applyDeals}. Running it twice with the same data changes nothing
 * the second time.
 */
export function detectDeals(db: Db, now: number): DealChanges {
  return applyDeals(db, now, findDeals(db, now));
}

/** Maps a deals row to a {@link DealRecord}. */
export function toRecord(r: DealRow): DealRecord {
  return {
    id: r.id,
    productId: r.product_id,
    kind: r.kind,
    priceCents: r.price_cents,
    referenceCents: r.reference_cents,
    pctOff: r.pct_off,
    detectedAt: r.detected_at,
    endsAt: r.ends_at,
    active: r.active === 1,
  };
}
