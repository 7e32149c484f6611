import { AppError } from '../errors.js';
import type { Product } from '../grocery/types.js';
import type { ToolDeps } from './tool-deps.js';

/**
 * The product a price question means: by id when given, else the product of the line the name
 * means on the person's default list ("how much is the chicken?" is about the chicken they are
 * buying), else the catalog's best match for the name (the person's usual product first). Throws
 * PRODUCT_NOT_FOUND, which reaches the person as a plain sentence, when nothing is found.
 */
export function findProduct(
  deps: Pick<ToolDeps, 'catalog' | 'memory'> & Partial<Pick<ToolDeps, 'lists'>>,
  userId: number,
  ref: { productId?: number; name?: string },
): Product {
  if (ref.productId !== undefined) {
    const product = deps.catalog.get(ref.productId);
    if (product) return product;
    throw new AppError('PRODUCT_NOT_FOUND', { detail: `product ${ref.productId}` });
  }
  const name = ref.name?.trim();
  if (!name) throw new AppError('BAD_INPUT', { userMessage: 'Which product do you mean?', detail: 'no productId or name' });
  const onList = productOnList(deps, userId, name);
  const usual = onList ? undefined : deps.memory?.usualProductFor(userId, name);
  const product = onList ?? (usual ? deps.catalog.get(usual) : undefined) ?? deps.catalog.bestMatch(name);
  if (!product) throw new AppError('PRODUCT_NOT_FOUND', { userMessage: `I couldn't find "${name}" in the store.`, detail: `name "${name}"` });
  return product;
}

/** The product of the line `name` means on the person's default list; a question creates no list. */
function productOnList(deps: Pick<ToolDeps, 'catalog'> & Partial<Pick<ToolDeps, 'lists'>>, userId: number, name: string): Product | undefined {
  const list = deps.lists?.lists(userId).find((l) => l.isDefault);
  if (!list || list.itemCount === 0) return undefined;
  const line = deps.lists!.findItem(userId, list.id, name);
  return line?.productId != null ? deps.catalog.get(line.productId) : undefined;
}

/** Zod refinement message shared by tools taking `productId` or a name. */
export const NEED_PRODUCT = 'give productId or a name';
