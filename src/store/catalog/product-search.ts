import type { SqlConnection } from '../sql.js';
import { postgresSearch } from './postgres-product-search.js';

/** Filters a search applies before ranking (the `search_products` tool's arguments). */
export interface SearchFilters {
  /** Any case. */
  category?: string;
  /** Any case. */
  brand?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  inStock?: boolean;
}

/** One way to read part of a query: words that must all match, the last maybe as a prefix. */
export interface SearchTerm {
  readonly words: readonly string[];
  readonly prefix?: boolean;
}

/**
 * A product as ranking sees it: its text score and the sort keys, read without the joins and
 * the 28 columns of a full product row. Only the few that make the cut are read in full.
 */
export interface RankedProduct {
  id: number;
  category: string;
  popularity: number;
  inStock: boolean;
  priceCents: number;
  /** Null when the product has no unit price. */
  unitPriceMillicents: number | null;
  rating: number | null;
  /** How well the text matched, higher is better; 0 when no text was matched. */
  textScore: number;
  /** The product's aliases as the search index holds them (empty when not read). */
  aliases: string[];
}

/** The reads product search is made of. */
export interface ProductSearchReads {
  /** The most popular products that pass the filters. */
  popular(filters: SearchFilters, limit: number): RankedProduct[];
  /**
   * Products in the given categories (exact spelling), in stock and popular first; every one
   * scores as a typical category match would.
   */
  inCategories(categories: readonly string[], filters: SearchFilters, limit: number): RankedProduct[];
  /**
   * Products whose name, brand, category or aliases match: every group (`all`) or any (`any`),
   * a group through any of its terms. Best text matches first, at most `limit`.
   */
  matching(groups: readonly (readonly SearchTerm[])[], join: 'all' | 'any', filters: SearchFilters, limit: number): RankedProduct[];
  /** True when a word occurs in the search index as typed (after stemming). */
  isIndexed(word: string): boolean;
}

/** Builds the search reads for the connection's engine. */
export function createProductSearch(conn: SqlConnection): ProductSearchReads {
  return conn.dialect === 'sqlite' ? sqliteSearch(conn) : postgresSearch(conn);
}

// Column weights for bm25(name, brand, category, aliases): the category is what people mean.
// Migration 002 configures the same weights as the table's `rank`.
const BM25 = 'bm25(products_fts, 4.0, 1.5, 8.0, 3.0)';
// What a category match typically scores in bm25, so direct category hits rank like FTS ones.
const CATEGORY_BM = -10;

// What ranking reads, in the order toRanked() expects; each statement ends with its bm25 score
// and the aliases.
const CANDIDATE_COLUMNS = 'p.id, p.category, p.popularity, p.in_stock, p.price_cents, p.unit_price_millicents, p.unit_price_unit, p.rating';

/** A row of CANDIDATE_COLUMNS plus the score (`bm`, lower is better) and the aliases text. */
export interface CandidateRow {
  id: number;
  category: string;
  popularity: number;
  in_stock: number;
  price_cents: number;
  unit_price_millicents: number | null;
  unit_price_unit: string | null;
  rating: number | null;
  bm: number;
  aliases: string | null;
}

/** A candidate row as a {@link RankedProduct}. */
export function toRanked(r: CandidateRow): RankedProduct {
  return {
    id: r.id,
    category: r.category,
    popularity: r.popularity,
    inStock: r.in_stock !== 0,
    priceCents: r.price_cents,
    unitPriceMillicents: r.unit_price_unit !== null ? r.unit_price_millicents : null,
    rating: r.rating,
    textScore: -r.bm,
    aliases: r.aliases ? r.aliases.split(' ; ') : [],
  };
}

/** The SELECT list of a candidate read. */
export const candidateColumns = (bm: string, aliases: string) => `${CANDIDATE_COLUMNS}, ${bm} AS bm, ${aliases} AS aliases`;

