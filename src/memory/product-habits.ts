import type { Product } from '../grocery/types.js';
import type { Db } from '../store/database.js';
import { prepared } from '../store/prepared.js';
import { categoryKey, itemKey } from './item-key.js';

/** A pick counts as much as two orders: choosing among options says more than a past receipt. */
const PICK_WEIGHT = 2;
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

interface CandidateRow {
  product_id: number;
  name: string;
  picks: number;
  score: number;
  brand: string | null;
  size_text: string | null;
  category: string;
}

/**
 * Creates the habit store over a migrated database.
 *
 * @example
 * const habits = createProductHabits(db);
 * habits.recordPick(userId, product, 'milk');
 * habits.usualFor(userId, '2 gallons of milk'); // -> that product
 */
export function createProductHabits(db: Db, now: () => number = Date.now): ProductHabits {
  const pick = db.prepare(
    `INSERT INTO product_habits (user_id, item_key, product_id, picks, orders, last_at) VALUES (?, ?, ?, 1, 0, ?)
     ON CONFLICT (user_id, item_key, product_id) DO UPDATE SET picks = picks + 1, last_at = excluded.last_at`,
  );
  // Only in-stock products can be someone's usual; the runner-up decides whether the favourite is clear.
  const candidates = db.prepare<[number, number, string], CandidateRow>(
    `SELECT h.product_id, p.name, h.picks, h.picks * ${PICK_WEIGHT} + h.orders AS score, p.brand, p.size_text, p.category
     FROM product_habits h JOIN products p ON p.id = h.product_id
     WHERE h.user_id = ? AND p.in_stock = ? AND h.item_key = ?
     ORDER BY score DESC, h.last_at DESC, h.product_id LIMIT 2`,
  );
  // The same for every category key at once, key by key: keys are lower case (itemKey), and 'category;'
  // is the first text after every 'category:...', so the range is the category keys and can use the index.
  const categoryCandidates = db.prepare<[number, number], CandidateRow & { item_key: string }>(
    `SELECT h.item_key, h.product_id, p.name, h.picks, h.picks * ${PICK_WEIGHT} + h.orders AS score, p.brand, p.size_text, p.category
     FROM product_habits h JOIN products p ON p.id = h.product_id
     WHERE h.user_id = ? AND p.in_stock = ? AND h.item_key >= 'category:' AND h.item_key < 'category;'
     ORDER BY h.item_key, score DESC, h.last_at DESC, h.product_id`,
  );
  const bestScores = db.prepare<[number], { product_id: number; score: number }>(
    `SELECT product_id, max(picks * ${PICK_WEIGHT} + orders) AS score FROM product_habits WHERE user_id = ? GROUP BY product_id`,
  );
  const usualByKey = (userId: number, key: string): UsualChoice | null => {
    const [top, next] = candidates.all(userId, 1, key);
    return favourite(top, next);
  };

  return {
    recordPick(userId, product, itemName) {
      const at = now();
      const keys = new Set([categoryKey(product.category)]);
      const words = itemName ? itemKey(itemName) : '';
      if (words) keys.add(words);
      db.transaction(() => {
        for (const key of keys) pick.run(userId, key, product.id, at);
      })();
    },

    rebuildFromOrders(userId) {
      return db.transaction((): OrderLearning => {
        db.prepare('UPDATE product_habits SET orders = 0 WHERE user_id = ?').run(userId);
        const rows = db
          .prepare<[number], { product_id: number; category: string; orders: number; last_at: number }>(
            `SELECT i.product_id, p.category, count(DISTINCT o.id) AS orders, max(o.ordered_at) AS last_at
             FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
             WHERE o.user_id = ? GROUP BY i.product_id`,
          )
          .all(userId);
        const upsert = db.prepare(
          `INSERT INTO product_habits (user_id, item_key, product_id, picks, orders, last_at) VALUES (?, ?, ?, 0, ?, ?)
           ON CONFLICT (user_id, item_key, product_id) DO UPDATE SET orders = excluded.orders, last_at = max(last_at, excluded.last_at)`,
        );
        const categories = new Set<string>();
        for (const r of rows) {
          upsert.run(userId, categoryKey(r.category), r.product_id, r.orders, r.last_at);
          categories.add(r.category);
        }
        db.prepare('DELETE FROM product_habits WHERE user_id = ? AND picks = 0 AND orders = 0').run(userId);
        const orders = (db.prepare('SELECT count(*) AS n FROM orders WHERE user_id = ?').get(userId) as { n: number }).n;
        const usuals = [...categories].map((c) => usualByKey(userId, categoryKey(c))).filter((u): u is UsualChoice => u !== null);
        return { orders, products: rows.length, usuals };
      })();
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
      const rows = categoryCandidates.all(userId, 1);
      const found: UsualChoice[] = [];
      for (let i = 0; i < rows.length; ) {
        let end = i + 1;
        while (end < rows.length && rows[end]!.item_key === rows[i]!.item_key) end++;
        const usual = favourite(rows[i], end - i > 1 ? rows[i + 1] : undefined);
        if (usual) found.push(usual);
        i = end;
      }
      return found;
    },

    boughtScores(userId) {
      return new Map(bestScores.all(userId).map((r) => [r.product_id, r.score]));
    },

    list(userId) {
      return prepared<[number], { product_id: number; item_key: string; picks: number; orders: number; last_at: number }>(
        db,
        'SELECT product_id, item_key, picks, orders, last_at FROM product_habits WHERE user_id = ?',
      )
        .all(userId)
        .map((r) => ({ productId: r.product_id, key: r.item_key, picks: r.picks, orders: r.orders, score: r.picks * PICK_WEIGHT + r.orders, lastAt: r.last_at }))
        .sort((a, b) => b.score - a.score || b.lastAt - a.lastAt);
    },
  };
}

/** The usual choice given a key's best two in-stock candidates, or null when there is no clear favourite. */
function favourite(top: CandidateRow | undefined, next: CandidateRow | undefined): UsualChoice | null {
  if (!top || top.score < USUAL_MIN_SCORE) return null;
  // A tie goes to the latest pick (the person changed their mind); two products bought equally often are no favourite.
  if (next && next.score === top.score && top.picks === 0) return null;
  return { productId: top.product_id, name: top.name, brand: top.brand, size: top.size_text, category: top.category, score: top.score };
}
