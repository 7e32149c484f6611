import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.js';
import type { Product } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { PRODUCT_SELECT, rowToProduct, type ProductRow } from './product-row.js';
import { planQuery, toMatchExpression, type QueryPlan } from './query-plan.js';
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
  const { where, params } = filters(q);
  if (!q.query.trim()) {
    const rows = ctx.statement(`${PRODUCT_SELECT} WHERE 1 = 1${where} ORDER BY p.popularity DESC, p.id LIMIT ?`).all(...params, limit) as ProductRow[];
    return sortHits(rows.map((r) => ({ product: rowToProduct(r), score: r.popularity / 100 })), q.sort).slice(0, limit);
  }
  const plan = planQuery(q.query, ctx.lexicon(), { prefix: mode.lenient, indexed: ctx.indexed });
  if (!plan.groups.length || (!mode.lenient && plan.unresolved.length)) return [];
  const sorted = (q.sort ?? 'relevance') !== 'relevance';
  const candidates = sorted ? MAX_CANDIDATES : Math.max(limit * 4, 40);
  if (!sorted) {
    const direct = categoryHits(ctx, plan, where, params, limit);
    if (direct) return direct;
  }
  let hits = runMatch(ctx, toMatchExpression(plan.groups), where, params, candidates, plan);
  if (!hits.length && mode.lenient && plan.groups.length > 1) {
    // Nothing has every word. Leading words are usually the optional ones (a brand the store
    // lacks, an adjective), so drop them one at a time before settling for any word at all.
    for (let k = 1; k < plan.groups.length && !hits.length; k++) {
      hits = runMatch(ctx, toMatchExpression(plan.groups.slice(k)), where, params, candidates, plan);
    }
    if (!hits.length) hits = runMatch(ctx, toMatchExpression(plan.groups, 'OR'), where, params, candidates, plan);
    hits = hits.map((h) => ({ ...h, score: h.score / 2 }));
  }
  return sortHits(hits, q.sort).slice(0, limit);
}

type RankedRow = ProductRow & { bm: number; fts_aliases: string };

const WITH_ALIASES = PRODUCT_SELECT.replace(
  'FROM products p',
  `, (SELECT group_concat(alias, ' ; ') FROM product_aliases WHERE product_id = p.id) AS fts_aliases FROM products p`,
);
// What a category match typically scores in bm25, so direct category hits rank like FTS ones.
const CATEGORY_BM = -10;

/**
 * When the query *is* a category ("milk", "eggs", "bananna", "pop"), the answer is that
 * category's products, most popular first: read through the category index instead of
 * ranking thousands of FTS matches. Returns undefined when this shortcut does not apply.
 */
function categoryHits(ctx: SearchContext, plan: QueryPlan, where: string, params: unknown[], limit: number): SearchHit[] | undefined {
  const lexicon = ctx.lexicon();
  const categories = [...new Set(plan.meanings.flatMap((m) => lexicon.categoriesFor(canonical(m))))];
  if (!categories.length) return undefined;
  // Ids first, then the rows: sorting full rows (joins, aliases) for a whole category was the cost.
  const ids = ctx
    .statement(`SELECT p.id FROM products p WHERE p.category IN (${categories.map(() => '?').join(',')})${where}
      ORDER BY p.in_stock DESC, p.popularity DESC, p.id LIMIT ?`)
    .pluck()
    .all(...categories, ...params, limit) as number[];
  if (ids.length < limit) return undefined;
  const meanings = new Set(plan.meanings.map(canonical));
  return fetchRows(ctx, ids, limit)
    .map((r) => ({ product: rowToProduct(r), score: relevance({ ...r, bm: CATEGORY_BM }, meanings) }))
    .sort((a, b) => b.score - a.score || a.product.id - b.product.id);
}

/**
 * Product rows with their aliases for a list of ids. A fixed number of placeholders per size
 * (padded with an impossible id) keeps the statement cache small; json_each() here made SQLite
 * scan the whole products table.
 */
function fetchRows(ctx: SearchContext, ids: readonly number[], size: number): RankedRow[] {
  const padded = [...ids];
  while (padded.length < size) padded.push(-1);
  return ctx.statement(`${WITH_ALIASES} WHERE p.id IN (${padded.map(() => '?').join(',')})`).all(...padded) as RankedRow[];
}

function runMatch(ctx: SearchContext, match: string, where: string, params: unknown[], candidates: number, plan: QueryPlan): SearchHit[] {
  const rows = where ? rankFiltered(ctx, match, where, params, candidates) : rankUnfiltered(ctx, match, candidates);
  const meanings = new Set(plan.meanings.map(canonical));
  const hits = rows.map((r) => ({ product: rowToProduct(r), score: relevance(r, meanings) }));
  return hits.sort((a, b) => b.score - a.score || a.product.id - b.product.id);
}

/**
 * Without filters the FTS table ranks on its own (reading no content), and only the top
 * candidates are joined to products: joining every match before sorting was the cost. bm25()
 * is called directly with the weights of migration 002: `ORDER BY rank` gives the same order
 * but took a third longer per query on a 50,000-product catalog.
 */
function rankUnfiltered(ctx: SearchContext, match: string, candidates: number): RankedRow[] {
  const ranked = ctx.statement(`SELECT rowid AS id, ${BM25} AS bm FROM products_fts WHERE products_fts MATCH ? ORDER BY bm LIMIT ?`).raw().all(match, candidates) as [number, number][];
  if (!ranked.length) return [];
  const bm = new Map(ranked);
  const rows = fetchRows(ctx, ranked.map((r) => r[0]), candidates);
  for (const r of rows) r.bm = bm.get(r.id)!;
  return rows;
}

/** With filters the join must come first, so filtered-out products do not use up the limit. */
function rankFiltered(ctx: SearchContext, match: string, where: string, params: unknown[], candidates: number): RankedRow[] {
  const sql = `${PRODUCT_SELECT.replace('FROM products p', `, ${BM25} AS bm, products_fts.aliases AS fts_aliases FROM products_fts JOIN products p ON p.id = products_fts.rowid`)}
    WHERE products_fts MATCH ?${where} ORDER BY bm LIMIT ?`;
  return ctx.statement(sql).all(match, ...params, candidates) as RankedRow[];
}

/**
 * bm25 finds the documents; these nudges put the thing people mean first: a product whose
 * category or alias *is* the query ("milk" the category, not milk chocolate), popular and in
 * stock before obscure or unavailable.
 */
function relevance(r: RankedRow, meanings: Set<string>): number {
  let score = -r.bm;
  if (meanings.has(canonical(r.category))) score += 10;
  else if (r.fts_aliases && r.fts_aliases.split(' ; ').some((a) => meanings.has(canonical(a)))) score += 6;
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

function sortHits(hits: SearchHit[], sort: SearchQuery['sort']): SearchHit[] {
  const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || a.product.id - b.product.id;
  switch (sort ?? 'relevance') {
    case 'price':
      return hits.sort((a, b) => a.product.priceCents - b.product.priceCents || byScore(a, b));
    case 'unit_price':
      return hits.sort((a, b) => unitKey(a.product) - unitKey(b.product) || byScore(a, b));
    case 'rating':
      return hits.sort((a, b) => (b.product.rating ?? 0) - (a.product.rating ?? 0) || byScore(a, b));
    default:
      return hits.sort(byScore);
  }
}

/** Products without a unit price sort last rather than first. */
function unitKey(p: Product): number {
  return p.unitPrice?.millicents ?? Number.MAX_SAFE_INTEGER;
}
