import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.js';
import type { Product } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { PRODUCT_SELECT, productRowFromValues, rowToProduct } from './product-row.js';
import { planQuery, toMatchExpression } from './query-plan.js';
import { canonical } from './text.js';

/** A catalog search as the `search_products` tool asks for it. */
export interface SearchQuery {
  query: string;
  category?: string;
  brand?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  inStock?: boolean;
  sort?: 'relevance' | 'price' | 'unit_price' | 'rating';
  limit?: number;
}

/** One hit: the product and how well it matches (higher is better). */
export interface SearchHit {
  product: Product;
  score: number;
}

/** What a search needs from its catalog: the database, the lexicon and a statement cache. */
export interface SearchContext {
  db: Db;
  lexicon(): Lexicon;
  indexed(word: string): boolean;
  statement(sql: string): Statement<unknown[]>;
  /**
   * `canonical()` of a category or an alias as the catalog spells it, remembered: ranking asks
   * for the same few thousand on every search, and normalising them was a tenth of its time.
   */
  canonicalForm(catalogText: string): string;
}

/** Search behaviour switches: list matching is stricter than a shopper browsing. */
export interface SearchMode {
  /** Allow the last word to be a prefix, and fall back to matching any word. */
  lenient: boolean;
}

// Column weights for bm25(name, brand, category, aliases): the category is what people mean.
// Migration 002 configures the same weights as the table's `rank`.
const BM25 = 'bm25(products_fts, 4.0, 1.5, 8.0, 3.0)';
const MAX_CANDIDATES = 600;

/** Ranked catalog search with synonyms, plurals, prefixes, typo tolerance, filters and sorts. */
export function searchCatalog(ctx: SearchContext, q: SearchQuery, mode: SearchMode = { lenient: true }): SearchHit[] {
  const limit = Math.max(1, Math.min(q.limit ?? 10, 100));
  const ranked = sortCandidates(rankCandidates(ctx, q, mode, limit), q.sort).slice(0, limit);
  return withProducts(ctx, ranked, limit);
}

/**
 * A product as ranking sees it: its score and the sort keys, read without the joins and the
 * 28 columns of a full product row. Only the few that make the cut are read in full.
 */
interface Candidate {
  id: number;
  score: number;
  priceCents: number;
  /** Null when the product has no unit price, as in `Product.unitPrice`. */
  unitPriceMillicents: number | null;
  rating: number | null;
}

/** The columns a {@link Candidate} and its relevance are made from. */
interface RankedRow {
  id: number;
  category: string;
  popularity: number;
  in_stock: number;
  price_cents: number;
  unit_price_millicents: number | null;
  unit_price_unit: string | null;
  rating: number | null;
  bm: number;
  fts_aliases: string | null;
}

// What ranking reads, in the order rankedRows() expects; each statement ends with its bm25 score
// and the aliases. Read with raw(): better-sqlite3's row objects cost more than the ranking.
const CANDIDATE_COLUMNS = 'p.id, p.category, p.popularity, p.in_stock, p.price_cents, p.unit_price_millicents, p.unit_price_unit, p.rating';

function rankedRows(statement: Statement<unknown[]>, params: unknown[]): RankedRow[] {
  return (statement.raw(true).all(...params) as unknown[][]).map((v) => ({
    id: v[0], category: v[1], popularity: v[2], in_stock: v[3], price_cents: v[4], unit_price_millicents: v[5],
    unit_price_unit: v[6], rating: v[7], bm: v[8], fts_aliases: v[9],
  }) as RankedRow);
}

