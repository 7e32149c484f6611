import type { WebAlertStore } from '../../store/web-alert-store.js';
import type { Clock } from '../../grocery/types.js';
import type { SocketHub } from './socket-hub.js';

/** A price drop worth telling a user about, as the notifier hands it to the web channel. */
export interface PriceAlert {
  productId: number;
  name: string;
  priceCents: number;
  /** The price the alert compares with (the baseline when tracking started, or yesterday's). */
  previousCents: number;
  targetCents?: number | null;
  /** A sentence to show; the page writes one from the numbers when left out. */
  text?: string;
  /** Same key, same alert: pushing it twice shows it once. Defaults to product and price. */
  dedupeKey?: string;
}

/** What happened to a pushed alert. */
export type PushOutcome = 'delivered' | 'queued' | 'duplicate';

/** Price alerts for web users: pushed to open sockets, kept for later when the user is offline. */
export interface PriceAlertInbox {
  /** Sends the alert to the user's open chat sockets, or keeps it until they next connect. */
  push(userId: number, alert: PriceAlert): PushOutcome;
  /** Alerts kept while the user was away, oldest first; they count as delivered once returned. */
  drain(userId: number): PriceAlert[];
}

/**
 * The inbox keeps alerts in the store (`WebAlertStore`), so they survive a restart.
 *
 * @example
 * const inbox = createPriceAlertInbox({ store: createWebAlertStore(sqliteConnection(db)), hub });
 * inbox.push(userId, { productId: 7, name: 'Tide Original 92 oz', priceCents: 999, previousCents: 1297 });
 */
export function createPriceAlertInbox(deps: { store: WebAlertStore; hub: SocketHub; now?: Clock }): PriceAlertInbox {
  const { store, hub } = deps;
  const now = deps.now ?? Date.now;
  return {
    push(userId, alert) {
      const at = now();
      const id = store.keep(userId, `web:${alert.dedupeKey ?? `${alert.productId}:${alert.priceCents}`}`, alert, at);
      if (id === undefined) return 'duplicate';
      const sent = hub.send(userId, { type: 'price_alert', alert });
      if (sent === 0) return 'queued';
      store.markDelivered(id, at);
      return 'delivered';
    },
    drain: (userId) => store.takeUndelivered(userId, now()) as PriceAlert[],
  };
}
