import type { DealRepository, ScanReader, ShelfPrice } from '../../store/deals/index.js';
import type { PriceHistoryRepository } from '../../store/prices/index.js';
import type { Transactor } from '../../store/sql.js';
import { computeTrend, eachHistory } from '../prices/index.js';
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

/** What deal detection reads and writes, and how it makes one scan's writes all-or-nothing. */
export interface DealStores {
  deals: DealRepository;
  history: Pick<PriceHistoryRepository, 'eachHistory'>;
  transactor: Transactor;
  /**
   * A reader of its own for one {@link findDealsInSlices}, closed when it is done (a connection
   * with a small page cache, so the whole history's pages do not stay cached); undefined, or
   * left out, to read through `deals` and `history`.
   */
  scanReader?: () => ScanReader | undefined;
}

const keyOf = (d: { productId: number; kind: DealKind; priceCents: number }) => `${d.productId}:${d.kind}:${d.priceCents}`;

/** The deals the rules find in today's prices and history, keyed by product, kind and price. */
export type FoundDeals = Map<string, DealCandidate>;

/** Products whose history one step of {@link findDealsInSlices} reads. */
const PRODUCTS_PER_STEP = 100;

/** Applies the deal rules to `products` (ids ascending) as of `now`, adding what they find to `found`. */
function findAmong(stores: Pick<DealStores, 'history'>, products: readonly ShelfPrice[], now: number, found: FoundDeals): void {
  let i = 0;
  // One product's history at a time (ids ascending, as `products` is): a scan holds ~100 points, not all of them.
  eachHistory(stores.history, products.map((p) => p.productId), now, (id, points) => {
    const p = products[i++]!;
    const trend = computeTrend(p.priceCents, points, now);
    for (const d of dealsFor({ id, priceCents: p.priceCents, wasPriceCents: p.wasPriceCents }, trend)) found.set(keyOf(d), d);
  });
}

/** Every deal the rules find as of `now`, in one go. */
export function findDeals(stores: Pick<DealStores, 'deals' | 'history'>, now: number): FoundDeals {
  const found: FoundDeals = new Map();
  findAmong(stores, stores.deals.shelfPrices(), now, found);
  return found;
}

/**
 * {@link findDeals} a hundred products at a time, letting the event loop run between steps once
 * a step has taken `sliceMs`: on the demo store the whole scan is about 0.4 s of work, which done
 * in one go held up every chat turn that arrived meanwhile. Each step reads its products' prices
 * with their history, so a price written mid-scan is seen with the history it belongs to.
 */
export async function findDealsInSlices(stores: Pick<DealStores, 'deals' | 'history' | 'scanReader'>, now: number, opts: { sliceMs?: number } = {}): Promise<FoundDeals> {
  const sliceMs = opts.sliceMs ?? 8;
  const found: FoundDeals = new Map();
  const reader = stores.scanReader?.();
  const reads = reader ?? stores;
  const step = reader ? <T>(work: () => T) => reader.step(work) : <T>(work: () => T) => work();
  let after = 0;
  let sliceStarted = performance.now();
  try {
    for (;;) {
      const products = step(() => {
        const shelf = reads.deals.shelfPricesAfter(after, PRODUCTS_PER_STEP);
        if (shelf.length > 0) findAmong(reads, shelf, now, found);
        return shelf;
      });
      if (products.length === 0) return found;
      after = products.at(-1)!.productId;
      if (performance.now() - sliceStarted >= sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
  } finally {
    reader?.close();
  }
}

/**
 * Brings the deals table in line with `found` as of `now`, in one transaction: deals the rules no
 * longer support end (active = 0, ends_at = now), new ones start, and deals that still hold keep
 * their row (their reference follows the moving median quietly). Applying the same deals twice
 * changes nothing the second time.
 */
export function applyDeals(stores: Pick<DealStores, 'deals' | 'transactor'>, now: number, found: FoundDeals): DealChanges {
  const { deals } = stores;
  return stores.transactor.atomically((): DealChanges => {
    const changes: DealChanges = { started: [], ended: [] };
    let refreshed = false;
    const kept = new Set<string>();
    for (const deal of deals.activeDeals()) {
      const key = keyOf(deal);
      const still = found.get(key);
      if (!still) {
        changes.ended.push(deals.endDeal(deal.id, now));
        continue;
      }
      if (still.referenceCents !== deal.referenceCents) {
        deals.updateReference(deal.id, still.referenceCents, still.pctOff);
        refreshed = true;
      }
      kept.add(key);
    }
    for (const [key, d] of found) {
      if (kept.has(key)) continue;
      changes.started.push(deals.startDeal(d, now));
    }
    // Readers keep a copy of the active deals (deal-index.ts); any write here makes it stale.
    if (refreshed || changes.started.length > 0 || changes.ended.length > 0) deals.markDealsChanged();
    return changes;
  });
}

/**
 * Recomputes the deals table from current prices and price history as of `now`:
 * {@link findDeals}, then {@link applyDeals}. Running it twice with the same data changes nothing
 * the second time.
 */
export function detectDeals(stores: DealStores, now: number): DealChanges {
  return applyDeals(stores, now, findDeals(stores, now));
}
