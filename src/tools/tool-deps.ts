import type { BudgetService } from '../grocery/budget/index.js';
import type { Catalog } from '../grocery/catalog/index.js';
import type { DealService } from '../grocery/deals/index.js';
import type { ListService } from '../grocery/lists/index.js';
import type { PriceAlerts } from '../grocery/alerts/index.js';
import type { PriceService } from '../grocery/prices/index.js';
import type { SubstituteService } from '../grocery/substitutes/index.js';
import type { Product } from '../grocery/types.js';
import type { PreferenceStore } from '../memory/index.js';

/**
 * What the tools may learn from and ask of a person's history: the product they usually mean
 * by a word, a ranking of products by what they like, and a note when they pick a product.
 * The preference memory satisfies it; without one, tools fall back to the catalog's ranking.
 */
export interface ProductMemory {
  /** The product this person usually means by `itemName` ("milk"), or null when unknown. */
  usualProductFor(userId: number, itemName: string): number | null;
  /** Products reordered (and unsafe ones dropped) for this person: liked brands up, allergens out. */
  rankProducts(userId: number, products: readonly Product[]): Product[];
  /** What this person should hear before a product goes on their list ("contains peanuts", "isn't vegan"); undefined when they stated no allergy or diet. */
  concerns?(userId: number): ((product: Product) => string | undefined) | undefined;
  /** Called when a person chose `product` for `itemName`, so it can become their usual one. */
  learnFromPick(userId: number, product: Product, itemName?: string): void;
}

/** Everything the tools need, wired once in main.ts. */
export interface ToolDeps {
  catalog: Catalog;
  lists: ListService;
  prices: PriceService;
  deals: DealService;
  substitutes: SubstituteService;
  budgets: BudgetService;
  alerts: PriceAlerts;
  preferences: PreferenceStore;
  memory?: ProductMemory;
  /** True when prices come from the generated demo store; every price shown then says so. */
  demoStore: boolean;
}
