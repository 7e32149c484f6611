import type { SqlConnection } from '../sql.js';

/**
 * Tables whose rows move to the other user as they are, except a row the other user already has
 * the same of (its UNIQUE columns besides `user_id`), which stays behind. No columns: nothing collides.
 */
const MOVED_AS_THEY_ARE: readonly { table: string; uniqueWith: readonly string[] }[] = [
  { table: 'orders', uniqueWith: ['external_id'] },
  { table: 'price_alerts', uniqueWith: ['product_id'] },
  { table: 'notifications', uniqueWith: ['dedupe_key'] },
  { table: 'conversations', uniqueWith: [] },
  { table: 'preferences', uniqueWith: ['kind', 'value'] },
];

/**
 * Moves what one user stored to another when two identities become one person. Rows that would
 * collide with what the target already has (a list of the same name, the same preference) are
 * renamed or merged rather than dropped. Runs inside the caller's transaction.
 */
export function moveUserData(conn: SqlConnection, from: number, to: number): void {
  const lists = conn.statement<{ id: number; name: string }>('SELECT id, name FROM lists WHERE owner_id = ?').all(from);
  const nameTaken = conn.statement('SELECT 1 FROM lists WHERE owner_id = ? AND lower(name) = lower(?)');
  const moveList = conn.statement('UPDATE lists SET owner_id = ?, name = ? WHERE id = ?');
  for (const list of lists) {
    let name = list.name;
    for (let n = 2; nameTaken.get(to, name); n++) name = `${list.name} (${n})`;
    moveList.run(to, name, list.id);
  }
  const memberships = conn.statement<{ list_id: number; role: string }>('SELECT list_id, role FROM list_members WHERE user_id = ?').all(from);
  const targetHasDefault = conn.statement('SELECT 1 FROM list_members WHERE user_id = ? AND is_default = 1').get(to);
  const join = conn.statement(
    `INSERT INTO list_members (list_id, user_id, role, is_default, joined_at) VALUES (?, ?, ?, 0, ?)
     ON CONFLICT (list_id, user_id) DO UPDATE SET role = CASE WHEN excluded.role = 'owner' THEN 'owner' ELSE list_members.role END`,
  );
  for (const m of memberships) join.run(m.list_id, to, m.role, Date.now());
  conn.statement('DELETE FROM list_members WHERE user_id = ?').run(from);
  if (!targetHasDefault) {
    conn
      .statement(
        `UPDATE list_members SET is_default = 1 WHERE user_id = ? AND list_id = (
           SELECT list_id FROM list_members WHERE user_id = ? ORDER BY joined_at LIMIT 1)`,
      )
      .run(to, to);
  }
  for (const { table, uniqueWith } of MOVED_AS_THEY_ARE) {
    const clash = uniqueWith.map((col) => `mine.${col} = ${table}.${col}`).join(' AND ');
    const unlessTheyHaveIt = uniqueWith.length ? ` AND NOT EXISTS (SELECT 1 FROM ${table} mine WHERE mine.user_id = ? AND ${clash})` : '';
    conn.statement(`UPDATE ${table} SET user_id = ? WHERE user_id = ?${unlessTheyHaveIt}`).run(to, from, ...(uniqueWith.length ? [to] : []));
  }
  // A budget the target has stays; otherwise theirs becomes the target's.
  conn
    .statement(
      `INSERT INTO budgets (user_id, amount_cents, period, updated_at)
       SELECT CAST(? AS INTEGER), amount_cents, period, updated_at FROM budgets WHERE user_id = ?
       ON CONFLICT DO NOTHING`,
    )
    .run(to, from);
  // A new version for every list whose lines change hands, so no one keeps the lines as they were (the list service's cache, a page).
  conn.statement('UPDATE lists SET version = version + 1 WHERE id IN (SELECT DISTINCT list_id FROM list_items WHERE added_by = ?)').run(from);
  conn.statement('UPDATE list_items SET added_by = ? WHERE added_by = ?').run(to, from);
}
