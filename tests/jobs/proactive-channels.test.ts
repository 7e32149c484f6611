/**
 * One person on three channels (web chat, Telegram, Teams, linked with one-time codes) gets a
 * price alert on each exactly once: through the job, the deal scan and the notifier, and again
 * exactly once after more scans and a restart of the jobs.
 */
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { chatClient } from '../channels/web/ws-client.js';
import { createChannelsHarness, teamsText, type ChannelsHarness } from './channels-harness.js';
import { eventually, succeededRun } from './jobs-harness.js';

const ANA_TG = { id: 7301, first_name: 'Ana' };
const TEAMS_CONV = 'a:1personal-chat-ana-jobs';
const ANA_AAD = 'aad-ana-jobs-0001';
let h: ChannelsHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const isAlert = (t: string) => t.startsWith('Price alert:');

describe('proactive alerts on every channel a person uses', () => {
  it('reaches the web socket, the Telegram chat and the Teams conversation once each', async () => {
    h = await createChannelsHarness();
    const { core, api, connector } = h;
    await eventually(() => succeededRun(core.db, 'deal-scan'), 10_000, 'start-up scan');

    const { client, userId } = await h.openWebChat();
    api.pushUpdate(api.textUpdate(ANA_TG, `/link ${core.users.createLinkCode(userId)}`));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id);
    api.pushUpdate(api.textUpdate(ANA_TG, "what's on my list?"));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id && /list/i.test(String(c.payload.text)));
    expect(await h.postTeams(connector.messageActivity({ conversationId: TEAMS_CONV, userId: ANA_AAD, text: `link ${core.users.createLinkCode(userId)}` }))).toBe(200);
    await connector.waitForActivities(TEAMS_CONV, 1);
    expect(core.users.identities(userId).map((i) => i.channel).sort()).toEqual(['teams', 'telegram', 'web']);
    expect(core.conversations.references(userId).map((r) => r.channel).sort()).toEqual(['teams', 'telegram']);

    const drop = await h.listDrop(userId);
    await h.jobs.trigger('price-refresh');

    const frame = await client.next('price_alert', 10_000);
    expect(frame.alert.productId).toBe(drop.productId);
    expect(frame.alert.text).toContain(drop.name);
    expect(frame.alert.text).toMatch(/Demo store prices/);
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA_TG.id && isAlert(String(c.payload.text)));
    await eventually(() => connector.activities.some((a) => a.conversationId === TEAMS_CONV && isAlert(teamsText(a))), 10_000, 'Teams alert');

    // More scans, another notifier pass, and a restarted jobs instance: nothing new anywhere.
    let scans = succeededRun(core.db, 'deal-scan')!.id;
    await h.jobs.trigger('deal-scan');
    await eventually(() => succeededRun(core.db, 'deal-scan', scans));
    const jobs = await h.restartJobs();
    scans = succeededRun(core.db, 'deal-scan')!.id;
    const notifies = succeededRun(core.db, 'notify')!.id;
    await eventually(() => succeededRun(core.db, 'deal-scan', scans) && succeededRun(core.db, 'notify', notifies), 10_000, 'runs after restart');
    await jobs.trigger('notify');
    await new Promise((r) => setTimeout(r, 200));

    expect(client.frames.filter((f) => f.type === 'price_alert')).toHaveLength(1);
    expect(api.chat(ANA_TG.id).filter((m) => isAlert(m.text))).toHaveLength(1);
    expect(connector.activities.filter((a) => a.conversationId === TEAMS_CONV && isAlert(teamsText(a)))).toHaveLength(1);
    const deliveries = core.db.prepare('SELECT channel, status FROM notification_deliveries ORDER BY channel').all();
    expect(deliveries).toEqual([
      { channel: 'teams', status: 'sent' },
      { channel: 'telegram', status: 'sent' },
      { channel: 'web', status: 'sent' },
    ]);
    client.close();
  });

  it('keeps the web alert for the next visit when no chat is open', async () => {
    h = await createChannelsHarness();
    const { core } = h;
    await eventually(() => succeededRun(core.db, 'deal-scan'), 10_000, 'start-up scan');
    const ws = await h.web.app.injectWS('/ws');
    const client = chatClient(ws);
    client.send({ type: 'hello' });
    const { token } = await client.next('welcome');
    const userId = core.users.resolve('web', h.tokens.verify(token)!).id;
    // The tab is closed properly, as a browser does on leaving the page.
    ws.close();
    await once(ws, 'close');
    await new Promise((r) => setTimeout(r, 50));
    const drop = await h.listDrop(userId);
    const notifies = succeededRun(core.db, 'notify')!.id;
    await h.jobs.trigger('price-refresh');
    await eventually(() => succeededRun(core.db, 'notify', notifies), 10_000, 'notify');

    const { client: again } = await reopen(h, token);
    const welcome = again.frames.find((f) => f.type === 'welcome');
    expect(welcome.alerts.map((a: { productId: number }) => a.productId)).toEqual([drop.productId]);
    again.close();
  });
});

async function reopen(h: ChannelsHarness, token: string) {
  const client = chatClient(await h.web.app.injectWS('/ws'));
  client.send({ type: 'hello', token });
  await client.next('welcome');
  return { client };
}
