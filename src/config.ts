import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Thrown when an environment variable has a value we cannot use; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = z.coerce.number().int().min(0).max(65535);

/** `WORKERS` when unset. */
const DEFAULT_WORKERS: 'auto' | number = 0;

/** `WORKERS`: `auto`, or how many understanding worker threads (0: none). */
const workersSetting = z.union([z.literal('auto'), z.coerce.number().int().min(0).max(16)]).default(DEFAULT_WORKERS);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: port.default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// (or postgresql://) URL').optional(),
  ),
  DEMO_STORE: z.enum(['on', 'off']).default('on'),
  OLLAMA_HOST: z.url().optional().or(optionalString.pipe(z.undefined())),
  OLLAMA_MODEL: z.string().default('llama3.2'),
  OLLAMA_EMBED_MODEL: optionalString,
  OLLAMA_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  OLLAMA_BREAKER_FAILURES: z.coerce.number().int().positive().default(3),
  OLLAMA_BREAKER_COOLDOWN_MS: z.coerce.number().int().positive().default(30_000),
  OLLAMA_CONCURRENCY: z.coerce.number().int().positive().max(64).default(1),
  CHROMA_URL: z.url().optional().or(optionalString.pipe(z.undefined())),
  REDIS_URL: optionalString,
  WALMART_CONSUMER_ID: optionalString,
  WALMART_PRIVATE_KEY: optionalString,
  WALMART_KEY_VERSION: optionalString,
  WALMART_API_URL: optionalString,
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_URL: optionalString,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_API_ROOT: optionalString,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  TEAMS_LOCAL: z.enum(['on', 'off']).default('off'),
  SESSION_SECRET: optionalString,
  CORS_ORIGINS: optionalString,
  TURN_RATE: z.coerce.number().positive().default(5),
  TURN_BURST: z.coerce.number().int().positive().default(30),
  JOBS: z.enum(['on', 'off']).default('on'),
  PRICE_REFRESH_MINUTES: z.coerce.number().positive().default(60),
  DAILY_DIGEST: z.enum(['on', 'off']).default('off'),
  DEDUPE_WINDOW_HOURS: z.coerce.number().positive().max(24 * 365).default(48),
  MISUNDERSTOOD: z.enum(['on', 'off']).default('on'),
  METRICS_TOKEN: optionalString,
  TRUST_PROXY: optionalString,
  CHATS_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  NEW_SESSIONS_PER_HOUR: z.coerce.number().int().positive().default(60),
  HELLO_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  IDLE_TIMEOUT_MINUTES: z.coerce.number().positive().default(30),
  CHAT_FRAMES_PER_SECOND: z.coerce.number().positive().default(20),
  DB_DAMAGE: z.enum(['refuse', 'start']).default('refuse'),
  WORKERS: workersSetting,
});

/** Everything the process is configured with, read once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  logLevel: string;
  port: number;
  host: string;
  dataDir: string;
  demoStore: boolean;
  /**
   * The language model (`OLLAMA_*`). `timeoutMs`: how long a message may wait for its answer.
   * `breaker`: consecutive errors or refusals (never timeouts) that switch the model off for
   * `cooldownMs`. `concurrency`: requests sent to Ollama at once, the rest waiting their turn.
   */
  ollama?: {
    host: string;
    model: string;
    embedModel?: string;
    timeoutMs: number;
    breaker?: { failureThreshold: number; cooldownMs: number };
    concurrency?: number;
  };
  chromaUrl?: string;
  redisUrl?: string;
  /** `DATABASE_URL`: PostgreSQL instead of the SQLite file in `dataDir`, for several instances (docs/scaling.md). */
  databaseUrl?: string;
  walmart?: { consumerId: string; privateKey: string; keyVersion: string; baseUrl?: string };
  telegram?: { token: string; webhookUrl?: string; webhookSecret?: string; apiRoot?: string };
  /** Teams with an app registration, or (`TEAMS_LOCAL=on`, no app id) the SDK's anonymous local test mode. */
  teams?: { appId?: string; appPassword?: string; tenantId?: string };
  sessionSecret?: string;
  corsOrigins: string[];
  /** Per-person turn limit: a burst of `burst` messages, refilled at `perSecond`. */
  turnLimit: { capacity: number; perSecond: number };
  /** Background jobs (`JOBS`, `PRICE_REFRESH_MINUTES`, `DAILY_DIGEST`, `DEDUPE_WINDOW_HOURS` for the prune job); on BullMQ when `redisUrl` is set. */
  jobs: { enabled: boolean; priceRefreshMs: number; digest: boolean; dedupeWindowMs: number };
  /** Keep messages the agent got wrong for `grocery-agent review` (`MISUNDERSTOOD`, on by default). */
  misunderstood: boolean;
  /** `/metrics` answers only with this bearer token when set. */
  metricsToken?: string;
  /** Which proxies' X-Forwarded-For to believe (Fastify's `trustProxy`): false, true, a hop count or addresses. */
  trustProxy: boolean | number | string;
  /** Chat sockets and new sessions per address, and when silent sockets close. */
  connectionLimits: { socketsPerAddress: number; newSessionsPerHour: number; helloTimeoutMs: number; idleTimeoutMs: number; framesPerSecond: number };
  /** What a damaged database does to the start: `refuse` (the default) stops it, `start` only logs. */
  dbDamage: 'refuse' | 'start';
  /** Understanding worker threads (`WORKERS`, `auto` resolved to a count): messages are understood on them before their turn (docs/performance.md, "Both cores"). */
  workers: number;
}

