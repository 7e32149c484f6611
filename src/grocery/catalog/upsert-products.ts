import type { ProductRecord, ProductWriter, UpsertOptions, UpsertResult } from '../../store/catalog/index.js';
import { parseSize, unitPriceOf } from './package-size.js';
import { ampersandAliases } from './text.js';

export type { UpsertOptions, UpsertResult };

/** A product as an import or a price feed supplies it. Only name, category and price are required. */
export interface ProductInput {
  /** Stable id from the source; the upsert key when present. Without it, name + brand is the key. */
  sku?: string | null;
  name: string;
  brand?: string | null;
  isStoreBrand?: boolean;
  category: string;
  /** Department slug or name; unknown ones are created. Defaults to "other". */
  department?: string | null;
  /** Aisle code; unknown ones are created in the product's department. */
  aisle?: string | null;
  /** Size as printed: "64 fl oz", "12 ct", "6 pk, 16.9 fl oz". */
  size?: string | null;
  priceCents: number;
  wasPriceCents?: number | null;
  inStock?: boolean;
  rating?: number | null;
  reviewCount?: number;
  dietFlags?: string[];
  allergens?: string[];
  popularity?: number;
  aliases?: string[];
  source?: string;
}

/**
 * Writes products (insert or update) and keeps the rest consistent: the search index follows,
 * a new price or a changed price appends a price_history point at `now`, and unit prices are
 * recomputed. Runs in one transaction. Give it all rows at once rather than calling it in a loop
 * inside an outer transaction (see {@link ProductWriter.saveProducts}).
 *
 * @example
 * upsertProducts(repository, [{ sku: 'A1', name: 'Great Value Whole Milk, 1 gal', category: 'milk', priceCents: 348 }], { now });
 */
export function upsertProducts(writer: ProductWriter, rows: readonly ProductInput[], opts: UpsertOptions): UpsertResult {
  return writer.saveProducts(rows.map(toRecord), opts);
}

/** A product as given, with its size parsed, unit price worked out and aliases completed. */
function toRecord(row: ProductInput): ProductRecord {
  const size = row.size ? parseSize(row.size) : undefined;
  const unit = unitPriceOf(row.priceCents, size);
  return {
    sku: row.sku ?? null,
    name: row.name.trim(),
    brand: row.brand?.trim() || null,
    isStoreBrand: Boolean(row.isStoreBrand),
    category: row.category.trim().toLowerCase(),
    department: row.department ?? null,
    aisle: row.aisle ?? null,
    sizeValue: size?.value ?? null,
    sizeUnit: size?.unit ?? null,
    sizeText: size?.text ?? row.size ?? null,
    packCount: size?.packCount ?? 1,
    priceCents: row.priceCents,
    wasPriceCents: row.wasPriceCents ?? null,
    unitPriceMillicents: unit?.millicents ?? null,
    unitPriceUnit: unit?.unit ?? null,
    inStock: row.inStock !== false,
    rating: row.rating ?? null,
    reviewCount: row.reviewCount ?? 0,
    dietFlags: row.dietFlags ?? [],
    allergens: row.allergens ?? [],
    popularity: row.popularity ?? 0,
    source: row.source ?? 'import',
    aliases: [...new Set([...(row.aliases ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean), ...ampersandAliases(row.name, row.brand)])],
  };
}
