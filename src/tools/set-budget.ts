import { z } from 'zod';
import { formatCents } from '../grocery/money.js';
import { dollarsArg, toCents } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  amount: dollarsArg('amount'),
  period: z.enum(['week', 'month']).optional().describe('default week'),
});

/** set_budget: a weekly or monthly grocery budget. */
export function setBudgetTool(deps: Pick<ToolDeps, 'budgets'>): ToolDefinition<typeof input> {
  return {
    name: 'set_budget',
    description: 'Set a weekly or monthly grocery budget.',
    input,
    execute({ amount, period }, ctx) {
      const chosen = period ?? deps.budgets.getBudget(ctx.userId)?.period ?? 'week';
      const budget = deps.budgets.setBudget(ctx.userId, toCents(amount), chosen);
      return {
        ok: true,
        data: budget,
        text: `Your budget is now ${formatCents(budget.amountCents)} a ${budget.period}. Ask "how much is my list?" to see what's left.`,
      };
    },
  };
}
