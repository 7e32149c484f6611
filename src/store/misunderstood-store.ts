import type { SqlConnection } from './sql.js';

/** Why a message is in the inbox. */
export type MisunderstoodKind = 'not_understood' | 'declined' | 'undone' | 'corrected';

/** One message the agent got wrong, or could not read. */
export interface MisunderstoodEntry {
  id: number;
  at: number;
  channel: string;
  kind: MisunderstoodKind;
  /** What the person wrote. */
  text: string;
  /** What they said next, when that is what showed it was wrong ("undo", "no, I meant 3"). */
  followedBy?: string;
  /** The calls the agent made or proposed for it, if any. */
  understood?: { name: string; args: Record<string, unknown> }[];
}

/** The misunderstood inbox: kept per deployment, read only by its operator. */
export interface MisunderstoodStore {
  record(entry: Omit<MisunderstoodEntry, 'id' | 'at'>): void;
  /** Entries not reviewed yet, oldest first. */
  open(limit?: number): MisunderstoodEntry[];
  markReviewed(id: number): void;
  /** How many are waiting for review. */
  countOpen(): number;
}

/** The most entries kept: the oldest go first once there are more. */
export const MISUNDERSTOOD_KEPT = 10_000;

interface Row {
  id: number;
  at: number;
  channel: string;
  kind: MisunderstoodKind;
  text: string;
  followed_by: string | null;
  understood: string | null;
}

/**
 * The inbox over a connection.
 *
 * @example
 * const inbox = createMisunderstoodStore(sqliteConnection(db));
 * inbox.record({ channel: 'web', kind: 'not_understood', text: 'gimme the usual' });
 * inbox.open()[0].text // 'gimme the usual'
 */
export function createMisunderstoodStore(conn: SqlConnection, now: () => number = Date.now): MisunderstoodStore {
  const insert = conn.statement('INSERT INTO misunderstood (at, channel, kind, text, followed_by, understood) VALUES (?, ?, ?, ?, ?, ?) RETURNING id');
  const trim = conn.statement('DELETE FROM misunderstood WHERE id <= ?');
  const pending = conn.statement<Row>('SELECT id, at, channel, kind, text, followed_by, understood FROM misunderstood WHERE reviewed_at IS NULL ORDER BY id LIMIT ?');
  const review = conn.statement('UPDATE misunderstood SET reviewed_at = ? WHERE id = ?');
  const count = conn.statement<{ n: number }>('SELECT COUNT(*) AS n FROM misunderstood WHERE reviewed_at IS NULL');
  return {
    record(entry) {
      const id = insert.value<number>(now(), entry.channel, entry.kind, entry.text, entry.followedBy ?? null, entry.understood ? JSON.stringify(entry.understood) : null)!;
      if (id > MISUNDERSTOOD_KEPT) trim.run(id - MISUNDERSTOOD_KEPT);
    },
    open(limit = 1000) {
      return pending.all(limit).map((r) => ({
        id: r.id, at: r.at, channel: r.channel, kind: r.kind, text: r.text,
        ...(r.followed_by !== null ? { followedBy: r.followed_by } : {}),
        ...(r.understood !== null ? { understood: JSON.parse(r.understood) as MisunderstoodEntry['understood'] } : {}),
      }));
    },
    markReviewed(id) {
      review.run(now(), id);
    },
    countOpen() {
      return count.get()!.n;
    },
  };
}
