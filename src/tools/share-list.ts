import { z } from 'zod';
import type { ListSummary, ShareCode } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolContext, ToolDefinition, ToolResult } from './tool.js';

const input = z.object({ list: listArg });

/** share_list: a code another person sends to join the list; both can then edit it. */
export function shareListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'share_list',
    description: 'Get a code that lets another person join and edit a list.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      return shareCodeResult(target, deps.lists.shareCode(ctx.userId, target.id), ctx);
    },
  };
}

/** "To share your Costco list, have the other person send me: join ABCD-EFGH-JK23 ..." */
export function shareCodeResult(target: ListSummary, share: ShareCode, ctx: ToolContext, lead?: string): ToolResult {
  const first = lead ?? `To share your ${listLabel(target.name)}, have the other person send me:`;
  return {
    ok: true,
    data: { listId: target.id, code: share.code, expiresAt: share.expiresAt },
    text: `${first} join ${share.code}\nThe code works for ${timeLeft(share.expiresAt - ctx.now)}. You'll both be able to see and edit the list; say "stop sharing" to take it back.`,
    effects: { activeList: listRef(target) },
  };
}

/** "7 days", "2 days", "5 hours", "less than an hour". */
function timeLeft(ms: number): string {
  const hour = 60 * 60 * 1000;
  if (ms < hour) return 'less than an hour';
  if (ms < 36 * hour) return `${Math.floor(ms / hour)} more hour${Math.floor(ms / hour) === 1 ? '' : 's'}`;
  const days = Math.round(ms / (24 * hour));
  return `the next ${days} days`;
}
