import type { Db } from '../../store/database.js';
import type { DealKind } from './deal-rules.js';

/** `meta` key bumped by every deal scan that wrote to the deals table (see detect-deals.ts). */
export const DEALS_VERSION_KEY = 'deals_version';

/** An active deal row, with what the lookups filter on. Prices are not here: they are read live. */
export interface IndexedDeal {
  productId: number;
  kind: DealKind;
  referenceCents: number;
  detectedAt: number;
  /** The product's category, lower-case. */
  category: string;
  /** `brand name`, lower-case, for name matching. */
  text: string;
}

/** The active deals and the store's categories, as of one version of the deals and products tables. */
export interface DealIndex {
  /** Active deal rows, by product id then row id. */
  deals: IndexedDeal[];
  /** Every category of the catalog, as written. */
  categories: string[];
  /** The rows of each lower-case category, in `deals` order. */
  byCategory: ReadonlyMap<string, readonly IndexedDeal[]>;
  /** The rows of each product, in `deals` order. */
  byProduct: ReadonlyMap<number, readonly IndexedDeal[]>;
  /** The rows whose `text` contains `fragment`, in `deals` order (worked out once per fragment and copy of the index). */
  containing(fragment: string): readonly IndexedDeal[];
}

/** Fragments {@link DealIndex.containing} remembers per copy of the index; past this it starts over. */
const MAX_FRAGMENTS = 1000;

interface Cached {
  signature: string;
  index: DealIndex;
}

const cached = new WeakMap<Db, Cached>();
const probes = new WeakMap<Db, ReturnType<typeof prepareProbe>>();

const prepareProbe = (db: Db) =>
  db.prepare<[], { signature: string }>(
    `SELECT coalesce((SELECT value FROM meta WHERE key = '${DEALS_VERSION_KEY}'), '0') || ':' ||
            (SELECT count(*) FROM products) || ':' || coalesce((SELECT max(id) FROM products), 0) AS signature`,
  );

/**
 * The active deals with their products' categories and names, read once per change instead of
 * on every question. Asking about deals ("is tide on sale?") joined every active deal to its
 * product on each call, which was most of that turn. The deal scan bumps a version in `meta`
 * whenever it writes deals, and products coming or going change the product count and top id,
 * so one indexed read per call tells whether the copy is current (also across processes).
 * Prices are left out on purpose: they move with every price refresh and are read live.
 */
export function dealIndex(db: Db): DealIndex {
  let probe = probes.get(db);
  if (!probe) probes.set(db, (probe = prepareProbe(db)));
  const signature = probe.get()!.signature;
  const hit = cached.get(db);
  if (hit && hit.signature === signature) return hit.index;
  const deals = (
    db
      .prepare(
        `SELECT d.product_id, d.kind, d.reference_cents, d.detected_at, p.category, coalesce(p.brand, '') || ' ' || p.name AS text
         FROM deals d JOIN products p ON p.id = d.product_id WHERE d.active = 1 ORDER BY d.product_id, d.id`,
      )
      .all() as { product_id: number; kind: DealKind; reference_cents: number; detected_at: number; category: string; text: string }[]
  ).map((r) => ({
    productId: r.product_id,
    kind: r.kind,
    referenceCents: r.reference_cents,
    detectedAt: r.detected_at,
    category: r.category.toLowerCase(),
    text: r.text.toLowerCase(),
  }));
  const categories = (db.prepare('SELECT DISTINCT category FROM products').all() as { category: string }[]).map((r) => r.category);
  const index = indexOf(deals, categories);
  cached.set(db, { signature, index });
  return index;
}

/**
 * The lookups over one read of the deals. Each lookup keeps the rows in `deals` order, so a
 * filter applied to a lookup's rows gives what the same filter over all rows gives.
 */
function indexOf(deals: IndexedDeal[], categories: string[]): DealIndex {
  const byCategory = groupBy(deals, (d) => d.category);
  const byProduct = groupBy(deals, (d) => d.productId);
  const fragments = new Map<string, IndexedDeal[]>();
  return {
    deals,
    categories,
    byCategory,
    byProduct,
    containing: (fragment) => {
      let rows = fragments.get(fragment);
      if (!rows) {
        if (fragments.size >= MAX_FRAGMENTS) fragments.clear();
        fragments.set(fragment, (rows = deals.filter((d) => d.text.includes(fragment))));
      }
      return rows;
    },
  };
}

function groupBy<K>(deals: readonly IndexedDeal[], key: (d: IndexedDeal) => K): Map<K, IndexedDeal[]> {
  const out = new Map<K, IndexedDeal[]>();
  for (const d of deals) {
    const k = key(d);
    const rows = out.get(k);
    if (rows) rows.push(d);
    else out.set(k, [d]);
  }
  return out;
}

/** Marks the deals table as changed, inside the writer's transaction. */
export function bumpDealsVersion(db: Db): void {
  db.prepare(
    `INSERT INTO meta (key, value) VALUES ('${DEALS_VERSION_KEY}', '1')
     ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
  ).run();
}
