import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { MisunderstoodEntry } from '../store/misunderstood-store.js';
import { defaultEvalsDir } from '../../evals/load-evals.js';
import { openCore } from './open-core.js';

const HELP = `For each message: press Enter to keep what it reads as now (shown after "now:"),
type the request the way you would put it to the bot ("add 2 lbs of ground beef") to label it
with what that reads as, "n" for not a grocery request (no calls), "s" to skip it for now,
"d" to drop it, "q" to stop. Labels are appended to the file given with --out.`;

const KIND_TEXT: Record<MisunderstoodEntry['kind'], string> = {
  not_understood: 'not understood',
  declined: 'asked, and the person said no',
  undone: 'undone right after',
  corrected: 'corrected right after',
};

/**
 * `grocery-agent review [--out FILE] [--list]`: walks the deployment's operator through the
 * misunderstood inbox (messages not understood, and those undone, declined or corrected right
 * away) and writes each label as a line of an eval file (by default
 * evals/utterances/review.jsonl), so `grocery-agent eval` scores it and `grocery-agent train`
 * learns from it. `--list` prints the waiting messages as JSON lines and changes nothing.
 */
export async function reviewCommand(args: string[]): Promise<number> {
  const { core } = openCore(process.env, { llm: false });
  const inbox = core.misunderstood;
  try {
    const open = inbox.open();
    if (args.includes('--list')) {
      for (const e of open) process.stdout.write(`${JSON.stringify(e)}\n`);
      return 0;
    }
    const outAt = args.indexOf('--out');
    const out = outAt >= 0 && args[outAt + 1] ? path.resolve(args[outAt + 1]!) : path.join(defaultEvalsDir(), 'utterances', 'review.jsonl');
    if (open.length === 0) {
      process.stdout.write('Nothing to review: the inbox is empty.\n');
      return 0;
    }
    process.stdout.write(`${open.length} message(s) to review. ${HELP}\n`);
    const known = new Set(existingTexts(out));
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
    const lines = rl[Symbol.asyncIterator]();
    const ask = async (prompt: string): Promise<string | undefined> => {
      process.stdout.write(prompt);
      const next = await lines.next();
      return next.done ? undefined : next.value.trim();
    };
    let labelled = 0;
    for (const [i, entry] of open.entries()) {
      const now = core.understanding.understand(entry.text);
      process.stdout.write([
        '',
        `[${i + 1}/${open.length}] ${KIND_TEXT[entry.kind]} · ${entry.channel} · ${new Date(entry.at).toISOString().slice(0, 16).replace('T', ' ')}`,
        `  said: ${JSON.stringify(entry.text)}`,
        ...(entry.followedBy ? [`  then: ${JSON.stringify(entry.followedBy)}`] : []),
        ...(entry.understood ? [`  did:  ${describe(entry.understood)}`] : []),
        `  now:  ${describe(now.calls)}`,
        '',
      ].join('\n'));
      const answer = await ask('label> ');
      if (answer === undefined || answer === 'q') break;
      if (answer === 's') continue;
      if (answer === 'd') {
        inbox.markReviewed(entry.id);
        continue;
      }
      const calls = answer === '' ? now.calls : answer === 'n' ? [] : core.understanding.understand(answer).calls;
      if (answer !== '' && answer !== 'n' && calls.length === 0) {
        process.stdout.write(`  "${answer}" reads as nothing either; say it another way, or "n" if it is not a grocery request. Left for later.\n`);
        continue;
      }
      if (!known.has(entry.text.toLowerCase())) {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.appendFileSync(out, `${JSON.stringify({ text: entry.text, calls })}\n`);
        known.add(entry.text.toLowerCase());
        labelled++;
      }
      process.stdout.write(`  labelled: ${describe(calls)}\n`);
      inbox.markReviewed(entry.id);
    }
    rl.close();
    process.stdout.write(`\n${labelled} label(s) written to ${out}; ${inbox.countOpen()} message(s) still waiting.\n`);
    if (labelled) process.stdout.write('Run `npx grocery-agent eval` to score them and `npx grocery-agent train` to learn from them.\n');
    return 0;
  } finally {
    core.conn.close();
  }
}

function describe(calls: readonly { name: string; args: Record<string, unknown> }[]): string {
  return calls.length ? calls.map((c) => `${c.name} ${JSON.stringify(c.args)}`).join('; ') : '(nothing)';
}

/** Texts already labelled in the file, so a message seen twice is written once (eval texts are unique). */
function existingTexts(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => String((JSON.parse(l) as { text: string }).text).toLowerCase());
}
