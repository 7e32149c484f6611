import { z } from 'zod';
import { joinAll } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { memberNames } from './list-members.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** stop_sharing: the owner takes a list back: its share code stops working and everyone else is taken off. */
export function stopSharingTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'stop_sharing',
    description: 'Stop sharing a list: its code stops working and everyone but the owner loses access.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const removed = deps.lists.stopSharing(ctx.userId, target.id);
      const label = listLabel(target.name);
      const text =
        removed.length === 0
          ? `Your ${label} is yours alone now: nobody else was on it, and its share code no longer works.`
          : `Stopped sharing your ${label}: ${joinAll([...memberNames(removed, ctx.userId).values()])} ${removed.length === 1 ? 'no longer has' : 'no longer have'} access, and its share code no longer works.`;
      return { ok: true, data: { listId: target.id, removed: removed.map((m) => m.userId) }, text, changedListIds: [target.id], effects: { activeList: listRef(target) } };
    },
  };
}
