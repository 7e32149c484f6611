import type { Db } from '../../store/database.js';
import type { Product } from '../types.js';
import { findSubstitutes, type Substitute, type SubstituteOptions } from './find-substitutes.js';

/** Substitute lookups over one database. */
export interface SubstituteService {
  /** Alternatives to `product`, best first; see the ranking notes in find-substitutes.ts. */
  findSubstitutes(product: Product, opts?: SubstituteOptions): Substitute[];
}

/**
 * Builds the substitute service.
 *
 * @example
 * const subs = createSubstituteService({ db });
 * subs.findSubstitutes(oreos, { cheaperOnly: true, limit: 3 });
 */
export function createSubstituteService(deps: { db: Db }): SubstituteService {
  return { findSubstitutes: (product, opts) => findSubstitutes(deps.db, product, opts) };
}
