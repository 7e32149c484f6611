import type { WebSocket } from 'ws';
import { MAX_TURNS_KEPT, storeWasBusy, type Agent, type ConversationStore } from '../../agent/index.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import type { Logger } from '../../logger.js';
import { ERRORS, type ErrorCode } from '../../errors.js';
import { parseClientFrame, type HistoryEntry, type ServerFrame } from './chat-protocol.js';
import { encodeFrame } from './encode-frame.js';
import type { PriceAlertInbox } from './price-alert-inbox.js';
import type { ChatConnection } from './connection-limits.js';
import type { SessionTokens } from './session-token.js';
import type { SocketHub } from './socket-hub.js';
import { toSnapshot, type WebDomain } from './web-domain.js';
import type { WebMetrics } from './web-metrics.js';

/** What the chat socket needs. */
export interface ChatSocketDeps {
  agent: Agent;
  tokens: SessionTokens;
  users: UserDirectory;
  conversations: ConversationStore;
  domain: WebDomain;
  hub: SocketHub;
  inbox: PriceAlertInbox;
  metrics: WebMetrics;
  logger: Logger;
  /** Whether prices shown come from the demo store (the page labels them). */
  demoStore: boolean;
  /** How many earlier turns a reloaded page redraws. */
  historyTurns?: number;
  /** Allows a new session for a client address (a `hello` without a valid token); false when it has started too many. */
  newSession(address: string): boolean;
}

/** The conversation id the agent keeps for a web session. */
export const webConversationId = (sessionId: string) => `web:${sessionId}`;

/**
 * Serves one chat connection: `hello` (new or resumed session), `message` (a turn), `ping`.
 * Nothing a client sends can crash the connection: bad frames get an `error` frame and the
 * socket stays open. A `hello` costs nothing stored: the person behind a new session is created
 * by their first message, and a resumed session finds its person if it ever had one.
 * `connection` holds this socket's limits (frames and hellos per second, new sessions per address).
 */
