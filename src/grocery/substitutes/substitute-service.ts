import type { PriceRepository } from '../../store/prices/index.js';
import type { Product } from '../types.js';
import { findSubstitutes, type Substitute, type SubstituteOptions } from './find-substitutes.js';

/** Substitute lookups over the catalog's products. */
export interface SubstituteService {
  /** Alternatives to `product`, best first; see the ranking notes in find-substitutes.ts. */
  findSubstitutes(product: Product, opts?: SubstituteOptions): Substitute[];
}

/**
 * Builds the substitute service.
 *
 * @example
 * const subs = createSubstituteService({ products: createPriceRepository(conn) });
 * subs.findSubstitutes(oreos, { cheaperOnly: true, limit: 3 });
 */
export function createSubstituteService(deps: { products: Pick<PriceRepository, 'productsInCategory'> }): SubstituteService {
  return { findSubstitutes: (product, opts) => findSubstitutes(deps.products, product, opts) };
}