function rankCandidates(ctx: SearchContext, q: SearchQuery, mode: SearchMode, limit: number): Candidate[] {
  const { where, params } = filters(q);
  if (!q.query.trim()) {
    const rows = rankedRows(ctx.statement(`SELECT ${CANDIDATE_COLUMNS}, 0, NULL FROM products p WHERE 1 = 1${where} ORDER BY p.popularity DESC, p.id LIMIT ?`), [...params, limit]);
    return rows.map((r) => candidate(r, r.popularity / 100));
  }
  const plan = planQuery(q.query, ctx.lexicon(), { prefix: mode.lenient, indexed: ctx.indexed });
  if (!plan.groups.length || (!mode.lenient && plan.unresolved.length)) return [];
  // Canonical once per search: the fallback below ranks up to a few times with the same meanings.
  const meanings = new Set(plan.meanings.map(canonical));
  const sorted = (q.sort ?? 'relevance') !== 'relevance';
  const candidates = sorted ? MAX_CANDIDATES : Math.max(limit * 4, 40);
  if (!sorted) {
    const direct = categoryHits(ctx, meanings, where, params, limit);
    if (direct) return direct;
  }
  let hits = runMatch(ctx, toMatchExpression(plan.groups), where, params, candidates, meanings);
  if (!hits.length && mode.lenient && plan.groups.length > 1) {
    // Nothing has every word. Leading words are usually the optional ones (a brand the store
    // lacks, an adjective), so drop them one at a time before settling for any word at all.
    for (let k = 1; k < plan.groups.length && !hits.length; k++) {
      hits = runMatch(ctx, toMatchExpression(plan.groups.slice(k)), where, params, candidates, meanings);
    }
    if (!hits.length) hits = runMatch(ctx, toMatchExpression(plan.groups, 'OR'), where, params, candidates, meanings);
    hits = hits.map((h) => ({ ...h, score: h.score / 2 }));
  }
  return hits;
}

function candidate(r: RankedRow, score: number): Candidate {
  return {
    id: r.id,
    score,
    priceCents: r.price_cents,
    unitPriceMillicents: r.unit_price_unit !== null ? r.unit_price_millicents : null,
    rating: r.rating,
  };
}

// What a category match typically scores in bm25, so direct category hits rank like FTS ones.
const CATEGORY_BM = -10;

/**
 * When the query *is* a category ("milk", "eggs", "bananna", "pop"), the answer is that
 * category's products, most popular first: read through the category index instead of
 * ranking thousands of FTS matches. Returns undefined when this shortcut does not apply.
 */
function categoryHits(ctx: SearchContext, meanings: Set<string>, where: string, params: unknown[], limit: number): Candidate[] | undefined {
  const lexicon = ctx.lexicon();
  const categories = [...new Set([...meanings].flatMap((m) => lexicon.categoriesFor(m)))];
  if (!categories.length) return undefined;
  // No joins and no aliases here: sorting full rows for a whole category was the cost. Every
  // row is in a category the query means, so the alias boost never applies.
  const rows = rankedRows(
    ctx.statement(`SELECT ${CANDIDATE_COLUMNS}, ${CATEGORY_BM}, NULL FROM products p WHERE p.category IN (${categories.map(() => '?').join(',')})${where}
      ORDER BY p.in_stock DESC, p.popularity DESC, p.id LIMIT ?`),
    [...categories, ...params, limit],
  );
  if (rows.length < limit) return undefined;
  return rows.map((r) => candidate(r, relevance(ctx, r, meanings)));
}

