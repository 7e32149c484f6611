import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHarness, type WebHarness } from './web-harness.js';

const CHROMIUM = '/usr/lib/chromium/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = path.resolve('test-results');

describe('demo page in a real browser', () => {
  let h: WebHarness;
  let base: string;
  let shop: http.Server;
  let shopOrigin: string;
  const contexts: BrowserContext[] = [];
  const profiles: string[] = [];

  /**
   * A browser with its own fresh profile: another person on another computer. Script errors, console
   * errors and failed responses (with their address) from the very first load go into `errors`.
   */
  async function openBrowser(errors: string[] = []): Promise<Page> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-chromium-'));
    profiles.push(profile);
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(base);
    await page.getByRole('textbox', { name: 'Message to Grocery Agent' }).waitFor();
    return page;
  }

  async function say(page: Page, text: string): Promise<void> {
    const box = page.getByRole('textbox', { name: 'Message to Grocery Agent' });
    await box.fill(text);
    await box.press('Enter');
  }

  const listText = (page: Page) => page.locator('#list-panel').innerText();

  /** Answers the agent's "Which milk?" by pressing the first product card it offers. */
  async function pickFirstChoice(page: Page): Promise<void> {
    const first = page.getByRole('group', { name: 'Products to choose from' }).last().getByRole('button').first();
    await first.waitFor();
    await first.click();
  }

  beforeAll(async () => {
    // Another site embedding the widget: its own server, so its own origin.
    shop = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Shop</title><h1>Shop</h1><script src="${base}/widget.js" defer></script>`);
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    h = await createWebHarness({ demoStore: true, corsOrigins: [shopOrigin] });
    base = await h.web.app.listen({ port: 0, host: '127.0.0.1' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await h.close();
    shop.close();
    for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
  });

  it('adds to the list by chat, draws a price chart, keeps it all over a reload, and shows none of it to someone else', async () => {
    const errors: string[] = [];
    const page = await openBrowser(errors);

    await expect.poll(() => page.locator('#demo-banner').isVisible()).toBe(true);
    expect(await page.locator('#demo-banner').innerText()).toBe('Demo store – prices are illustrative');

    await say(page, 'add 2 gallons of milk and a dozen eggs');
    const log = page.getByRole('log', { name: 'Conversation' });
    await expect.poll(() => log.locator('.ga-assistant').count()).toBeGreaterThan(0);
    expect(await log.locator('.ga-user').last().innerText()).toContain('add 2 gallons of milk and a dozen eggs');
    await expect.poll(() => listText(page)).toMatch(/egg/i);
    expect(await log.locator('.ga-assistant').last().innerText()).toMatch(/which milk/i);
    await pickFirstChoice(page);
    await expect.poll(() => listText(page)).toMatch(/milk/i);
    expect(await listText(page)).toMatch(/egg/i);
    expect(await listText(page)).toMatch(/Estimated total: \$\d+\.\d\d/);

    await say(page, 'how much is milk?');
    await expect.poll(() => page.locator('.ga-chart svg polyline').count()).toBe(1);
    expect(await page.locator('.ga-chart svg').getAttribute('aria-label')).toMatch(/milk.*\$\d+\.\d\d now/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-demo.png') });

    const before = await log.locator('.ga-msg').allInnerTexts();
    await page.reload();
    await expect.poll(() => log.locator('.ga-msg').allInnerTexts()).toEqual(before);
    await expect.poll(() => listText(page)).toMatch(/milk/i);
    expect(await listText(page)).toMatch(/egg/i);
    expect(errors).toEqual([]);

    const stranger = await openBrowser();
    await expect.poll(() => stranger.locator('#demo-banner').isVisible()).toBe(true);
    expect(await stranger.getByRole('log', { name: 'Conversation' }).locator('.ga-msg').count()).toBe(0);
    expect(await listText(stranger)).not.toMatch(/milk|egg/i);
  });

  it('redraws the list live when it changes in another channel', async () => {
    const page = await openBrowser();
    await say(page, 'add 2 gallons of milk and a dozen eggs');
    await pickFirstChoice(page);
    await expect.poll(() => listText(page)).toMatch(/milk/i);
    const token = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('grocery-agent-token'))?.[1]);
    const userId = h.users.resolve('web', h.tokens.verify(token)!).id;
    const list = h.lists.defaultList(userId);

    // What the Telegram channel does: change the list through the domain, announce it on the bus.
    h.lists.addItems(userId, list.id, [{ name: 'bananas', quantity: 6 }]);
    h.events.emit('list_changed', { listId: list.id, byUserId: userId });
    await expect.poll(() => listText(page)).toMatch(/banana/i);

    // What the notifier does when a tracked price drops.
    expect(h.web.pushPriceAlert(userId, { productId: 1, name: 'Great Value Whole Milk, 1 gal', priceCents: 279, previousCents: 318 })).toBe('delivered');
    await expect.poll(() => page.locator('.ga-alert').innerText()).toContain('Great Value Whole Milk, 1 gal dropped to $2.79 (was $3.18)');
  });

  it('draws the deals on the list and the deals on similar things each under its own heading', async () => {
    // As the running server does at start: the deal scan finds the demo store's rollbacks and drops.
    h.deals.detectDeals();
    const page = await openBrowser();
    await say(page, 'add roma tomatoes and a dozen eggs');
    await expect.poll(() => listText(page)).toMatch(/tomato/i);
    await say(page, "what's on sale this week?");
    const answer = page.locator('.ga-msg.ga-assistant').last();
    await answer.locator('button.ga-card').first().waitFor();
    // Each heading, then the cards it introduces, in the order the answer gives them.
    const drawn = await answer.evaluate((m) =>
      [...m.children].flatMap((c) => (c.classList.contains('ga-cards') ? [`cards:${c.children.length}`] : /:$/.test(c.textContent ?? '') ? [c.textContent!] : [])),
    );
    expect(drawn).toEqual(['On your Grocery list:', expect.stringMatching(/^cards:[1-9]$/), 'Deals on similar things:', expect.stringMatching(/^cards:[1-9]$/)]);
    const cards = await answer.locator('button.ga-card .ga-sr').allInnerTexts();
    expect(cards.map((c) => /^(\d+)\)/.exec(c)?.[1])).toEqual(cards.map((_, i) => String(i + 1)));
  });

  it('serves the API documentation page, which runs under the content security policy', async () => {
    const page = await openBrowser();
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(`${base}/docs`);
    await expect.poll(() => page.locator('.opblock-summary-path').allInnerTexts()).toEqual(
      expect.arrayContaining(['/api/lists', '/api/products/{id}/price-history']),
    );
    expect(blocked.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('embeds on another site with one script tag: a bubble that opens the chat from the keyboard', async () => {
    const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'ga-chromium-')), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    contexts.push(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(shopOrigin);
    const bubble = page.getByRole('button', { name: 'Open grocery chat' });
    await bubble.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: 'Message to Grocery Agent' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ga-input');
    await page.keyboard.type('add a dozen eggs');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('log', { name: 'Conversation' }).locator('.ga-assistant').innerText()).toMatch(/egg/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-widget-embedded.png') });
    await input.press('Escape');
    expect(await page.locator('#ga-panel').isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Open grocery chat');
  });
});
