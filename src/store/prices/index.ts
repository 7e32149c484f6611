/** Repositories of products' prices and their history (`products` price columns, `price_history`). */
export { createPriceRepository, type PriceRepository, type PriceUpdate, type StoredPrice } from './price-repository.js';
export { createPriceHistoryRepository, type PriceHistoryRepository } from './price-history-repository.js';
