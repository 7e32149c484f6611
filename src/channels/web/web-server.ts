import crypto from 'node:crypto';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import { storeWasBusy, type EventBus } from '../../agent/index.js';
import { AppError, ERRORS, isAppError, type ErrorCode } from '../../errors.js';
import type { WebAlertStore } from '../../store/web-alert-store.js';
import type { Clock } from '../../grocery/types.js';
import { handleChatSocket, type ChatSocketDeps } from './chat-socket.js';
import { addressKey, createConnectionLimits, type ConnectionLimitOptions } from './connection-limits.js';
import { createPriceAlertInbox, deliverPeerAlert, type PriceAlert, type PushOutcome } from './price-alert-inbox.js';
import { registerRestApi } from './rest-api.js';
import { createSocketHub } from './socket-hub.js';
import { toSnapshot } from './web-domain.js';
import { createWebMetrics, type WebMetrics } from './web-metrics.js';

/** What the web channel needs; main.ts wires it once. */
export interface WebChannelDeps extends Omit<ChatSocketDeps, 'hub' | 'inbox' | 'metrics' | 'newSession'> {
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
  trustProxy?: boolean | number | string;
  /** Requests per IP per minute before 429. */
  rateLimitPerMinute?: number;
  /** Chat sockets and new sessions per address, frames per socket, and when silent sockets close; README.md has the defaults. */
  connectionLimits?: ConnectionLimitOptions;
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  now?: Clock;
}

/** The running web channel. */
export interface WebChannel {
  /** The fastify app; call `listen` to serve it, or `inject` / `injectWS` in tests. */
  readonly app: FastifyInstance;
  readonly metrics: WebMetrics;
  /** For the notifier: shows a price drop in the user's open chats, or keeps it for their next visit. */
  pushPriceAlert(userId: number, alert: PriceAlert): PushOutcome;
  /**
   * Closes chat sockets that said no `hello` in time or went silent, as the server does every
   * few seconds on its own; returns how many. Tests move the clock and call it.
   */
  closeSilentSockets(): number;
}

/** How often silent sockets are looked for. */
const SWEEP_EVERY_MS = 2_000;

/**
 * Builds the web channel: the chat WebSocket at `/ws`, the demo page at `/` and the widget at
 * `/widget.js`, the REST API under `/api` with its OpenAPI document at `/docs` (and `/docs/json`),
 * `/healthz`, `/readyz` and Prometheus metrics at `/metrics`. List changes from any channel, and
 * price alerts, are pushed to every open socket of every member of the list, on this instance and
 * (over the event bus) on every other.
 *
 * @example
 * const web = await createWebChannel(deps);
 * await web.app.listen({ port: 3000, host: '0.0.0.0' });
 * notifier.onAlert((userId, alert) => web.pushPriceAlert(userId, alert));
 */
