/**
 * Price alerts: users subscribe to a product's price (with or without a target), and the price
 * tracking job asks which subscriptions a new price should notify.
 */
export {
  ALERT_DROP_MIN_PCT,
  createPriceAlerts,
  type PriceAlertsDeps,
  type ProductLookup,
  type AlertDue,
  type PriceAlerts,
  type TrackedPrice,
} from './price-alerts.js';
