/**
 * The initial schema. Money is integer cents; times are epoch milliseconds; unit prices are
 * integer millicents (1/1000 of a cent) per `unit_price_unit`.
 */
export const up = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  store_order INTEGER NOT NULL
);

CREATE TABLE aisles (
  id            INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  store_order   INTEGER NOT NULL
);

CREATE TABLE products (
  id                   INTEGER PRIMARY KEY,
  sku                  TEXT UNIQUE,
  name                 TEXT NOT NULL,
  brand                TEXT,
  is_store_brand       INTEGER NOT NULL DEFAULT 0,
  category             TEXT NOT NULL,
  department_id        INTEGER NOT NULL REFERENCES departments(id),
  aisle_id             INTEGER REFERENCES aisles(id),
  size_value           REAL,
  size_unit            TEXT,
  size_text            TEXT,
  pack_count           INTEGER NOT NULL DEFAULT 1,
  price_cents          INTEGER NOT NULL CHECK (price_cents >= 0),
  was_price_cents      INTEGER,
  unit_price_millicents INTEGER,
  unit_price_unit      TEXT,
  in_stock             INTEGER NOT NULL DEFAULT 1,
  rating               REAL,
  review_count         INTEGER NOT NULL DEFAULT 0,
  diet_flags           TEXT NOT NULL DEFAULT '',
  allergens            TEXT NOT NULL DEFAULT '',
  popularity           INTEGER NOT NULL DEFAULT 0,
  source               TEXT NOT NULL DEFAULT 'demo',
  updated_at           INTEGER NOT NULL
);
CREATE INDEX products_category ON products(category);
CREATE INDEX products_brand ON products(brand COLLATE NOCASE);
CREATE INDEX products_department ON products(department_id);

CREATE TABLE product_aliases (
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  PRIMARY KEY (product_id, alias)
) WITHOUT ROWID;

CREATE TABLE synonyms (
  term    TEXT NOT NULL,
  synonym TEXT NOT NULL,
  PRIMARY KEY (term, synonym)
) WITHOUT ROWID;

CREATE TABLE price_history (
  product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  observed_at INTEGER NOT NULL,
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  source      TEXT NOT NULL DEFAULT 'demo',
  PRIMARY KEY (product_id, observed_at)
) WITHOUT ROWID;

CREATE TABLE deals (
  id              INTEGER PRIMARY KEY,
  product_id      INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('rollback', 'price_drop', 'low_90d')),
  price_cents     INTEGER NOT NULL,
  reference_cents INTEGER NOT NULL,
  pct_off         REAL NOT NULL,
  detected_at     INTEGER NOT NULL,
  ends_at         INTEGER,
  active          INTEGER NOT NULL DEFAULT 1,
  UNIQUE (product_id, kind, price_cents)
);
CREATE INDEX deals_active ON deals(active, product_id);

CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  display_name   TEXT,
  timezone       TEXT,
  alerts_enabled INTEGER NOT NULL DEFAULT 1,
  quiet_start    INTEGER,
  quiet_end      INTEGER,
  created_at     INTEGER NOT NULL
);

CREATE TABLE channel_identities (
  channel     TEXT NOT NULL,
  external_id TEXT NOT NULL,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (channel, external_id)
) WITHOUT ROWID;
CREATE INDEX channel_identities_user ON channel_identities(user_id);

CREATE TABLE link_codes (
  code       TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);

CREATE TABLE lists (
  id         INTEGER PRIMARY KEY,
  owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  share_code TEXT UNIQUE,
  version    INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX lists_owner_name ON lists(owner_id, name COLLATE NOCASE);

CREATE TABLE list_members (
  list_id    INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role       TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
  is_default INTEGER NOT NULL DEFAULT 0,
  joined_at  INTEGER NOT NULL,
  PRIMARY KEY (list_id, user_id)
) WITHOUT ROWID;
CREATE INDEX list_members_user ON list_members(user_id);

CREATE TABLE list_items (
  id         INTEGER PRIMARY KEY,
  list_id    INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
  name       TEXT NOT NULL,
  quantity   REAL NOT NULL DEFAULT 1 CHECK (quantity > 0),
  unit       TEXT,
  brand      TEXT,
  note       TEXT,
  checked    INTEGER NOT NULL DEFAULT 0,
  added_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  position   INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX list_items_list ON list_items(list_id);

CREATE TABLE list_undo (
  id          INTEGER PRIMARY KEY,
  list_id     INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  description TEXT NOT NULL,
  snapshot    TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX list_undo_list ON list_undo(list_id, id);

CREATE TABLE budgets (
  user_id      INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  period       TEXT NOT NULL CHECK (period IN ('week', 'month')),
  updated_at   INTEGER NOT NULL
);

CREATE TABLE price_alerts (
  id                 INTEGER PRIMARY KEY,
  user_id            INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  target_price_cents INTEGER,
  baseline_cents     INTEGER NOT NULL,
  channel            TEXT,
  active             INTEGER NOT NULL DEFAULT 1,
  created_at         INTEGER NOT NULL,
  UNIQUE (user_id, product_id)
);
CREATE INDEX price_alerts_product ON price_alerts(product_id, active);

CREATE TABLE notifications (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  dedupe_key   TEXT NOT NULL,
  kind         TEXT NOT NULL,
  payload      TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  delivered_at INTEGER,
  UNIQUE (user_id, dedupe_key)
);

CREATE TABLE orders (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  external_id  TEXT NOT NULL,
  ordered_at   INTEGER NOT NULL,
  total_cents  INTEGER NOT NULL DEFAULT 0,
  UNIQUE (user_id, external_id)
);
CREATE INDEX orders_user_date ON orders(user_id, ordered_at);

CREATE TABLE order_items (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  product_id  INTEGER REFERENCES products(id) ON DELETE SET NULL,
  name        TEXT NOT NULL,
  quantity    REAL NOT NULL,
  price_cents INTEGER NOT NULL
);
CREATE INDEX order_items_order ON order_items(order_id);

CREATE TABLE conversations (
  id         TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel    TEXT NOT NULL,
  state      TEXT NOT NULL DEFAULT '{}',
  reference  TEXT,
  updated_at INTEGER NOT NULL
);
CREATE INDEX conversations_user ON conversations(user_id);

CREATE TABLE turns (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  role            TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'tool')),
  text            TEXT NOT NULL,
  payload         TEXT,
  created_at      INTEGER NOT NULL
);
CREATE INDEX turns_conversation ON turns(conversation_id, id);

CREATE TABLE processed_messages (
  channel     TEXT NOT NULL,
  message_key TEXT NOT NULL,
  reply       TEXT,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (channel, message_key)
) WITHOUT ROWID;

CREATE TABLE preferences (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('likes', 'dislikes', 'diet', 'allergy', 'brand', 'store')),
  value      TEXT NOT NULL,
  weight     REAL NOT NULL DEFAULT 1,
  source     TEXT NOT NULL DEFAULT 'stated',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (user_id, kind, value)
);
`;