export async function createWebChannel(deps: WebChannelDeps): Promise<WebChannel> {
  const metrics = deps.metrics ?? createWebMetrics({ defaultMetrics: true });
  const limits = createConnectionLimits(deps.connectionLimits ?? {});
  const hub = createSocketHub();
  const inbox = createPriceAlertInbox({ store: deps.alertStore, hub, now: deps.now, events: deps.events });
  const app = Fastify({
    loggerInstance: deps.logger.child({ channel: 'web' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    // A hop count trusts that many proxies nearest the server (the types do not list numbers).
    trustProxy: typeof deps.trustProxy === 'number' ? trustHops(deps.trustProxy) : (deps.trustProxy ?? false),
    // Requests Fastify refuses before routing (a URL that does not decode, like "/%ZZ") answer in our format too.
    frameworkErrors: (err, _req, reply) => {
      const code = errorCodeOf(err);
      metrics.errors.inc({ code });
      void (reply as FastifyReply).code(ERRORS[code].status).send({ error: { code, message: ERRORS[code].message } });
    },
    // Requests Node's HTTP parser refuses (broken request lines, headers too large) never reach Fastify.
    clientErrorHandler: (err, socket) => {
      metrics.errors.inc({ code: 'BAD_INPUT' });
      answerBrokenRequest(err, socket);
    },
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
    allowList: (req) => ['/healthz', '/readyz', '/telegram/webhook', '/api/messages'].includes(req.url.split('?')[0]!),
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
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (deps.metricsToken && !bearerIs(req.headers.authorization, deps.metricsToken)) {
      throw new AppError('UNAUTHORIZED', { userMessage: 'The metrics need their token: Authorization: Bearer <METRICS_TOKEN>.', detail: 'metrics without the right token' });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  const newSession = (address: string) => limits.newSession(address);
  app.route({
    method: 'GET',
    url: '/ws',
    schema: { hide: true },
    // Refused before the upgrade, as a plain 429 in our error format.
    preValidation: async (req) => {
      if (!limits.mayOpen(addressKey(req.ip))) throw new AppError('RATE_LIMITED', { userMessage: TOO_MANY_SOCKETS, detail: `socket limit for ${addressKey(req.ip)}` });
    },
    // A plain GET, without the WebSocket upgrade.
    handler: async () => {
      throw new AppError('BAD_INPUT', { userMessage: 'This is the chat WebSocket: connect to it with a WebSocket client (docs/web-chat-protocol.md).', detail: 'GET /ws without upgrade' });
    },
    wsHandler: (socket, req) => {
      if (!originAllowed(req, deps.corsOrigins)) {
        metrics.errors.inc({ code: 'NOT_ALLOWED' });
        socket.close(1008, 'origin not allowed');
        return;
      }
      // Sockets upgraded at the same moment may pass the check above together; the count here is exact.
      const connection = limits.open(addressKey(req.ip), ({ code, reason }) => socket.close(code, reason));
      if (!connection) {
        metrics.errors.inc({ code: 'RATE_LIMITED' });
        socket.close(1013, 'too many connections from this address');
        return;
      }
      handleChatSocket(socket, connection, { ...deps, hub, inbox, metrics, newSession });
    },
  });
  const sweeper = setInterval(() => limits.sweep(), SWEEP_EVERY_MS);
  sweeper.unref();
  app.addHook('onClose', async () => clearInterval(sweeper));
  registerRestApi(app, { domain: deps.domain, tokens: deps.tokens, users: deps.users, events: deps.events, newSession, claim: hub.claim });

  const off = deps.events.on('list_changed', ({ listId, list, change }) => {
    try {
      // The list as the change left it reads the same for every member: drawn once, not per member.
      // A change goes as what changed; a client holding another version asks for the whole list.
      const drawn = list ? toSnapshot(list) : undefined;
      for (const userId of deps.domain.members(listId)) {
        if (!hub.has(userId)) continue;
        hub.send(userId, change && !drawn ? { type: 'list_changed', listId, change } : { type: 'list_changed', listId, list: drawn ?? deps.domain.list(userId, listId) ?? null });
      }
    } catch (err) {
      // The bus is synchronous: a failure here must not fail the turn that changed the list.
      app.log.error({ err, listId }, 'pushing list_changed failed');
    }
  });
  app.addHook('onClose', async () => off());
  // This instance pushed its own alerts already; another instance's reach the sockets held here.
  const offAlerts = deps.events.on('price_alert', (e, origin) => {
    if (origin === 'local') return;
    try {
      deliverPeerAlert({ store: deps.alertStore, hub, now: deps.now }, e);
    } catch (err) {
      app.log.error({ err, userId: e.userId }, 'pushing a price alert from another instance failed');
    }
  });
  app.addHook('onClose', async () => offAlerts());

  return { app, metrics, pushPriceAlert: (userId, alert) => inbox.push(userId, alert), closeSilentSockets: () => limits.sweep() };
}

/** Our error format written straight to a socket whose request could not be parsed, then closed. */
function answerBrokenRequest(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const [status, reason] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
  const body = JSON.stringify({ error: { code: 'BAD_INPUT', message: ERRORS.BAD_INPUT.message } });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

const TOO_MANY_SOCKETS = 'Too many chats are open from your address. Close one and try again.';

/** Whether an Authorization header is exactly `Bearer <expected>`, compared in constant time. */
function bearerIs(header: string | undefined, expected: string): boolean {
  const given = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!given) return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
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
