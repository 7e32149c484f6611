import type { SqlConnection } from '../sql.js';

/** A product a price refresh asks its source about. */
export interface ProductToPrice {
  productId: number;
  /** The source's item id, when known. */
  sku: string | null;
  name: string;
  priceCents: number;
}

/** What the background jobs work on: which products to warm and to reprice, and the deal scan's first run. */
export interface JobTargetRepository {
  /** The `popular` most popular products, and every product unchecked on a list or actively tracked. */
  productsToWarm(popular: number): number[];
  /**
   * Up to `limit` products a source can price (the demo store's with `demo`, otherwise those with
   * an item id): watched ones (tracked or unchecked on a list) first, then the stalest.
   */
  productsToRefresh(opts: { demo: boolean; limit: number }): ProductToPrice[];
  /** When the first deal scan of this store ran, or undefined before it has. */
  dealScanBaselineAt(): number | undefined;
  setDealScanBaselineAt(at: number): void;
}

/** `meta` key set by the first scan of a store: the deals it found were already running. */
const BASELINE_KEY = 'deal_scan_baseline_at';

/**
 * The job-target repository.
 *
 * @example
 * const targets = createJobTargetRepository(sqliteConnection(db));
 * cache.warm(targets.productsToWarm(200));
 */
export function createJobTargetRepository(conn: SqlConnection): JobTargetRepository {
  const warm = conn.statement(
    `SELECT id FROM (SELECT id FROM products ORDER BY popularity DESC, id LIMIT ?) AS popular
     UNION SELECT product_id FROM list_items WHERE product_id IS NOT NULL AND checked = 0
     UNION SELECT product_id FROM price_alerts WHERE active = 1`,
  );
  const refresh = (where: string) =>
    conn.statement<{ id: number; sku: string | null; name: string; price_cents: number }>(
      `SELECT p.id, p.sku, p.name, p.price_cents,
         CASE WHEN EXISTS (SELECT 1 FROM price_alerts a WHERE a.product_id = p.id AND a.active = 1)
           OR EXISTS (SELECT 1 FROM list_items i WHERE i.product_id = p.id AND i.checked = 0) THEN 1 ELSE 0 END AS watched
       FROM products p
       WHERE ${where}
       ORDER BY watched DESC, p.updated_at, p.id LIMIT ?`,
    );
  const demo = refresh("p.source = 'demo'");
  const withSku = refresh('p.sku IS NOT NULL');
  const meta = conn.statement('SELECT value FROM meta WHERE key = ?');
  const setMeta = conn.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    productsToWarm: (popular) => warm.values<number>(popular),
    productsToRefresh: (opts) =>
      (opts.demo ? demo : withSku).all(opts.limit).map((r) => ({ productId: r.id, sku: r.sku, name: r.name, priceCents: r.price_cents })),
    dealScanBaselineAt() {
      const value = meta.value<string>(BASELINE_KEY);
      return value === undefined ? undefined : Number(value);
    },
    setDealScanBaselineAt(at) {
      setMeta.run(BASELINE_KEY, String(at));
    },
  };
}
