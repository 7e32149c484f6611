import { AppError, isAppError } from '../../errors.js';
import type { ProductWriter } from '../../store/catalog/index.js';
import { upsertProducts, type ProductInput } from '../catalog/index.js';
import { systemClock, type Clock } from '../types.js';
import { dollars, flag, list, number, RowError, text } from './fields.js';
import type { ImportProgress, ImportResult } from './import-result.js';
import { readRows, type SourceRow } from './read-rows.js';

/** Options for {@link importCatalog}. */
export interface ImportCatalogOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Time stamped on products and price-history points. */
  clock?: Clock;
  /** Called after the import commits, e.g. `catalog.invalidate` so cached word lists refresh. */
  onCommitted?: () => void;
}

/**
 * Imports products from a CSV or JSONL file (see docs/imports.md). Bad rows are skipped and
 * reported by line; the good rows are written in one transaction, so a fatal error leaves the
 * catalog as it was. Existing products (same sku, or same name and brand) are updated and a
 * changed price appends to their price history.
 *
 * @example
 * const { imported, skipped } = importCatalog(catalogRepository, 'products.csv', { onProgress: reporter.update });
 */
export function importCatalog(writer: ProductWriter, filePath: string, opts: ImportCatalogOptions = {}): ImportResult {
  const { rows, bad } = readRows(filePath, ['csv', 'jsonl'], ['name', 'category', 'price']);
  const skipped = [...bad];
  const products: ProductInput[] = [];
  for (const row of rows) {
    try {
      products.push(toProduct(row));
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      skipped.push({ line: row.line, reason: err.message });
    }
  }
  const total = rows.length + bad.length;
  const now = (opts.clock ?? systemClock)();
  opts.onProgress?.({ done: 0, total });
  const invalid = total - products.length;
  try {
    // One call, one transaction: all rows commit together or none do.
    upsertProducts(writer, products, { now, onProgress: (done) => opts.onProgress?.({ done: invalid + done, total }) });
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('IMPORT_FAILED', { detail: `catalog import of ${filePath} rolled back: ${(err as Error).message}`, cause: err });
  }
  opts.onProgress?.({ done: total, total });
  opts.onCommitted?.();
  skipped.sort((a, b) => a.line - b.line);
  return { imported: products.length, skipped };
}

function toProduct({ values: v }: SourceRow): ProductInput {
  const name = text(v, 'name', true);
  return {
    sku: text(v, 'sku') ?? null,
    name,
    brand: text(v, 'brand') ?? null,
    isStoreBrand: flag(v, 'is_store_brand') ?? false,
    category: text(v, 'category', true),
    department: text(v, 'department') ?? null,
    aisle: text(v, 'aisle') ?? null,
    size: text(v, 'size') ?? null,
    priceCents: dollars(v, 'price', true),
    wasPriceCents: dollars(v, 'was_price') ?? null,
    inStock: flag(v, 'in_stock') ?? true,
    rating: number(v, 'rating', { min: 0, max: 5 }) ?? null,
    reviewCount: number(v, 'review_count', { min: 0, integer: true }) ?? 0,
    dietFlags: list(v, 'diet_flags'),
    allergens: list(v, 'allergens'),
    popularity: number(v, 'popularity', { min: 0, max: 100 }) ?? 0,
    aliases: list(v, 'aliases'),
    source: 'import',
  };
}
