/**
 * Migration 005: list items by product. The price refresh, the deal scan and "who cares about
 * this product" look list items up by product id; without an index each lookup read every line
 * of every list.
 */
export const up = `
CREATE INDEX IF NOT EXISTS list_items_product ON list_items(product_id) WHERE product_id IS NOT NULL;
`;
