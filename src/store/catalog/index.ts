/** The catalog's storage: products, search reads, word lists, product writes and the demo store load. */
export { createCatalogRepository, type CatalogRepository, type CatalogWords, type ProductText } from './catalog-repository.js';
export type { ProductSearchReads, RankedProduct, SearchFilters, SearchTerm } from './product-search.js';
export type { ProductRecord, ProductWriter, UpsertOptions, UpsertResult } from './product-writer.js';
export { createDemoStoreRepository, type DemoStoreLoad, type DemoStoreRepository, type SeedProduct } from './demo-store-repository.js';
export { PRODUCT_SELECT, joinFlags, rowToProduct, splitFlags, type ProductRow } from './product-row.js';
export { SEARCH_TEXT_CONFIG } from './postgres-product-search.js';
