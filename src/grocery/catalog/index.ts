/** The product catalog: search, lookups, list-line matching, vocabulary and product writes. */
export { createCatalog, type Catalog, type CatalogOptions } from './catalog.js';
export type { SearchQuery, SearchHit } from './search.js';
export type { CatalogVocabulary } from './vocabulary.js';
export { upsertProducts, type ProductInput, type UpsertOptions, type UpsertResult } from './upsert-products.js';
export { PRODUCT_SELECT, rowToProduct, type ProductRow } from './product-row.js';
export { parseSize, unitPriceOf, type PackageSize } from './package-size.js';
export { itemWords } from './best-match.js';
export { ampersandsAsAnd, normalizeText, saysEveryWord, singular } from './text.js';
