import type { TurnOutput } from '../turn.js';
import type { TurnContext, TurnDeps } from '../turn-context.js';

/**
 * Replying: the turn's answer for the channel, once everything it did has committed; every list
 * it changed is announced, so other channels showing that list redraw it.
 */
export function publishReply(turn: TurnContext, deps: Pick<TurnDeps, 'events'>): TurnOutput {
  const reply = turn.reply!;
  const duplicate = turn.plan?.kind === 'repeat';
  if (!duplicate) {
    for (const listId of reply.changedListIds ?? []) {
      // The whole list when the turn showed it, else what the turn changed on it, else neither (listeners read it).
      const drawn = reply.list?.id === listId ? { list: reply.list } : reply.listChange?.id === listId ? { change: reply.listChange } : {};
      deps.events?.emit('list_changed', { listId, byUserId: turn.userId, ...drawn });
    }
  }
  return { ...reply, ...(duplicate ? { duplicate } : {}), userId: turn.userId, conversationId: turn.conversationId };
}
