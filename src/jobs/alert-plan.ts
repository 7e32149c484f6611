import { isValidTimeZone, localDateOf, startOfLocalDay } from '../grocery/budget/index.js';
import type { PriceAlertPayload } from './price-alert.js';
import { inQuietHours, localHour, type QuietHoursOf } from './quiet-hours.js';

/** Price-alert messages a person gets in one of their days at most; past it the rest wait for one summary. */
export const ALERTS_PER_DAY = 5;

/** Alerts held past a day's cap go out as one summary from this local hour (or when quiet hours end). */
export const MORNING_HOUR = 7;

/** Lines a summary names; the rest are counted ("and 4 more"). */
export const SUMMARY_MAX_LINES = 10;

/** A price alert waiting to be sent. */
export interface WaitingAlert {
  id: number;
  createdAt: number;
  payload: PriceAlertPayload;
}

/** What one notifier pass does with a person's waiting alerts. */
export interface AlertPlan {
  /** Sent one message each. */
  alone: WaitingAlert[];
  /** Sent together as one summary message (a backlog from quiet hours or from past the cap). */
  summary: WaitingAlert[];
  /** Left waiting for a later pass. */
  wait: WaitingAlert[];
}

/**
 * Decides, for one person outside their quiet hours, which waiting alerts go out now and how,
 * so nobody gets more than `cap` alert messages in a day (their day, in their time zone):
 *
 * - a backlog (alerts that came up during quiet hours, or on an earlier day past its cap) goes out
 *   as one summary with whatever else is waiting, rather than as a burst;
 * - otherwise each alert is its own message while the day's cap allows, and the rest wait;
 * - alerts held over from an earlier day wait for the morning ({@link MORNING_HOUR}) when the
 *   person has no quiet hours to end.
 *
 * `sentToday` counts alert messages (alone or summaries) already delivered in the person's day.
 *
 * @example
 * planAlerts(waiting, { user, now, sentToday: 5 }) // { alone: [], summary: [], wait: waiting }
 */
export function planAlerts(waiting: readonly WaitingAlert[], opts: { user: QuietHoursOf; now: number; sentToday: number; cap?: number }): AlertPlan {
  const none: AlertPlan = { alone: [], summary: [], wait: [...waiting] };
  const room = (opts.cap ?? ALERTS_PER_DAY) - opts.sentToday;
  if (waiting.length === 0 || room <= 0) return none;
  const zone = zoneOf(opts.user);
  const dayStart = startOfDay(opts.now, zone);
  const carried = waiting.some((a) => a.createdAt < dayStart);
  if (carried && opts.user.quietStart === null && localHour(opts.now, zone) < MORNING_HOUR) return none;
  const backlog = carried || waiting.some((a) => inQuietHours(opts.user, a.createdAt));
  if (backlog && waiting.length > 1) return { alone: [], summary: [...waiting], wait: [] };
  return { alone: waiting.slice(0, room), summary: [], wait: waiting.slice(room) };
}

/** The instant the person's current day began (local midnight in their zone). */
export function startOfDay(at: number, zone: string): number {
  return startOfLocalDay(localDateOf(at, zone), zone);
}

/** The person's time zone, UTC when unknown or not valid. */
export function zoneOf(user: Pick<QuietHoursOf, 'timezone'>): string {
  return user.timezone && isValidTimeZone(user.timezone) ? user.timezone : 'UTC';
}

/**
 * One message for a backlog: what it is, then one line per alert (each already says why the
 * person hears about it), at most {@link SUMMARY_MAX_LINES}.
 *
 * @example
 * summaryText(alerts, { cap: 5, heldOver: true }) // "Price alerts: 7 prices dropped that I saved for one message ..."
 */
export function summaryText(alerts: readonly WaitingAlert[], opts: { cap: number; heldOver: boolean }): string {
  const head = opts.heldOver
    ? `Price alerts: ${alerts.length} prices dropped that I saved for one message (I send at most ${opts.cap} alerts a day):`
    : `Price alerts: ${alerts.length} prices dropped during your quiet hours:`;
  const shown = alerts.slice(0, SUMMARY_MAX_LINES).map((a) => `• ${a.payload.text}`);
  const more = alerts.length > SUMMARY_MAX_LINES ? [`…and ${alerts.length - SUMMARY_MAX_LINES} more: ask me "any deals on my list?"`] : [];
  return [head, ...shown, ...more].join('\n');
}
