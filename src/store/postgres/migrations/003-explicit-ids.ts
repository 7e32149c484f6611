/**
 * PostgreSQL migration 3: an id given explicitly moves the identity past it, as SQLite's rowid
 * does (the next id there is the largest plus one). Without this, a table filled with explicit
 * ids (the demo store, imports, `migrate-to-postgres`, tests) would hand out ids that are taken.
 * One statement-level trigger per identity table: it reads the largest id the statement inserted
 * and moves the sequence only when that id is past it, so ordinary inserts pay a max() over
 * their own rows.
 */
export const IDENTITY_TABLES = [
  'departments', 'aisles', 'products', 'deals', 'users', 'lists', 'list_items', 'list_undo', 'price_alerts',
  'notifications', 'orders', 'order_items', 'turns', 'processed_messages', 'preferences', 'job_runs', 'misunderstood',
] as const;

export const up = `
CREATE FUNCTION keep_identity_ahead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  top bigint;
BEGIN
  SELECT max(id) INTO top FROM inserted;
  IF top > coalesce(pg_sequence_last_value(TG_ARGV[0]::regclass), 0) THEN
    PERFORM setval(TG_ARGV[0]::regclass, top);
  END IF;
  RETURN NULL;
END
$$;
${IDENTITY_TABLES.map(
  (t) => `CREATE TRIGGER ${t}_identity_ahead AFTER INSERT ON ${t}
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION keep_identity_ahead('${t}_id_seq');`,
).join('\n')}
`;
