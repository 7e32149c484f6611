/**
 * Full-text search over the catalog: an FTS5 table keyed by product id holding name, brand,
 * category and the product's aliases. Triggers keep it in step with `products`, so
 * every writer (demo store, imports, price feed) gets search for free.
 * The porter stemmer makes "bananas" find "banana"; prefix indexes keep "bana*" cheap.
 *
 * A new product's aliases are read when the product row is inserted, so writers insert the
 * aliases first (explicit id, deferred foreign keys). Aliases added to an existing product are
 * indexed by the code that adds them (`upsertProducts`): a trigger per alias row rewrote the
 * FTS row each time and made large imports crawl. Deleting aliases or products is followed by
 * triggers. Price-only updates do not touch the index at all.
 *
 * Bulk writers may set `meta('fts_deferred')` inside their write transaction, insert products
 * without per-row indexing, then index the new rows with one INSERT ... SELECT and delete the
 * flag before commit (see upsertProducts). Row-at-a-time FTS inserts from the trigger made a
 * 50,000-row import quadratic; other connections never see the flag because it never commits.
 */
export const up = `
CREATE VIRTUAL TABLE products_fts USING fts5(
  name, brand, category, aliases,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- The default ranking, so ORDER BY rank works on the FTS table alone; the category weighs most.
INSERT INTO products_fts (products_fts, rank) VALUES ('rank', 'bm25(4.0, 1.5, 8.0, 3.0)');

INSERT INTO products_fts (rowid, name, brand, category, aliases)
SELECT p.id, p.name, coalesce(p.brand, ''), p.category,
       coalesce((SELECT group_concat(a.alias, ' ; ') FROM product_aliases a WHERE a.product_id = p.id), '')
FROM products p;

CREATE TRIGGER products_fts_insert AFTER INSERT ON products
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_deferred') BEGIN
  INSERT INTO products_fts (rowid, name, brand, category, aliases)
  VALUES (new.id, new.name, coalesce(new.brand, ''), new.category,
          coalesce((SELECT group_concat(alias, ' ; ') FROM product_aliases WHERE product_id = new.id), ''));
END;

CREATE TRIGGER products_fts_update AFTER UPDATE OF name, brand, category ON products
WHEN old.name IS NOT new.name OR old.brand IS NOT new.brand OR old.category IS NOT new.category BEGIN
  UPDATE products_fts SET name = new.name, brand = coalesce(new.brand, ''), category = new.category
  WHERE rowid = new.id;
END;

CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
  DELETE FROM products_fts WHERE rowid = old.id;
END;

CREATE TRIGGER product_aliases_fts_delete AFTER DELETE ON product_aliases BEGIN
  UPDATE products_fts
  SET aliases = coalesce((SELECT group_concat(alias, ' ; ') FROM product_aliases WHERE product_id = old.product_id), '')
  WHERE rowid = old.product_id;
END;

CREATE INDEX product_aliases_alias ON product_aliases(alias);
CREATE INDEX products_popularity ON products(popularity DESC);
CREATE INDEX products_name ON products(name COLLATE NOCASE);
`;
