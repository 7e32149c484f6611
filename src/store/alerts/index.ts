/** Repositories of price alerts, the notifications they become, and who hears about deals. */
export { createPriceAlertRepository, type PriceAlertRecord, type PriceAlertRepository, type Subscription } from './price-alert-repository.js';
export {
  createNotificationRepository,
  type DeliveryState,
  type NotificationCounts,
  type NotificationKind,
  type NotificationRepository,
  type PendingNotification,
} from './notification-repository.js';
export { createAlertAudienceRepository, type AlertAudienceRepository, type ListHolder, type StatedLike } from './alert-audience-repository.js';
export { createAlertWeekRepository, type AlertWeekRepository, type DeliveredAlert } from './alert-week-repository.js';
