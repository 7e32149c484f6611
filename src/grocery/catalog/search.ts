import type { CatalogRepository, ProductSearchReads, RankedProduct, SearchFilters } from '../../store/catalog/index.js';
import type { Product } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { planQuery } from './query-plan.js';
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

/** What a search needs from its catalog: the stored reads, the lexicon and the word probes. */
export interface SearchContext {
  store: ProductSearchReads & Pick<CatalogRepository, 'products'>;
  lexicon(): Lexicon;
  indexed(word: string): boolean;
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

function rankCandidates(ctx: SearchContext, q: SearchQuery, mode: SearchMode, limit: number): Candidate[] {
  const filters = filtersOf(q);
  if (!q.query.trim()) {
    return ctx.store.popular(filters, limit).map((r) => candidate(r, r.popularity / 100));
  }
  const plan = planQuery(q.query, ctx.lexicon(), { prefix: mode.lenient, indexed: ctx.indexed });
  if (!plan.groups.length || (!mode.lenient && plan.unresolved.length)) return [];
  // Canonical once per search: the fallback below ranks up to a few times with the same meanings.
  const meanings = new Set(plan.meanings.map(canonical));
  const sorted = (q.sort ?? 'relevance') !== 'relevance';
  const candidates = sorted ? MAX_CANDIDATES : Math.max(limit * 4, 40);
  if (!sorted) {
    const direct = categoryHits(ctx, meanings, filters, limit);
    if (direct) return direct;
  }
  const match = (groups: typeof plan.groups, join: 'all' | 'any') =>
    ctx.store.matching(groups, join, filters, candidates).map((r) => candidate(r, relevance(ctx, r, meanings)));
  let hits = match(plan.groups, 'all');
  if (!hits.length && mode.lenient && plan.groups.length > 1) {
    // Nothing has every word. Leading words are usually the optional ones (a brand the store
    // lacks, an adjective), so drop them one at a time before settling for any word at all.
    for (let k = 1; k < plan.groups.length && !hits.length; k++) hits = match(plan.groups.slice(k), 'all');
    if (!hits.length) hits = match(plan.groups, 'any');
    hits = hits.map((h) => ({ ...h, score: h.score / 2 }));
  }
  return hits;
}

function candidate(r: RankedProduct, score: number): Candidate {
  return { id: r.id, score, priceCents: r.priceCents, unitPriceMillicents: r.unitPriceMillicents, rating: r.rating };
}

/**
 * When the query *is* a category ("milk", "eggs", "bananna", "pop"), the answer is that
 * category's products, most popular first: read through the category index instead of
 * ranking thousands of text matches. Returns undefined when this shortcut does not apply.
 */
function categoryHits(ctx: SearchContext, meanings: Set<string>, filters: SearchFilters, limit: number): Candidate[] | undefined {
  const lexicon = ctx.lexicon();
  const categories = [...new Set([...meanings].flatMap((m) => lexicon.categoriesFor(m)))];
  if (!categories.length) return undefined;
  // Every row is in a category the query means, so the alias boost never applies.
  const rows = ctx.store.inCategories(categories, filters, limit);
  if (rows.length < limit) return undefined;
  return rows.map((r) => candidate(r, relevance(ctx, r, meanings)));
}

/**
 * The full products for the candidates that made the cut, in their order. A fixed number of
 * placeholders per limit (padded with an impossible id) keeps the statement cache small.
 */
function withProducts(ctx: SearchContext, ranked: readonly Candidate[], limit: number): SearchHit[] {
  if (!ranked.length) return [];
  const products = ctx.store.products(ranked.map((c) => c.id), limit);
  return ranked.map((c) => ({ product: products.get(c.id)!, score: c.score }));
}

/**
 * bm25 finds the documents; these nudges put the thing people mean first: a product whose
 * category or alias *is* the query ("milk" the category, not milk chocolate), popular and in
 * stock before obscure or unavailable.
 */
function relevance(ctx: SearchContext, r: RankedProduct, meanings: Set<string>): number {
  let score = r.textScore;
  if (meanings.has(ctx.canonicalForm(r.category))) score += 10;
  else if (r.aliases.some((a) => meanings.has(ctx.canonicalForm(a)))) score += 6;
  score += r.popularity / 50;
  if (!r.inStock) score -= 2;
  return Math.round(score * 1000) / 1000;
}

function filtersOf(q: SearchQuery): SearchFilters {
  return { category: q.category, brand: q.brand, minPriceCents: q.minPriceCents, maxPriceCents: q.maxPriceCents, inStock: q.inStock };
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
