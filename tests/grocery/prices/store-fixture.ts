import type { Db } from '../../../src/store/database.js';
import { DAY_MS } from '../../../src/grocery/types.js';

/** A fixed "now": Wednesday 2026-03-18 15:00 UTC. */
export const NOW = Date.UTC(2026, 2, 18, 15, 0, 0);
/** Midnight UTC of {@link NOW}'s day. */
export const TODAY = Date.UTC(2026, 2, 18);

/** Test products as plain SQL rows, so these tests depend only on the shared schema. */
export interface ProductSpec {
  name: string;
  category: string;
  priceCents: number;
  wasPriceCents?: number | null;
  brand?: string | null;
  size?: { value: number; unit: string } | null;
  packCount?: number;
  unitPrice?: { millicents: number; unit: string } | null;
  inStock?: boolean;
  dietFlags?: string[];
  allergens?: string[];
  rating?: number | null;
  popularity?: number;
}

/** Inserts a department (once) and a product; returns the product id. */
export function addProduct(db: Db, spec: ProductSpec): number {
  db.prepare(`INSERT INTO departments (id, slug, name, store_order) VALUES (1, 'grocery', 'Grocery', 1) ON CONFLICT DO NOTHING`).run();
  const size = spec.size ?? null;
  const r = db
    .prepare(
      `INSERT INTO products (name, brand, category, department_id, size_value, size_unit, size_text, pack_count,
         price_cents, was_price_cents, unit_price_millicents, unit_price_unit, in_stock, rating, diet_flags, allergens,
         popularity, updated_at)
       VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      spec.name,
      spec.brand ?? null,
      spec.category,
      size?.value ?? null,
      size?.unit ?? null,
      size ? `${size.value} ${size.unit}` : null,
      spec.packCount ?? 1,
      spec.priceCents,
      spec.wasPriceCents ?? null,
      spec.unitPrice?.millicents ?? null,
      spec.unitPrice?.unit ?? null,
      spec.inStock === false ? 0 : 1,
      spec.rating ?? null,
      (spec.dietFlags ?? []).join(' '),
      (spec.allergens ?? []).join(' '),
      spec.popularity ?? 0,
      NOW,
    );
  return Number(r.lastInsertRowid);
}

/**
 * Writes one observation per day at noon UTC, the last one on the day before `today`
 * (so `prices[prices.length - 1]` is yesterday's price).
 */
export function addDailyHistory(db: Db, productId: number, prices: readonly number[], today = TODAY): void {
  const insert = db.prepare(`INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)
    ON CONFLICT (product_id, observed_at) DO UPDATE SET price_cents = excluded.price_cents`);
  prices.forEach((p, i) => insert.run(productId, today - (prices.length - i) * DAY_MS + DAY_MS / 2, p));
}

/** Sets a product's shelf price (and was-price), as a price feed would. */
export function setPrice(db: Db, productId: number, priceCents: number, wasPriceCents: number | null = null): void {
  db.prepare(`UPDATE products SET price_cents = ?, was_price_cents = ? WHERE id = ?`).run(priceCents, wasPriceCents, productId);
}

/** Inserts a user; returns the id. */
export function addUser(db: Db, opts: { timezone?: string | null; alertsEnabled?: boolean } = {}): number {
  const r = db
    .prepare(`INSERT INTO users (display_name, timezone, alerts_enabled, created_at) VALUES ('t', ?, ?, ?)`)
    .run(opts.timezone ?? null, opts.alertsEnabled === false ? 0 : 1, NOW);
  return Number(r.lastInsertRowid);
}

/** `n` copies of `value`. */
export function repeat(value: number, n: number): number[] {
  return Array.from({ length: n }, () => value);
}
