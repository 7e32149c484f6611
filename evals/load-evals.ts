import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Conversation, LabelledUtterance } from './types.js';

/** The file of utterances kept apart as the "written by other people" check. */
export const HELDOUT_FILE = 'heldout.jsonl';
/** A second held-out set, written later in many voices before the grammar saw it; scored apart too. */
export const HELDOUT_2_FILE = 'heldout-2.jsonl';
/** A third held-out set: recipe-style, parents, roommates, dictated speech and ESL phrasing; scored apart. */
export const HELDOUT_3_FILE = 'heldout-3.jsonl';
/** A fourth held-out set: voice dictation, polite and texting voices, household runs; written and first scored before any fix. */
export const HELDOUT_4_FILE = 'heldout-4.jsonl';
/** Every held-out file: none of them counts toward the labelled set. */
export const HELDOUT_FILES: readonly string[] = [HELDOUT_FILE, HELDOUT_2_FILE, HELDOUT_3_FILE, HELDOUT_4_FILE];

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
