/**
 * Migration 011: a turn costs the change, not the list. Undo keeps the inverse of a change (the
 * lines it changed as they were, the ids it added) instead of a copy of the whole list; entries
 * made before keep their copy (`snapshot`) and undo as before. List lines are indexed in display
 * order, so reading a list is one index range with no sort, and the next position is one seek.
 */
export const up = `
CREATE TABLE list_undo_next (
  id          INTEGER PRIMARY KEY,
  list_id     INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
  description TEXT NOT NULL,
  snapshot    TEXT,
  inverse     TEXT,
  created_at  INTEGER NOT NULL,
  CHECK (snapshot IS NOT NULL OR inverse IS NOT NULL)
);
INSERT INTO list_undo_next (id, list_id, user_id, description, snapshot, created_at)
  SELECT id, list_id, user_id, description, snapshot, created_at FROM list_undo;
DROP TABLE list_undo;
ALTER TABLE list_undo_next RENAME TO list_undo;
CREATE INDEX list_undo_list ON list_undo(list_id, id);

CREATE INDEX list_items_order ON list_items(list_id, position, id);
DROP INDEX list_items_list;
`;
