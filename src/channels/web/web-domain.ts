import type { ConversationStore } from '../../agent/index.js';
import { AppError, isAppError } from '../../errors.js';
import type { BudgetService } from '../../grocery/budget/index.js';
import { checkout, type Checkout } from '../../grocery/checkout/index.js';
import { toListSnapshot, type ListService, type ListSummary } from '../../grocery/lists/index.js';
import { amountForPackages, quantityOf } from '../../grocery/quantity/index.js';
import type { PriceService } from '../../grocery/prices/index.js';
import type { Product } from '../../grocery/types.js';
import type { ListSnapshot } from '../../grocery/views.js';
import type { PriceHistoryView } from './chat-protocol.js';

/** A list in the user's overview. */
export interface ListSummaryView {
  id: number;
  name: string;
  role: 'owner' | 'editor';
  isDefault: boolean;
  itemCount: number;
  updatedAt: number;
}

/** One item to add through the REST API (the `add_to_list` tool's item shape). */
export interface AddItemRequest {
  name: string;
  quantity?: number;
  unit?: string;
  productId?: number;
  brand?: string;
  note?: string;
}

/** A budget as the page shows it next to a list's total. */
export interface BudgetView {
  amountCents: number;
  period: 'week' | 'month';
  spentCents: number;
  listTotalCents: number;
  /** amount - spent - list total; negative when over. */
  remainingCents: number;
}

/** A change to one line from the page: check it off, or buy this many packages. */
export interface ItemPatch {
  checked?: boolean;
  packages?: number;
}

/** Catalog search as the REST API offers it. */
export interface ProductQuery {
  q?: string;
  category?: string;
  sort?: 'relevance' | 'price' | 'unit_price' | 'rating';
  limit?: number;
}

/** A product's price, trend and chart. */
export interface PriceHistoryDetail extends PriceHistoryView {
  priceCents: number;
  wasPriceCents: number | null;
  /** One line, e.g. "$3.48, down 12% from its usual $3.96 — lowest in 90 days". */
  summary: string;
}

/**
 * What the web channel reads and writes in the grocery domain, and nothing more: the channel
 * holds no grocery logic. `createWebDomain` builds it from the real services; every method is
 * scoped to the user it is given, so one user never reaches another's list.
 */
export interface WebDomain {
  /** The list a conversation is on (its active list, else the user's default); undefined before there is one. */
  currentList(userId: number, conversationId: string): ListSnapshot | undefined;
  listsOf(userId: number): ListSummaryView[];
  /** One list as the user sees it; undefined when it does not exist or the user is not a member. */
  list(userId: number, listId: number): ListSnapshot | undefined;
  /** Users who share a list, for live updates. */
  members(listId: number): number[];
  /** Adds items; throws AppError LIST_NOT_FOUND when the user is not a member. */
  addItems(userId: number, listId: number, items: readonly AddItemRequest[]): ListSnapshot;
  /** Takes one line off; throws AppError LIST_NOT_FOUND or ITEM_NOT_ON_LIST. */
  removeItem(userId: number, listId: number, itemId: number): ListSnapshot;
  /** Checks one line off (or back on), or sets the packages it buys; same errors as removeItem. */
  updateItem(userId: number, listId: number, itemId: number, patch: ItemPatch): ListSnapshot;
  /** A new list (the user's default when it is their first); without a name, the default list, made if need be. Throws LIST_EXISTS. */
  createList(userId: number, name?: string): ListSummaryView;
  /** The list handed off for ordering: a Walmart cart link and the list by aisle to share. */
  checkout(userId: number, listId: number): Checkout;
  /** Where the user stands against their budget with this list bought; null without a budget. */
  budget(userId: number, listId: number): BudgetView | null;
  searchProducts(query: ProductQuery): Product[];
  product(productId: number): Product | undefined;
  /** Throws AppError PRODUCT_NOT_FOUND for an unknown id. */
  priceHistory(productId: number): PriceHistoryDetail;
}

/** The catalog reads the web channel uses (`createCatalog(db)` satisfies it). */
export interface CatalogReads {
  search(q: {
    query: string;
    category?: string;
    sort?: ProductQuery['sort'];
    limit?: number;
  }): { product: Product; score: number }[];
  get(productId: number): Product | undefined;
}

/** What {@link createWebDomain} adapts. */
export interface WebDomainSources {
  lists: ListService;
  catalog: CatalogReads;
  prices: Pick<PriceService, 'priceInfo'>;
  conversations: Pick<ConversationStore, 'load'>;
  budgets: Pick<BudgetService, 'budgetStatus'>;
}

