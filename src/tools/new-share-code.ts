import { z } from 'zod';
import { listLabel, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import { shareCodeResult } from './share-list.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** new_share_code: the owner replaces the list's share code; the old one stops working, the people on the list stay. */
export function newShareCodeTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'new_share_code',
    description: "Replace a list's share code with a new one; the old code stops working.",
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const share = deps.lists.rotateShareCode(ctx.userId, target.id);
      return shareCodeResult(target, share, ctx, `The old code for your ${listLabel(target.name)} no longer works. Anyone new can join with:`);
    },
  };
}
