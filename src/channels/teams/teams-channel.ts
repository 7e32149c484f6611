import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AuthConfiguration, CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { startTurn, storeWasBusy, type Agent, type Choice, type ConversationStore, type TurnOutput } from '../../agent/index.js';
import { ERRORS, type ErrorCode } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import type { Logger } from '../../logger.js';
import { priceChart } from '../price-chart/index.js';
import { judgeActivity } from './activity-check.js';
import { classifyConnectorError, isConnectorFailure, type ConnectorRetryOptions } from './connector-retry.js';
import { toSdkRequest, toSdkResponse } from './fastify-bridge.js';
import { renderActivity, submittedChoice, type TeamsChoiceStyle } from './render-activity.js';
import { createRetryingAdapter } from './retrying-adapter.js';
import { typedText, teamsGroup } from './teams-message.js';
import { linkCommandReply, TEAMS_BUSY_TEXT, TEAMS_GROUP_WELCOME_TEXT, TEAMS_WELCOME_TEXT } from './teams-texts.js';

/** A stored Teams conversation reference (the Bot Framework shape: serviceUrl, conversation, bot, user). */
export type TeamsReference = Parameters<CloudAdapter['continueConversation']>[1];

/** What the Teams channel needs, wired once in main.ts. */
export interface TeamsChannelDeps {
  /** The Azure bot registration's app id (MICROSOFT_APP_ID). Without it, anonymous requests are allowed (local testing). */
  appId?: string;
  appPassword?: string;
  /** Single-tenant registrations name their tenant (MICROSOFT_APP_TENANT_ID). */
  tenantId?: string;
  /**
   * The Entra authority tokens are checked against and fetched from; the default is
   * https://login.microsoftonline.com. Sovereign clouds (and tests) set their own.
   */
  authority?: string;
  agent: Agent;
  users: UserDirectory;
  conversations: ConversationStore;
  logger: Logger;
  /** Choices as an Adaptive Card (default) or as suggested actions. */
  choiceStyle?: TeamsChoiceStyle;
  /** How Bot Connector calls that met a 429 or 5xx are retried (4 attempts, under 10 s, by default). */
  retry?: ConnectorRetryOptions;
}

/** The Teams channel. */
export interface TeamsChannel {
  /**
   * The fastify handler for `POST /api/messages`: validates the Bot Connector's JWT when
   * credentials are set (401 otherwise), runs the activity and answers through the connector.
   */
  handleRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Writes to a stored conversation first (a price alert). */
  sendProactive(reference: TeamsReference, text: string, choices?: readonly Choice[]): Promise<void>;
}

/**
 * The Teams channel on the Microsoft 365 Agents SDK's CloudAdapter. Every message (or Adaptive
 * Card submission) is an agent turn keyed by the activity id, and every incoming activity's
 * conversation reference is stored so price alerts can be delivered later.
 *
 * @example
 * const teams = createTeamsChannel({ appId, appPassword, tenantId, agent, users, conversations, logger });
 * app.post('/api/messages', teams.handleRequest);
 */
