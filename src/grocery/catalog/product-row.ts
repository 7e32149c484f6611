/**
 * The product row shape moved to the store (src/store/catalog/product-row.ts), where SQL lives;
 * re-exported here for the modules that still read products themselves.
 */
export { PRODUCT_SELECT, joinFlags, rowToProduct, splitFlags, type ProductRow } from '../../store/catalog/product-row.js';