function runMatch(ctx: SearchContext, match: string, where: string, params: unknown[], candidates: number, meanings: Set<string>): Candidate[] {
  const rows = where ? rankFiltered(ctx, match, where, params, candidates) : rankUnfiltered(ctx, match, candidates);
  return rows.map((r) => candidate(r, relevance(ctx, r, meanings)));
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
function rankUnfiltered(ctx: SearchContext, match: string, candidates: number): RankedRow[] {
  const ranked = ctx
    .statement(`SELECT rowid, ${BM25} AS bm FROM products_fts WHERE products_fts MATCH ? ORDER BY bm LIMIT ?`)
    .raw(true)
    .all(match, candidates) as [number, number][];
  if (!ranked.length) return [];
  const ids: number[] = ranked.map((r) => r[0]);
  while (ids.length < candidates) ids.push(-1);
  const rows = rankedRows(
    ctx.statement(`SELECT ${CANDIDATE_COLUMNS}, 0, f.aliases FROM products p JOIN products_fts f ON f.rowid = p.id
      WHERE p.id IN (${ids.map(() => '?').join(',')})`),
    ids,
  );
  const bm = new Map(ranked);
  for (const r of rows) r.bm = bm.get(r.id)!;
  return rows;
}

/** With filters the join must come first, so filtered-out products do not use up the limit. */
function rankFiltered(ctx: SearchContext, match: string, where: string, params: unknown[], candidates: number): RankedRow[] {
  const sql = `SELECT ${CANDIDATE_COLUMNS}, ${BM25} AS bm, products_fts.aliases
    FROM products_fts JOIN products p ON p.id = products_fts.rowid
    WHERE products_fts MATCH ?${where} ORDER BY bm LIMIT ?`;
  return rankedRows(ctx.statement(sql), [match, ...params, candidates]);
}

/**
 * The full products for the candidates that made the cut, in their order. A fixed number of
 * placeholders per limit (padded with an impossible id) keeps the statement cache small;
 * json_each() here made SQLite scan the whole products table.
 */
function withProducts(ctx: SearchContext, ranked: readonly Candidate[], limit: number): SearchHit[] {
  if (!ranked.length) return [];
  const ids: number[] = ranked.map((c) => c.id);
  while (ids.length < limit) ids.push(-1);
  // raw(true) every time: Catalog.getMany shares this statement through the cache.
  const rows = ctx.statement(`${PRODUCT_SELECT} WHERE p.id IN (${ids.map(() => '?').join(',')})`).raw(true).all(...ids) as unknown[][];
  const products = new Map(rows.map((v) => [v[0] as number, rowToProduct(productRowFromValues(v))]));
  return ranked.map((c) => ({ product: products.get(c.id)!, score: c.score }));
}

/**
 * bm25 finds the documents; these nudges put the thing people mean first: a product whose
 * category or alias *is* the query ("milk" the category, not milk chocolate), popular and in
 * stock before obscure or unavailable.
 */
function relevance(ctx: SearchContext, r: RankedRow, meanings: Set<string>): number {
  let score = -r.bm;
  if (meanings.has(ctx.canonicalForm(r.category))) score += 10;
  else if (r.fts_aliases && r.fts_aliases.split(' ; ').some((a) => meanings.has(ctx.canonicalForm(a)))) score += 6;
  score += r.popularity / 50;
  if (!r.in_stock) score -= 2;
  return Math.round(score * 1000) / 1000;
}

function filters(q: SearchQuery): { where: string; params: unknown[] } {
  let where = '';
  const params: unknown[] = [];
  if (q.category) {
    where += ' AND p.category = ? COLLATE NOCASE';
    params.push(q.category.trim());
  }
  if (q.brand) {
    where += ' AND p.brand = ? COLLATE NOCASE';
    params.push(q.brand.trim());
  }
  if (q.minPriceCents !== undefined) {
    where += ' AND p.price_cents >= ?';
    params.push(q.minPriceCents);
  }
  if (q.maxPriceCents !== undefined) {
    where += ' AND p.price_cents <= ?';
    params.push(q.maxPriceCents);
  }
  if (q.inStock !== undefined) {
    where += ' AND p.in_stock = ?';
    params.push(q.inStock ? 1 : 0);
  }
  return { where, params };
}

function sortCandidates(hits: Candidate[], sort: SearchQuery['sort']): Candidate[] {
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.id - b.id;
  switch (sort ?? 'relevance') {
    case 'price':
      return hits.sort((a, b) => a.priceCents - b.priceCents || byScore(a, b));
    case 'unit_price':
      return hits.sort((a, b) => unitKey(a) - unitKey(b) || byScore(a, b));
    case 'rating':
      return hits.sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0) || byScore(a, b));
    default:
      return hits.sort(byScore);
  }
}

/** Products without a unit price sort last rather than first. */
function unitKey(c: Candidate): number {
  return c.unitPriceMillicents ?? Number.MAX_SAFE_INTEGER;
}