/** `auto`: one worker per core beyond the main thread's, at most this many. */
const AUTO_WORKERS_MAX = 4;

/** A `WORKERS` value as a count of threads: `auto` is one per core besides the main thread's (0 on one core). */
export function workerCount(setting: 'auto' | number, cores = availableParallelism()): number {
  return setting === 'auto' ? Math.min(AUTO_WORKERS_MAX, Math.max(0, cores - 1)) : setting;
}

/**
 * `WORKERS` alone, for what builds a core without the whole config (the tests, the CLI): a bad value
 * throws a ConfigError like {@link loadConfig}.
 *
 * @example
 * workersFrom({ WORKERS: 'auto' }) // 1 on a 2-core machine
 */
export function workersFrom(env: NodeJS.ProcessEnv | Record<string, string | undefined>): number {
  const parsed = workersSetting.safeParse(env.WORKERS === '' ? undefined : env.WORKERS);
  if (!parsed.success) throw new ConfigError(`Invalid value for WORKERS: ${parsed.error.issues[0]?.message ?? 'not valid'} (auto, or a number of threads from 0 to 16)`);
  return workerCount(parsed.data);
}

/**
 * Parses the environment once. A bad value throws a ConfigError naming the variable.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') || 'environment';
    throw new ConfigError(`Invalid value for ${variable}: ${issue?.message ?? 'not valid'}`);
  }
  const e = parsed.data;
  const walmartParts = [e.WALMART_CONSUMER_ID, e.WALMART_PRIVATE_KEY, e.WALMART_KEY_VERSION];
  if (walmartParts.some(Boolean) && !walmartParts.every(Boolean)) {
    const missing = ['WALMART_CONSUMER_ID', 'WALMART_PRIVATE_KEY', 'WALMART_KEY_VERSION'].filter(
      (_, i) => !walmartParts[i],
    );
    throw new ConfigError(`Invalid value for ${missing[0]}: required when any WALMART_* variable is set`);
  }
  // An embedding model without a host would silently fall back to the local embedder.
  if (e.OLLAMA_EMBED_MODEL && !e.OLLAMA_HOST) {
    throw new ConfigError('Invalid value for OLLAMA_HOST: required when OLLAMA_EMBED_MODEL is set');
  }
  checkTelegram(e);
  checkTeams(e);
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demoStore: e.DEMO_STORE === 'on',
    ollama: e.OLLAMA_HOST
      ? {
          host: e.OLLAMA_HOST,
          model: e.OLLAMA_MODEL,
          embedModel: e.OLLAMA_EMBED_MODEL,
          timeoutMs: e.OLLAMA_TIMEOUT_MS,
          breaker: { failureThreshold: e.OLLAMA_BREAKER_FAILURES, cooldownMs: e.OLLAMA_BREAKER_COOLDOWN_MS },
          concurrency: e.OLLAMA_CONCURRENCY,
        }
      : undefined,
    chromaUrl: e.CHROMA_URL,
    redisUrl: e.REDIS_URL,
    walmart:
      e.WALMART_CONSUMER_ID && e.WALMART_PRIVATE_KEY && e.WALMART_KEY_VERSION
        ? {
            consumerId: e.WALMART_CONSUMER_ID,
            privateKey: e.WALMART_PRIVATE_KEY,
            keyVersion: e.WALMART_KEY_VERSION,
            baseUrl: e.WALMART_API_URL,
          }
        : undefined,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          webhookUrl: e.TELEGRAM_WEBHOOK_URL,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
          apiRoot: e.TELEGRAM_API_ROOT,
        }
      : undefined,
    teams: e.MICROSOFT_APP_ID
      ? { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, tenantId: e.MICROSOFT_APP_TENANT_ID }
      : e.TEAMS_LOCAL === 'on'
        ? {}
        : undefined,
    sessionSecret: e.SESSION_SECRET,
    corsOrigins: (e.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    turnLimit: { capacity: e.TURN_BURST, perSecond: e.TURN_RATE },
    jobs: {
      enabled: e.JOBS === 'on',
      priceRefreshMs: Math.round(e.PRICE_REFRESH_MINUTES * 60_000),
      digest: e.DAILY_DIGEST === 'on',
      dedupeWindowMs: Math.round(e.DEDUPE_WINDOW_HOURS * 3_600_000),
    },
    misunderstood: e.MISUNDERSTOOD === 'on',
    metricsToken: e.METRICS_TOKEN,
    trustProxy: trustProxy(e.TRUST_PROXY),
    connectionLimits: {
      socketsPerAddress: e.CHATS_PER_ADDRESS,
      newSessionsPerHour: e.NEW_SESSIONS_PER_HOUR,
      helloTimeoutMs: Math.round(e.HELLO_TIMEOUT_SECONDS * 1000),
      idleTimeoutMs: Math.round(e.IDLE_TIMEOUT_MINUTES * 60_000),
      framesPerSecond: e.CHAT_FRAMES_PER_SECOND,
    },
    workers: workerCount(e.WORKERS),
    dbDamage: e.DB_DAMAGE,
  };
}

/** TRUST_PROXY: unset or "off" trusts no proxy; "on" any; a number that many hops; otherwise addresses or CIDRs, comma-separated. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'off') return false;
  if (value === 'on') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

type Env = z.infer<typeof envSchema>;

/** What BotFather hands out: the bot's numeric id, a colon, then letters, digits, '_' and '-'. */
const TELEGRAM_TOKEN = /^\d+:[A-Za-z0-9_-]+$/;
/** What Telegram accepts as a webhook's secret_token. */
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;

