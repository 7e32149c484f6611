import { AppError } from '../errors.js';
import type { Product } from '../grocery/types.js';
import type { ToolDeps } from './tool-deps.js';

/**
 * The product a price question means: by id when given, else the catalog's best match for the
 * name (the person's usual product first). Throws PRODUCT_NOT_FOUND, which reaches the person as
 * a plain sentence, when neither finds anything.
 */
export function findProduct(deps: Pick<ToolDeps, 'catalog' | 'memory'>, userId: number, ref: { productId?: number; name?: string }): Product {
  if (ref.productId !== undefined) {
    const product = deps.catalog.get(ref.productId);
    if (product) return product;
    throw new AppError('PRODUCT_NOT_FOUND', { detail: `product ${ref.productId}` });
  }
  const name = ref.name?.trim();
  if (!name) throw new AppError('BAD_INPUT', { userMessage: 'Which product do you mean?', detail: 'no productId or name' });
  const usual = deps.memory?.usualProductFor(userId, name);
  const product = (usual ? deps.catalog.get(usual) : undefined) ?? deps.catalog.bestMatch(name);
  if (!product) throw new AppError('PRODUCT_NOT_FOUND', { userMessage: `I couldn't find "${name}" in the store.`, detail: `name "${name}"` });
  return product;
}

/** Zod refinement message shared by tools taking `productId` or a name. */
export const NEED_PRODUCT = 'give productId or a name';