export function handleChatSocket(socket: WebSocket, connection: ChatConnection, deps: ChatSocketDeps): void {
  /** The session this socket speaks for. */
  let sessionId: string | undefined;
  deps.metrics.openSockets.inc();

  // An offline turn writes typing, then list_changed and reply once its group commit
  // (src/store/group-commit.ts, at the latest in the loop's check phase) is done: corking the TCP
  // socket until the loop has been round once more sends all three in one write instead of two or three. A slow (LLM) turn
  // still shows typing at once, one pass of the loop later.
  const tcp = (socket as unknown as { _socket?: { cork?: () => void; uncork?: () => void } })._socket;
  let corked = false;
  const uncork = () => {
    corked = false;
    tcp!.uncork!();
  };
  const send = (frame: ServerFrame) => {
    if (socket.readyState !== socket.OPEN) return;
    // A client that never reads what it is sent would have it pile up here: it is cut off instead.
    if (socket.bufferedAmount > MAX_UNREAD_BYTES) return socket.terminate();
    if (!corked && typeof tcp?.cork === 'function' && typeof tcp.uncork === 'function') {
      tcp.cork();
      corked = true;
      setImmediate(() => setImmediate(uncork));
    }
    socket.send(encodeFrame(frame), { binary: false });
  };
  const fail = (code: ErrorCode, replyTo?: string, message: string = ERRORS[code].message) => {
    deps.metrics.errors.inc({ code });
    send({ type: 'error', code, message, ...(replyTo ? { replyTo } : {}) });
  };
  const hello = (token: string | undefined) => {
    if (!connection.hello()) return fail('RATE_LIMITED', undefined, TOO_MANY_HELLOS);
    const resumedId = deps.tokens.verify(token);
    if (!resumedId && !deps.newSession(connection.address)) return fail('RATE_LIMITED', undefined, TOO_MANY_SESSIONS);
    const issued = resumedId ? { sessionId: resumedId, token: token! } : deps.tokens.issue();
    const user = resumedId ? deps.users.find('web', resumedId) : undefined;
    sessionId = issued.sessionId;
    deps.hub.add(socket, sessionId, user?.id);
    connection.greeted();
    const conversationId = webConversationId(issued.sessionId);
    send({
      type: 'welcome',
      token: issued.token,
      resumed: Boolean(resumedId),
      demoStore: deps.demoStore,
      history: user ? historyOf(deps.conversations, conversationId, deps.historyTurns ?? MAX_TURNS_KEPT) : [],
      list: user ? (deps.domain.currentList(user.id, conversationId) ?? null) : null,
      alerts: user ? deps.inbox.drain(user.id) : [],
    });
  };

  const message = async (id: string, text: string, session: string) => {
    const started = performance.now();
    send({ type: 'typing', replyTo: id });
    try {
      // The first message of a new session is what makes its person, here rather than in the
      // agent, so that the session's sockets already get the list changes this very turn makes.
      const before = deps.users.resolve('web', session).id;
      deps.hub.claim(session, before);
      const reply = await deps.agent.handle({
        channel: 'web',
        externalUserId: session,
        conversationKey: session,
        messageId: id,
        text,
        origin: connection.address,
      });
      deps.metrics.turns.inc({ channel: 'web', source: reply.source ?? 'offline' });
      // "link CODE" made this session another account's: from now on its sockets hear about that
      // account's lists and no longer the old ones, and the page shows the account's list at once.
      const after = deps.users.find('web', session)?.id;
      const linked = after !== undefined && after !== before;
      if (linked) deps.hub.claim(session, after);
      const list = reply.list ? toSnapshot(reply.list) : linked ? deps.domain.currentList(after, webConversationId(session)) : undefined;
      send({
        type: 'reply',
        replyTo: id,
        text: reply.text,
        choices: reply.choices ?? [],
        ...(list ? { list } : {}),
        ...(reply.priceHistory ? { priceHistory: reply.priceHistory } : {}),
      });
    } catch (err) {
      // The store was too busy to take the turn (or to find the person): nothing was applied, the
      // person is asked to try again.
      if (storeWasBusy(err)) {
        deps.logger.warn({ err }, 'web chat turn deferred');
        return fail('UPSTREAM_UNAVAILABLE', id);
      }
      deps.logger.error({ err }, 'web chat turn failed');
      fail('INTERNAL', id);
    } finally {
      deps.metrics.turnLatency.observe({ channel: 'web' }, (performance.now() - started) / 1000);
    }
  };

  socket.on('message', (data, isBinary) => {
    // Over its frame budget a frame is not even read: the answer is one ready-made "slow down".
    if (!connection.frame()) {
      deps.metrics.errors.inc({ code: 'RATE_LIMITED' });
      if (socket.readyState === socket.OPEN) socket.send(TOO_FAST_FRAME);
      return;
    }
    try {
      const frame = isBinary ? undefined : parseClientFrame(data.toString());
      if (!frame) return fail('BAD_FRAME');
      if (frame.type === 'ping') return send({ type: 'pong' });
      if (frame.type === 'hello') return hello(frame.token);
      if (!sessionId) return fail('NO_SESSION', frame.type === 'message' ? frame.id : undefined);
      if (frame.type === 'list') return send({ type: 'list_changed', listId: frame.listId, list: listFor(sessionId, frame.listId) });
      void message(frame.id, frame.text, sessionId);
    } catch (err) {
      // A store error while greeting must not take the socket (or the process) down.
      deps.logger.error({ err }, 'web chat frame failed');
      fail('INTERNAL');
    }
  });
  /** A whole list for this session's person; null when the session has no person or the person is not on the list. */
  const listFor = (session: string, listId: number) => {
    const user = deps.users.find('web', session);
    return (user && deps.domain.list(user.id, listId)) ?? null;
  };

  socket.on('error', (err) => deps.logger.warn({ err }, 'web chat socket error'));
  socket.on('close', () => {
    deps.metrics.openSockets.dec();
    connection.closed();
    deps.hub.remove(socket);
  });
}

/** Bytes a socket may leave unread before it is closed. */
const MAX_UNREAD_BYTES = 8 * 1024 * 1024;
const TOO_FAST_FRAME = JSON.stringify({ type: 'error', code: 'RATE_LIMITED', message: ERRORS.RATE_LIMITED.message });
const TOO_MANY_HELLOS = 'This connection said hello too often. Please wait a minute.';
const TOO_MANY_SESSIONS = 'Too many new chats were started from your address. Please try again in a few minutes.';

function historyOf(conversations: ConversationStore, conversationId: string, limit: number): HistoryEntry[] {
  return conversations.history(conversationId, limit).map((t) => {
    const { choices, priceHistory } = (t.payload as Pick<HistoryEntry, 'choices' | 'priceHistory'> | undefined) ?? {};
    return { role: t.role, text: t.text, at: t.at, ...(choices?.length ? { choices } : {}), ...(priceHistory ? { priceHistory } : {}) };
  });
}
