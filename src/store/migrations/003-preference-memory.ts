/**
 * Preference memory: the vectors behind fuzzy recall ("allergic to peanuts" found by "peanut
 * butter") and the products each person habitually buys.
 *
 * `memory_vectors` holds embeddings as little-endian float32 blobs compared with sqlite-vec's
 * `vec_distance_cosine`. A plain table (not a `vec0` virtual table) because migrations run before
 * the extension is loaded, the dimension depends on the configured embedder, and each person has
 * at most a few hundred memories, so a brute-force scan of one user's rows is sub-millisecond.
 * `embedder` names the vector space; rows written by another embedder are re-embedded from their
 * text rather than compared across spaces.
 *
 * `product_habits` counts how often a person chose (`picks`) or ordered (`orders`) a product for
 * a key: the words they used ("milk") or the product's category ("category:milk"). Picks are
 * counted as they happen; order counts are recomputed from the order history, so importing the
 * same orders twice changes nothing.
 */
export const up = `
CREATE TABLE memory_vectors (
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  id         TEXT NOT NULL,
  kind       TEXT NOT NULL,
  text       TEXT NOT NULL,
  metadata   TEXT NOT NULL DEFAULT '{}',
  embedder   TEXT NOT NULL,
  embedding  BLOB NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, id)
) WITHOUT ROWID;
CREATE INDEX memory_vectors_embedder ON memory_vectors(embedder, user_id);

CREATE TABLE product_habits (
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_key   TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  picks      INTEGER NOT NULL DEFAULT 0,
  orders     INTEGER NOT NULL DEFAULT 0,
  last_at    INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_key, product_id)
) WITHOUT ROWID;
CREATE INDEX product_habits_product ON product_habits(product_id);
`;
