import { createProgressReporter, importCatalog, importOrders } from '../grocery/imports/index.js';
import { userMessageOf, isAppError } from '../errors.js';
import { openCore } from './open-core.js';

const USAGE = 'Usage: grocery-agent import catalog FILE | import orders FILE [--user NAME]';

/**
 * `grocery-agent import catalog FILE` (CSV or JSONL) and `import orders FILE [--user NAME]`
 * (CSV or JSON; orders belong to the terminal user NAME, by default the OS user). A progress bar
 * on a terminal, one line per bad row, and all-or-nothing: a failed import leaves nothing behind.
 */
export async function importCommand(args: string[]): Promise<number> {
  const [kind, file] = args;
  if ((kind !== 'catalog' && kind !== 'orders') || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { core } = openCore(process.env, { llm: false });
  const progress = createProgressReporter({ label: `Importing ${kind}` });
  try {
    const started = Date.now();
    if (kind === 'catalog') {
      const result = importCatalog(core.catalogRepository, file, { onProgress: progress.update, onCommitted: () => core.catalog.invalidate() });
      progress.finish(`${result.imported.toLocaleString('en-US')} products imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      reportSkipped(result.skipped);
    } else {
      const userAt = args.indexOf('--user');
      const name = userAt >= 0 && args[userAt + 1] ? args[userAt + 1]! : (process.env.USER ?? 'me');
      const user = core.users.resolve('terminal', name);
      const result = importOrders(core.orderHistory, user.id, file, { onProgress: progress.update, catalog: core.catalog });
      progress.finish(`${result.orders} orders (${result.imported} lines) imported for ${name}`);
      reportSkipped(result.skipped);
    }
    return 0;
  } catch (err) {
    progress.finish();
    process.stderr.write(`${isAppError(err) ? `${userMessageOf(err)}${err.detail ? ` (${err.detail})` : ''}` : String(err)}\n`);
    return 1;
  } finally {
    core.conn.close();
  }
}

function reportSkipped(skipped: readonly { line: number; reason: string }[]): void {
  for (const s of skipped.slice(0, 50)) process.stderr.write(`line ${s.line}: skipped, ${s.reason}\n`);
  if (skipped.length > 50) process.stderr.write(`…and ${skipped.length - 50} more skipped rows\n`);
}
