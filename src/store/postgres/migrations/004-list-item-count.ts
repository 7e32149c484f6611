/**
 * PostgreSQL migration 4 (SQLite's 12): each list carries its line count (`lists.item_count`),
 * kept by a trigger on `list_items` whoever writes the lines, so a list's summary is one row
 * instead of a count of its lines. `migrate-to-postgres` leaves the column to the trigger.
 */
export const up = `
ALTER TABLE lists ADD COLUMN item_count bigint NOT NULL DEFAULT 0;
UPDATE lists l SET item_count = (SELECT count(*) FROM list_items i WHERE i.list_id = l.id);
CREATE FUNCTION list_items_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE lists SET item_count = item_count - 1 WHERE id = OLD.list_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE lists SET item_count = item_count + 1 WHERE id = NEW.list_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER list_items_count AFTER INSERT OR DELETE OR UPDATE OF list_id ON list_items
  FOR EACH ROW EXECUTE FUNCTION list_items_count();
`;
