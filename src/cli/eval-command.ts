import { main as runEvals, type EvalAgent, type Understanding } from '../../evals/run.js';
import { decideOffline, DEFAULT_THRESHOLDS, type UnderstandingResult } from '../agent/index.js';
import { loadConfig, type Config } from '../config.js';
import { runLlmEvals, renderLlmEvals, type LlmSetScore } from '../../evals/llm-evals.js';
import { loadNluModel } from '../understanding/model/index.js';
import { modelTools } from '../tools/index.js';
import { createLogger } from '../logger.js';
import { createConfiguredMemory, createCore, type Core } from '../main.js';
import { openDatabase } from '../store/database.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `grocery-agent eval`: the labelled utterances through the offline understanding, and the
 * multi-turn conversations through the whole agent (tools, lists, SQLite) on a scratch copy of
 * the demo store, so the evals never touch anyone's data. Exits 1 below the thresholds.
 * `--model` scores the statistical model (models/nlu.json) on every set instead; `--llm` scores
 * the agent's decision with the configured Ollama model behind it (evals/llm-evals.ts).
 */
export async function evalCommand(args: string[], env: NodeJS.ProcessEnv = process.env, write: (text: string) => void = (t) => process.stdout.write(`${t}\n`)): Promise<number> {
  // Before anything is built: without a model to ask there is nothing to measure.
  const ollama = args.includes('--llm') ? loadConfig(env).ollama : undefined;
  if (args.includes('--llm') && !ollama) {
    process.stderr.write('eval --llm needs OLLAMA_HOST (and OLLAMA_MODEL, default llama3.2): the model to measure.\n');
    return 2;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grocery-eval-'));
  const db = openDatabase({ dataDir: dir });
  const logger = createLogger({ level: 'silent' });
  // Assembled as `npm start` and `grocery-agent chat` assemble it (preference memory included), so
  // "I'm vegan" counts here too; scripted turns come as fast as they are answered, so no rate limit.
  const memory = createConfiguredMemory({}, db, logger);
  const core = createCore({ db, logger, demoStore: true, memory, turnLimit: { capacity: 1_000_000, perSecond: 1_000_000 } });
  // The deal scan the running server does at start, so deal questions meet the store's deals.
  core.deals.detectDeals();
  let conversation = 0;
  const agentFactory = (): EvalAgent => {
    const who = `eval-${++conversation}`;
    let n = 0;
    return {
      async send(text) {
        const reply = await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, messageId: `${who}-${n++}`, text });
        return { text: reply.text, choices: reply.choices, calls: reply.calls ?? [] };
      },
      async listItems() {
        const user = core.users.resolve('terminal', who);
        const view = core.lists.view(user.id, core.lists.defaultList(user.id).id);
        return view.groups.flatMap((g) => g.lines.map((l) => ({ name: l.itemName, quantity: l.quantity, unit: l.unit })));
      },
    };
  };
  try {
    if (ollama) {
      const scores = await llmEvals(core, ollama);
      write(args.includes('--json') ? JSON.stringify({ model: ollama.model, sets: scores }, null, 2) : renderLlmEvals(scores, ollama.model));
      return 0;
    }
    if (args.includes('--model')) {
      const { runModelEvals } = await import('../../evals/model-evals.js');
      runModelEvals({ model: loadNluModel(), vocabulary: core.catalog.vocabulary(), json: args.includes('--json') });
      return 0;
    }
    // Scored as the agent acts on it: what it would ask about first is not counted as done.
    return await runEvals({ understand: (text) => asActedOn(core.understanding.understand(text)), agentFactory, argv: args });
  } finally {
    await memory.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An understanding as the offline path acts on it: calls that run, calls it asks about first. */
function asActedOn(result: UnderstandingResult): Understanding {
  const decision = decideOffline(result);
  return {
    calls: decision.kind === 'run' ? decision.calls : [],
    ...(decision.kind === 'ask' ? { ask: { calls: decision.calls } } : {}),
    ...(result.act ? { act: result.act } : {}),
  };
}

/** The labelled sets through the configured model, with progress on stderr every 100 lines. */
async function llmEvals(core: Core, ollama: NonNullable<Config['ollama']>): Promise<LlmSetScore[]> {
  const model = loadNluModel();
  // LangChain is loaded only when a model is measured.
  const { createLlmAgent } = await import('../agent/llm/index.js');
  const llm = createLlmAgent({ ...ollama, tools: modelTools(core.tools), logger: core.logger });
  return runLlmEvals({
    understand: (text) => core.understanding.understand(text),
    rankIntents: (text) => model.classify(text).ranked,
    llm,
    thresholds: DEFAULT_THRESHOLDS,
    progress: (done, total) => {
      if (done % 100 === 0 || done === total) process.stderr.write(`eval --llm: ${done}/${total}\n`);
    },
  });
}
