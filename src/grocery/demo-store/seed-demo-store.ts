import type { DemoStoreRepository } from '../../store/catalog/index.js';
import { ampersandAliases } from '../catalog/text.js';
import { DAY_MS } from '../types.js';
import { DEPARTMENTS } from './departments.js';
import { eachDemoProduct, HISTORY_DAYS, type DemoProduct } from './generate-demo-store.js';
import { synonymPairs } from './synonyms.js';

/** Options for {@link seedDemoStore}. */
export interface SeedDemoStoreOptions {
  /** "Now" in epoch ms: price history ends here. */
  now: number;
  /** Same seed, same store. */
  seed?: number;
}

/** What {@link seedDemoStore} did. */
export interface SeedDemoStoreResult {
  seeded: boolean;
  products: number;
  priceHistoryRows: number;
}

/** The `meta` row that tells the UI to label prices as illustrative. */
export const DEMO_STORE_META = { key: 'store', value: 'demo' } as const;

/**
 * Loads the demo store (departments, aisles, products, aliases, daily price history, synonyms)
 * in one transaction when the catalog is empty; does nothing when products already exist, so it
 * is safe to call at every start.
 *
 * @example
 * seedDemoStore(createDemoStoreRepository(sqliteConnection(db)), { now: Date.now() }); // { seeded: true, products: 3070, ... }
 */
export function seedDemoStore(store: DemoStoreRepository, opts: SeedDemoStoreOptions): SeedDemoStoreResult {
  if (store.hasProducts()) return { seeded: false, products: 0, priceHistoryRows: 0 };
  const loaded = store.load({
    departments: DEPARTMENTS,
    products: withAllAliases(eachDemoProduct(opts.seed ?? 1)),
    historyTimes: Array.from({ length: HISTORY_DAYS }, (_, i) => opts.now - (HISTORY_DAYS - 1 - i) * DAY_MS),
    synonyms: synonymPairs(),
    now: opts.now,
    marker: DEMO_STORE_META,
  });
  // Another instance loaded it between the look and the load.
  if (!loaded) return { seeded: false, products: 0, priceHistoryRows: 0 };
  return { seeded: true, ...loaded };
}

/** The generated products with the extra search names "&" inside a name calls for ("mms"). */
function* withAllAliases(products: Iterable<DemoProduct>): Generator<DemoProduct> {
  for (const p of products) yield { ...p, aliases: [...p.aliases, ...ampersandAliases(p.name, p.brand)] };
}

/** True when the database holds the demo store (so prices should be labelled illustrative). */
export function isDemoStore(store: Pick<DemoStoreRepository, 'marker'>): boolean {
  return store.marker(DEMO_STORE_META.key) === DEMO_STORE_META.value;
}
