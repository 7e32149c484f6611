import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The prompt texts the LLM path uses, read from `prompts/`. */
export interface Prompts {
  system: string;
}

/**
 * Reads the prompts once. Call it when building the agent, not at import time. Without `dir` it
 * looks for `prompts/system.txt` walking up from this file, so it works from `src/` under vitest
 * and from `dist/src/` after a build.
 *
 * @example
 * const { system } = loadPrompts();
 */
export function loadPrompts(dir?: string): Prompts {
  const folder = dir ?? findPromptsDir();
  return { system: fs.readFileSync(path.join(folder, 'system.txt'), 'utf8').trim() };
}

function findPromptsDir(): string {
  let here = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(here, 'prompts');
    if (fs.existsSync(path.join(candidate, 'system.txt'))) return candidate;
    here = path.dirname(here);
  }
  throw new Error('prompts/system.txt not found next to the installed package');
}
