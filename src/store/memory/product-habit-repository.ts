import type { SqlConnection } from '../sql.js';

/** A pick counts as much as two orders: choosing among options says more than a past receipt. */
export const PICK_WEIGHT = 2;

/** A product someone took for a key, with what it is, scored picks x {@link PICK_WEIGHT} + orders. */
export interface HabitCandidate {
  productId: number;
  name: string;
  picks: number;
  score: number;
  brand: string | null;
  size: string | null;
  category: string;
}

/** One `product_habits` row. */
export interface HabitRecord {
  productId: number;
  key: string;
  picks: number;
  orders: number;
  lastAt: number;
}

/** `product_habits` (migration 003) and the order history it is rebuilt from. */
export interface ProductHabitRepository {
  /** Counts one pick of the product under each key, all or nothing. */
  addPicks(userId: number, keys: readonly string[], productId: number, at: number): void;
  /** The best two in-stock products for one key, best first (score, then latest, then id). */
  candidates(userId: number, key: string): HabitCandidate[];
  /** The in-stock candidates of every `category:` key, grouped by key, each key's best first. */
  categoryCandidates(userId: number): (HabitCandidate & { key: string })[];
  /** Each product's best score over its keys. */
  bestScores(userId: number): { productId: number; score: number }[];
  list(userId: number): HabitRecord[];
  /** Sets every order count of the person to 0 (before a recount). */
  resetOrders(userId: number): void;
  /** Each known product the person ordered: in how many orders, when last, and its category. */
  orderedProducts(userId: number): { productId: number; category: string; orders: number; lastAt: number }[];
  /** Sets the order count of a habit (creating it), keeping the later of the two last times. */
  setOrders(userId: number, key: string, productId: number, orders: number, lastAt: number): void;
  /** Deletes the person's habits with neither picks nor orders. */
  removeEmpty(userId: number): void;
  /** How many orders the person has imported. */
  orderCount(userId: number): number;
  /** Deletes every habit of the person. */
  removeAll(userId: number): void;
}

type CandidateRow = { product_id: number; name: string; picks: number; score: number; brand: string | null; size_text: string | null; category: string };

/**
 * The product-habit repository.
 *
 * @example
 * const habits = createProductHabitRepository(sqliteConnection(db));
 * habits.addPicks(userId, ['milk', 'category:milk'], productId, Date.now());
 */
export function createProductHabitRepository(conn: SqlConnection): ProductHabitRepository {
  const pick = conn.statement(
    `INSERT INTO product_habits (user_id, item_key, product_id, picks, orders, last_at) VALUES (?, ?, ?, 1, 0, ?)
     ON CONFLICT (user_id, item_key, product_id) DO UPDATE SET picks = product_habits.picks + 1, last_at = excluded.last_at`,
  );
  // Only in-stock products can be someone's usual; the runner-up decides whether the favourite is clear.
  const candidates = conn.statement<CandidateRow>(
    `SELECT h.product_id, p.name, h.picks, h.picks * ${PICK_WEIGHT} + h.orders AS score, p.brand, p.size_text, p.category
     FROM product_habits h JOIN products p ON p.id = h.product_id
     WHERE h.user_id = ? AND p.in_stock = 1 AND h.item_key = ?
     ORDER BY score DESC, h.last_at DESC, h.product_id LIMIT 2`,
  );
  // The same for every category key at once, key by key: keys are lower case (itemKey), and 'category;'
  // is the first text after every 'category:...', so the range is the category keys and can use the index.
  const categoryCandidates = conn.statement<CandidateRow & { item_key: string }>(
    `SELECT h.item_key, h.product_id, p.name, h.picks, h.picks * ${PICK_WEIGHT} + h.orders AS score, p.brand, p.size_text, p.category
     FROM product_habits h JOIN products p ON p.id = h.product_id
     WHERE h.user_id = ? AND p.in_stock = 1 AND h.item_key >= 'category:' AND h.item_key < 'category;'
     ORDER BY h.item_key, score DESC, h.last_at DESC, h.product_id`,
  );
  const bestScores = conn.statement<{ product_id: number; score: number }>(
    `SELECT product_id, max(picks * ${PICK_WEIGHT} + orders) AS score FROM product_habits WHERE user_id = ? GROUP BY product_id`,
  );
  const list = conn.statement<{ product_id: number; item_key: string; picks: number; orders: number; last_at: number }>(
    'SELECT product_id, item_key, picks, orders, last_at FROM product_habits WHERE user_id = ?',
  );
  const resetOrders = conn.statement('UPDATE product_habits SET orders = 0 WHERE user_id = ?');
  const ordered = conn.statement<{ product_id: number; category: string; orders: number; last_at: number }>(
    `SELECT i.product_id, p.category, count(DISTINCT o.id) AS orders, max(o.ordered_at) AS last_at
     FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
     WHERE o.user_id = ? GROUP BY i.product_id, p.category ORDER BY i.product_id`,
  );
  const setOrders = conn.statement(
    `INSERT INTO product_habits (user_id, item_key, product_id, picks, orders, last_at) VALUES (?, ?, ?, 0, ?, ?)
     ON CONFLICT (user_id, item_key, product_id) DO UPDATE SET orders = excluded.orders,
       last_at = CASE WHEN product_habits.last_at >= excluded.last_at THEN product_habits.last_at ELSE excluded.last_at END`,
  );
  const removeEmpty = conn.statement('DELETE FROM product_habits WHERE user_id = ? AND picks = 0 AND orders = 0');
  const orderCount = conn.statement('SELECT count(*) FROM orders WHERE user_id = ?');
  const removeAll = conn.statement('DELETE FROM product_habits WHERE user_id = ?');
  const toCandidate = (r: CandidateRow): HabitCandidate => ({
    productId: r.product_id,
    name: r.name,
    picks: r.picks,
    score: r.score,
    brand: r.brand,
    size: r.size_text,
    category: r.category,
  });

  return {
    addPicks(userId, keys, productId, at) {
      conn.transaction(() => {
        for (const key of keys) pick.run(userId, key, productId, at);
      });
    },
    candidates: (userId, key) => candidates.all(userId, key).map(toCandidate),
    categoryCandidates: (userId) => categoryCandidates.all(userId).map((r) => ({ key: r.item_key, ...toCandidate(r) })),
    bestScores: (userId) => bestScores.all(userId).map((r) => ({ productId: r.product_id, score: r.score })),
    list: (userId) => list.all(userId).map((r) => ({ productId: r.product_id, key: r.item_key, picks: r.picks, orders: r.orders, lastAt: r.last_at })),
    resetOrders(userId) {
      resetOrders.run(userId);
    },
    orderedProducts: (userId) => ordered.all(userId).map((r) => ({ productId: r.product_id, category: r.category, orders: Number(r.orders), lastAt: r.last_at })),
    setOrders(userId, key, productId, orders, lastAt) {
      setOrders.run(userId, key, productId, orders, lastAt);
    },
    removeEmpty(userId) {
      removeEmpty.run(userId);
    },
    orderCount: (userId) => Number(orderCount.value(userId) ?? 0),
    removeAll(userId) {
      removeAll.run(userId);
    },
  };
}
