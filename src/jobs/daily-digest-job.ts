import type { DealService } from '../grocery/deals/index.js';
import type { AlertAudienceRepository, NotificationRepository } from '../store/alerts/index.js';
import type { JobDefinition } from './job.js';
import type { DigestPayload } from './price-alert.js';

/** Deals named in one digest; the rest are a "match deals" away. */
export const DIGEST_MAX_DEALS = 5;

/** What the daily digest needs. */
export interface DailyDigestDeps {
  audience: Pick<AlertAudienceRepository, 'peopleWithAlertsOn' | 'uncheckedLinesOf'>;
  notifications: Pick<NotificationRepository, 'enqueue'>;
  deals: Pick<DealService, 'dealsForItems'>;
  demo: boolean;
}

/**
 * The optional daily digest: once a day, everyone with alerts on and deals on the unchecked
 * items of their lists gets one message naming up to {@link DIGEST_MAX_DEALS} of them (kind
 * `digest`, one per person and UTC day), delivered by the notifier like an alert.
 */
export function dailyDigestJob(deps: DailyDigestDeps, opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>): JobDefinition {
  return {
    name: 'daily-digest',
    runAtStart: false,
    ...opts,
    async run(ctx) {
      const now = ctx.now();
      const day = new Date(now).toISOString().slice(0, 10);
      const people = deps.audience.peopleWithAlertsOn();
      let digests = 0;
      for (const id of people) {
        const lines = deps.deals.dealsForItems(deps.audience.uncheckedLinesOf(id)).flatMap((d) => d.deals.map((x) => x.deal.text));
        const unique = [...new Set(lines)].slice(0, DIGEST_MAX_DEALS);
        if (unique.length === 0) continue;
        const payload: DigestPayload = { text: `Today's deals on your list:\n${unique.map((l) => `• ${l}`).join('\n')}`, demo: deps.demo, channel: null };
        if (deps.notifications.enqueue({ userId: id, dedupeKey: `digest:${day}`, kind: 'digest', payload: JSON.stringify(payload), at: now })) digests++;
      }
      if (digests > 0) await ctx.trigger('notify');
      return { people: people.length, digests };
    },
  };
}
