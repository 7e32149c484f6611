/**
 * Substitutes: alternatives from the same category, filtered by brand, diet and allergens and
 * ranked by unit price, size and preference, each with a reason a person can read.
 */
export {
  DEFAULT_SUBSTITUTE_LIMIT,
  findSubstitutes,
  PREFERRED_BRAND_BONUS,
  SAME_SIZE_TOLERANCE,
  SIZE_UNKNOWN_PENALTY,
  SIZE_WEIGHT,
  type Substitute,
  type SubstituteOptions,
} from './find-substitutes.js';
export { createSubstituteService, type SubstituteService } from './substitute-service.js';
export { sizeIn, totalSize, unitPriceIn } from './compare-products.js';
