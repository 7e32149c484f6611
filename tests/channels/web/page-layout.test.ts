/**
 * The demo page as a shopper sees it, in Debian's chromium at a desktop width and a phone's 390 px:
 * layout facts (the page never scrolls, suggested replies never hide the last message or its
 * question, the demo notice shows once), the list's controls, keyboard and screen-reader basics,
 * and what survives a reload. With GA_SCREENSHOTS=<folder> every state is also saved as a PNG
 * (docs/screenshots holds the committed ones).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHarness, type WebHarness } from './web-harness.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SHOTS = process.env.GA_SCREENSHOTS;

let h: WebHarness;
let base: string;
let browser: Browser;
const profiles: string[] = [];

beforeAll(async () => {
  h = await createWebHarness({ demoStore: true });
  base = await h.web.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h.close();
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
});

/** A person on their own device: a fresh context (its own storage) at this width. Script errors land in `errors`. */
async function open(width: number, errors: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base);
  await page.getByRole('textbox', { name: 'Message to Grocery Agent' }).waitFor();
  await expect.poll(() => page.locator('#demo-banner').isVisible()).toBe(true);
  return page;
}

/** Says something and waits for the answer (and the list it changed) to be drawn. */
async function say(page: Page, text: string): Promise<void> {
  const answers = await page.locator('.ga-assistant').count();
  const box = page.getByRole('textbox', { name: 'Message to Grocery Agent' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => page.locator('.ga-assistant').count()).toBe(answers + 1);
  await page.waitForLoadState('networkidle');
}

async function shot(page: Page, state: string): Promise<void> {
  if (!SHOTS) return;
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: path.join(SHOTS, `${state}-${width}.png`) });
}

/** Facts about what is on screen, measured by the browser. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
    const log = document.querySelector('.ga-log')!;
    const logBox = log.getBoundingClientRect();
    const last = [...log.querySelectorAll('.ga-msg')].at(-1) ?? null;
    const chips = document.querySelector('.ga-choices') as HTMLElement;
    const banners = [...document.querySelectorAll('body *')].filter(
      (e) => (e as HTMLElement).offsetParent !== null && e.children.length === 0 && /demo store – prices are illustrative/i.test(e.textContent ?? ''),
    );
    return {
      pageScroll: document.scrollingElement!.scrollHeight - window.innerHeight,
      pageScrollX: document.scrollingElement!.scrollWidth - window.innerWidth,
      log: { top: logBox.top, bottom: logBox.bottom },
      last: rect(last) && { top: rect(last)!.top, bottom: rect(last)!.bottom, text: last!.textContent ?? '' },
      chips: chips.hidden ? null : { top: chips.getBoundingClientRect().top, bottom: chips.getBoundingClientRect().bottom, count: chips.querySelectorAll('button').length },
      banners: banners.length,
    };
  });
}

/** The newest message ends inside the conversation's visible part, above any suggested replies. */
function expectLastMessageInView(l: Awaited<ReturnType<typeof layout>>): void {
  expect(l.last).not.toBeNull();
  expect(l.last!.bottom).toBeLessThanOrEqual(l.log.bottom + 1);
  expect(l.last!.bottom).toBeGreaterThan(l.log.top);
  if (l.chips) expect(l.chips.top).toBeGreaterThanOrEqual(l.log.bottom - 1);
}

