import Fastify, { type FastifyInstance } from 'fastify';
import { createTeamsChannel, type TeamsChannel, type TeamsChannelDeps } from '../../../src/channels/teams/index.js';
import type { AgentHarness } from '../telegram/agent-harness.js';

/** The real Teams channel over a harness's agent, behind POST /api/messages on a ready Fastify app. */
export async function teamsAppFor(h: AgentHarness, opts: Partial<TeamsChannelDeps> = {}): Promise<{ teams: TeamsChannel; app: FastifyInstance }> {
  const teams = createTeamsChannel({ agent: h.agent, users: h.users, conversations: h.conversations, logger: h.logger, ...opts });
  const app = Fastify();
  app.post('/api/messages', teams.handleRequest);
  await app.ready();
  return { teams, app };
}