/**
 * Adapts the grocery services to what the web channel needs. A list the user is not a member of
 * reads as LIST_NOT_FOUND (never NOT_ALLOWED), so list ids reveal nothing about other people.
 *
 * @example
 * const domain = createWebDomain({ lists, catalog, prices, conversations, budgets });
 */
export function createWebDomain(src: WebDomainSources): WebDomain {
  const hidden = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (isAppError(err, 'NOT_ALLOWED')) throw new AppError('LIST_NOT_FOUND', { detail: err.detail, cause: err });
      throw err;
    }
  };
  const snapshot = (userId: number, listId: number) => toSnapshot(src.lists.view(userId, listId));

  return {
    currentList(userId, conversationId) {
      const active = src.conversations.load(conversationId).activeList;
      const lists = src.lists.lists(userId);
      const list = (active ? src.lists.findList(userId, active) : undefined) ?? lists.find((l) => l.isDefault) ?? lists[0];
      return list ? snapshot(userId, list.id) : undefined;
    },
    listsOf(userId) {
      return src.lists.lists(userId).map(summaryView);
    },
    createList(userId, name) {
      if (name === undefined) return summaryView(src.lists.defaultList(userId));
      // A client's first list becomes its default, where the chat adds too.
      const first = src.lists.lists(userId).length === 0;
      const created = src.lists.createList(userId, name);
      return summaryView(first ? src.lists.setDefault(userId, created.id) : created);
    },
    list(userId, listId) {
      try {
        return snapshot(userId, listId);
      } catch (err) {
        if (isAppError(err, 'NOT_ALLOWED') || isAppError(err, 'LIST_NOT_FOUND')) return undefined;
        throw err;
      }
    },
    members: (listId) => src.lists.memberIds(listId),
    addItems: (userId, listId, items) =>
      hidden(() => {
        src.lists.addItems(userId, listId, items);
        return snapshot(userId, listId);
      }),
    removeItem: (userId, listId, itemId) =>
      hidden(() => {
        const line = src.lists.view(userId, listId).groups.flatMap((g) => g.lines).find((l) => l.id === itemId);
        if (!line) throw new AppError('ITEM_NOT_ON_LIST', { detail: `item ${itemId} on list ${listId}` });
        src.lists.removeItems(userId, listId, [{ name: line.itemName }]);
        return snapshot(userId, listId);
      }),
    updateItem: (userId, listId, itemId, patch) =>
      hidden(() => {
        if (patch.checked === undefined && patch.packages === undefined) throw new AppError('BAD_INPUT', { detail: 'item patch with neither checked nor packages' });
        const line = src.lists.view(userId, listId).groups.flatMap((g) => g.lines).find((l) => l.id === itemId);
        if (!line) throw new AppError('ITEM_NOT_ON_LIST', { detail: `item ${itemId} on list ${listId}` });
        if (patch.packages !== undefined) {
          const amount = amountForPackages(quantityOf(line.quantity, line.unit), line.product?.size ?? null, patch.packages);
          src.lists.updateItem(userId, listId, line.itemName, { quantity: amount.amount, unit: amount.unit ?? null });
        }
        if (patch.checked !== undefined && patch.checked !== line.checked) src.lists.setChecked(userId, listId, line.itemName, patch.checked);
        return snapshot(userId, listId);
      }),
    checkout: (userId, listId) => hidden(() => checkout(src.lists.view(userId, listId))),
    budget: (userId, listId) =>
      hidden(() => {
        const status = src.budgets.budgetStatus(userId, { listTotalCents: src.lists.view(userId, listId).estimatedTotalCents });
        if (!status) return null;
        const { amountCents, period, spentCents, listTotalCents, remainingCents } = status;
        return { amountCents, period, spentCents, listTotalCents, remainingCents };
      }),
    searchProducts: ({ q, category, sort, limit }) =>
      // A category alone browses it: its name is the query, the filter keeps it exact.
      src.catalog.search({ query: q ?? category ?? '', category, sort, limit }).map((hit) => hit.product),
    product: (productId) => src.catalog.get(productId),
    priceHistory(productId) {
      const info = src.prices.priceInfo(productId);
      return {
        productId,
        name: info.product.name,
        priceCents: info.priceCents,
        wasPriceCents: info.wasPriceCents,
        summary: info.summary,
        points: info.history.map((p) => ({ at: p.at, priceCents: p.priceCents })),
      };
    },
  };
}

function summaryView(l: ListSummary): ListSummaryView {
  return { id: l.id, name: l.name, role: l.role, isDefault: l.isDefault, itemCount: l.itemCount, updatedAt: l.updatedAt };
}

/** The plain snapshot the page draws: a view without its stored details (products), which the wire does not need. */
export function toSnapshot(view: ListSnapshot): ListSnapshot {
  return toListSnapshot(view);
}
