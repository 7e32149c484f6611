/**
 * How main.ts joins the running channels to the rest: the notifier's ports into each channel
 * (src/jobs imports no channel) and the channels' routes on the web server.
 */
import type { FastifyInstance } from 'fastify';
import type { TeamsChannel, TeamsReference } from './channels/teams/index.js';
import type { TelegramChannel, TelegramReference } from './channels/telegram/index.js';
import type { WebChannel } from './channels/web/index.js';
import type { DeliveryPorts } from './jobs/index.js';

/** The notifier's way into each running channel; src/jobs never imports a channel itself. */
export function deliveryPorts(web: WebChannel, telegram?: TelegramChannel, teams?: TeamsChannel): DeliveryPorts {
  return {
    web: (userId, alert) => web.pushPriceAlert(userId, alert),
    telegram: telegram ? (reference, m) => telegram.sendProactive((reference as TelegramReference).chatId, m.text, m.choices) : undefined,
    teams: teams ? (reference, m) => teams.sendProactive(reference as TeamsReference, m.text, m.choices) : undefined,
  };
}

/** The Telegram webhook and the Teams messaging endpoint, for the channels that run. */
export function mountChannelRoutes(app: FastifyInstance, telegram?: TelegramChannel, teams?: TeamsChannel): void {
  if (telegram) app.post('/telegram/webhook', (req, reply) => telegram.webhookHandler(req, reply));
  if (teams) app.post('/api/messages', (req, reply) => teams.handleRequest(req, reply));
}
