import type { ProductCache } from '../../store/cache/index.js';
import type { PriceRepository } from '../../store/prices/index.js';
import type { Product } from '../types.js';
import { findSubstitutes, type Substitute, type SubstituteOptions } from './find-substitutes.js';

/** Substitute lookups over the catalog's products. */
export interface SubstituteService {
  /** Alternatives to `product`, best first; see the ranking notes in find-substitutes.ts. */
  findSubstitutes(product: Product, opts?: SubstituteOptions): Substitute[];
}

/**
 * Builds the substitute service. With a `cache`, each category's products are read once and kept
 * until any product changes: "any deals on my list?" looks for cheaper swaps for up to 25 lines.
 *
 * @example
 * const subs = createSubstituteService({ products: createPriceRepository(conn), cache });
 * subs.findSubstitutes(oreos, { cheaperOnly: true, limit: 3 });
 */
export function createSubstituteService(deps: { products: Pick<PriceRepository, 'productsInCategory'>; cache?: ProductCache }): SubstituteService {
  const categories = deps.cache?.queryArea<Product[]>('category-products');
  const products: Pick<PriceRepository, 'productsInCategory'> = categories
    ? { productsInCategory: (category) => categories.getOrCompute(category, () => deps.products.productsInCategory(category)) }
    : deps.products;
  return { findSubstitutes: (product, opts) => findSubstitutes(products, product, opts) };
}