export function createTeamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const log = deps.logger.child({ channel: 'teams' });
  const authConfig: AuthConfiguration = deps.appId
    ? { clientId: deps.appId, clientSecret: deps.appPassword, tenantId: deps.tenantId, ...(deps.authority ? { authority: deps.authority } : {}) }
    : {};
  const adapter: CloudAdapter = createRetryingAdapter(authConfig, { ...deps.retry, logger: log });
  adapter.onTurnError = async (context, error) => {
    if (isConnectorFailure(error)) {
      // The reply itself could not be delivered, retries included: another message through the
      // same connector would fail too. A passing failure answers 500 so the Bot Service
      // redelivers (the turn is remembered, so the redelivery sends the stored reply, applied
      // once); a refusal (403: the bot was removed) cannot be helped by a redelivery.
      if (classifyConnectorError(error).kind === 'retry') throw error;
      log.error({ err: error, activityId: context.activity.id }, 'Bot Connector refused the reply');
      return;
    }
    log.error({ err: error, activityId: context.activity.id }, 'Teams turn failed');
    await context.sendActivity(renderActivity(ERRORS.INTERNAL.message));
  };

  async function onMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const from = activity.from;
    const externalId = from?.aadObjectId ?? from?.id;
    if (!externalId) return;
    const text = submittedChoice(activity.value) ?? typedText(activity.text ?? '');
    const group = teamsGroup(activity.conversation, activity.channelData);
    const linked = linkCommandReply(deps.users, externalId, text, from?.name, group !== undefined);
    if (linked) {
      if (!group) rememberConversation(context, externalId);
      await context.sendActivity(renderActivity(linked));
      return;
    }
    const started = await startTurn(deps.agent, {
      channel: 'teams',
      externalUserId: externalId,
      displayName: from?.name,
      conversationKey: activity.conversation!.id,
      messageId: activity.id,
      text,
      ...(group ? { group } : {}),
    });
    const reference = activity.getConversationReference();
    // Only a personal conversation is where alerts and digests may go later.
    const remember = (out: TurnOutput) => !group && deps.conversations.setReference(out.conversationId, reference);
    if (started.kind === 'answered') {
      remember(started.out);
      await context.sendActivity(answerActivity(started.out));
      return;
    }
    // The language model is thinking: "typing…" now, and the request is answered, since the Bot
    // Service waits 15 s at most; the answer follows as a message of its own when the model is done.
    await context.sendActivity(Activity.fromObject({ type: ActivityTypes.Typing }));
    void started.answer
      .then(async (out) => {
        remember(out);
        await proactive(reference, answerActivity(out));
      })
      .catch(async (err: unknown) => {
        log.warn({ err, activityId: activity.id }, 'Teams answer after thinking failed');
        if (storeWasBusy(err)) await proactive(reference, renderActivity(TEAMS_BUSY_TEXT));
      })
      .catch((err: unknown) => log.error({ err, activityId: activity.id }, 'Teams busy reply failed'));
  }

  /** A turn's answer as a Teams message: with a price looked at, its chart drawn into the card, or a sentence when the price never moved. */
  function answerActivity(out: TurnOutput) {
    const chart = out.priceHistory ? priceChart(out.priceHistory) : undefined;
    const said = chart?.kind === 'sentence' ? `${out.text}\n${chart.text}` : out.text;
    return renderActivity(said, out.choices, deps.choiceStyle, chart?.kind === 'picture' ? chart : undefined);
  }

  /** Keeps a personal conversation's address before the person has asked the agent anything. */
  function rememberConversation(context: TurnContext, externalId: string): void {
    const activity = context.activity;
    const user = deps.users.resolve('teams', externalId, activity.from?.name);
    const conversationId = `teams:${activity.conversation!.id}`;
    deps.conversations.save(conversationId, user.id, 'teams', deps.conversations.load(conversationId));
    deps.conversations.setReference(conversationId, activity.getConversationReference());
  }

  async function onConversationUpdate(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    if (teamsGroup(activity.conversation, activity.channelData)) {
      // A team or group chat: hello once, when the bot itself joins; people who join later are
      // not greeted there, and the group is never anyone's address for personal messages.
      if (added.some((m) => m.id === botId)) await context.sendActivity(renderActivity(TEAMS_GROUP_WELCOME_TEXT));
      return;
    }
    const person = added.find((m) => m.id && m.id !== botId);
    if (!person) return;
    rememberConversation(context, person.aadObjectId ?? person.id!);
    await context.sendActivity(renderActivity(TEAMS_WELCOME_TEXT));
  }

  async function logic(context: TurnContext): Promise<void> {
    try {
      if (context.activity.type === 'message') return await onMessage(context);
      if (context.activity.type === 'conversationUpdate') return await onConversationUpdate(context);
    } catch (err) {
      // Another writer held the store past the busy timeout: nothing was applied and the
      // message is not remembered, so the person is asked to send it again.
      if (!storeWasBusy(err)) throw err;
      log.warn({ err, activityId: context.activity.id }, 'Teams turn deferred: store busy');
      await context.sendActivity(renderActivity(TEAMS_BUSY_TEXT));
    }
  }

  /** Writes to a stored conversation first: a price alert, or an answer that took the model a while. */
  async function proactive(reference: TeamsReference, message: ReturnType<typeof renderActivity>): Promise<void> {
    // With credentials the SDK fetches a token for the app; without them the anonymous
    // identity (no audience) gets an unauthenticated connector client, as local emulators expect.
    const identity = deps.appId ?? { name: 'anonymous' };
    // Without the incoming activity's id the message starts a new one instead of threading
    // under whatever the person last said.
    const fresh: TeamsReference = { ...reference, activityId: undefined };
    // A failed send is kept from the adapter's turn-error handler (which would write "something
    // went wrong" to the person) and thrown to the caller (the notifier retries the delivery later).
    let failure: unknown;
    await adapter.continueConversation(identity, fresh, async (context) => {
      // The SDK makes every activity of a turn a reply to the turn's activity, which for a
      // proactive turn is a made-up continuation id: post a new message instead.
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      try {
        await context.sendActivity(message);
      } catch (err) {
        failure = err ?? new Error('proactive send failed');
      }
    });
    if (failure !== undefined) throw failure;
  }

  const refuse = (reply: FastifyReply, status: number, code: ErrorCode) =>
    reply.code(status).send({ error: { code, message: ERRORS[code].message } });

  return {
    async handleRequest(request, reply) {
      const req = toSdkRequest(request);
      const res = toSdkResponse(reply);
      let authorized = false;
      await adapter.authorizeRequest(req, res, () => {
        authorized = true;
      });
      if (!authorized) {
        log.warn({ status: reply.statusCode }, 'Teams request refused by token validation');
        res.flush();
        return;
      }
      const verdict = judgeActivity(request.body);
      if (verdict.kind === 'refuse') {
        log.warn({ reason: verdict.reason }, 'Teams request refused: not a valid activity');
        await refuse(reply, 400, 'BAD_INPUT');
        return;
      }
      if (verdict.kind === 'ignore') {
        // Typing, reactions, invokes: acknowledged so the Bot Service does not redeliver them.
        log.debug({ type: verdict.type }, 'Teams activity type not handled');
        await reply.code(200).send();
        return;
      }
      try {
        await adapter.process(req, res, logic);
        res.flush();
      } catch (err) {
        if (reply.sent) return;
        // The SDK's own schema check (a field of the wrong type): nothing ran.
        if ((err as Error | undefined)?.name === 'ZodError') {
          log.warn({ err }, 'Teams request refused: activity fails the schema');
          await refuse(reply, 400, 'BAD_INPUT');
          return;
        }
        // The Bot Service retries on 5xx; the caller gets no internal detail, the log gets all of it.
        log.error({ err }, 'Teams activity could not be processed');
        await refuse(reply, 500, 'INTERNAL');
      }
    },
    sendProactive: (reference, text, choices) => proactive(reference, renderActivity(text, choices, deps.choiceStyle)),
  };
}

