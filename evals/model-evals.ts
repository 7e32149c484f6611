/**
 * Scores the statistical model (src/understanding/model) on the eval sets, the way the grammar is
 * scored: its `propose` calls through the same exact-match rule, per set, plus its intent
 * accuracy and how right it is at each confidence. The training sets are scored twice: live
 * (the model has seen them, so this is only a sanity check) and by the cross-validated figures
 * kept in the model file (each line predicted by a model that never saw it). The held-out files
 * are never trained on: their figures are the ones that say how it generalises.
 */
import { formatTable, percent } from './format-table.js';
import { defaultEvalsDir, loadUtterances, setKindOf } from './load-evals.js';
import { isExactMatch, scoreUtterances, writes, type ScoredCase, type UtteranceReport } from './score-utterances.js';
import type { LabelledUtterance } from './types.js';
import { intentOf, type NluModel } from '../src/understanding/model/index.js';
import type { Vocabulary } from '../src/understanding/index.js';

/** Confidence floors the threshold table reports. */
export const CONFIDENCE_FLOORS: readonly number[] = [0.5, 0.7, 0.8, 0.9, 0.95];

/** True for a file the model is never trained on. */
export function isHeldOutFile(file: string): boolean {
  return setKindOf(file) === 'heldout';
}

/** How the model did on one set of lines. */
export interface ModelSetScore {
  set: string;
  lines: number;
  intentAccuracy: number;
  /** The calls, scored as the grammar's are. */
  report: UtteranceReport;
  /**
   * For each floor: the share of lines proposed at or above it, the share of those exactly right,
   * and the share of all lines that would write something not asked for if proposals at or above
   * the floor were carried out.
   */
  byConfidence: { floor: number; coverage: number; exact: number | null; wrongWrites: number }[];
  /** Cross-validated figures from the model file, for sets the model was trained on. */
  crossValidated?: { intent: number; exact: number };
}

/** Scores every set: the training files together, each training file alone, and each held-out file. */
export function scoreModel(model: NluModel, opts: { dir?: string; vocabulary?: Vocabulary } = {}): ModelSetScore[] {
  const lines = loadUtterances(opts.dir ?? defaultEvalsDir());
  const files = [...new Set(lines.map((l) => l.file))];
  const training = lines.filter((l) => !isHeldOutFile(l.file));
  const sets: [string, LabelledUtterance[]][] = [
    ['trained-on (all)', training],
    ...files.filter((f) => !isHeldOutFile(f)).map((f): [string, LabelledUtterance[]] => [f, lines.filter((l) => l.file === f)]),
    ...files.filter(isHeldOutFile).map((f): [string, LabelledUtterance[]] => [f, lines.filter((l) => l.file === f)]),
  ];
  const perFile = model.file.figures.perFile;
  return sets.map(([set, rows]) => {
    const cases: (ScoredCase & { confidence: number; intentRight: boolean })[] = rows.map((u) => {
      const p = model.propose(u.text, opts.vocabulary);
      const expected = { calls: u.calls, ...(u.act !== undefined ? { act: u.act } : {}) };
      return { text: u.text, expected, predicted: { calls: p.calls, ...(p.act ? { act: p.act } : {}) }, source: `${u.file}:${u.line}`, confidence: p.confidence, intentRight: p.intent === intentOf(u.calls, u.act) };
    });
    const byConfidence = CONFIDENCE_FLOORS.map((floor) => {
      const sure = cases.filter((c) => c.confidence >= floor);
      const right = sure.filter((c) => isExactMatch(c.expected, c.predicted)).length;
      const wrongWrites = sure.filter((c) => !isExactMatch(c.expected, c.predicted) && writes(c.predicted)).length;
      return { floor, coverage: sure.length / Math.max(1, cases.length), exact: sure.length ? right / sure.length : null, wrongWrites: wrongWrites / Math.max(1, cases.length) };
    });
    const cv = perFile[set];
    const all = set === 'trained-on (all)' ? model.file.figures : undefined;
    return {
      set, lines: rows.length, intentAccuracy: cases.filter((c) => c.intentRight).length / Math.max(1, cases.length), report: scoreUtterances(cases), byConfidence,
      ...(cv ? { crossValidated: { intent: cv.intent, exact: cv.exact } } : all ? { crossValidated: { intent: all.intent.accuracy, exact: all.proposal.exact } } : {}),
    };
  });
}

/** The scores as plain-text tables. */
export function renderModelScores(scores: readonly ModelSetScore[], model: NluModel): string {
  const f = model.file.figures;
  const sets = formatTable(
    ['set', 'lines', 'intent', 'exact', 'cv intent', 'cv exact', 'exact@0.9', 'cover@0.9'],
    scores.map((s) => {
      const at = s.byConfidence.find((b) => b.floor === 0.9)!;
      return [s.set, s.lines, percent(s.intentAccuracy), percent(s.report.accuracy), s.crossValidated ? percent(s.crossValidated.intent) : '-', s.crossValidated ? percent(s.crossValidated.exact) : '-', percent(at.exact), percent(at.coverage)];
    }),
  );
  const heldOut = scores.filter((s) => isHeldOutFile(s.set));
  const floors = formatTable(
    ['held-out set', ...CONFIDENCE_FLOORS.map((fl) => `>=${fl}: exact / cover / wrong writes`)],
    heldOut.map((s) => [s.set, ...s.byConfidence.map((b) => `${percent(b.exact)} / ${percent(b.coverage)} / ${percent(b.wrongWrites)}`)]),
  );
  const reliability = formatTable(
    ['confidence', 'lines', 'mean conf', 'intent right'],
    f.intent.reliability.filter((r) => r.count > 0).map((r) => [`${r.from.toFixed(1)}-${r.to.toFixed(1)}`, r.count, r.confidence.toFixed(3), percent(r.accuracy)]),
  );
  return [
    `Statistical model (models/nlu.json): ${model.file.trainedOn.lines} training lines, ${model.file.classifier.classes.length} intents`,
    `Cross-validated (${f.folds} folds): intent ${percent(f.intent.accuracy)} (ECE ${f.intent.ece.toFixed(3)}), proposals exact ${percent(f.proposal.exact)} (ECE ${f.proposal.ece.toFixed(3)})`,
    '',
    sets,
    '',
    'Held-out sets by confidence floor: exact among proposals at or above it / share of lines at or above it / share of lines that would write something not asked for',
    floors,
    '',
    'Intent reliability on the calibration folds',
    reliability,
  ].join('\n');
}

/**
 * `grocery-agent eval --model`: the model's scores on every set, printed as tables (or JSON with
 * `--json`). Reports only; the thresholds are the grammar's.
 */
export function runModelEvals(opts: { model: NluModel; vocabulary?: Vocabulary; dir?: string; json?: boolean; write?: (text: string) => void }): ModelSetScore[] {
  const scores = scoreModel(opts.model, { ...(opts.dir ? { dir: opts.dir } : {}), ...(opts.vocabulary ? { vocabulary: opts.vocabulary } : {}) });
  const write = opts.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  write(opts.json ? JSON.stringify({ model: { figures: opts.model.file.figures, sets: scores } }, null, 2) : renderModelScores(scores, opts.model));
  return scores;
}
