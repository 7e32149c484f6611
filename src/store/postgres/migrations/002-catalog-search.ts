/**
 * PostgreSQL migration 2: catalog search, in place of SQLite's FTS5 table (SQLite 002, 006).
 *
 * - `products.search` is a weighted `tsvector` over the same four fields the FTS5 table holds,
 *   weighted as its bm25 ranking is (category A, name B, aliases C, brand D; `ts_rank` reads
 *   them), with the English (porter) stemmer so "bananas" finds "banana". GIN index
 *   `products_search_idx`. `products_search_document(name, brand, category, aliases)` builds it,
 *   so a query can build the same document for other text.
 * - `pg_trgm` and `products_name_trgm_idx`, for names typed with a typo (`similarity`, `%`).
 * - Triggers keep `search` in step: a product's own row on insert and when its name, brand or
 *   category change (reading its aliases), and once per statement that inserts, changes or
 *   deletes aliases (so a bulk import of aliases costs one UPDATE, not one per alias). A writer
 *   that inserts aliases before their product (deferred foreign keys) gets them indexed when the
 *   product row goes in. SQLite's `fts_deferred` flag means nothing here.
 */
export const up = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION products_search_document(name text, brand text, category text, aliases text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english', coalesce($3, '')), 'A')
      || setweight(to_tsvector('english', coalesce($1, '')), 'B')
      || setweight(to_tsvector('english', coalesce($4, '')), 'C')
      || setweight(to_tsvector('english', coalesce($2, '')), 'D')
$$;

ALTER TABLE products ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX products_search_idx ON products USING gin (search);
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);

CREATE FUNCTION products_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := products_search_document(NEW.name, NEW.brand, NEW.category,
    (SELECT string_agg(alias, ' ; ' ORDER BY alias) FROM product_aliases WHERE product_id = NEW.id));
  RETURN NEW;
END
$$;

CREATE TRIGGER products_search_insert BEFORE INSERT ON products
  FOR EACH ROW EXECUTE FUNCTION products_search_row();
CREATE TRIGGER products_search_update BEFORE UPDATE OF name, brand, category ON products
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.brand IS DISTINCT FROM NEW.brand
                     OR OLD.category IS DISTINCT FROM NEW.category)
  EXECUTE FUNCTION products_search_row();

CREATE FUNCTION products_search_reindex(ids bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE products p
  SET search = products_search_document(p.name, p.brand, p.category,
    (SELECT string_agg(a.alias, ' ; ' ORDER BY a.alias) FROM product_aliases a WHERE a.product_id = p.id))
  WHERE p.id = ANY ($1)
$$;

CREATE FUNCTION product_aliases_search_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM products_search_reindex(ARRAY(SELECT DISTINCT product_id FROM added));
  RETURN NULL;
END
$$;
CREATE FUNCTION product_aliases_search_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM products_search_reindex(ARRAY(SELECT DISTINCT product_id FROM removed));
  RETURN NULL;
END
$$;
CREATE FUNCTION product_aliases_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM products_search_reindex(ARRAY(SELECT product_id FROM added UNION SELECT product_id FROM removed));
  RETURN NULL;
END
$$;

CREATE TRIGGER product_aliases_search_insert AFTER INSERT ON product_aliases
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION product_aliases_search_added();
CREATE TRIGGER product_aliases_search_delete AFTER DELETE ON product_aliases
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION product_aliases_search_removed();
CREATE TRIGGER product_aliases_search_update AFTER UPDATE ON product_aliases
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION product_aliases_search_changed();
`;
