/**
 * Teams tried locally with `npm start`: TEAMS_LOCAL=on without an app id mounts /api/messages in
 * the Agents SDK's anonymous mode, as docs/teams.md describes, and it answers like the real thing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';

let app: App | undefined;
let connector: FakeBotConnector | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.stop();
  await connector?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  app = undefined;
});

async function startWith(env: Record<string, string>): Promise<{ url: string }> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-teams-local-'));
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', DEMO_STORE: 'off', JOBS: 'off', ...env });
  app = await createApp(config, createLogger({ level: 'silent' }));
  return app.start();
}

describe('Teams local test mode', () => {
  it('TEAMS_LOCAL=on answers an unauthenticated activity through the connector it names', async () => {
    connector = await startFakeBotConnector();
    const { url } = await startWith({ TEAMS_LOCAL: 'on' });
    const activity = connector.messageActivity({ conversationId: 'a:local-personal', userId: 'aad-local-1', text: 'add oat milk' });
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForActivities('a:local-personal', 1);
    expect(reply!.activity.text).toMatch(/oat milk/i);
    expect(reply!.authorization).toBeUndefined();
  });

  it('without it (and without an app id) there is no /api/messages at all', async () => {
    const { url } = await startWith({});
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
  });
});
