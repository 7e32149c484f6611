import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent to the connector. */
export interface ConnectorActivity {
  conversationId: string;
  /** Set when the bot replied to an incoming activity (POST .../activities/{replyToId}). */
  replyToId?: string;
  authorization?: string;
  activity: {
    type: string;
    text?: string;
    replyToId?: string;
    attachments?: { contentType: string; content: any }[];
    suggestedActions?: { actions: { type: string; title: string; value: string }[] };
    [key: string]: unknown;
  };
}

/** A Bot Connector service for tests: the `serviceUrl` a Teams activity names, over real HTTP. */
export interface FakeBotConnector {
  serviceUrl: string;
  activities: ConnectorActivity[];
  /** The texts that arrived in a conversation, in order: what the Teams user would see. */
  texts(conversationId: string): string[];
  /** Resolves once `count` activities arrived in a conversation (polls every 10 ms). */
  waitForActivities(conversationId: string, count: number, timeoutMs?: number): Promise<ConnectorActivity[]>;
  /**
   * An incoming message Activity as Teams would POST it to the bot's /api/messages: in a personal
   * conversation, or in a group chat or channel when `group` says so (Teams then sends only
   * messages that @mention the bot, with the mention as `<at>Name</at>` in the text).
   */
  messageActivity(opts: {
    conversationId: string;
    userId: string;
    userName?: string;
    text?: string;
    value?: unknown;
    id?: string;
    group?: { type: 'groupChat' | 'channel'; name?: string; teamName?: string };
  }): Record<string, unknown>;
  /** A conversationUpdate Activity: `membersAdded` joined the conversation (the bot's id is `28:grocery-bot`). */
  membersAddedActivity(opts: {
    conversationId: string;
    membersAdded: { id: string; aadObjectId?: string }[];
    by?: string;
    group?: { type: 'groupChat' | 'channel'; name?: string; teamName?: string };
  }): Record<string, unknown>;
  /**
   * The Entra-like authority this fake plays: OpenID metadata at
   * `{authority}/v2.0/.well-known/openid-configuration` and signing keys (JWKS) at
   * `{authority}/discovery/v2.0/keys`, as the SDK's JWT middleware looks them up.
   */
  authority: string;
  /**
   * A Bearer token as the Bot Service would send it, RS256-signed with the key the JWKS
   * publishes; `forged` signs with another key under the same key id, as an attacker would.
   */
  signToken(claims: Record<string, unknown>, opts?: { forged?: boolean }): string;
  close(): Promise<void>;
}

const KID = 'fake-connector-key-1';

/** The bot's account id in every activity the fake makes. */
export const BOT_ID = '28:grocery-bot';

/** A conversation as Teams names it: personal, a group chat, or a team channel. */
function conversationOf(id: string, group?: { type: 'groupChat' | 'channel'; name?: string }) {
  if (!group) return { id, conversationType: 'personal', tenantId: 'tenant-1' };
  return { id, conversationType: group.type, isGroup: true, tenantId: 'tenant-1', ...(group.name ? { name: group.name } : {}) };
}

function channelDataOf(group?: { type: 'groupChat' | 'channel'; teamName?: string }) {
  if (group?.type !== 'channel') return { tenant: { id: 'tenant-1' } };
  return { tenant: { id: 'tenant-1' }, team: { id: '19:team-1', name: group.teamName ?? 'Household' }, channel: { id: '19:general' } };
}

function signJwt(claims: Record<string, unknown>, key: crypto.KeyObject): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: KID })}.${encode(claims)}`;
  return `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

/**
 * Starts a fake Bot Connector: `POST /v3/conversations/{id}/activities` (a new message),
 * `POST /v3/conversations/{id}/activities/{replyToId}` (a reply) and `POST /v3/conversations`
 * (a new conversation), each answered with a `ResourceResponse` (`{ id }`) and recorded.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const activities: ConnectorActivity[] = [];
  let nextId = 1;
  const signing = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...signing.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
  let authority = '';
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.method === 'GET' && path === '/auth/discovery/v2.0/keys') return send(200, { keys: [jwk] });
      if (req.method === 'GET' && path === '/auth/v2.0/.well-known/openid-configuration') {
        return send(200, { issuer: `${authority}/v2.0`, jwks_uri: `${authority}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (req.method !== 'POST') return send(405, { error: { code: 'MethodNotAllowed' } });
      const parsed = body ? (JSON.parse(body) as ConnectorActivity['activity']) : ({ type: 'unknown' } as ConnectorActivity['activity']);
      if (path === '/v3/conversations') return send(201, { id: `conv-${nextId++}`, activityId: `act-${nextId++}` });
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (!match) return send(404, { error: { code: 'NotFound', message: path } });
      activities.push({
        conversationId: decodeURIComponent(match[1]!),
        replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
        authorization: req.headers.authorization,
        activity: parsed,
      });
      send(200, { id: `act-${nextId++}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  authority = `${serviceUrl}auth`;
  const inConversation = (id: string) => activities.filter((a) => a.conversationId === id);

  return {
    serviceUrl,
    authority,
    activities,
    signToken: (claims, opts = {}) => signJwt(claims, (opts.forged ? forger : signing).privateKey),
    texts: (id) => inConversation(id).map((a) => a.activity.text ?? ''),
    async waitForActivities(id, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (inConversation(id).length < count) {
        if (Date.now() > deadline) throw new Error(`only ${inConversation(id).length} of ${count} activities arrived in ${id}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return inConversation(id);
    },
    messageActivity({ conversationId, userId, userName, text, value, id, group }) {
      return {
        type: 'message',
        id: id ?? `incoming-${nextId++}`,
        timestamp: '2026-11-01T12:00:00.000Z',
        serviceUrl,
        channelId: 'msteams',
        from: { id: `29:${userId}`, name: userName ?? 'Ana Teams', aadObjectId: userId },
        conversation: conversationOf(conversationId, group),
        recipient: { id: BOT_ID, name: 'Grocery' },
        ...(text !== undefined ? { text, textFormat: 'plain' } : {}),
        ...(value !== undefined ? { value } : {}),
        locale: 'en-US',
        channelData: channelDataOf(group),
      };
    },
    membersAddedActivity({ conversationId, membersAdded, by, group }) {
      return {
        type: 'conversationUpdate',
        id: `update-${nextId++}`,
        timestamp: '2026-11-01T12:00:00.000Z',
        serviceUrl,
        channelId: 'msteams',
        from: { id: `29:${by ?? 'installer'}`, aadObjectId: by ?? 'installer' },
        conversation: conversationOf(conversationId, group),
        recipient: { id: BOT_ID, name: 'Grocery' },
        membersAdded,
        channelData: { ...channelDataOf(group), eventType: group?.type === 'channel' ? 'teamMemberAdded' : undefined },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
