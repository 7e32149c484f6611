/**
 * The synchronous PostgreSQL bridge (src/store/postgres/pg-connection.ts): what one round trip
 * from the blocked main thread to the worker's `pg.Client` and back costs, on a migrated test
 * database of the server at TEST_DATABASE_URL (default 127.0.0.1:5432).
 *
 * - `pg_bridge_select1_*`: `SELECT 1`.
 * - `pg_bridge_pk_read_*`: one `users` row by primary key, out of 1,000.
 * - `pg_bridge_tx_insert_*`: one INSERT inside an open transaction, which runs in its own
 *   savepoint so a failed write undoes only itself (three server round trips, one bridge trip).
 *
 * Each as round trips per second and p50/p99 in microseconds. Without a server the figure is a
 * note saying so (the tests, not the bench, insist on one).
 */
import { createPostgresTestDatabase, TEST_SERVER_URL } from '../src/store/postgres/test-database.js';
import { percentile, timeEach } from './percentiles.js';

const CALLS = 5000;

export async function run(): Promise<Record<string, number | string>> {
  let db: ReturnType<typeof createPostgresTestDatabase>;
  try {
    db = createPostgresTestDatabase();
  } catch (err) {
    return { pg_bridge: `not measured: no PostgreSQL at ${TEST_SERVER_URL} (${(err as Error).message.slice(0, 120)})` };
  }
  try {
    const { conn } = db;
    const insertUser = conn.statement('INSERT INTO users (display_name, created_at) VALUES (?, ?)');
    conn.transaction(() => {
      for (let i = 1; i <= 1000; i++) insertUser.run(`user ${i}`, i);
    });
    const select1 = conn.statement('SELECT 1');
    const byId = conn.statement('SELECT id, display_name, timezone, alerts_enabled, created_at FROM users WHERE id = ?');
    const inputs = Array.from({ length: CALLS }, (_, i) => 1 + ((i * 7919) % 1000));

    const figures: Record<string, number> = {};
    const measure = (name: string, fn: (id: number) => unknown) => {
      const ms = timeEach(inputs, fn);
      const total = ms.reduce((a, b) => a + b, 0);
      figures[`pg_bridge_${name}_per_s`] = Math.round((ms.length / total) * 1000);
      figures[`pg_bridge_${name}_p50_us`] = Math.round(percentile(ms, 50) * 1000);
      figures[`pg_bridge_${name}_p99_us`] = Math.round(percentile(ms, 99) * 1000);
    };
    measure('select1', () => select1.value());
    measure('pk_read', (id) => byId.get(id));
    conn.transaction(() => measure('tx_insert', (id) => insertUser.run('again', id)));
    return figures;
  } finally {
    db.cleanup();
  }
}
