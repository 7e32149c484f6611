import type { SqlConnection } from '../sql.js';

/** What a list total needs from `deals`: the price each active deal measures its saving against. */
export interface DealReferenceRepository {
  /** The largest reference price (was-price or 30-day median) among each product's active deals; products with none are left out. */
  activeReferences(productIds: readonly number[]): Map<number, number>;
}

/** Ids bound per statement: SQLite caps bound parameters, and 500 stays well inside every build's limit. */
const CHUNK = 500;

/**
 * The deal reference repository over a connection.
 *
 * @example
 * const refs = createDealReferenceRepository(sqliteConnection(db)).activeReferences([12, 40]);
 */
export function createDealReferenceRepository(conn: SqlConnection): DealReferenceRepository {
  return {
    activeReferences(productIds) {
      const out = new Map<number, number>();
      for (let i = 0; i < productIds.length; i += CHUNK) {
        const chunk = productIds.slice(i, i + CHUNK);
        // The IN list varies in length; the connection keeps each shape's statement.
        const rows = conn
          .statement<{ product_id: number; ref: number }>(
            `SELECT product_id, MAX(reference_cents) AS ref FROM deals
              WHERE active = 1 AND product_id IN (${chunk.map(() => '?').join(',')}) GROUP BY product_id`,
          )
          .all(...chunk);
        for (const r of rows) out.set(r.product_id, r.ref);
      }
      return out;
    },
  };
}
