/**
 * Migration 012: each list carries its line count (`lists.item_count`), kept by triggers on
 * `list_items` whoever writes the lines (the service, a cascade, the CLI), so reading a list's
 * summary, three or four times a turn, is one row instead of counting every line of the list.
 */
export const up = `
ALTER TABLE lists ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0;
UPDATE lists SET item_count = (SELECT COUNT(*) FROM list_items i WHERE i.list_id = lists.id);
CREATE TRIGGER list_items_count_insert AFTER INSERT ON list_items BEGIN
  UPDATE lists SET item_count = item_count + 1 WHERE id = NEW.list_id;
END;
CREATE TRIGGER list_items_count_delete AFTER DELETE ON list_items BEGIN
  UPDATE lists SET item_count = item_count - 1 WHERE id = OLD.list_id;
END;
CREATE TRIGGER list_items_count_move AFTER UPDATE OF list_id ON list_items WHEN NEW.list_id <> OLD.list_id BEGIN
  UPDATE lists SET item_count = item_count - 1 WHERE id = OLD.list_id;
  UPDATE lists SET item_count = item_count + 1 WHERE id = NEW.list_id;
END;
`;
