import type { SqlConnection } from '../sql.js';

/** A person with alerts on who has a product unchecked on a list they are a member of. */
export interface ListHolder {
  userId: number;
  /** The line's name ("oreos"). */
  item: string;
  /** The list's name. */
  list: string;
}

/** A preference someone stated that could make a product news to them. */
export interface StatedLike {
  userId: number;
  kind: 'brand' | 'likes';
  value: string;
}

/** Who alerts and digests are for: reads over lists, preferences and users, for people with alerts on. */
export interface AlertAudienceRepository {
  /** People with alerts on who have `productId` unchecked on one of their lists, by person then line. */
  listHolders(productId: number): ListHolder[];
  /**
   * People with alerts on who *said* they like `brand` (lower case; '' matches nobody) or the
   * kind `category`, ignoring case, by person then preference.
   */
  statedLikes(brand: string, category: string): StatedLike[];
  /** The person's dislikes and allergies. */
  avoidances(userId: number): { kind: 'dislikes' | 'allergy'; value: string }[];
  /** Everyone with alerts on, by id. */
  peopleWithAlertsOn(): number[];
  /** The unchecked lines on every list the person is a member of, each name and product once, oldest first. */
  uncheckedLinesOf(userId: number): { name: string; productId: number | null }[];
}

/**
 * The alert-audience repository.
 *
 * @example
 * const audience = createAlertAudienceRepository(sqliteConnection(db));
 * audience.listHolders(productId); // [{ userId: 3, item: 'oreos', list: 'Costco' }]
 */
export function createAlertAudienceRepository(conn: SqlConnection): AlertAudienceRepository {
  const holders = conn.statement<{ user_id: number; item: string; list: string }>(
    `SELECT m.user_id, i.name AS item, l.name AS list FROM list_items i
     JOIN lists l ON l.id = i.list_id JOIN list_members m ON m.list_id = i.list_id JOIN users u ON u.id = m.user_id
     WHERE i.product_id = ? AND i.checked = 0 AND u.alerts_enabled = 1 ORDER BY m.user_id, i.id`,
  );
  const liked = conn.statement<{ user_id: number; kind: 'brand' | 'likes'; value: string }>(
    `SELECT p.user_id, p.kind, p.value FROM preferences p JOIN users u ON u.id = p.user_id
     WHERE p.source = 'stated' AND u.alerts_enabled = 1
       AND ((p.kind = 'brand' AND lower(p.value) = ? AND ? <> '') OR (p.kind = 'likes' AND lower(p.value) = ?))
     ORDER BY p.user_id, p.id`,
  );
  const avoided = conn.statement<{ kind: 'dislikes' | 'allergy'; value: string }>(
    "SELECT kind, value FROM preferences WHERE user_id = ? AND kind IN ('dislikes', 'allergy')",
  );
  const alertsOn = conn.statement('SELECT id FROM users WHERE alerts_enabled = 1 ORDER BY id');
  // Each name and product once, in the order its first line was added.
  const unchecked = conn.statement<{ name: string; product_id: number | null }>(
    `SELECT i.name, i.product_id FROM list_items i JOIN list_members m ON m.list_id = i.list_id
     WHERE m.user_id = ? AND i.checked = 0 GROUP BY i.name, i.product_id ORDER BY min(i.id)`,
  );
  return {
    listHolders: (productId) => holders.all(productId).map((r) => ({ userId: r.user_id, item: r.item, list: r.list })),
    statedLikes: (brand, category) => liked.all(brand, brand, category.toLowerCase()).map((r) => ({ userId: r.user_id, kind: r.kind, value: r.value })),
    avoidances: (userId) => avoided.all(userId),
    peopleWithAlertsOn: () => alertsOn.values<number>(),
    uncheckedLinesOf: (userId) => unchecked.all(userId).map((r) => ({ name: r.name, productId: r.product_id })),
  };
}