/** Telegram settings Telegram itself would refuse at start, caught here with a message naming the variable. */
function checkTelegram(e: Env): void {
  if (e.TELEGRAM_BOT_TOKEN && !TELEGRAM_TOKEN.test(e.TELEGRAM_BOT_TOKEN)) {
    throw new ConfigError('Invalid value for TELEGRAM_BOT_TOKEN: expected the token BotFather gave you, like 123456789:AAH... (digits, a colon, then letters, digits, _ and -)');
  }
  if ((e.TELEGRAM_WEBHOOK_URL || e.TELEGRAM_WEBHOOK_SECRET) && !e.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError(`Invalid value for TELEGRAM_BOT_TOKEN: required when ${e.TELEGRAM_WEBHOOK_URL ? 'TELEGRAM_WEBHOOK_URL' : 'TELEGRAM_WEBHOOK_SECRET'} is set`);
  }
  if (e.TELEGRAM_WEBHOOK_URL) {
    let url: URL | undefined;
    try {
      url = new URL(e.TELEGRAM_WEBHOOK_URL);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') {
      throw new ConfigError('Invalid value for TELEGRAM_WEBHOOK_URL: Telegram only delivers to an https:// address, like https://grocery.example.com/telegram/webhook');
    }
  }
  if (e.TELEGRAM_WEBHOOK_SECRET && !WEBHOOK_SECRET.test(e.TELEGRAM_WEBHOOK_SECRET)) {
    throw new ConfigError('Invalid value for TELEGRAM_WEBHOOK_SECRET: use 1 to 256 characters from A-Z, a-z, 0-9, _ and - (for example the output of `openssl rand -hex 32`)');
  }
}

/** Teams settings that could only fail later, or would open /api/messages to anyone in production. */
function checkTeams(e: Env): void {
  if ((e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID) && !e.MICROSOFT_APP_ID) {
    throw new ConfigError(`Invalid value for MICROSOFT_APP_ID: required when ${e.MICROSOFT_APP_PASSWORD ? 'MICROSOFT_APP_PASSWORD' : 'MICROSOFT_APP_TENANT_ID'} is set`);
  }
  if (e.TEAMS_LOCAL === 'on' && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid value for TEAMS_LOCAL: the local test mode accepts unauthenticated requests, so it is refused with NODE_ENV=production; set MICROSOFT_APP_ID instead');
  }
}
