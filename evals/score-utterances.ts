import { argsEqual, callListsEqual, normalizeToolName } from './normalize-calls.js';
import type { EvalCall, Understanding } from './types.js';

/** The row and column name used for "no call" in the confusion table. */
export const NONE = 'none';

/** One utterance scored: what was expected, what came back. */
export interface ScoredCase {
  text: string;
  expected: Understanding;
  predicted: Understanding;
  /** Where the label lives, e.g. "add.jsonl:12". */
  source?: string;
}

/** Precision, recall and argument match for one tool. */
export interface ToolScore {
  tool: string;
  /** Calls of this tool in the labels. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when the tool was never predicted. */
  precision: number | null;
  /** null when the tool was never expected. */
  recall: number | null;
  /** Calls with the right name paired with an expected one. */
  namedPairs: number;
  /** Of those, how many have exactly the right arguments. */
  argsExact: number;
  /** argsExact / namedPairs, null when there were no pairs. */
  argsExactRate: number | null;
}

/** A wrong answer, with how wrong it was. */
export interface Miss {
  text: string;
  source?: string;
  expected: Understanding;
  predicted: Understanding;
  /** Wrong or missing tools count 2 each, right tools with wrong arguments 1, a wrong act 1. */
  severity: number;
}

/** Everything the utterance tables print. */
export interface UtteranceReport {
  total: number;
  exact: number;
  accuracy: number;
  /** Of the labels with an act, how many got that act back. */
  acts: { total: number; correct: number; accuracy: number | null };
  tools: ToolScore[];
  /** confusion[expected][predicted] = count; "none" stands for no call. */
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
  /**
   * Messages whose calls (what runs without asking) change something and are not exactly the
   * label: something written that the person did not ask for. The figure to keep near zero.
   */
  wrongWrites: number;
  /** Messages answered with a question ("Add carrots to your list?") instead of calls. */
  asked: number;
  /** Of those, how many asked about exactly the labelled calls. */
  askedRight: number;
}

/**
 * Tools that change what a person has (lists, budget, alerts, preferences, sharing). Looking
 * things up writes nothing; clearing a list asks first but is counted here all the same.
 */
export const WRITE_TOOLS: ReadonlySet<string> = new Set([
  'add_to_list', 'remove_from_list', 'update_list_item', 'clear_list', 'create_list', 'rename_list', 'delete_list', 'set_budget',
  'track_price', 'stop_tracking', 'remember_preference', 'forget_preference', 'share_list', 'join_list', 'leave_list', 'check_item',
  'remove_checked',
]);

/** True when a prediction runs a call that changes something. */
export function writes(predicted: Understanding): boolean {
  return (predicted.calls ?? []).some((c) => WRITE_TOOLS.has(normalizeToolName(c.name)));
}

/** Counts of each tool name in a call list. */
function countNames(calls: EvalCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(normalizeToolName(c.name), (counts.get(normalizeToolName(c.name)) ?? 0) + 1);
  return counts;
}

/** True when the case is an exact match: same call list, and the act when the label has one. */
export function isExactMatch(expected: Understanding, predicted: Understanding): boolean {
  if (!callListsEqual(expected.calls, predicted.calls ?? [])) return false;
  if (expected.act !== undefined && (predicted.act ?? '').toLowerCase() !== expected.act.toLowerCase()) return false;
  return true;
}

/**
 * Pairs expected and predicted calls: first same-name calls in order (they count for the diagonal
 * and for argument match), then the leftovers in order (confusions), then what remains against
 * "none".
 */
export function pairCalls(expected: EvalCall[], predicted: EvalCall[]): { expected: EvalCall | null; predicted: EvalCall | null }[] {
  const pairs: { expected: EvalCall | null; predicted: EvalCall | null }[] = [];
  const usedPredicted = new Set<number>();
  const leftoverExpected: EvalCall[] = [];
  for (const e of expected) {
    const idx = predicted.findIndex((p, i) => !usedPredicted.has(i) && normalizeToolName(p.name) === normalizeToolName(e.name));
    if (idx >= 0) {
      usedPredicted.add(idx);
      pairs.push({ expected: e, predicted: predicted[idx]! });
    } else leftoverExpected.push(e);
  }
  const leftoverPredicted = predicted.filter((_, i) => !usedPredicted.has(i));
  const n = Math.max(leftoverExpected.length, leftoverPredicted.length);
  for (let i = 0; i < n; i++) pairs.push({ expected: leftoverExpected[i] ?? null, predicted: leftoverPredicted[i] ?? null });
  return pairs;
}

