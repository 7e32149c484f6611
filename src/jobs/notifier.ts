import type { ChannelName, User } from '../grocery/users/index.js';
import type { Choice } from '../grocery/views.js';
import { DEMO_PRICE_NOTE } from '../grocery/sources/index.js';
import type { Logger } from '../logger.js';
import type { PendingNotification } from '../store/alerts/index.js';
import { buttonValue } from '../store/question-store.js';
import { ALERTS_PER_DAY, planAlerts, startOfDay, summaryText, zoneOf, type WaitingAlert } from './alert-plan.js';
import type { JobStores } from './job-stores.js';
import type { DigestPayload, PriceAlertPayload } from './price-alert.js';
import { inQuietHours } from './quiet-hours.js';

/** A button under a proactive message: a label and the text it sends back as the person's turn. */
export type ProactiveChoice = Choice;

/** What a chat channel is asked to send. `text` already carries the demo note when prices are illustrative. */
export interface ProactiveMessage {
  text: string;
  choices: ProactiveChoice[];
}

/** What the web channel is given: the alert's fields, the full text, and the key that makes a repeat push a no-op. */
export interface WebAlert {
  productId: number;
  name: string;
  priceCents: number;
  previousCents: number;
  targetCents: number | null;
  text: string;
  dedupeKey: string;
}

/**
 * How the notifier reaches each channel; main.ts supplies them from the channels it built, so
 * src/jobs imports no channel. A port that throws fails that delivery (retried later).
 */
export interface DeliveryPorts {
  /** Web socket push, or the inbox shown at the next visit (the web channel's pushPriceAlert). */
  web?: (userId: number, alert: WebAlert) => unknown;
  /** A Telegram message to the stored chat reference. */
  telegram?: (reference: unknown, message: ProactiveMessage) => Promise<unknown>;
  /** A Teams proactive message through the stored conversation reference. */
  teams?: (reference: unknown, message: ProactiveMessage) => Promise<unknown>;
}

/** Where a person's conversations are (the conversation store's `references`). */
export interface ReferenceLookup {
  references(userId: number): { conversationId: string; channel: string; reference: unknown }[];
}

/** What the notifier needs. */
export interface NotifierDeps {
  stores: Pick<JobStores, 'notifications' | 'questions'>;
  users: { get(userId: number): User | undefined; identities(userId: number): { channel: ChannelName; externalId: string }[] };
  conversations: ReferenceLookup;
  delivery: DeliveryPorts;
  now: () => number;
  logger: Logger;
  /** Attempts per channel before a delivery is given up. */
  maxAttempts?: number;
  /** A claimed send older than this (the process died mid-send) may be tried again. */
  leaseMs?: number;
  /** Price-alert messages per person per day ({@link ALERTS_PER_DAY}); past it alerts wait for one summary. */
  alertsPerDay?: number;
}

/** What one notifier pass did. */
export interface NotifySummary {
  [key: string]: number;
  pending: number;
  sent: number;
  held: number;
  /** Alerts folded into a summary message this pass. */
  summarised: number;
  /** Alerts dropped because the price went back up before they could be sent. */
  expired: number;
  alertsOff: number;
  noChannel: number;
  failed: number;
}

/** The notifier: sends pending alerts to the channels each person uses. */
export interface Notifier {
  /**
   * Delivers every pending notification (price alerts and digests). Throws after the pass when
   * a delivery failed, so the job is retried with backoff and the error shows in `grocery-agent jobs`.
   */
  deliverPending(): Promise<NotifySummary>;
}

/** How long an alert's "Add it to my list" button works. */
const ALERT_BUTTON_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Target = { channel: 'web' } | { channel: 'telegram' | 'teams'; reference: unknown };

