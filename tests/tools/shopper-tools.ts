/**
 * A core over the demo store for calling tools the way the router does: by name, with the
 * person's context, through the real domain and SQLite. Each test bed is its own database.
 */
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { runToolCall } from '../../src/agent/execute-tool-call.js';
import type { ToolResult } from '../../src/tools/index.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

export const NOW = Date.UTC(2026, 10, 1, 12);

export interface ToolBed {
  core: Core;
  userId: number;
  /** Runs one tool call as this person would, synchronously. */
  call(name: string, args: Record<string, unknown>): ToolResult;
  /** The default list's lines: what the person calls them, the product they became, the amount. */
  lines(): { itemName: string; name: string; quantity: number; unit: string | null; quantityText: string }[];
  close(): void;
}

export function openToolBed(): ToolBed {
  const seeded = createSeededTempDb(NOW);
  const core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), now: () => NOW, demoStore: true });
  const userId = core.users.resolve('terminal', 'shopper').id;
  const ctx = { userId, conversationId: 'terminal:shopper', channel: 'terminal', now: NOW };
  const tools = new Map(core.tools.map((t) => [t.name, t]));
  return {
    core,
    userId,
    call: (name, args) => runToolCall(tools, { name, args }, ctx, core.logger) as ToolResult,
    lines: () => {
      const view = core.lists.view(userId, core.lists.defaultList(userId).id);
      return view.groups.flatMap((g) => g.lines).map((l) => ({ itemName: l.itemName, name: l.name, quantity: l.quantity, unit: l.unit, quantityText: l.quantityText }));
    },
    close: seeded.cleanup,
  };
}
