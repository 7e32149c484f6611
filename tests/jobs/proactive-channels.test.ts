/**
 * One person on three channels (web chat, Telegram, Teams, linked with one-time codes) gets a
 * price alert on each exactly once: through the job, the deal scan and the notifier, and still
 * once after more scans and a restart of the jobs. Someone whose chat tab is closed finds the
 * alert at the next visit.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatClient, type ChatClient } from '../channels/web/ws-client.js';
import { createChannelsHarness, teamsText, type ChannelsHarness } from './channels-harness.js';
import { eventually, findDemoDrop, succeededRun } from './jobs-harness.js';

const ANA_TG = { id: 7301, first_name: 'Ana' };
const TEAMS_CONV = 'a:1personal-chat-ana-jobs';
const ANA_AAD = 'aad-ana-jobs-0001';
const isAlert = (t: string) => t.startsWith('Price alert:');

let h: ChannelsHarness;
let ana: { client: ChatClient; userId: number };
let away: { token: string; userId: number };
let drop: Awaited<ReturnType<typeof findDemoDrop>>;

beforeAll(async () => {
  h = await createChannelsHarness();
  const { core, api, connector } = h;
  await eventually(() => succeededRun(core.db, 'deal-scan'), 15_000, 'start-up scan');

  ana = await h.openWebChat();
  api.pushUpdate(api.textUpdate(ANA_TG, `/link ${core.users.createLinkCode(ana.userId)}`));
  await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id);
  api.pushUpdate(api.textUpdate(ANA_TG, "what's on my list?"));
  await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id && /list/i.test(String(c.payload.text)));
  await h.postTeams(connector.messageActivity({ conversationId: TEAMS_CONV, userId: ANA_AAD, text: `link ${core.users.createLinkCode(ana.userId)}` }));
  await connector.waitForActivities(TEAMS_CONV, 1);

  // Someone else, whose tab is closed properly (as a browser does on leaving the page).
  const ws = await h.web.app.injectWS('/ws');
  const client = chatClient(ws);
  client.send({ type: 'hello' });
  const { token } = await client.next('welcome');
  away = { token, userId: core.users.resolve('web', h.tokens.verify(token)!).id };
  ws.close();
  await once(ws, 'close');

  drop = await findDemoDrop(core.db, h.clock.now());
  for (const userId of [ana.userId, away.userId]) {
    core.lists.addItems(userId, core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);
  }
  h.clock.set(drop.at);
  await h.jobs.trigger('price-refresh');
}, 60_000);

afterAll(async () => {
  ana?.client.close();
  await h?.close();
});

describe('proactive alerts on every channel a person uses', () => {
  it('reaches the web socket, the Telegram chat and the Teams conversation once each', async () => {
    const { core, api, connector } = h;
    expect(core.users.identities(ana.userId).map((i) => i.channel).sort()).toEqual(['teams', 'telegram', 'web']);
    expect(core.conversations.references(ana.userId).map((r) => r.channel).sort()).toEqual(['teams', 'telegram']);

    const frame = await ana.client.next('price_alert', 15_000);
    expect(frame.alert.productId).toBe(drop.productId);
    expect(frame.alert.text).toContain(drop.name);
    expect(frame.alert.text).toMatch(/Demo store prices/);
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id && isAlert(String(c.payload.text)));
    await eventually(() => connector.activities.some((a) => a.conversationId === TEAMS_CONV && isAlert(teamsText(a))), 10_000, 'Teams alert');

    // Another scan, then a restarted jobs instance (its start-up scan and notifier pass): nothing new anywhere.
    const scans = succeededRun(core.db, 'deal-scan')!.id;
    await h.jobs.trigger('deal-scan');
    await eventually(() => succeededRun(core.db, 'deal-scan', scans));
    const notifies = succeededRun(core.db, 'notify')!.id;
    const again = succeededRun(core.db, 'deal-scan')!.id;
    await h.restartJobs();
    await eventually(() => succeededRun(core.db, 'deal-scan', again) && succeededRun(core.db, 'notify', notifies), 15_000, 'runs after restart');
    await new Promise((r) => setTimeout(r, 200));

    expect(ana.client.frames.filter((f) => f.type === 'price_alert')).toHaveLength(1);
    expect(api.chat(ANA_TG.id).filter((m) => isAlert(m.text))).toHaveLength(1);
    expect(connector.activities.filter((a) => a.conversationId === TEAMS_CONV && isAlert(teamsText(a)))).toHaveLength(1);
    const deliveries = core.db.prepare('SELECT channel, status FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.user_id = ? ORDER BY channel').all(ana.userId);
    expect(deliveries).toEqual([
      { channel: 'teams', status: 'sent' },
      { channel: 'telegram', status: 'sent' },
      { channel: 'web', status: 'sent' },
    ]);
  });

  it('keeps the web alert for the next visit when no chat is open', async () => {
    await eventually(() => h.core.db.prepare("SELECT 1 FROM notifications WHERE user_id = ? AND kind = 'price_alert' AND outcome = 'delivered'").get(away.userId), 10_000, 'delivered');
    const client = chatClient(await h.web.app.injectWS('/ws'));
    client.send({ type: 'hello', token: away.token });
    const welcome = await client.next('welcome');
    expect(welcome.alerts.map((a: { productId: number }) => a.productId)).toEqual([drop.productId]);
    client.close();
  });
});
