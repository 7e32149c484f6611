import readline from 'node:readline';
import { openCore } from './open-core.js';
import type { UnderstandingResult } from '../agent/index.js';

/**
 * `grocery-agent nlu`: one utterance per stdin line in, one JSON line out:
 * `{"text": "...", "calls": [{"name": "add_to_list", "args": {...}}]}`, from the offline
 * understanding alone. Nothing is written to any list; reply-only utterances carry `act` or
 * `reply` beside empty `calls`.
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
      const out: Record<string, unknown> = { text, calls: result.calls, confidence: Math.round(result.confidence * 100) / 100 };
      if (result.act) out.act = result.act;
      if (result.reply) out.reply = result.reply;
      if (!process.stdout.write(`${JSON.stringify(out)}\n`) && !closed) await new Promise((r) => {
        process.stdout.once('drain', r);
        process.stdout.once('error', r);
      });
    }
  } finally {
    core.db.close();
  }
  return 0;
}
