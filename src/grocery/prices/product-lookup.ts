/**
 * Products by id over a database handle, kept for the callers outside prices that still hold one
 * (list totals, price alerts, the deal scan job).
 *
 * @deprecated Transitional: take a `PriceRepository` (src/store/prices) and call `products(ids)`.
 */
export { loadProducts } from '../../store/prices/index.js';
