import type { ConversationResult } from './check-conversation.js';
import { formatTable, percent } from './format-table.js';
import { NONE, type Miss, type UtteranceReport } from './score-utterances.js';
import { TOOL_NAMES } from './standard.js';
import type { Understanding } from './types.js';

/** How many misses the report lists. */
export const WORST_MISSES_SHOWN = 20;

/** Thresholds not met, as sentences. */
export function checkThresholds(
  main: UtteranceReport,
  apart: readonly { label: string; report: UtteranceReport }[],
  t: { overall: number; heldout: number; recall: number; minSupport: number },
): string[] {
  const out: string[] = [];
  if (main.accuracy < t.overall) out.push(`overall accuracy ${percent(main.accuracy)} < ${percent(t.overall)}`);
  for (const { label, report } of apart) {
    if (report.total > 0 && report.accuracy < t.heldout) out.push(`${label} accuracy ${percent(report.accuracy)} < ${percent(t.heldout)}`);
  }
  for (const tool of main.tools) {
    if (tool.tool === NONE || tool.support < t.minSupport || tool.recall === null) continue;
    if (tool.recall < t.recall) out.push(`${tool.tool} recall ${percent(tool.recall)} < ${percent(t.recall)}`);
  }
  return out;
}

/** Tools in table order: the standard's order first, then anything unexpected the predictor made up. */
function orderedTools(names: Iterable<string>): string[] {
  const seen = new Set(names);
  return [...TOOL_NAMES.filter((t) => seen.has(t)), ...[...seen].filter((t) => !TOOL_NAMES.includes(t) && t !== NONE).sort()];
}

/** One understanding in one short line: `add_to_list {"items":[...]}; view_list {}` or `(act yes)`. */
export function describeUnderstanding(u: Understanding): string {
  const calls = (u.calls ?? []).map((c) => `${c.name} ${JSON.stringify(c.args ?? {})}`).join('; ');
  const act = u.act ? `(act ${u.act})` : '';
  return [calls, act].filter(Boolean).join(' ') || '(nothing)';
}

/** The confusion table, columns numbered to keep it narrow, with a legend in the row names. */
export function renderConfusion(confusion: Record<string, Record<string, number>>): string {
  const names = new Set<string>();
  for (const [e, row] of Object.entries(confusion)) {
    names.add(e);
    for (const p of Object.keys(row)) names.add(p);
  }
  const tools = [...orderedTools(names), NONE];
  const header = ['expected \\ predicted', ...tools.map((_, i) => String(i + 1))];
  const rows = tools.map((e, i) => [`${i + 1} ${e}`, ...tools.map((p) => confusion[e]?.[p] ?? 0)]);
  return formatTable(header, rows.map((r) => r.map((c) => (c === 0 ? '.' : c))));
}

function renderMisses(misses: Miss[]): string {
  if (misses.length === 0) return '(none)';
  return misses
    .slice(0, WORST_MISSES_SHOWN)
    .map((m, i) => `${String(i + 1).padStart(2)}. ${JSON.stringify(m.text)}  [${m.source ?? ''}]\n    expected:  ${describeUnderstanding(m.expected)}\n    predicted: ${describeUnderstanding(m.predicted)}`)
    .join('\n');
}

/** One row of the sets table: accuracy, then what was written unasked and what was asked first. */
function setRow(label: string, r: UtteranceReport, threshold: number): (string | number)[] {
  return [label, r.total, r.exact, percent(r.accuracy), percent(threshold), `${r.wrongWrites} (${percent(r.total ? r.wrongWrites / r.total : 0)})`, `${r.askedRight}/${r.asked}`];
}

/** The utterance report as aligned plain text. */
export function renderUtteranceReport(
  main: UtteranceReport, apart: readonly { label: string; report: UtteranceReport }[], belowThreshold: string[], overallThreshold: number, heldoutThreshold: number,
): string {
  const byName = new Map(main.tools.map((t) => [t.tool, t]));
  const toolRows = orderedTools(byName.keys()).map((name) => {
    const t = byName.get(name)!;
    return [name, t.support, t.truePositives, t.falsePositives, t.falseNegatives, percent(t.precision), percent(t.recall), `${t.argsExact}/${t.namedPairs}`, percent(t.argsExactRate)];
  });
  const shown = apart.filter((a) => a.report.total > 0);
  const parts = [
    'UTTERANCES',
    formatTable(['set', 'utterances', 'exact', 'accuracy', 'threshold', 'wrong writes', 'asked (right)'], [
      setRow('labelled', main, overallThreshold),
      ...shown.map((a) => setRow(a.label, a.report, heldoutThreshold)),
    ]),
    'wrong writes: messages whose calls change something and are not what was asked; asked: answered with a question first (how many asked about the right calls)',
    `acts: ${main.acts.correct}/${main.acts.total} (${percent(main.acts.accuracy)})`,
    '',
    'PER TOOL (labelled set)',
    formatTable(['tool', 'support', 'tp', 'fp', 'fn', 'precision', 'recall', 'args exact', 'args %'], toolRows),
    '',
    'CONFUSION (labelled set; rows expected, columns predicted)',
    renderConfusion(main.confusion),
    '',
    `WORST ${WORST_MISSES_SHOWN} MISSES (labelled set)`,
    renderMisses(main.misses),
    '',
    ...shown.flatMap((a) => [`WORST ${WORST_MISSES_SHOWN} MISSES (${a.label})`, renderMisses(a.report.misses), '']),
    belowThreshold.length === 0 ? 'utterances: all thresholds met' : `utterances BELOW THRESHOLD:\n${belowThreshold.map((s) => `  - ${s}`).join('\n')}`,
  ];
  return parts.join('\n');
}

/** The conversation report as aligned plain text. */
export function renderConversationReport(
  r: { total: number; passed: number; passRate: number; turns: number; turnsPassed: number; results: ConversationResult[]; belowThreshold: string[];
    heldout?: { total: number; passed: number; turns: number; turnsPassed: number } },
  threshold: number,
): string {
  const failed = r.results.filter((c) => !c.passed);
  const rows: (string | number)[][] = [['ours', r.total, r.passed, percent(r.passRate), percent(threshold), r.turns, r.turnsPassed]];
  if (r.heldout && r.heldout.total > 0) rows.push(['held-out', r.heldout.total, r.heldout.passed, percent(r.heldout.passed / r.heldout.total), '-', r.heldout.turns, r.heldout.turnsPassed]);
  return [
    'CONVERSATIONS',
    formatTable(['set', 'conversations', 'passed', 'pass rate', 'threshold', 'turns', 'turns passed'], rows),
    '',
    'FAILED CONVERSATIONS',
    failed.length === 0 ? '(none)' : failed.map((c) => `- ${c.name} [${c.file ?? ''}]\n${c.failures.slice(0, 3).map((f) => `    ${f}`).join('\n')}`).join('\n'),
    '',
    r.belowThreshold.length === 0 ? 'conversations: threshold met' : `conversations BELOW THRESHOLD:\n${r.belowThreshold.map((s) => `  - ${s}`).join('\n')}`,
  ].join('\n');
}
