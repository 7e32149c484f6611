import readline from 'node:readline';
import { openCore } from './open-core.js';
import { decideOffline, type UnderstandingResult } from '../agent/index.js';

/**
 * `grocery-agent nlu`: one utterance per stdin line in, one JSON line out:
 * `{"text": "...", "calls": [{"name": "add_to_list", "args": {...}}]}`, from the offline
 * understanding alone. Nothing is written to any list; reply-only utterances carry `act` or
 * `reply` beside empty `calls`. `calls` holds only what would run without asking; what the agent
 * would ask about first ("Add carrots to your list?") goes in `ask.calls`, with `calls` empty.
 */
export async function nluCommand(_args: string[]): Promise<number> {
  const { core } = openCore(process.env, { llm: false });
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  // `grocery-agent nlu < file | head` closes our stdout early: stop reading, don't crash.
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
    rl.close();
  });
  try {
    for await (const line of rl) {
      if (closed) break;
      const text = line.replace(/\r$/, '');
      // A blank line still gets its line out, so output line N always answers input line N.
      const result: UnderstandingResult = text.trim() ? core.understanding.understand(text) : { calls: [], confidence: 1 };
      const out: Record<string, unknown> = { text, ...nluLine(result) };
      if (result.act) out.act = result.act;
      if (result.reply) out.reply = result.reply;
      if (!process.stdout.write(`${JSON.stringify(out)}\n`) && !closed) await new Promise((r) => {
        process.stdout.once('drain', r);
        process.stdout.once('error', r);
      });
    }
  } finally {
    core.conn.close();
  }
  return 0;
}

/** The JSON fields of one understanding, as the agent would act on it. */
export function nluLine(result: UnderstandingResult): Record<string, unknown> {
  const decision = decideOffline(result);
  const out: Record<string, unknown> = { calls: decision.kind === 'run' ? decision.calls : [] };
  if (decision.kind === 'ask') out.ask = { calls: decision.calls, prompt: decision.prompt };
  out.confidence = Math.round(result.confidence * 100) / 100;
  return out;
}
