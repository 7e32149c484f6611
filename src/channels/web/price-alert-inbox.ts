import type { EventBus } from '../../agent/index.js';
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
  /**
   * Sends the alert to the user's open chat sockets, or keeps it until they next connect. The
   * outcome is this instance's: with several instances the alert is also announced on the event
   * bus, and the instance holding the user's socket pushes it (see {@link deliverPeerAlert}).
   */
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
export function createPriceAlertInbox(deps: { store: WebAlertStore; hub: SocketHub; now?: Clock; events?: EventBus }): PriceAlertInbox {
  const { store, hub } = deps;
  const now = deps.now ?? Date.now;
  return {
    push(userId, alert) {
      const at = now();
      const id = store.keep(userId, `web:${alert.dedupeKey ?? `${alert.productId}:${alert.priceCents}`}`, alert, at);
      if (id === undefined) return 'duplicate';
      const sent = hub.send(userId, { type: 'price_alert', alert });
      if (sent > 0) store.markDelivered(id, at);
      // The user's other tabs may be open on other instances.
      deps.events?.emit('price_alert', { userId, inboxId: id, alert });
      return sent > 0 ? 'delivered' : 'queued';
    },
    drain: (userId) => store.takeUndelivered(userId, now()) as PriceAlert[],
  };
}

/**
 * An alert another instance kept and announced: pushed to the user's sockets on this instance,
 * and marked delivered when one got it (so their next visit does not show it again).
 */
export function deliverPeerAlert(deps: { store: WebAlertStore; hub: SocketHub; now?: Clock }, e: { userId: number; inboxId: number; alert: PriceAlert }): boolean {
  if (!deps.hub.has(e.userId)) return false;
  if (deps.hub.send(e.userId, { type: 'price_alert', alert: e.alert }) === 0) return false;
  deps.store.markDelivered(e.inboxId, (deps.now ?? Date.now)());
  return true;
}
