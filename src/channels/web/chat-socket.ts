import type { WebSocket } from 'ws';
import { MAX_TURNS_KEPT, type Agent, type ConversationStore } from '../../agent/index.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import type { Logger } from '../../logger.js';
import { ERRORS, isAppError, type ErrorCode } from '../../errors.js';
import { parseClientFrame, type HistoryEntry, type ServerFrame } from './chat-protocol.js';
import type { PriceAlertInbox } from './price-alert-inbox.js';
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
}

/** The conversation id the agent keeps for a web session. */
export const webConversationId = (sessionId: string) => `web:${sessionId}`;

/**
 * Serves one chat connection: `hello` (new or resumed session), `message` (a turn), `ping`.
 * Nothing a client sends can crash the connection: bad frames get an `error` frame and the
 * socket stays open.
 */
export function handleChatSocket(socket: WebSocket, deps: ChatSocketDeps): void {
  let session: { sessionId: string; userId: number } | undefined;
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
    if (!corked && typeof tcp?.cork === 'function' && typeof tcp.uncork === 'function') {
      tcp.cork();
      corked = true;
      setImmediate(() => setImmediate(uncork));
    }
    socket.send(JSON.stringify(frame));
  };
  const fail = (code: ErrorCode, replyTo?: string) => {
    deps.metrics.errors.inc({ code });
    send({ type: 'error', code, message: ERRORS[code].message, ...(replyTo ? { replyTo } : {}) });
  };

  const hello = (token: string | undefined) => {
    const resumedId = deps.tokens.verify(token);
    const issued = resumedId ? { sessionId: resumedId, token: token! } : deps.tokens.issue();
    const user = deps.users.resolve('web', issued.sessionId);
    if (session) deps.hub.remove(session.userId, socket);
    session = { sessionId: issued.sessionId, userId: user.id };
    deps.hub.add(user.id, socket);
    const conversationId = webConversationId(issued.sessionId);
    send({
      type: 'welcome',
      token: issued.token,
      resumed: Boolean(resumedId),
      demoStore: deps.demoStore,
      history: resumedId ? historyOf(deps.conversations, conversationId, deps.historyTurns ?? MAX_TURNS_KEPT) : [],
      list: deps.domain.currentList(user.id, conversationId) ?? null,
      alerts: deps.inbox.drain(user.id),
    });
  };

  const message = async (id: string, text: string, sessionId: string) => {
    const started = performance.now();
    send({ type: 'typing', replyTo: id });
    try {
      const reply = await deps.agent.handle({
        channel: 'web',
        externalUserId: sessionId,
        conversationKey: sessionId,
        messageId: id,
        text,
      });
      deps.metrics.turns.inc({ channel: 'web', source: reply.source ?? 'offline' });
      send({
        type: 'reply',
        replyTo: id,
        text: reply.text,
        choices: reply.choices ?? [],
        ...(reply.list ? { list: toSnapshot(reply.list) } : {}),
        ...(reply.priceHistory ? { priceHistory: reply.priceHistory } : {}),
      });
    } catch (err) {
      // The store was too busy to take the turn: nothing was applied, the person is asked to try again.
      if (isAppError(err, 'UPSTREAM_UNAVAILABLE')) {
        deps.logger.warn({ err }, 'web chat turn deferred');
        return fail(err.code, id);
      }
      deps.logger.error({ err }, 'web chat turn failed');
      fail('INTERNAL', id);
    } finally {
      deps.metrics.turnLatency.observe({ channel: 'web' }, (performance.now() - started) / 1000);
    }
  };

  socket.on('message', (data, isBinary) => {
    try {
      const frame = isBinary ? undefined : parseClientFrame(data.toString());
      if (!frame) return fail('BAD_FRAME');
      if (frame.type === 'ping') return send({ type: 'pong' });
      if (frame.type === 'hello') return hello(frame.token);
      if (!session) return fail('NO_SESSION', frame.id);
      void message(frame.id, frame.text, session.sessionId);
    } catch (err) {
      // A store error while greeting must not take the socket (or the process) down.
      deps.logger.error({ err }, 'web chat frame failed');
      fail('INTERNAL');
    }
  });
  socket.on('error', (err) => deps.logger.warn({ err }, 'web chat socket error'));
  socket.on('close', () => {
    deps.metrics.openSockets.dec();
    if (session) deps.hub.remove(session.userId, socket);
  });
}

function historyOf(conversations: ConversationStore, conversationId: string, limit: number): HistoryEntry[] {
  return conversations.history(conversationId, limit).map((t) => {
    const { choices, priceHistory } = (t.payload as Pick<HistoryEntry, 'choices' | 'priceHistory'> | undefined) ?? {};
    return { role: t.role, text: t.text, at: t.at, ...(choices?.length ? { choices } : {}), ...(priceHistory ? { priceHistory } : {}) };
  });
}
