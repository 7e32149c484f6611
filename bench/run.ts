/**
 * `npm run bench`: runs every benchmark module in this folder and prints one JSON object with all
 * their figures. Progress goes to stderr so stdout is only the JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A bench module; `onDemand` ones (the soak) run only when named on the command line. */
type BenchModule = { run: () => Promise<Record<string, number | string>>; onDemand?: boolean };

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.js') && f !== 'run.js' && !f.startsWith('_'))
    .filter((f) => only.length === 0 || only.includes(path.basename(f, '.js')))
    .sort();
  const figures: Record<string, number | string> = {};
  for (const file of files) {
    const started = Date.now();
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as Partial<BenchModule>;
    if (typeof mod.run !== 'function') continue;
    if (mod.onDemand && !only.includes(path.basename(file, '.js'))) continue;
    process.stderr.write(`bench ${file} ...\n`);
    Object.assign(figures, await mod.run());
    process.stderr.write(`bench ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
