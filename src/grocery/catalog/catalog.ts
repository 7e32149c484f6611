import type { ProductCache } from '../../store/cache/index.js';
import type { CatalogRepository } from '../../store/catalog/index.js';
import type { Product } from '../types.js';
import { findBestMatch } from './best-match.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { searchCatalog, type SearchContext, type SearchHit, type SearchQuery } from './search.js';
import { canonical } from './text.js';
import { upsertProducts, type ProductInput, type UpsertOptions, type UpsertResult } from './upsert-products.js';
import { readVocabulary, type CatalogVocabulary } from './vocabulary.js';

/** The product catalog: search, lookups, list-line matching, vocabulary and writes. */
export interface Catalog {
  /** Ranked search with synonyms, plurals, prefixes, typo tolerance, filters and sorts. */
  search(q: SearchQuery): SearchHit[];
  get(id: number): Product | undefined;
  getMany(ids: readonly number[]): Map<number, Product>;
  /** The same object until any product changes (with a cache; a new one every call without). */
  epoch(): object;
  /** The product a list line ("2 gal milk", "Tide pods") most likely means; undefined for "call mom". */
  bestMatch(name: string, opts?: { brand?: string }): Product | undefined;
  /** Words people use for things to buy; cached after the first call. */
  vocabulary(): CatalogVocabulary;
  /** Inserts or updates products, appending price history on price changes; refreshes caches. */
  upsertProducts(rows: readonly ProductInput[], opts: UpsertOptions): UpsertResult;
  /** Drops cached word lists and search results after someone else wrote products (an import on another handle). */
  invalidate(): void;
}

/** Options for {@link createCatalog}. */
export interface CatalogOptions {
  /** Search results are kept here until a product changes; without it every search reads the store. */
  cache?: ProductCache;
}

/**
 * Creates the catalog over its repository. Nothing is read until the first call; the word
 * lists used for typo tolerance are built lazily and kept until {@link Catalog.invalidate}.
 *
 * @example
 * const catalog = createCatalog(createCatalogRepository(sqliteConnection(db)));
 * catalog.search({ query: 'bananas', limit: 5 });
 */
export function createCatalog(store: CatalogRepository, options: CatalogOptions = {}): Catalog {
  const { cache } = options;
  const searches = cache?.queryArea<SearchHit[]>('search');
  // Which product a list line means, asked several times a turn ("add bananas": is it on the list
  // already, which product is it): kept like search answers, until a product changes.
  const matches = cache?.queryArea<{ product: Product | undefined }>('best-match');
  let lexicon: Lexicon | undefined;
  let vocabulary: CatalogVocabulary | undefined;
  const indexedCache = new Map<string, boolean>();
  const canonicalForms = new Map<string, string>();
  const ctx: SearchContext = {
    store,
    lexicon: () => (lexicon ??= buildLexicon(store)),
    indexed: (word) => {
      let hit = indexedCache.get(word);
      if (hit === undefined) {
        hit = store.isIndexed(word);
        if (indexedCache.size > 10_000) indexedCache.clear();
        indexedCache.set(word, hit);
      }
      return hit;
    },
    canonicalForm: (text) => {
      let form = canonicalForms.get(text);
      if (form === undefined) {
        form = canonical(text);
        if (canonicalForms.size > 20_000) canonicalForms.clear();
        canonicalForms.set(text, form);
      }
      return form;
    },
  };
  const dropWordLists = () => {
    lexicon = undefined;
    vocabulary = undefined;
    indexedCache.clear();
  };
  // Products by id, kept like search answers until a product changes: a view of a 200-line list
  // asks for 200 of them. In this process only (a row is cheaper to read than to fetch from Redis).
  const products = cache?.queryArea<Product | null>('product');
  const epochs = cache?.queryArea<object>('product-epoch');

  return {
    // A copy of the cached array, so a caller that sorts its results cannot reorder the cache.
    search: (q) => (searches ? searches.getOrCompute(searchKey(q), () => searchCatalog(ctx, q)).slice() : searchCatalog(ctx, q)),
    get: (id) => store.product(id),
    // Query areas are emptied by any product change, so the object kept there lasts exactly as long as the products.
    epoch: () => (epochs ? epochs.getOrCompute('epoch', () => ({})) : {}),
    getMany: (ids) => {
      const out = new Map<number, Product>();
      if (products) {
        for (const id of ids) {
          const product = products.getOrCompute(String(id), () => store.product(id) ?? null);
          if (product) out.set(id, product);
        }
        return out;
      }
      return store.products([...new Set(ids)]);
    },
    bestMatch: (name, opts) =>
      matches
        ? matches.getOrCompute(`${opts?.brand ?? ''}\u0000${name}`, () => ({ product: findBestMatch(ctx, name, opts) })).product
        : findBestMatch(ctx, name, opts),
    vocabulary: () => (vocabulary ??= readVocabulary(store)),
    upsertProducts: (rows, opts) => {
      const result = upsertProducts(store, rows, opts);
      dropWordLists();
      cache?.invalidateProducts(result.ids);
      return result;
    },
    invalidate: () => {
      dropWordLists();
      cache?.invalidateAll();
    },
  };
}

/** Every field that changes a search's answer, in a fixed order. */
function searchKey(q: SearchQuery): string {
  return JSON.stringify([q.query, q.category, q.brand, q.minPriceCents, q.maxPriceCents, q.inStock, q.sort, q.limit]);
}
