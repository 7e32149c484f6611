import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Conversation, LabelledUtterance } from './types.js';

/**
 * How a file of `utterances/` is scored. Files named `heldout*.jsonl` are held out: scored apart,
 * each on its own row, and never trained on. Files named `real-*.jsonl` hold real people's
 * requests to develop against: scored apart too, but the trained model may learn from them.
 * Every other file belongs to the labelled set.
 */
export type SetKind = 'labelled' | 'heldout' | 'real';

/** The kind of set a file of `utterances/` belongs to. */
export function setKindOf(file: string): SetKind {
  if (file.startsWith('heldout')) return 'heldout';
  if (file.startsWith('real-')) return 'real';
  return 'labelled';
}

/** The row name of a file scored apart: "heldout-2.jsonl" -> "held-out-2", "real-dev.jsonl" -> "real-dev". */
export function setLabelOf(file: string): string {
  return file.replace(/\.jsonl$/, '').replace(/^heldout/, 'held-out');
}

/**
 * The evals folder: the one holding `utterances/`, whether this code runs from `evals/` (tsx,
 * vitest) or from the compiled `dist/evals/`.
 */
export function defaultEvalsDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const candidate of [here, resolve(here, '../../evals'), resolve(process.cwd(), 'evals')]) {
    if (existsSync(join(candidate, 'utterances'))) return candidate;
  }
  throw new Error(`evals data not found next to ${here} or in ${process.cwd()}/evals`);
}

/** Reads every `*.jsonl` in `dir/utterances`, in file-name order. Throws on a line that does not parse, naming it. */
export function loadUtterances(dir: string): LabelledUtterance[] {
  const folder = join(dir, 'utterances');
  const out: LabelledUtterance[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      if (raw.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      const row = parsed as Partial<LabelledUtterance>;
      if (typeof row.text !== 'string' || !Array.isArray(row.calls)) {
        throw new Error(`${file}:${i + 1}: needs "text" (string) and "calls" (array)`);
      }
      out.push({ text: row.text, calls: row.calls, ...(row.act !== undefined ? { act: row.act } : {}), file, line: i + 1 });
    });
  }
  return out;
}

/** Reads every `*.json` in `dir/conversations`, in file-name order. A file holds one conversation or an array of them. */
export function loadConversations(dir: string): Conversation[] {
  const folder = join(dir, 'conversations');
  const out: Conversation[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    } catch (err) {
      throw new Error(`${file}: not JSON (${(err as Error).message})`);
    }
    for (const conv of Array.isArray(parsed) ? parsed : [parsed]) {
      const c = conv as Partial<Conversation>;
      if (typeof c.name !== 'string' || !Array.isArray(c.turns)) throw new Error(`${file}: a conversation needs "name" and "turns"`);
      out.push({ name: c.name, turns: c.turns, file });
    }
  }
  return out;
}
