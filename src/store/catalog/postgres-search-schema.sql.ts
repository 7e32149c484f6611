/**
 * The text-search configuration product search uses on PostgreSQL. SQLite's FTS5 table uses the
 * porter stemmer ("bananas" finds "banana"); 'english' is PostgreSQL's nearest (snowball), where
 * 'simple' would only find words as typed.
 */
export const SEARCH_TEXT_CONFIG = 'english';

/**
 * What product search needs on PostgreSQL, to be run after the catalog tables (`products`,
 * `product_aliases`) exist; the PostgreSQL counterpart of SQLite migrations 002 and 006.
 *
 * - `product_search`: one row per product with the text search reads (name, brand, category and
 *   the aliases joined with ' ; ', as in SQLite's `products_fts`) and `document`, their tsvector,
 *   weighted category A, name B, aliases C, brand D (the bm25 weights' order), GIN-indexed.
 * - triggers keep it in step with `products` (insert; a change of name, brand or category) and
 *   with `product_aliases` (insert, delete), so every writer gets search for free; a price-only
 *   update does not touch it. Deleting a product deletes its row (ON DELETE CASCADE).
 * - pg_trgm and a trigram index on the name, for the typo fallback (`similarity`).
 *
 * Idempotent: safe to run on a database that already has it.
 */
export const POSTGRES_SEARCH_SCHEMA = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS product_search (
  product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  brand      TEXT NOT NULL DEFAULT '',
  category   TEXT NOT NULL,
  aliases    TEXT NOT NULL DEFAULT '',
  document   tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${SEARCH_TEXT_CONFIG}', category), 'A') ||
    setweight(to_tsvector('${SEARCH_TEXT_CONFIG}', name), 'B') ||
    setweight(to_tsvector('${SEARCH_TEXT_CONFIG}', aliases), 'C') ||
    setweight(to_tsvector('${SEARCH_TEXT_CONFIG}', brand), 'D')
  ) STORED
);
CREATE INDEX IF NOT EXISTS product_search_document ON product_search USING GIN (document);
CREATE INDEX IF NOT EXISTS product_search_name_trgm ON product_search USING GIN (name gin_trgm_ops);

CREATE OR REPLACE FUNCTION product_search_aliases(pid INTEGER) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(alias, ' ; ' ORDER BY alias), '') FROM product_aliases WHERE product_id = pid
$$;

CREATE OR REPLACE FUNCTION product_search_follow_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO product_search (product_id, name, brand, category, aliases)
  VALUES (NEW.id, NEW.name, coalesce(NEW.brand, ''), NEW.category, product_search_aliases(NEW.id))
  ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, brand = excluded.brand, category = excluded.category;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION product_search_follow_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid INTEGER;
BEGIN
  pid := CASE WHEN TG_OP = 'DELETE' THEN OLD.product_id ELSE NEW.product_id END;
  UPDATE product_search SET aliases = product_search_aliases(pid) WHERE product_id = pid;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS product_search_insert ON products;
CREATE TRIGGER product_search_insert AFTER INSERT ON products
  FOR EACH ROW EXECUTE FUNCTION product_search_follow_product();

DROP TRIGGER IF EXISTS product_search_update ON products;
CREATE TRIGGER product_search_update AFTER UPDATE OF name, brand, category ON products
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.brand IS DISTINCT FROM NEW.brand OR OLD.category IS DISTINCT FROM NEW.category)
  EXECUTE FUNCTION product_search_follow_product();

DROP TRIGGER IF EXISTS product_search_aliases_change ON product_aliases;
CREATE TRIGGER product_search_aliases_change AFTER INSERT OR DELETE ON product_aliases
  FOR EACH ROW EXECUTE FUNCTION product_search_follow_aliases();

INSERT INTO product_search (product_id, name, brand, category, aliases)
SELECT p.id, p.name, coalesce(p.brand, ''), p.category, product_search_aliases(p.id) FROM products p
ON CONFLICT (product_id) DO NOTHING;

CREATE INDEX IF NOT EXISTS products_popularity ON products (popularity DESC);
CREATE INDEX IF NOT EXISTS products_name_lower ON products (lower(name));
CREATE INDEX IF NOT EXISTS products_brand_lower ON products (lower(brand));
`;
