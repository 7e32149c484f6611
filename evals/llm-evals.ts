/**
 * `grocery-agent eval --llm`: the labelled sets through the agent's decision with the configured
 * language model behind it, exactly as a turn decides (src/agent: offlinePlan, then the model for
 * what the offline path would ask about or did not understand, then modelPlan), without running
 * tools. Per set it prints accuracy with the model and without it, wrong writes (changes nobody
 * asked for) with and without, questions asked first, how often the model was consulted and how
 * often it could not help (by reason), its words that were not shown (claims of an action), and
 * the model's latency percentiles, so an operator can compare models on their own hardware.
 */
import { modelHints, modelPlan, offlinePlan, usableWords, type LlmFailure, type LlmRunner, type Plan, type UnderstandingResult } from '../src/agent/index.js';
import { formatTable, percent } from './format-table.js';
import { defaultEvalsDir, loadUtterances, setKindOf, setLabelOf } from './load-evals.js';
import { scoreUtterances, type ScoredCase } from './score-utterances.js';
import type { LabelledUtterance, Understanding } from './types.js';

/** What the run needs: the offline understanding, the trained model's ranking, and the model. */
export interface LlmEvalDeps {
  understand: (text: string) => UnderstandingResult;
  rankIntents?: (text: string) => readonly { intent: string; p: number }[];
  llm: LlmRunner;
  thresholds: { threshold: number; floor: number };
  dir?: string;
  /** Progress lines (to stderr in the command). */
  progress?: (done: number, total: number) => void;
}

/** How one set did. */
export interface LlmSetScore {
  set: string;
  lines: number;
  exact: number;
  exactOffline: number;
  wrongWrites: number;
  wrongWritesOffline: number;
  asked: number;
  consulted: number;
  /** The model proposed something usable. */
  answered: number;
  /** Why the model could not help, when it could not. */
  fallbacks: Partial<Record<LlmFailure, number>>;
  /** Model words not shown because they claimed an action (or held code). */
  wordsDropped: number;
  /** Model words shown (small talk where the offline path did not understand). */
  wordsShown: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number } | null;
}

/**
 * @example
 * const scores = await runLlmEvals({ understand, rankIntents, llm, thresholds: DEFAULT_THRESHOLDS });
 * process.stdout.write(renderLlmEvals(scores, 'llama3.2:3b'));
 */
export async function runLlmEvals(deps: LlmEvalDeps): Promise<LlmSetScore[]> {
  const lines = loadUtterances(deps.dir ?? defaultEvalsDir());
  const groups = new Map<string, LabelledUtterance[]>();
  for (const u of lines) {
    const set = setKindOf(u.file) === 'labelled' ? 'labelled' : setLabelOf(u.file);
    groups.set(set, [...(groups.get(set) ?? []), u]);
  }
  const scores: LlmSetScore[] = [];
  let done = 0;
  for (const [set, rows] of groups) {
    const withModel: ScoredCase[] = [];
    const offline: ScoredCase[] = [];
    const times: number[] = [];
    const score: LlmSetScore = { set, lines: rows.length, exact: 0, exactOffline: 0, wrongWrites: 0, wrongWritesOffline: 0, asked: 0, consulted: 0, answered: 0, fallbacks: {}, wordsDropped: 0, wordsShown: 0, latencyMs: null };
    for (const u of rows) {
      const expected = { calls: u.calls, ...(u.act !== undefined ? { act: u.act } : {}) };
      const understood = deps.understand(u.text);
      offline.push({ text: u.text, expected, predicted: asActedOn(understood, offlinePlan(understood, { ...deps.thresholds, model: false })), source: `${u.file}:${u.line}` });
      let plan = offlinePlan(understood, { ...deps.thresholds, model: true });
      if (plan.kind === 'consult' && !(understood.act && understood.calls.length === 0)) {
        score.consulted += 1;
        const started = performance.now();
        const outcome = await deps.llm.propose({ text: u.text, history: [], hints: modelHints(understood, deps.rankIntents?.(u.text) ?? []) });
        times.push(performance.now() - started);
        if (outcome.ok) {
          score.answered += 1;
          if (outcome.say && !usableWords(outcome.say)) score.wordsDropped += 1;
          plan = modelPlan(outcome, understood, plan.fallback);
          if (plan.kind === 'say' && plan.reply.source === 'llm') score.wordsShown += 1;
        } else {
          score.fallbacks[outcome.reason] = (score.fallbacks[outcome.reason] ?? 0) + 1;
          plan = plan.fallback;
        }
      }
      withModel.push({ text: u.text, expected, predicted: asActedOn(understood, plan), source: `${u.file}:${u.line}` });
      deps.progress?.(++done, lines.length);
    }
    const report = scoreUtterances(withModel);
    const baseline = scoreUtterances(offline);
    Object.assign(score, { exact: report.exact, exactOffline: baseline.exact, wrongWrites: report.wrongWrites, wrongWritesOffline: baseline.wrongWrites, asked: report.asked });
    if (times.length) score.latencyMs = { p50: pct(times, 50), p90: pct(times, 90), p99: pct(times, 99), max: Math.round(Math.max(...times)) };
    scores.push(score);
  }
  return scores;
}

/** Tools whose call only asks "are you sure?": nothing changes until the person says yes. */
const ASKS_ITSELF: ReadonlySet<string> = new Set(['clear_list', 'delete_list']);

/**
 * A plan as the eval scores it: what runs, and what is asked about first. Clearing or deleting a
 * list asks for confirmation in the tool itself, so here (unlike the plain `eval`, whose
 * `calls` keep them as DESIGN.md's nlu contract says) those calls count as questions, with and
 * without the model alike.
 */
function asActedOn(understood: UnderstandingResult, plan: Plan): Understanding {
  if (understood.act && understood.calls.length === 0) return { calls: [], act: understood.act };
  const p = plan.kind === 'consult' ? plan.fallback : plan;
  if (p.kind === 'ask') return { calls: [], ask: { calls: p.calls } };
  if (p.kind !== 'run') return { calls: [] };
  const confirms = p.calls.filter((c) => ASKS_ITSELF.has(c.name));
  const runs = p.calls.filter((c) => !ASKS_ITSELF.has(c.name));
  return { calls: runs, ...(confirms.length ? { ask: { calls: confirms } } : {}) };
}

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!);
}

/** The table the command prints. */
export function renderLlmEvals(scores: readonly LlmSetScore[], model: string): string {
  const rows = scores.map((s) => [
    s.set,
    s.lines,
    percent(s.exact / s.lines),
    percent(s.exactOffline / s.lines),
    s.wrongWrites,
    s.wrongWritesOffline,
    s.asked,
    s.consulted,
    s.answered,
    Object.entries(s.fallbacks).map(([k, v]) => `${k} ${v}`).join(', ') || '0',
    `${s.wordsShown}/${s.wordsDropped}`,
    s.latencyMs ? `${s.latencyMs.p50}/${s.latencyMs.p90}/${s.latencyMs.p99}` : '-',
  ]);
  const header = ['set', 'lines', 'exact', 'offline', 'wrong writes', 'offline', 'asked', 'consulted', 'answered', 'fallbacks', 'words shown/dropped', 'p50/p90/p99 ms'];
  return [`Language model: ${model} (the offline decision, then the model where it would ask or did not understand)`, '', formatTable(header, rows)].join('\n');
}
