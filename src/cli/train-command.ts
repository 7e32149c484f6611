import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultEvalsDir, loadUtterances } from '../../evals/load-evals.js';
import { isHeldOutFile, scoreModel } from '../../evals/model-evals.js';
import { isExactMatch } from '../../evals/score-utterances.js';
import { createNluModel, defaultModelPath, serializeModel, trainNluModel, type NluModel, type NluModelFile } from '../understanding/model/index.js';
import { formatTable, percent } from '../../evals/format-table.js';

/**
 * `grocery-agent train [--check] [--out FILE] [--dir EVALS]`: trains the statistical
 * understanding model from every evals/utterances file except the held-out ones, prints the
 * cross-validated figures, the held-out figures and the time per message, and writes
 * models/nlu.json. `--check` writes nothing and exits 1 when the file is not what training
 * produces now. `--dir` reads another evals folder.
 */
export async function trainCommand(args: string[], out: (text: string) => void = (t) => void process.stdout.write(`${t}\n`)): Promise<number> {
  const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const path = option('--out') ?? defaultModelPath();
  const all = loadUtterances(option('--dir') ?? defaultEvalsDir());
  const lines = all.filter((l) => !isHeldOutFile(l.file));
  out(`training on ${lines.length} lines from ${new Set(lines.map((l) => l.file)).size} files (held out: ${[...new Set(all.filter((l) => isHeldOutFile(l.file)).map((l) => l.file))].join(', ')})`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { file } = trainNluModel(lines, { isExact: isExactMatch, log: (l) => out(l) });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const text = serializeModel(file);
  out(`trained in ${seconds.toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s of CPU); model ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  out('');
  out(describe(file));
  const model = createNluModel(file);
  out('');
  out(heldOutTable(model, option('--dir')));
  out('');
  out(timing(model, all.map((l) => l.text)));
  if (args.includes('--check')) {
    const same = existsSync(path) && readFileSync(path, 'utf8') === text;
    out(same ? `${path} is up to date` : `${path} differs from what training produces now: run \`npx grocery-agent train\` and commit it`);
    return same ? 0 : 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  out(`wrote ${path}`);
  return 0;
}

function describe(file: NluModelFile): string {
  const f = file.figures;
  return [
    `intent classes (${file.classifier.classes.length}), lines each:`,
    Object.entries(f.classCounts).map(([c, n]) => `${c} ${n}`).join(', '),
    `${f.rareShapes} lines of rarer multi-tool shapes left out of the classifier; ${f.unaligned} lines whose names are not in their text left out of the tagger`,
    `cross-validated (${f.folds} folds): intent accuracy ${percent(f.intent.accuracy)}, ECE ${f.intent.ece.toFixed(3)} (${f.intent.eceUncalibrated.toFixed(3)} before calibration; temperature ${file.classifier.temperature.toFixed(3)}); proposals exact ${percent(f.proposal.exact)}, ECE ${f.proposal.ece.toFixed(3)}`,
    '',
    'intent reliability on the calibration folds:',
    formatTable(['confidence', 'lines', 'mean conf', 'right'], f.intent.reliability.filter((r) => r.count > 0).map((r) => [`${r.from.toFixed(1)}-${r.to.toFixed(1)}`, r.count, r.confidence.toFixed(3), percent(r.accuracy)])),
    '',
    'proposal reliability on the calibration folds:',
    formatTable(['confidence', 'lines', 'mean conf', 'exact'], f.proposal.reliability.filter((r) => r.count > 0).map((r) => [`${r.from.toFixed(1)}-${r.to.toFixed(1)}`, r.count, r.confidence.toFixed(3), percent(r.accuracy)])),
    '',
    'per training file, cross-validated:',
    formatTable(['file', 'lines', 'intent', 'exact'], Object.entries(f.perFile).map(([name, r]) => [name, r.lines, percent(r.intent), percent(r.exact)])),
  ].join('\n');
}

function heldOutTable(model: NluModel, dir: string | undefined): string {
  const rows = scoreModel(model, dir ? { dir } : {}).filter((r) => isHeldOutFile(r.set)).map((r) => [r.set, r.lines, percent(r.intentAccuracy), percent(r.report.accuracy)]);
  return `held-out files (never trained on; no catalog vocabulary here, \`grocery-agent eval --model\` uses the demo catalog's):\n${formatTable(['file', 'lines', 'intent', 'exact'], rows)}`;
}

/**
 * Time per message, after one warm-up pass: wall-clock and CPU time (the CPU figure does not
 * count the time other processes on a busy machine held the core).
 */
function timing(model: NluModel, texts: readonly string[]): string {
  for (const t of texts) model.propose(t);
  const wall: number[] = [];
  const cpu: number[] = [];
  const measure = (t: string) => {
    const c = process.cpuUsage();
    const start = process.hrtime.bigint();
    model.propose(t);
    wall.push(Number(process.hrtime.bigint() - start) / 1000);
    const used = process.cpuUsage(c);
    cpu.push(used.user + used.system);
  };
  for (const t of texts) measure(t);
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  const worst = (xs: number[]) => Math.max(...xs).toFixed(0);
  const perMessage = `p50 ${p50(wall)} µs, worst ${worst(wall)} µs wall-clock; p50 ${p50(cpu)} µs, worst ${worst(cpu)} µs of CPU`;
  const long = `${'no '.repeat(660)}x`;
  wall.length = 0;
  cpu.length = 0;
  for (let k = 0; k < 5; k++) measure(long);
  return [
    `propose() per message over ${texts.length} eval texts: ${perMessage}`,
    `a ${long.length}-character message ("no no no ... x"), median of 5: ${(Number(p50(wall)) / 1000).toFixed(2)} ms wall-clock, ${(Number(p50(cpu)) / 1000).toFixed(2)} ms of CPU`,
  ].join('\n');
}
