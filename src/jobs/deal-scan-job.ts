import { ALERT_DROP_MIN_PCT, type PriceAlerts } from '../grocery/alerts/index.js';
import { describeDeal, type DealRecord, type DealService } from '../grocery/deals/index.js';
import { loadProducts } from '../grocery/prices/index.js';
import type { Product } from '../grocery/types.js';
import type { Db } from '../store/database.js';
import { getMeta, setMeta } from '../store/meta.js';
import { sqliteConnection } from '../store/sql.js';
import type { JobDefinition } from './job.js';
import { interestedPeople, type Interested } from './alert-audience.js';
import { priceAlertKey, type PriceAlertPayload } from './price-alert.js';

/** `meta` key set by the first scan of a store: the deals it found were already running. */
const BASELINE_KEY = 'deal_scan_baseline_at';

/** What the deal scan needs. */
export interface DealScanDeps {
  db: Db;
  deals: Pick<DealService, 'findDeals' | 'applyDeals'>;
  alerts: Pick<PriceAlerts, 'alertsDue' | 'markAlerted'>;
  /** Prices come from the demo feed: alerts say so. */
  demo: boolean;
}

/**
 * The deal scan: recomputes the deals table and turns price movements into alerts. The deals are
 * found in slices that let chat turns run in between (deals.findDeals), then written with their
 * alerts in one SQLite transaction, so a crash never leaves a started deal without its alerts:
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
  const { db } = deps;
  const insert = () =>
    db.prepare(
      `INSERT OR IGNORE INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, ?, 'price_alert', ?, ?)`,
    );
  return {
    name: 'deal-scan',
    runAtStart: true,
    ...opts,
    async run(ctx) {
      const now = ctx.now();
      const found = await deps.deals.findDeals(now);
      const add = insert();
      const result = db
        .transaction(() => {
          const baseline = getMeta(sqliteConnection(db), BASELINE_KEY) === undefined;
          const changes = deps.deals.applyDeals(found, now);
          if (baseline) setMeta(sqliteConnection(db), BASELINE_KEY, String(now));
          let alerts = 0;
          const notify = (userId: number, payload: PriceAlertPayload) => {
            alerts += add.run(userId, priceAlertKey(payload.productId, payload.priceCents), JSON.stringify(payload), now).changes;
          };
          const tracked = db.prepare('SELECT DISTINCT product_id FROM price_alerts WHERE active = 1').all() as { product_id: number }[];
          const news = baseline ? [] : changes.started.filter((d) => d.kind !== 'low_90d' && d.pctOff >= ALERT_DROP_MIN_PCT);
          const products = loadProducts(db, [...tracked.map((t) => t.product_id), ...news.map((d) => d.productId)]);
          for (const { product_id } of tracked) {
            const product = products.get(product_id);
            if (!product) continue;
            for (const due of deps.alerts.alertsDue(product_id, product.priceCents)) {
              notify(due.userId, {
                productId: product_id,
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
            for (const who of interestedPeople(db, product)) notify(who.userId, dealPayload(product, deal, who, deps.demo));
          }
          return { baseline, started: changes.started.length, ended: changes.ended.length, alerts };
        })
        .immediate();
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
