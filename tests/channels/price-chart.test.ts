/**
 * The price chart outside the web page: drawn on the server from the same price history the web
 * chart draws (get_price's priceHistory), with dated axes, sent to Telegram as a photo (sendPhoto,
 * multipart) and to Teams as an image in the card; a price that never moved is said in words.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { priceChart } from '../../src/channels/price-chart/index.js';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { pngSize } from '../fakes/fake-telegram-api.js';
import { teamsAppFor } from './teams/teams-app.js';
import { createAgentHarness, NOW, useTelegramTestBed, type AgentHarness } from './telegram/agent-harness.js';

const ANA = { id: 801, first_name: 'Ana' };

/**
 * A product of `category` as a person would ask for it (its name before the size), with the 90-day
 * history of every product so named made to move (a weekly wobble) or to stay flat at today's price.
 */
function askable(h: AgentHarness, category: string, history: 'moving' | 'flat'): string {
  const p = h.db.prepare('SELECT name FROM products WHERE category = ? ORDER BY id LIMIT 1').get(category) as { name: string };
  const name = p.name.split(',')[0]!;
  const ids = `SELECT id FROM products WHERE name LIKE ? || '%'`;
  if (history === 'flat') h.db.prepare(`UPDATE price_history SET price_cents = (SELECT price_cents FROM products WHERE id = product_id) WHERE product_id IN (${ids})`).run(name);
  else h.db.prepare(`UPDATE price_history SET price_cents = price_cents + ((observed_at / 86400000) % 7) * 10 WHERE product_id IN (${ids})`).run(name);
  return name;
}

describe('priceChart', () => {
  it('draws the history a price lookup returns, with dates along the bottom and prices up the side', async () => {
    const h = createAgentHarness({ demoStore: true });
    try {
      const coffee = askable(h, 'coffee', 'moving');
      const out = await h.agent.handle({ channel: 'web', externalUserId: 'ana', conversationKey: 'ana', text: `how much is ${coffee}?` });
      const history = out.priceHistory!;
      expect(history.points.length).toBeGreaterThan(30);
      const chart = priceChart(history);
      if (chart.kind !== 'picture') throw new Error(`expected a picture, got: ${chart.text}`);
      expect(pngSize(chart.png)).toEqual({ width: 480, height: 240 });
      const dates = [...chart.svg.matchAll(/>([A-Z][a-z]{2} \d{1,2})</g)].map((m) => m[1]);
      expect(dates).toHaveLength(3);
      expect(dates[2]).toBe(new Date(history.points.at(-1)!.at).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }));
      const cents = history.points.map((p) => p.priceCents);
      const dollars = (c: number) => `$${(c / 100).toFixed(2)}`;
      expect(chart.svg).toContain(`>${dollars(Math.max(...cents))}<`);
      expect(chart.svg).toContain(`>${dollars(Math.min(...cents))}<`);
      expect(chart.caption).toMatch(new RegExp(`last \\d+ days: \\${dollars(cents.at(-1)!)} now`));
    } finally {
      h.cleanup();
    }
  });

  it('says "no change in 90 days" instead of drawing a flat line', () => {
    const day = 86_400_000;
    const points = Array.from({ length: 91 }, (_, i) => ({ at: NOW - (90 - i) * day, priceCents: 318 }));
    expect(priceChart({ productId: 1, name: 'Great Value Whole Milk, 1 gal', points })).toEqual({
      kind: 'sentence',
      text: 'Great Value Whole Milk, 1 gal: no change in 90 days, $3.18 the whole time.',
    });
  });
});

describe('the chart in Telegram', () => {
  const bed = useTelegramTestBed({ demoStore: true });
  beforeEach(async () => bed.channel().start());

  it('sends the chart as a photo after the answer, with "uploading a photo" shown meanwhile', async () => {
    const { api, h } = bed;
    const coffee = askable(h, 'coffee', 'moving');
    api.pushUpdate(api.textUpdate(ANA, `how much is ${coffee}?`));
    const photo = await api.waitFor('sendPhoto');
    expect(api.photos).toHaveLength(1);
    expect(pngSize(api.photos[0]!.png)).toEqual({ width: 480, height: 240 });
    expect(api.photos[0]!.caption).toMatch(/last \d+ days: \$\d+\.\d\d now \(low \$/);
    expect(api.chatActions).toContainEqual({ chatId: ANA.id, action: 'upload_photo' });
    const lines = api.history(ANA.id);
    expect(lines.at(-2)!.text).toContain(coffee);
    expect(lines.at(-1)!.photo).toEqual({ bytes: api.photos[0]!.png.length, type: 'image/png' });
    expect(photo.status).toBe(200);
  });

  it('says a price that never moved in words, with no picture', async () => {
    const { api, h } = bed;
    const milk = askable(h, 'milk', 'flat');
    api.pushUpdate(api.textUpdate(ANA, `how much is ${milk}?`));
    await api.waitFor('sendMessage', (c) => /no change in \d+ days/.test(String(c.payload.text)));
    expect(api.photos).toEqual([]);
  });
});

describe('the chart in Teams', () => {
  let h: AgentHarness;
  let connector: FakeBotConnector;
  let app: FastifyInstance;
  beforeEach(async () => {
    h = createAgentHarness({ demoStore: true });
    connector = await startFakeBotConnector();
    ({ app } = await teamsAppFor(h));
  });
  afterEach(async () => {
    await app.close();
    await connector.close();
    h.cleanup();
  });

  it('draws the chart into the card as an image, within the size Teams accepts for a message', async () => {
    const coffee = askable(h, 'coffee', 'moving');
    const activity = connector.messageActivity({ conversationId: 'a:chart', userId: 'aad-chart', text: `how much is ${coffee}?` });
    await app.inject({ method: 'POST', url: '/api/messages', payload: activity });
    const [reply] = await connector.waitForActivities('a:chart', 1);
    const card = reply!.activity.attachments![0]!.content;
    const image = card.body.find((b: { type: string }) => b.type === 'Image');
    expect(image.url).toMatch(/^data:image\/png;base64,/);
    expect(pngSize(Buffer.from(image.url.split(',')[1], 'base64'))).toEqual({ width: 480, height: 240 });
    expect(image.altText).toMatch(/now; between \$/);
    expect(JSON.stringify(reply!.activity).length).toBeLessThan(28 * 1024);
  });
});