/**
 * Builds the notifier. Each pending notification goes to the person's own channels: their most
 * recent private Telegram chat and personal Teams conversation (group chats are never stored as
 * anyone's address), and the web chat when they have a web identity (pushed to open sockets,
 * otherwise shown at the next visit), or only to the channel they asked alerts on.
 *
 * Price alerts are paced per person ({@link planAlerts}): at most `alertsPerDay` alert messages in
 * their day, each alert its own message while there is room; alerts from quiet hours, and those
 * past the day's cap, go out together as one summary. An alert whose price went back up before it
 * could be sent is dropped (it would no longer be true). People who said "stop alerts" are
 * skipped (the alert is dropped, not saved for later). Every send is claimed in
 * `notification_deliveries` first and marked sent after, so a message reaches each channel once
 * across repeated passes and restarts.
 *
 * @example
 * const notifier = createNotifier({ stores, users, conversations, delivery: { telegram: send }, now, logger });
 * await notifier.deliverPending();
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  const { notifications, questions } = deps.stores;
  const maxAttempts = deps.maxAttempts ?? 5;
  const leaseMs = deps.leaseMs ?? 10 * 60_000;
  const cap = deps.alertsPerDay ?? ALERTS_PER_DAY;
  const log = deps.logger.child({ part: 'notifier' });
  // Paged by id: alerts held for quiet hours stay pending and must not hide the ones behind them.
  function pendingByUser(): Map<number, Row[]> {
    const out = new Map<number, Row[]>();
    for (let after = 0; ; ) {
      const page = notifications.pendingAfter(after, 500);
      for (const row of page) {
        const rows = out.get(row.userId);
        if (rows) rows.push(row);
        else out.set(row.userId, [row]);
      }
      if (page.length < 500) return out;
      after = page.at(-1)!.id;
    }
  }

  function targetsOf(userId: number, only: string | null): Target[] {
    const targets: Target[] = [];
    if (deps.delivery.web && deps.users.identities(userId).some((i) => i.channel === 'web')) targets.push({ channel: 'web' });
    // References come newest first: the private chat the person used last is the one written to.
    const seen = new Set<string>();
    for (const ref of deps.conversations.references(userId)) {
      if ((ref.channel !== 'telegram' && ref.channel !== 'teams') || seen.has(ref.channel) || !deps.delivery[ref.channel]) continue;
      seen.add(ref.channel);
      targets.push({ channel: ref.channel, reference: ref.reference });
    }
    const chosen = only ? targets.filter((t) => t.channel === only) : [];
    return chosen.length > 0 ? chosen : targets;
  }

  async function send(target: Target, userId: number, row: Row, payload: Payload, addButton?: string): Promise<void> {
    const text = payload.demo ? `${payload.text}\n${DEMO_PRICE_NOTE}` : payload.text;
    const alert = row.kind === 'price_alert' ? (payload as PriceAlertPayload) : undefined;
    if (target.channel === 'web') {
      await deps.delivery.web!(userId, {
        productId: alert?.productId ?? 0,
        name: alert?.name ?? (row.kind === 'digest' ? 'Your deals today' : 'Price alerts'),
        priceCents: alert?.priceCents ?? 0,
        previousCents: alert?.previousCents ?? 0,
        targetCents: alert?.targetCents ?? null,
        text,
        dedupeKey: row.dedupeKey,
      });
      return;
    }
    const choices: ProactiveChoice[] = alert
      ? [{ label: 'Add it to my list', value: addButton ?? `add ${alert.name}` }, { label: 'Stop alerts', value: 'stop alerts' }]
      : [{ label: "What's on my list?", value: "what's on my list?" }, { label: 'Stop alerts', value: 'stop alerts' }];
    await deps.delivery[target.channel]!(target.reference, { text: alert ? `Price alert: ${text}` : text, choices });
  }

  /**
   * The "Add it to my list" button of an alert: a stored question whose one option adds exactly
   * the product alerted, so the button does that after a restart and days later (until it expires).
   */
  function addButtonFor(userId: number, alert: PriceAlertPayload): string {
    const action = { calls: [{ name: 'add_to_list', args: { items: [{ name: alert.name, productId: alert.productId }] } }] };
    const id = questions.create({ userId, prompt: alert.text, options: [{ label: 'Add it to my list', action }], once: true, expiresAt: deps.now() + ALERT_BUTTON_TTL_MS });
    return buttonValue(id, 1);
  }

  /** Sends one notification to each of the person's channels, and finishes it once every channel is done. */
  async function deliver(row: Row, user: User, summary: NotifySummary, errors: string[]): Promise<void> {
    const payload = JSON.parse(row.payload) as Payload;
    const targets = targetsOf(user.id, payload.channel);
    if (targets.length === 0) {
      notifications.finish(row.id, deps.now(), 'no_channel');
      summary.noChannel++;
      return;
    }
    let done = 0;
    let delivered = 0;
    let addButton: string | undefined;
    for (const target of targets) {
      const now = deps.now();
      const claimed = notifications.claim(row.id, target.channel, now, maxAttempts, now - leaseMs);
      if (!claimed) {
        const state = notifications.delivery(row.id, target.channel);
        if (state?.status === 'sent') delivered++;
        if (state?.status === 'sent' || (state?.status === 'failed' && state.attempts >= maxAttempts)) done++;
        continue;
      }
      try {
        if (row.kind === 'price_alert' && target.channel !== 'web') addButton ??= addButtonFor(user.id, payload as PriceAlertPayload);
        await send(target, user.id, row, payload, addButton);
        notifications.markSent(row.id, target.channel, deps.now());
        summary.sent++;
        delivered++;
        done++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        notifications.markFailed(row.id, target.channel, message.slice(0, 500));
        errors.push(`${target.channel} for user ${user.id}: ${message}`);
        summary.failed++;
        if ((notifications.delivery(row.id, target.channel)?.attempts ?? 0) >= maxAttempts) done++;
        log.warn({ err, notification: row.id, channel: target.channel }, 'alert delivery failed');
      }
    }
    if (done === targets.length) notifications.finish(row.id, deps.now(), delivered > 0 ? 'delivered' : 'failed');
  }

  /** One summary message for `alerts`, written with them folded into it in one transaction. */
  const summarise = (user: User, alerts: WaitingAlert[], now: number, heldOver: boolean): Row => {
    const payload: SummaryPayload = { text: summaryText(alerts, { cap, heldOver }), demo: alerts.some((a) => a.payload.demo), channel: null };
    const dedupeKey = `alert-summary:${alerts[0]!.id}-${alerts.at(-1)!.id}`;
    return notifications.summarise({ userId: user.id, dedupeKey, payload: JSON.stringify(payload), at: now, folded: alerts.map((a) => a.id) });
  };

  /** A person's waiting price alerts: the ones still true are paced; the rest are dropped. */
  async function deliverAlerts(user: User, rows: Row[], summary: NotifySummary, errors: string[]): Promise<void> {
    const now = deps.now();
    const waiting: WaitingAlert[] = [];
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as PriceAlertPayload;
      // The price went back up while the alert waited: "is $2.98 now" would no longer be true.
      if ((notifications.currentPrice(payload.productId) ?? Infinity) > payload.priceCents) {
        notifications.finish(row.id, now, 'expired');
        summary.expired++;
        continue;
      }
      waiting.push({ id: row.id, createdAt: row.createdAt, payload });
    }
    const dayStart = startOfDay(now, zoneOf(user));
    const plan = planAlerts(waiting, { user, now, sentToday: notifications.alertsDeliveredSince(user.id, dayStart), cap });
    summary.held += plan.wait.length;
    if (plan.summary.length > 0) {
      summary.summarised += plan.summary.length;
      await deliver(summarise(user, plan.summary, now, plan.summary.some((a) => a.createdAt < dayStart)), user, summary, errors);
    }
    for (const alert of plan.alone) await deliver(rows.find((r) => r.id === alert.id)!, user, summary, errors);
  }

  return {
    async deliverPending() {
      const summary: NotifySummary = { pending: 0, sent: 0, held: 0, summarised: 0, expired: 0, alertsOff: 0, noChannel: 0, failed: 0 };
      const errors: string[] = [];
      for (const [userId, rows] of pendingByUser()) {
        summary.pending += rows.length;
        const now = deps.now();
        const user = deps.users.get(userId);
        if (!user || !user.alertsEnabled) {
          for (const row of rows) notifications.finish(row.id, now, 'alerts_off');
          summary.alertsOff += rows.length;
          continue;
        }
        if (inQuietHours(user, now)) {
          summary.held += rows.length;
          continue;
        }
        // Digests and summaries already made (a retry of a failed send) go as they are.
        for (const row of rows) if (row.kind !== 'price_alert') await deliver(row, user, summary, errors);
        const alerts = rows.filter((r) => r.kind === 'price_alert');
        if (alerts.length > 0) await deliverAlerts(user, alerts, summary, errors);
      }
      if (errors.length > 0) {
        throw new Error(`${errors.length} alert deliver${errors.length === 1 ? 'y' : 'ies'} failed: ${errors.slice(0, 3).join('; ')}`);
      }
      return summary;
    },
  };
}

/** A pending notification. */
type Row = PendingNotification;

/** One message for several alerts (kind `alert_summary`). */
interface SummaryPayload {
  text: string;
  demo: boolean;
  channel: null;
}

type Payload = PriceAlertPayload | DigestPayload | SummaryPayload;
