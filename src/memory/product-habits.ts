import type { Product } from '../grocery/types.js';
import { PICK_WEIGHT, type HabitCandidate, type ProductHabitRepository } from '../store/memory/index.js';
import type { Transactor } from '../store/sql.js';
import { categoryKey, itemKey } from './item-key.js';
/** A product needs at least this score (one pick, or two orders) to be someone's usual. */
const USUAL_MIN_SCORE = 2;

/** How often one person took one product for one key. */
export interface Habit {
  productId: number;
  /** The words the person used ("milk") or `category:<category>`. */
  key: string;
  picks: number;
  orders: number;
  /** picks x 2 + orders. */
  score: number;
  lastAt: number;
}

/** The product someone usually takes for a word, and what it says about brand and size. */
export interface UsualChoice {
  productId: number;
  name: string;
  brand: string | null;
  /** The package size, e.g. "1 gal". */
  size: string | null;
  category: string;
  /** How strongly: picks x 2 + orders. */
  score: number;
}

/** What {@link ProductHabits.rebuildFromOrders} found. */
export interface OrderLearning {
  /** Orders read. */
  orders: number;
  /** Distinct known products in them. */
  products: number;
  /** Categories where one product is now this person's usual. */
  usuals: UsualChoice[];
}

/** The products each person habitually chooses, in `product_habits`. */
export interface ProductHabits {
  /** Counts a choice of `product`, under the words used for it and under its category. */
  recordPick(userId: number, product: Product, itemName?: string): void;
  /** Recounts order habits from the person's whole order history; picks are kept. */
  rebuildFromOrders(userId: number): OrderLearning;
  /** The usual in-stock product for what a person calls a thing, or null when there is none or no clear favourite. */
  usualFor(userId: number, itemName: string): UsualChoice | null;
  /** The usual product of one category, or null. */
  usualInCategory(userId: number, category: string): UsualChoice | null;
  /** The usual product of every category the person has one in. */
  usuals(userId: number): UsualChoice[];
  /** Every habit of a person, strongest first. */
  list(userId: number): Habit[];
  /** Each product the person chose or ordered, with its strongest habit's score (what ranking needs of {@link list}). */
  boughtScores(userId: number): Map<number, number>;
}

/**
 * Creates the habit store over its repository.
 *
 * @example
 * const habits = createProductHabits({ repository: createProductHabitRepository(conn), transactor: transactor(conn) });
 * habits.recordPick(userId, product, 'milk');
 * habits.usualFor(userId, '2 gallons of milk'); // -> that product
 */
export function createProductHabits(deps: { repository: ProductHabitRepository; transactor: Transactor; now?: () => number }): ProductHabits {
  const { repository, transactor } = deps;
  const now = deps.now ?? Date.now;
  const usualByKey = (userId: number, key: string): UsualChoice | null => {
    const [top, next] = repository.candidates(userId, key);
    return favourite(top, next);
  };

  return {
    recordPick(userId, product, itemName) {
      const at = now();
      const keys = new Set([categoryKey(product.category)]);
      const words = itemName ? itemKey(itemName) : '';
      if (words) keys.add(words);
      repository.addPicks(userId, [...keys], product.id, at);
    },

    rebuildFromOrders(userId) {
      return transactor.atomically((): OrderLearning => {
        repository.resetOrders(userId);
        const rows = repository.orderedProducts(userId);
        const categories = new Set<string>();
        for (const r of rows) {
          repository.setOrders(userId, categoryKey(r.category), r.productId, r.orders, r.lastAt);
          categories.add(r.category);
        }
        repository.removeEmpty(userId);
        const orders = repository.orderCount(userId);
        const usuals = [...categories].map((c) => usualByKey(userId, categoryKey(c))).filter((u): u is UsualChoice => u !== null);
        return { orders, products: rows.length, usuals };
      });
    },

    usualFor(userId, itemName) {
      const key = itemKey(itemName);
      if (!key) return null;
      // The person's own words first ("milk" -> what they picked for "milk"), then the category called that.
      return usualByKey(userId, key) ?? usualByKey(userId, `category:${key}`);
    },

    usualInCategory(userId, category) {
      return usualByKey(userId, categoryKey(category));
    },

    usuals(userId) {
      // One query for every category instead of one per category: the candidates of each key come
      // together, best first, and each key's first two decide as usualByKey does.
      const rows = repository.categoryCandidates(userId);
      const found: UsualChoice[] = [];
      for (let i = 0; i < rows.length; ) {
        let end = i + 1;
        while (end < rows.length && rows[end]!.key === rows[i]!.key) end++;
        const usual = favourite(rows[i], end - i > 1 ? rows[i + 1] : undefined);
        if (usual) found.push(usual);
        i = end;
      }
      return found;
    },

    boughtScores(userId) {
      return new Map(repository.bestScores(userId).map((r) => [r.productId, r.score]));
    },

    list(userId) {
      return repository
        .list(userId)
        .map((r) => ({ productId: r.productId, key: r.key, picks: r.picks, orders: r.orders, score: r.picks * PICK_WEIGHT + r.orders, lastAt: r.lastAt }))
        .sort((a, b) => b.score - a.score || b.lastAt - a.lastAt);
    },
  };
}

/** The usual choice given a key's best two in-stock candidates, or null when there is no clear favourite. */
function favourite(top: HabitCandidate | undefined, next: HabitCandidate | undefined): UsualChoice | null {
  if (!top || top.score < USUAL_MIN_SCORE) return null;
  // A tie goes to the latest pick (the person changed their mind); two products bought equally often are no favourite.
  if (next && next.score === top.score && top.picks === 0) return null;
  return { productId: top.productId, name: top.name, brand: top.brand, size: top.size, category: top.category, score: top.score };
}
