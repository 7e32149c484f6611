import { z } from 'zod';
import { checkout } from '../grocery/checkout/index.js';
import { toListSnapshot } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({ list: listArg });

/**
 * checkout_list ("order it", "check out"): hands the list off for ordering. What has a Walmart
 * item id goes into one Walmart add-to-cart link with the quantities the list needs; the rest,
 * and the whole list, come as text by aisle to shop from or send to someone. Nothing is bought.
 */
export function checkoutListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'checkout_list',
    description: 'Order a list: a Walmart cart link and the list by aisle to share.',
    input,
    execute({ list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const view = deps.lists.view(ctx.userId, target.id);
      const out = checkout(view);
      const label = listLabel(target.name);
      const parts: string[] = [];
      if (out.walmartLines + out.otherLines === 0) parts.push(`Your ${label} has nothing left to buy.`);
      else if (out.walmartCartUrl) {
        parts.push(`Open this to put ${out.walmartLines} product${out.walmartLines === 1 ? '' : 's'} in a Walmart cart with the quantities on your ${label}: ${out.walmartCartUrl}`);
        if (out.otherLines > 0) parts.push(`${out.otherLines} item${out.otherLines === 1 ? " isn't" : "s aren't"} sold through Walmart's cart link; here's the whole list by aisle to shop or share:`);
        else parts.push(`Or shop it yourself, by aisle:`);
        parts.push(out.text);
      } else {
        parts.push(`None of these products has a Walmart item id, so there's no cart link; here's your ${label} by aisle to shop or share:`, out.text);
      }
      return { ok: true, data: out, text: parts.join('\n'), effects: { list: toListSnapshot(view), activeList: listRef(target) } };
    },
  };
}
