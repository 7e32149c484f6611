import { z } from 'zod';
import { formatCents } from '../grocery/money.js';
import type { BudgetStatus } from '../grocery/budget/index.js';
import { toListSnapshot } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { DEMO_NOTE } from './product-text.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({ list: listArg });

/** list_total: what a list will cost at today's prices, what deals save, and the budget left. */
export function listTotalTool(deps: Pick<ToolDeps, 'lists' | 'prices' | 'budgets' | 'demoStore'>): ToolDefinition<typeof input> {
  return {
    name: 'list_total',
    description: 'Estimated total of a list, deal savings and budget left.',
    input,
    execute({ list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const view = deps.lists.view(ctx.userId, target.id);
      const lines = view.groups.flatMap((g) => g.lines.map((l) => ({ productId: l.productId, packages: l.packages, product: l.product })));
      const total = deps.prices.listTotal(lines);
      const budget = deps.budgets.budgetStatus(ctx.userId, { listTotalCents: total.totalCents });
      const out: string[] = [];
      if (total.lineCount === 0) out.push(`Your ${listLabel(target.name)} is empty.`);
      else {
        const items = `${total.lineCount} item${total.lineCount === 1 ? '' : 's'}`;
        out.push(`Your ${listLabel(target.name)} comes to about ${formatCents(total.totalCents)} for ${items}${deps.demoStore ? ` ${DEMO_NOTE}` : ''}.`);
        if (total.savingsCents > 0) out.push(`Deals save you ${formatCents(total.savingsCents)}.`);
        if (total.unmatchedCount > 0) {
          out.push(`${total.unmatchedCount} item${total.unmatchedCount === 1 ? " isn't" : "s aren't"} matched to a product, so ${total.unmatchedCount === 1 ? "it's" : "they're"} not counted.`);
        }
      }
      if (budget) out.push(budgetLine(budget));
      return {
        ok: true,
        data: { ...total, budget: budget ?? null },
        text: out.join(' '),
        effects: { list: toListSnapshot(view), activeList: listRef(target) },
      };
    },
  };
}

/** "Budget: $150.00 a week; $40.00 spent, $86.55 left after this list." */
export function budgetLine(b: BudgetStatus): string {
  const head = `Budget: ${formatCents(b.amountCents)} a ${b.period}`;
  const spent = b.spentCents > 0 ? `; ${formatCents(b.spentCents)} spent so far` : '';
  const after = b.listTotalCents > 0 ? ' after this list' : '';
  if (b.remainingCents < 0) return `${head}${spent}. This list would put you ${formatCents(-b.remainingCents)} over.`;
  return `${head}${spent}, ${formatCents(b.remainingCents)} left${after}.`;
}
