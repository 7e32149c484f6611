import { z } from 'zod';
import { AppError } from '../errors.js';
import type { ListMember } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { memberNames } from './list-members.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  member: z.string().trim().min(1).max(60).describe('the person to take off: their name, or "#id" from the member list'),
  list: listArg,
});

/** remove_member: the owner takes one person off a shared list; the share code stops working too. */
export function removeMemberTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'remove_member',
    description: 'Take one person off a list you own.',
    input,
    execute({ member, list }, ctx) {
      const target = targetList(deps, ctx, list);
      const members = deps.lists.members(ctx.userId, target.id);
      const who = pickMember(members, member, ctx.userId);
      const removed = deps.lists.removeMember(ctx.userId, target.id, who.userId);
      return {
        ok: true,
        data: { listId: target.id, removed: removed.userId },
        text: `Took ${memberNames(members, ctx.userId).get(removed.userId)} off your ${listLabel(target.name)}. Its share code no longer works; say "share my list" for a new one.`,
        changedListIds: [target.id],
        effects: { activeList: listRef(target) },
      };
    },
  };
}

/**
 * The one member `said` means: "#12" by id, else a name as the member list shows it ("Bob",
 * "web chat guest 2"; whole, case-insensitive); NOT_FOUND with who is there otherwise.
 */
function pickMember(members: readonly ListMember[], said: string, viewer: number): ListMember {
  const byId = /^#(\d+)$/.exec(said);
  const wanted = said.toLowerCase().replace(/^(a|the) /, '');
  const named = memberNames(members, viewer);
  const found = byId
    ? members.filter((m) => m.userId === Number(byId[1]))
    : members.filter((m) => m.userId !== viewer && [m.displayName ?? '', named.get(m.userId)!.replace(/^a /, '')].some((n) => n.toLowerCase() === wanted));
  if (found.length === 1) return found[0]!;
  const others = members.filter((m) => m.userId !== viewer);
  const userMessage =
    found.length > 1
      ? `More than one person on the list is called ${said}. Say "who's on my list" and press the button for the one to remove.`
      : others.length === 0
        ? 'Nobody else is on that list.'
        : `Nobody called ${said.slice(0, 40)} is on that list. Say "who's on my list" to see who is.`;
  throw new AppError('NOT_FOUND', { userMessage, detail: `member "${said.slice(0, 40)}" on list` });
}