/** FTS5 over `products_fts` (migration 002), exactly as search has always read it. */
function sqliteSearch(conn: SqlConnection): ProductSearchReads {
  const probe = conn.statement('SELECT 1 FROM products_fts WHERE products_fts MATCH ? LIMIT 1');
  const rows = (sql: string, params: unknown[]) => conn.statement<CandidateRow>(sql).all(...params).map(toRanked);
  return {
    popular(filters, limit) {
      const { where, params } = sqliteFilters(filters);
      return rows(`SELECT ${candidateColumns('0', 'NULL')} FROM products p WHERE 1 = 1${where} ORDER BY p.popularity DESC, p.id LIMIT ?`, [...params, limit]);
    },
    inCategories(categories, filters, limit) {
      // No joins and no aliases here: sorting full rows for a whole category was the cost.
      const { where, params } = sqliteFilters(filters);
      return rows(
        `SELECT ${candidateColumns(String(CATEGORY_BM), 'NULL')} FROM products p WHERE p.category IN (${categories.map(() => '?').join(',')})${where}
      ORDER BY p.in_stock DESC, p.popularity DESC, p.id LIMIT ?`,
        [...categories, ...params, limit],
      );
    },
    matching(groups, join, filters, limit) {
      const match = toMatchExpression(groups, join === 'all' ? 'AND' : 'OR');
      const { where, params } = sqliteFilters(filters);
      return (where ? rankFiltered(conn, match, where, params, limit) : rankUnfiltered(conn, match, limit)).map(toRanked);
    },
    isIndexed: (word) => probe.get(`"${word}"`) !== undefined,
  };
}

/** Renders groups as an FTS5 MATCH expression: groups joined by `join`, terms ORed. */
export function toMatchExpression(groups: readonly (readonly SearchTerm[])[], join: 'AND' | 'OR' = 'AND'): string {
  return groups
    .map((alts) => `(${alts.map((a) => a.words.map((w, k) => `"${w}"${a.prefix && k === a.words.length - 1 ? '*' : ''}`).join(' AND ')).join(' OR ')})`)
    .join(` ${join} `);
}

/**
 * Without filters the FTS table ranks on its own (reading no content), and only the top
 * candidates are read from products: joining every match before sorting was the cost. bm25()
 * is called directly with the weights of migration 002: `ORDER BY rank` gives the same order
 * but took a third longer per query on a 50,000-product catalog. Ranking and reading are two
 * statements so that an empty try (a third of them: the fallback drops words one at a time)
 * costs only the ranking. The aliases come from the FTS row, the same text product_aliases has.
 * The ids are padded to a fixed count (with an impossible id) to keep the statement cache small.
 */
function rankUnfiltered(conn: SqlConnection, match: string, candidates: number): CandidateRow[] {
  const ranked = conn
    .statement<{ rowid: number; bm: number }>(`SELECT rowid, ${BM25} AS bm FROM products_fts WHERE products_fts MATCH ? ORDER BY bm LIMIT ?`)
    .all(match, candidates);
  if (!ranked.length) return [];
  const ids: number[] = ranked.map((r) => r.rowid);
  while (ids.length < candidates) ids.push(-1);
  const found = conn
    .statement<CandidateRow>(`SELECT ${candidateColumns('0', 'f.aliases')} FROM products p JOIN products_fts f ON f.rowid = p.id
      WHERE p.id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids);
  const bm = new Map(ranked.map((r) => [r.rowid, r.bm]));
  for (const r of found) r.bm = bm.get(r.id)!;
  return found;
}

/** With filters the join must come first, so filtered-out products do not use up the limit. */
function rankFiltered(conn: SqlConnection, match: string, where: string, params: unknown[], candidates: number): CandidateRow[] {
  const sql = `SELECT ${candidateColumns(BM25, 'products_fts.aliases')}
    FROM products_fts JOIN products p ON p.id = products_fts.rowid
    WHERE products_fts MATCH ?${where} ORDER BY bm LIMIT ?`;
  return conn.statement<CandidateRow>(sql).all(match, ...params, candidates);
}

function sqliteFilters(f: SearchFilters): { where: string; params: unknown[] } {
  return filterClause(f, (col) => `${col} = ? COLLATE NOCASE`, (v) => v.trim());
}

/**
 * The WHERE tail and its parameters for the filters; `anyCase` writes a case-insensitive
 * comparison for the engine and `anyCaseValue` prepares its parameter.
 */
export function filterClause(
  f: SearchFilters,
  anyCase: (column: string) => string,
  anyCaseValue: (value: string) => string,
): { where: string; params: unknown[] } {
  let where = '';
  const params: unknown[] = [];
  if (f.category) {
    where += ` AND ${anyCase('p.category')}`;
    params.push(anyCaseValue(f.category));
  }
  if (f.brand) {
    where += ` AND ${anyCase('p.brand')}`;
    params.push(anyCaseValue(f.brand));
  }
  if (f.minPriceCents !== undefined) {
    where += ' AND p.price_cents >= ?';
    params.push(f.minPriceCents);
  }
  if (f.maxPriceCents !== undefined) {
    where += ' AND p.price_cents <= ?';
    params.push(f.maxPriceCents);
  }
  if (f.inStock !== undefined) {
    where += ' AND p.in_stock = ?';
    params.push(f.inStock ? 1 : 0);
  }
  return { where, params };
}
