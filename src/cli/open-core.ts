import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import type { PreferenceMemory } from '../memory/index.js';
import { createConfiguredMemory, createCore, openStore, type Core } from '../main.js';

/**
 * The core over the configured store, for commands that talk to the agent without channels.
 * Logs go to stderr at `warn` unless LOG_LEVEL says otherwise, so stdout stays the command's own.
 * With `memory`, the preference memory is wired as `npm start` wires it, so the terminal chat
 * knows "I'm vegan" and usual products as the web chat does; close it with the core.
 */
export function openCore(
  env: NodeJS.ProcessEnv = process.env,
  opts: { llm?: boolean; memory?: boolean } = {},
): { core: Core; config: Config; memory?: PreferenceMemory } {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env });
  const logger = createLogger({ level: config.logLevel });
  const { conn, sqlite } = openStore(config, logger);
  const db = sqlite ?? conn;
  const memory = opts.memory ? createConfiguredMemory(config, db, logger) : undefined;
  const core = createCore({
    db, logger, demoStore: config.demoStore, ollama: opts.llm === false ? undefined : config.ollama, misunderstood: config.misunderstood, memory, turnLimit: config.turnLimit,
  });
  return { core, config, memory };
}
