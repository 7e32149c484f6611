import type { DealService } from '../grocery/deals/index.js';
import type { Db } from '../store/database.js';
import type { JobDefinition } from './job.js';
import type { DigestPayload } from './price-alert.js';

/** Deals named in one digest; the rest are a "match deals" away. */
export const DIGEST_MAX_DEALS = 5;

/**
 * The optional daily digest: once a day, everyone with alerts on and deals on the unchecked
 * items of their lists gets one message naming up to {@link DIGEST_MAX_DEALS} of them (kind
 * `digest`, one per person and UTC day), delivered by the notifier like an alert.
 */
export function dailyDigestJob(
  deps: { db: Db; deals: Pick<DealService, 'dealsForItems'>; demo: boolean },
  opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>,
): JobDefinition {
  const { db } = deps;
  return {
    name: 'daily-digest',
    runAtStart: false,
    ...opts,
    async run(ctx) {
      const now = ctx.now();
      const day = new Date(now).toISOString().slice(0, 10);
      const people = db.prepare('SELECT id FROM users WHERE alerts_enabled = 1 ORDER BY id').all() as { id: number }[];
      const items = db.prepare(
        `SELECT DISTINCT i.name, i.product_id AS productId FROM list_items i JOIN list_members m ON m.list_id = i.list_id
         WHERE m.user_id = ? AND i.checked = 0 ORDER BY i.id`,
      );
      const insert = db.prepare(
        `INSERT OR IGNORE INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, ?, 'digest', ?, ?)`,
      );
      let digests = 0;
      for (const { id } of people) {
        const lines = deps.deals
          .dealsForItems(items.all(id) as { name: string; productId: number | null }[])
          .flatMap((d) => d.deals.map((x) => x.deal.text));
        const unique = [...new Set(lines)].slice(0, DIGEST_MAX_DEALS);
        if (unique.length === 0) continue;
        const payload: DigestPayload = { text: `Today's deals on your list:\n${unique.map((l) => `• ${l}`).join('\n')}`, demo: deps.demo, channel: null };
        digests += insert.run(id, `digest:${day}`, JSON.stringify(payload), now).changes;
      }
      if (digests > 0) await ctx.trigger('notify');
      return { people: people.length, digests };
    },
  };
}
