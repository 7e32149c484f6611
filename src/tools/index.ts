/**
 * The tool registry: every tool the router and the LLM can call, defined once each. Names and
 * argument names are the contract in docs/architecture.md.
 */
import { addToListTool } from './add-to-list.js';
import { checkItemTool } from './check-item.js';
import { checkoutListTool } from './checkout-list.js';
import { clearListConfirmedTool, clearListTool } from './clear-list.js';
import { createListTool } from './create-list.js';
import { deleteListConfirmedTool, deleteListTool } from './delete-list.js';
import { exportListTool } from './export-list.js';
import { findSubstitutesTool } from './find-substitutes.js';
import { getPriceTool } from './get-price.js';
import { ingredientsForTool } from './ingredients-for.js';
import { joinListTool } from './join-list.js';
import { leaveListTool } from './leave-list.js';
import { listMembersTool } from './list-members.js';
import { listTotalTool } from './list-total.js';
import { matchDealsTool } from './match-deals.js';
import { newShareCodeTool } from './new-share-code.js';
import { forgetPreferenceTool, whatYouKnowTool } from './preferences-known.js';
import { rememberPreferenceTool } from './remember-preference.js';
import { removeCheckedTool } from './remove-checked.js';
import { removeFromListTool } from './remove-from-list.js';
import { removeMemberTool } from './remove-member.js';
import { renameListTool } from './rename-list.js';
import { replaceListItemTool } from './replace-list-item.js';
import { searchProductsTool } from './search-products.js';
import { setBudgetTool } from './set-budget.js';
import { shareListTool } from './share-list.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';
import { stopSharingTool } from './stop-sharing.js';
import { stopTrackingTool } from './stop-tracking.js';
import { trackPriceTool } from './track-price.js';
import { undoLastChangeTool } from './undo-last-change.js';
import { updateListItemTool } from './update-list-item.js';
import { viewListTool } from './view-list.js';

/**
 * Every tool, in the order the model sees them (most used first).
 *
 * @example
 * const tools = createTools({ catalog, lists, prices, deals, substitutes, budgets, alerts, preferences, demoStore: true });
 */
export function createTools(deps: ToolDeps): ToolDefinition[] {
  return [
    addToListTool(deps),
    removeFromListTool(deps),
    viewListTool(deps),
    updateListItemTool(deps),
    replaceListItemTool(deps),
    searchProductsTool(deps),
    getPriceTool(deps),
    matchDealsTool(deps),
    findSubstitutesTool(deps),
    listTotalTool(deps),
    setBudgetTool(deps),
    trackPriceTool(deps),
    stopTrackingTool(deps),
    rememberPreferenceTool(deps),
    forgetPreferenceTool(deps),
    whatYouKnowTool(deps),
    clearListTool(deps),
    createListTool(deps),
    renameListTool(deps),
    deleteListTool(deps),
    shareListTool(deps),
    joinListTool(deps),
    leaveListTool(deps),
    listMembersTool(deps),
    removeMemberTool(deps),
    newShareCodeTool(deps),
    stopSharingTool(deps),
    ingredientsForTool(deps),
    checkItemTool(deps),
    removeCheckedTool(deps),
    exportListTool(deps),
    checkoutListTool(deps),
    undoLastChangeTool(deps),
    clearListConfirmedTool(deps),
    deleteListConfirmedTool(deps),
  ] as ToolDefinition[];
}

/**
 * The tools offered to the model: the fourteen of docs/architecture.md. List housekeeping (rename, delete,
 * share, join, check off, export, undo) is said in few, fixed ways that offline understanding
 * covers, and leaving those seven out keeps every request's fixed prompt under 1,500 tokens.
 */
export const MODEL_TOOL_NAMES: readonly string[] = [
  'search_products', 'get_price', 'add_to_list', 'remove_from_list', 'update_list_item', 'view_list', 'clear_list',
  'create_list', 'match_deals', 'find_substitutes', 'list_total', 'set_budget', 'track_price', 'remember_preference',
];

/** The tools a model may call (never the confirmed halves of destructive actions). */
export function modelTools(tools: readonly ToolDefinition[]): ToolDefinition[] {
  return tools.filter((t) => !t.internal && MODEL_TOOL_NAMES.includes(t.name));
}

export type { ToolDeps, ProductMemory } from './tool-deps.js';
export type { ToolCall, ToolContext, ToolDefinition, ToolEffects, ToolResult, ShownProduct, TouchedItem } from './tool.js';
export { renderList } from './render-list.js';
export { DEMO_NOTE } from './product-text.js';
export { ASK_PRIVATELY_TEXT } from './ask-privately.js';
