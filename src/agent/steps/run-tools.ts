import { RETRY_LATER_CODES } from '../../errors.js';
import type { ToolCall } from '../../tools/tool.js';
import { isPromise, runToolCall } from '../execute-tool-call.js';
import type { Step } from '../turn-context.js';

/** Tools whose calls act on a list: a turn without a named list uses the conversation's active one. */
const LIST_SCOPED = new Set([
  'add_to_list', 'remove_from_list', 'update_list_item', 'view_list', 'clear_list', 'match_deals', 'list_total',
  'share_list', 'leave_list', 'ingredients_for', 'check_item', 'remove_checked', 'export_list', 'undo_last_change',
  'replace_list_item', 'checkout_list', 'list_members', 'remove_member', 'new_share_code', 'stop_sharing',
]);

/**
 * Runs the plan's calls in order, synchronously, inside the turn's transaction: every failure is
 * a result that says what went wrong, never a throw that loses the rest of the turn.
 */
export const runTools: Step = (turn, deps) => {
  const plan = turn.plan;
  if (plan?.kind !== 'run') return;
  for (const raw of plan.calls) {
    const call = withActiveList(raw, turn.state!.activeList);
    const result = runToolCall(deps.tools, call, turn.tool!, deps.logger);
    if (isPromise(result)) throw new Error(`tool ${call.name} answered asynchronously; the turn needs synchronous tools`);
    turn.executed.push({ call, result });
  }
  // A call refused for now ("wait before trying another code"): the message is not remembered as handled.
  if (turn.executed.some((e) => !e.result.ok && RETRY_LATER_CODES.has(e.result.error.code))) turn.retryLater = true;
  // A button whose question is answered once: answered, if what it did went through.
  if (plan.press?.once && turn.executed.every((e) => e.result.ok)) deps.questions?.markAnswered(plan.press.questionId, deps.now());
};

function withActiveList(call: ToolCall, activeList: string | undefined): ToolCall {
  if (!activeList || !LIST_SCOPED.has(call.name) || call.args.list !== undefined) return call;
  if (call.name === 'match_deals' && call.args.items !== undefined) return call;
  return { ...call, args: { ...call.args, list: activeList } };
}
