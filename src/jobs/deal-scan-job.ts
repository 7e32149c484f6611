import { ALERT_DROP_MIN_PCT, type PriceAlerts } from '../grocery/alerts/index.js';
import { describeDeal, type DealRecord, type DealService } from '../grocery/deals/index.js';
import type { Product } from '../grocery/types.js';
import type { JobDefinition } from './job.js';
import type { JobStores } from './job-stores.js';
import { interestedPeople, type Interested } from './alert-audience.js';
import { priceAlertKey, type PriceAlertPayload } from './price-alert.js';

/** What the deal scan needs. */
export interface DealScanDeps {
  stores: Pick<JobStores, 'transactor' | 'targets' | 'notifications' | 'audience' | 'priceAlerts' | 'products'>;
  deals: Pick<DealService, 'findDeals' | 'applyDeals'>;
  alerts: Pick<PriceAlerts, 'alertsDue' | 'markAlerted'>;
  /** Prices come from the demo feed: alerts say so. */
  demo: boolean;
}

/**
 * The deal scan: recomputes the deals table and turns price movements into alerts. The deals are
 * found in slices that let chat turns run in between (deals.findDeals), then written with their
 * alerts in one transaction, so a crash never leaves a started deal without its alerts:
 *
 * - tracked products (price_alerts): every subscription the current price satisfies
 *   (`alertsDue`: a target reached, or 10% below the baseline), whose baseline then moves;
 * - deals that started in this scan (a rollback or a drop of at least 10%): the people who have
 *   the product unchecked on a list, and the people who said they like its brand or kind
 *   (unless they dislike the brand or are allergic to what it contains); see {@link interestedPeople}.
 *   What someone's habits suggest ranks products for them but never alerts them.
 *
 * Only people with alerts on are alerted, and each person at most once per product and price
 * (`notifications` UNIQUE(user_id, dedupe_key)), however often the scan runs. The very first scan
 * of a store only records the deals already running: they are not news.
 */
export function dealScanJob(deps: DealScanDeps, opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>): JobDefinition {
  const { transactor, targets, notifications, audience, priceAlerts } = deps.stores;
  return {
    name: 'deal-scan',
    runAtStart: true,
    ...opts,
    async run(ctx) {
      const now = ctx.now();
      const found = await deps.deals.findDeals(now);
      const result = transactor.atomically(() => {
        const baseline = targets.dealScanBaselineAt() === undefined;
        const changes = deps.deals.applyDeals(found, now);
        if (baseline) targets.setDealScanBaselineAt(now);
        let alerts = 0;
        const notify = (userId: number, payload: PriceAlertPayload) => {
          const dedupeKey = priceAlertKey(payload.productId, payload.priceCents);
          if (notifications.enqueue({ userId, dedupeKey, kind: 'price_alert', payload: JSON.stringify(payload), at: now })) alerts++;
        };
        const tracked = priceAlerts.trackedProductIds();
        const news = baseline ? [] : changes.started.filter((d) => d.kind !== 'low_90d' && d.pctOff >= ALERT_DROP_MIN_PCT);
        const products = deps.stores.products([...tracked, ...news.map((d) => d.productId)]);
        for (const productId of tracked) {
          const product = products.get(productId);
          if (!product) continue;
          for (const due of deps.alerts.alertsDue(productId, product.priceCents)) {
            notify(due.userId, {
              productId,
              name: product.name,
              priceCents: due.priceCents,
              previousCents: due.baselineCents,
              targetCents: due.targetPriceCents,
              reason: due.reason,
              text: due.text,
              demo: deps.demo,
              channel: due.channel,
            });
            deps.alerts.markAlerted(due.alertId, due.priceCents);
          }
        }
        for (const deal of news) {
          const product = products.get(deal.productId);
          if (!product) continue;
          for (const who of interestedPeople(audience, product)) notify(who.userId, dealPayload(product, deal, who, deps.demo));
        }
        return { baseline, started: changes.started.length, ended: changes.ended.length, alerts };
      });
      if (result.alerts > 0) await ctx.trigger('notify');
      return result;
    },
  };
}

function dealPayload(product: Product, deal: DealRecord, who: Interested, demo: boolean): PriceAlertPayload {
  return {
    productId: product.id,
    name: product.name,
    priceCents: deal.priceCents,
    previousCents: deal.referenceCents,
    targetCents: null,
    reason: who.reason,
    text: `${product.name} is ${describeDeal(deal.kind, deal.priceCents, deal.referenceCents)}. ${who.because}`,
    demo,
    channel: null,
  };
}
