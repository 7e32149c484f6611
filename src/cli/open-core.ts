import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import { createCore, openStore, type Core } from '../main.js';

/**
 * The core over the configured store, for commands that talk to the agent without channels.
 * Logs go to stderr at `warn` unless LOG_LEVEL says otherwise, so stdout stays the command's own.
 */
export function openCore(env: NodeJS.ProcessEnv = process.env, opts: { llm?: boolean } = {}): { core: Core; config: Config } {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env });
  const logger = createLogger({ level: config.logLevel });
  const db = openStore(config);
  const core = createCore({ db, logger, demoStore: config.demoStore, ollama: opts.llm === false ? undefined : config.ollama, misunderstood: config.misunderstood });
  return { core, config };
}
