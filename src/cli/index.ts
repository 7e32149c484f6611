/**
 * `grocery-agent <command>`: the command line. Each command lives in its own file and is loaded
 * only when asked for, so `grocery-agent nlu` does not start the web server's dependencies.
 */
import { ConfigError } from '../config.js';
import { DamagedDatabaseError } from '../store/integrity.js';

const USAGE = `Usage: grocery-agent <command>

Commands:
  chat                      chat with the agent in the terminal
  nlu                       read utterances on stdin, write one JSON line of tool calls each
  eval [--json] [--model]   run the labelled evals in evals/ and print accuracy tables
                            (--model: score the statistical model instead of the grammar)
  eval --llm [--json]       the same sets through the configured Ollama model (OLLAMA_HOST, OLLAMA_MODEL):
                            accuracy, wrong writes, fallbacks and latency per set
  train [--check] [--out FILE]
                            train the statistical understanding model (models/nlu.json) from evals/
  import catalog FILE       import a catalog (CSV or JSONL)
  import orders FILE [--user NAME]
                            import an order history (CSV or JSON) for a terminal user
  serve                     start every configured channel (what \`npm start\` runs)
  jobs [--json]             show what background jobs ran, what failed and what is next
  alerts-week [--days N] [--people N] [--products N] [--json]
                            simulate a week of demo prices and count alerts per person per day
  review [--out FILE] [--list]
                            label the messages the agent misunderstood into evals/
  check [--full] [--json]   check the database for damage (quick_check; --full: integrity_check)
  backup [FILE]             copy the database while the server runs (default DATA_DIR/backups/)
  restore FILE              put a backup in place of the database (stop the server first)
  migrate-to-postgres [--from FILE] [--to URL]
                            copy the SQLite file (default DATA_DIR/grocery.db) into PostgreSQL
                            (default DATABASE_URL), which must be empty; all or nothing
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  chat: async () => (await import('./chat-command.js')).chatCommand,
  nlu: async () => (await import('./nlu-command.js')).nluCommand,
  eval: async () => (await import('./eval-command.js')).evalCommand,
  train: async () => (await import('./train-command.js')).trainCommand,
  import: async () => (await import('./import-command.js')).importCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
  jobs: async () => (await import('./jobs-command.js')).jobsCommand,
  'alerts-week': async () => (await import('./alerts-week-command.js')).alertsWeekCommand,
  review: async () => (await import('./review-command.js')).reviewCommand,
  check: async () => (await import('./database-commands.js')).checkCommand,
  backup: async () => (await import('./database-commands.js')).backupCommand,
  restore: async () => (await import('./database-commands.js')).restoreCommand,
  'migrate-to-postgres': async () => (await import('./migrate-command.js')).migrateToPostgresCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DamagedDatabaseError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
