/**
 * The products read by the price, deal and substitute repositories, mapped exactly as the catalog
 * maps them: the catalog's one row shape and mapping (src/store/catalog/product-row.ts), under
 * the names these repositories use.
 */
export { PRODUCT_SELECT as PRODUCT_ROW_SELECT, rowToProduct as productOf, type ProductRow } from '../catalog/product-row.js';
