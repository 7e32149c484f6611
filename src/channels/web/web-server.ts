import path from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import { storeWasBusy, type EventBus } from '../../agent/index.js';
import { ERRORS, isAppError, type ErrorCode } from '../../errors.js';
import type { WebAlertStore } from '../../store/web-alert-store.js';
import type { Clock } from '../../grocery/types.js';
import { handleChatSocket, type ChatSocketDeps } from './chat-socket.js';
import { createPriceAlertInbox, type PriceAlert, type PushOutcome } from './price-alert-inbox.js';
import { registerRestApi } from './rest-api.js';
import { createSocketHub } from './socket-hub.js';
import { toSnapshot } from './web-domain.js';
import { createWebMetrics, type WebMetrics } from './web-metrics.js';

/** What the web channel needs; main.ts wires it once. */
export interface WebChannelDeps extends Omit<ChatSocketDeps, 'hub' | 'inbox' | 'metrics'> {
  /** Where price alerts wait for a user who is not connected. */
  alertStore: WebAlertStore;
  events: EventBus;
  /** Folder with index.html, widget.js and demo.js. */
  webRoot: string;
  /** Origins allowed to call the REST API and open the chat from other sites; `*` for any. */
  corsOrigins: readonly string[];
  /** True once the store is loaded and the server can take turns. */
  ready(): boolean;
  /** Shared metrics; a fresh registry (with process metrics) when left out. */
  metrics?: WebMetrics;
  /** Set when a reverse proxy sits in front, so rate limits count the real client address. */
  trustProxy?: boolean;
  /** Requests per IP per minute before 429. */
  rateLimitPerMinute?: number;
  now?: Clock;
}

/** The running web channel. */
export interface WebChannel {
  /** The fastify app; call `listen` to serve it, or `inject` / `injectWS` in tests. */
  readonly app: FastifyInstance;
  readonly metrics: WebMetrics;
  /** For the notifier: shows a price drop in the user's open chats, or keeps it for their next visit. */
  pushPriceAlert(userId: number, alert: PriceAlert): PushOutcome;
}

/**
 * Builds the web channel: the chat WebSocket at `/ws`, the demo page at `/` and the widget at
 * `/widget.js`, the REST API under `/api` with its OpenAPI document at `/docs` (and `/docs/json`),
 * `/healthz`, `/readyz` and Prometheus metrics at `/metrics`. List changes from any channel are
 * pushed to every open socket of every member of the list.
 *
 * @example
 * const web = await createWebChannel(deps);
 * await web.app.listen({ port: 3000, host: '0.0.0.0' });
 * notifier.onAlert((userId, alert) => web.pushPriceAlert(userId, alert));
 */
export async function createWebChannel(deps: WebChannelDeps): Promise<WebChannel> {
  const metrics = deps.metrics ?? createWebMetrics({ defaultMetrics: true });
  const hub = createSocketHub();
  const inbox = createPriceAlertInbox({ store: deps.alertStore, hub, now: deps.now });
  const app = Fastify({
    loggerInstance: deps.logger.child({ channel: 'web' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    trustProxy: deps.trustProxy ?? false,
  });
  // Responses are plain JSON; the response schemas are there for the OpenAPI document.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const code = errorCodeOf(err);
    metrics.errors.inc({ code });
    if (ERRORS[code].status >= 500) req.log.error({ err }, 'web request failed');
    const message = isAppError(err) ? err.userMessage : ERRORS[code].message;
    return reply.code(ERRORS[code].status).send({ error: { code, message } });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: { code: 'NOT_FOUND', message: ERRORS.NOT_FOUND.message } }));

  await app.register(swagger, {
    openapi: {
      info: { title: 'Grocery Agent API', version: '1.0.0', description: 'Lists, products and prices. Authenticate with the chat session token.' },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...app.swaggerCSP.script],
        styleSrc: ["'self'", "'unsafe-inline'", ...app.swaggerCSP.style],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Self-hosted installs often run on plain http inside a home network.
        upgradeInsecureRequests: null,
      },
    },
    // The widget script is loaded by other sites' pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  await app.register(cors, { origin: corsOrigin(deps.corsOrigins), methods: ['GET', 'POST', 'PATCH', 'DELETE'] });
  await app.register(rateLimit, {
    max: deps.rateLimitPerMinute ?? 300,
    timeWindow: 60_000,
    // The platform webhooks come from a few Telegram / Microsoft addresses and are authenticated
    // by their secret or bearer token; the agent limits turns per person instead.
    allowList: (req) => ['/healthz', '/readyz', '/metrics', '/telegram/webhook', '/api/messages'].includes(req.url.split('?')[0]!),
    keyGenerator: clientKey,
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(fastifyStatic, {
    root: path.resolve(deps.webRoot),
    index: ['index.html'],
    maxAge: 60_000,
    decorateReply: false,
    // Only what the page loads; the folder's config files stay private.
    allowedPath: (pathName) => pathName === '/' || /\.(html|js|css)$/.test(pathName),
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) =>
    deps.ready() ? { ready: true } : reply.code(503).send({ ready: false }),
  );
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
  app.get('/ws', { websocket: true, schema: { hide: true } }, (socket, req) => {
    if (!originAllowed(req, deps.corsOrigins)) {
      metrics.errors.inc({ code: 'NOT_ALLOWED' });
      socket.close(1008, 'origin not allowed');
      return;
    }
    handleChatSocket(socket, { ...deps, hub, inbox, metrics });
  });
  registerRestApi(app, { domain: deps.domain, tokens: deps.tokens, users: deps.users, events: deps.events });

  const off = deps.events.on('list_changed', ({ listId, list }) => {
    try {
      // The list as the change left it reads the same for every member: drawn once, not per member.
      const drawn = list ? toSnapshot(list) : undefined;
      for (const userId of deps.domain.members(listId)) {
        if (!hub.has(userId)) continue;
        hub.send(userId, { type: 'list_changed', listId, list: drawn ?? deps.domain.list(userId, listId) ?? null });
      }
    } catch (err) {
      // The bus is synchronous: a failure here must not fail the turn that changed the list.
      app.log.error({ err, listId }, 'pushing list_changed failed');
    }
  });
  app.addHook('onClose', async () => off());

  return { app, metrics, pushPriceAlert: (userId, alert) => inbox.push(userId, alert) };
}

function errorCodeOf(err: FastifyError): ErrorCode {
  if (isAppError(err)) return err.code;
  // Another writer held the database past the busy timeout: 503 "try again shortly", not a 500.
  if (storeWasBusy(err)) return 'UPSTREAM_UNAVAILABLE';
  if (err.validation) return 'BAD_INPUT';
  if (err.statusCode === 429) return 'RATE_LIMITED';
  if (err.statusCode === 413) return 'MESSAGE_TOO_LONG';
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return 'BAD_INPUT';
  return 'INTERNAL';
}

/** The client address rate limits count by; injected test sockets have none. */
function clientKey(req: FastifyRequest): string {
  try {
    return req.ip ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function corsOrigin(origins: readonly string[]): boolean | string[] {
  if (origins.includes('*')) return true;
  return origins.length ? [...origins] : false;
}

/** Browsers send Origin on WebSocket upgrades; only our own page and configured sites may chat. */
function originAllowed(req: FastifyRequest, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || origins.includes('*') || origins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