/** How wrong one prediction is, for ranking the worst misses. */
function severityOf(expected: Understanding, predicted: Understanding): number {
  let severity = 0;
  for (const pair of pairCalls(expected.calls, predicted.calls ?? [])) {
    if (!pair.expected || !pair.predicted) severity += 2;
    else if (normalizeToolName(pair.expected.name) !== normalizeToolName(pair.predicted.name)) severity += 2;
    else if (!argsEqual(pair.expected.args, pair.predicted.args)) severity += 1;
  }
  if (expected.act !== undefined && (predicted.act ?? '').toLowerCase() !== expected.act.toLowerCase()) severity += 1;
  return severity;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/**
 * Scores predictions against labels: exact-match accuracy, per-tool precision, recall and
 * argument match, a confusion table and the misses, worst first.
 *
 * @example
 * scoreUtterances([{ text: 'add milk', expected: { calls: [...] }, predicted: understand('add milk') }]).accuracy
 */
export function scoreUtterances(cases: ScoredCase[]): UtteranceReport {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const pairsByTool = new Map<string, number>();
  const argsExactByTool = new Map<string, number>();
  const confusion: Record<string, Record<string, number>> = {};
  const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
  const bumpConfusion = (e: string, p: string) => {
    confusion[e] ??= {};
    confusion[e][p] = (confusion[e][p] ?? 0) + 1;
  };
  let exact = 0;
  let wrongWrites = 0;
  let asked = 0;
  let askedRight = 0;
  let actTotal = 0;
  let actCorrect = 0;
  const misses: Miss[] = [];

  for (const c of cases) {
    const predictedCalls = c.predicted.calls ?? [];
    const expectedCounts = countNames(c.expected.calls);
    const predictedCounts = countNames(predictedCalls);
    for (const tool of new Set([...expectedCounts.keys(), ...predictedCounts.keys()])) {
      const e = expectedCounts.get(tool) ?? 0;
      const p = predictedCounts.get(tool) ?? 0;
      bump(tp, tool, Math.min(e, p));
      bump(fp, tool, Math.max(0, p - e));
      bump(fn, tool, Math.max(0, e - p));
    }
    const pairs = pairCalls(c.expected.calls, predictedCalls);
    if (pairs.length === 0) bumpConfusion(NONE, NONE);
    for (const pair of pairs) {
      const e = pair.expected ? normalizeToolName(pair.expected.name) : NONE;
      const p = pair.predicted ? normalizeToolName(pair.predicted.name) : NONE;
      bumpConfusion(e, p);
      if (pair.expected && pair.predicted && e === p) {
        bump(pairsByTool, e);
        if (argsEqual(pair.expected.args, pair.predicted.args)) bump(argsExactByTool, e);
      }
    }
    if (c.expected.act !== undefined) {
      actTotal += 1;
      if ((c.predicted.act ?? '').toLowerCase() === c.expected.act.toLowerCase()) actCorrect += 1;
    }
    const askedCalls = c.predicted.ask?.calls;
    if (askedCalls && askedCalls.length > 0) {
      asked += 1;
      if (callListsEqual(c.expected.calls, askedCalls)) askedRight += 1;
    }
    if (isExactMatch(c.expected, c.predicted)) exact += 1;
    else if (writes(c.predicted)) wrongWrites += 1;
    if (!isExactMatch(c.expected, c.predicted)) misses.push({ text: c.text, source: c.source, expected: c.expected, predicted: c.predicted, severity: severityOf(c.expected, c.predicted) });
  }

  const toolNames = [...new Set([...tp.keys(), ...fp.keys(), ...fn.keys()])].sort();
  const tools = toolNames.map((tool): ToolScore => {
    const t = tp.get(tool) ?? 0;
    const f = fp.get(tool) ?? 0;
    const n = fn.get(tool) ?? 0;
    const pairs = pairsByTool.get(tool) ?? 0;
    const argsExact = argsExactByTool.get(tool) ?? 0;
    return {
      tool, support: t + n, truePositives: t, falsePositives: f, falseNegatives: n,
      precision: ratio(t, t + f), recall: ratio(t, t + n),
      namedPairs: pairs, argsExact, argsExactRate: ratio(argsExact, pairs),
    };
  });
  misses.sort((a, b) => b.severity - a.severity || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return {
    total: cases.length,
    exact,
    accuracy: cases.length === 0 ? 0 : exact / cases.length,
    acts: { total: actTotal, correct: actCorrect, accuracy: ratio(actCorrect, actTotal) },
    tools,
    confusion,
    misses,
    wrongWrites,
    asked,
    askedRight,
  };
}
