import { systemClock, type Clock } from '../types.js';
import type { ImportProgress } from './import-result.js';

/** Where progress goes: stderr by default, so stdout stays clean for results. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Options for {@link createProgressReporter}. */
export interface ProgressReporterOptions {
  label: string;
  stream?: ProgressStream;
  clock?: Clock;
  /** Minimum time between plain lines when the stream is not a terminal. */
  lineIntervalMs?: number;
}

/** Receives progress updates and draws them; `finish` ends the bar with a summary line. */
export interface ProgressReporter {
  update(p: ImportProgress): void;
  finish(summary?: string): void;
}

const BAR_WIDTH = 30;
const REDRAW_MS = 80;

/**
 * A progress display for long imports: a redrawn bar on a terminal, occasional plain lines in
 * logs and CI (where carriage returns would make a mess).
 *
 * @example
 * const progress = createProgressReporter({ label: 'Importing catalog' });
 * importCatalog(catalogRepository, file, { onProgress: progress.update });
 * progress.finish('50,000 products imported');
 */
export function createProgressReporter(opts: ProgressReporterOptions): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  const clock = opts.clock ?? systemClock;
  const tty = stream.isTTY === true;
  const interval = opts.lineIntervalMs ?? 2000;
  let lastDraw = -Infinity;
  let lastPct = -1;
  let drewBar = false;

  const update = ({ done, total }: ImportProgress) => {
    const now = clock();
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
    const complete = done >= total;
    if (tty) {
      if (!complete && now - lastDraw < REDRAW_MS) return;
      const filled = Math.round((pct / 100) * BAR_WIDTH);
      stream.write(`\r${opts.label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(pct).padStart(3)}% ${fmt(done)}/${fmt(total)}`);
      drewBar = true;
    } else {
      if (pct === lastPct || (!complete && now - lastDraw < interval)) return;
      stream.write(`${opts.label}: ${fmt(done)}/${fmt(total)} rows (${pct}%)\n`);
    }
    lastDraw = now;
    lastPct = pct;
  };

  return {
    update,
    finish(summary) {
      if (tty && drewBar) stream.write('\n');
      if (summary) stream.write(`${opts.label}: ${summary}\n`);
    },
  };
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