for (const width of [1280, 390]) {
  describe(`the demo page at ${width} px`, () => {
    it('never scrolls the page, keeps the question in view over suggested replies and product cards, and says "demo store" once', async () => {
      const errors: string[] = [];
      const page = await open(width, errors);
      let l = await layout(page);
      expect(l.banners).toBe(1);
      expect(l.pageScroll).toBeLessThanOrEqual(0);
      await shot(page, 'start');

      await say(page, 'set my budget to $25 a week');
      await say(page, 'add 2 gallons of milk and a dozen eggs');
      // "Which milk?" comes with its options as cards inside the message, the question above them.
      await expect.poll(() => page.locator('button.ga-card:not([disabled])').count()).toBeGreaterThan(1);
      l = await layout(page);
      expect(l.last!.text).toMatch(/Which milk\?/);
      expectLastMessageInView(l);
      expect(l.pageScroll).toBeLessThanOrEqual(0);
      expect(l.pageScrollX).toBeLessThanOrEqual(0);
      await shot(page, 'which-milk');

      await page.locator('button.ga-card').first().click();
      await expect.poll(() => page.locator('#list').innerText()).toMatch(/milk/i);
      await say(page, 'I need stuff for tacos');
      l = await layout(page);
      // The question and the buttons that answer it are both on screen; the buttons cover nothing.
      expect(l.chips?.count).toBe(2);
      expect(l.last!.text).toMatch(/Add them to your Grocery list\?/);
      expectLastMessageInView(l);
      await shot(page, 'yes-or-no');

      await say(page, 'yes');
      l = await layout(page);
      expect(l.last!.text).toMatch(/over your \$25\.00 weekly budget/);
      expectLastMessageInView(l);
      expect(l.pageScroll).toBeLessThanOrEqual(0);
      await shot(page, 'tacos-added');

      await say(page, 'how much is milk?');
      const chart = page.locator('.ga-assistant').last().locator('.ga-chart svg');
      await expect.poll(() => chart.count()).toBe(1);
      // Dated axes: the first, middle and last days of the history under the line.
      expect((await chart.locator('text').allTextContents()).filter((t) => /^[A-Z][a-z]{2} \d{1,2}$/.test(t)).length).toBeGreaterThanOrEqual(2);
      expect(await chart.getAttribute('aria-label')).toMatch(/Whole Milk.*\$\d+\.\d\d now/);
      expectLastMessageInView(await layout(page));
      await shot(page, 'price-chart');
      expect(errors).toEqual([]);

      // Everything comes back after a reload: every message, the cards as a record, the chart.
      const before = await page.locator('.ga-msg').count();
      await page.reload();
      await expect.poll(() => page.locator('.ga-msg').count()).toBe(before);
      await expect.poll(() => page.locator('.ga-chart svg polyline').count()).toBe(1);
      expectLastMessageInView(await layout(page));
      await page.context().close();
    });

    it('shows the list by aisle with check-off, packages to tap, the total against the budget, and the hand-off', async () => {
      const page = await open(width);
      await say(page, 'set my budget to $10 a week');
      await say(page, 'add a dozen eggs, 3 lbs of chicken breast and bananas');
      if (width < 500) {
        await page.getByRole('tab', { name: /List/ }).click();
        expect(await page.locator('#chat').isVisible()).toBe(false);
        expect(await page.getByRole('tab', { name: /List/ }).getAttribute('aria-selected')).toBe('true');
      }
      const list = page.locator('#list');
      await expect.poll(() => list.locator('h3').allTextContents()).toEqual(expect.arrayContaining(['Fresh Fruit', 'Eggs & Butter']));
      // A dozen eggs is the carton it is; 3 lb of chicken says what the packs hold against what was asked.
      const eggs = list.locator('li', { hasText: 'Large White Eggs' });
      expect(await eggs.locator('.meta').innerText()).toMatch(/^12 ct · \d+(\.\d)?¢\/ct/);
      expect(await list.locator('li', { hasText: 'Chicken' }).locator('.meta').innerText()).toMatch(/for 3 lb/);
      await expect.poll(() => page.locator('#list-budget').innerText()).toMatch(/^Budget \$10\.00 a week: \$\d+\.\d\d over$/);
      await shot(page, 'list');

      const total = await page.locator('#list-total').innerText();
      await eggs.getByRole('button', { name: /One more: .*Eggs/ }).click();
      await expect.poll(() => eggs.locator('output').innerText()).toBe('2');
      expect(await page.locator('#list-total').innerText()).not.toBe(total);
      await eggs.getByRole('checkbox').check();
      await expect.poll(() => page.locator('#list li.checked').count()).toBe(1);
      await page.reload();
      if (width < 500) await page.getByRole('tab', { name: /List/ }).click();
      await expect.poll(() => page.locator('#list li.checked').innerText()).toMatch(/Eggs/);

      await page.getByRole('button', { name: 'Order or share this list' }).click();
      const handoff = page.getByRole('region', { name: 'Order or share' });
      await handoff.waitFor();
      expect(await handoff.innerText()).toMatch(/no cart link/);
      const text = await handoff.getByRole('textbox', { name: 'The list by aisle' }).inputValue();
      expect(text).toMatch(/^Grocery list: 2 items to buy/);
      expect(text).not.toMatch(/Eggs/);
      expect((await layout(page)).pageScroll).toBeLessThanOrEqual(0);
      await shot(page, 'order-or-share');
      await page.context().close();
    });
  });
}

describe('the demo page from the keyboard and a screen reader', () => {
  it('labels every control, announces new messages, and lets the keyboard pick an answer', async () => {
    const page = await open(1280);
    expect(await page.getByRole('log', { name: 'Conversation' }).getAttribute('aria-live')).toBe('polite');
    await say(page, 'add milk');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, textarea, [role=tab]')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => {
          const labelled = e.getAttribute('aria-label') || (e as HTMLInputElement).labels?.length || (e.textContent ?? '').trim();
          return !labelled;
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // From the message box, Shift+Tab goes back to the newest answer's product cards; Enter picks one.
    await page.getByRole('textbox', { name: 'Message to Grocery Agent' }).focus();
    let hops = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('ga-card'))) && hops++ < 12) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe('ga-card');
    const answers = await page.locator('.ga-assistant').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ga-assistant').count()).toBe(answers + 1);
    await expect.poll(() => page.locator('#list').innerText()).toMatch(/milk/i);
    await page.context().close();
  });
});
