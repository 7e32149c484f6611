import type { AddItemInput } from '../grocery/lists/index.js';
import type { Product } from '../grocery/types.js';
import { chooseProduct, type ProductChoice } from './choose-product.js';
import type { ToolDeps } from './tool-deps.js';

/** What an item to put on a list becomes: linked to a product (with a heads-up to say), or a question. */
export type ItemProduct =
  | { kind: 'set'; item: AddItemInput; warning?: string }
  | { kind: 'ask'; item: AddItemInput; choice: ProductChoice & { kind: 'ambiguous' }; first: { item: AddItemInput; warning?: string } };

/**
 * The product an item on its way to a list means for this person: the one they picked (learned
 * as their usual), the one their words or habits settle, or a question when the store's options
 * differ a lot. A product they should not have comes with a "Heads up: ... contains peanuts."
 * (for a pick of their own, only allergies are said).
 */
export function productForItem(deps: Pick<ToolDeps, 'catalog' | 'memory'>, userId: number, it: AddItemInput): ItemProduct {
  const concernOf = deps.memory?.concerns?.(userId);
  const warning = (product: Product | undefined, allergiesOnly: boolean) => {
    const concern = product && concernOf?.(product);
    return concern && (!allergiesOnly || concern.startsWith('contains')) ? `Heads up: ${product.name} ${concern}.` : undefined;
  };
  if (it.productId === null) return { kind: 'set', item: it };
  if (it.productId !== undefined) return { kind: 'set', item: it, warning: pickedProduct(deps, userId, it.name, it.productId) };
  const choice = chooseProduct(deps, userId, it);
  if (choice.kind === 'none') return { kind: 'set', item: it };
  const product = choice.kind === 'product' ? choice.product : choice.options[0]!;
  const set = { item: { ...it, productId: product.id }, warning: warning(product, false) };
  // The top option stands in when only one question can be asked at a time.
  return choice.kind === 'ambiguous' ? { kind: 'ask', item: it, choice, first: set } : { kind: 'set', ...set };
}

/**
 * A product the person picked for a name ("2" after "Which milk?"): learned as their usual for
 * that name; the heads-up to say when it holds one of their allergens.
 */
export function pickedProduct(deps: Pick<ToolDeps, 'catalog' | 'memory'>, userId: number, name: string, productId: number): string | undefined {
  const picked = deps.catalog.get(productId);
  if (!picked) return undefined;
  if (deps.memory) deps.memory.learnFromPick(userId, picked, name);
  const concern = deps.memory?.concerns?.(userId)?.(picked);
  return concern && concern.startsWith('contains') ? `Heads up: ${picked.name} ${concern}.` : undefined;
}

/** "Which milk?", or with a reason: "Great Value Whole Milk isn't vegan. Which milk instead?" */
export function whichQuestion(asked: ItemProduct & { kind: 'ask' }): string {
  const avoided = asked.choice.avoided;
  return avoided ? `${avoided.product.name} ${avoided.concern}. Which ${asked.item.name} instead?` : `Which ${asked.item.name}?`;
}
