// `commtriage audit ... --format html > audit.html`, opened as a lead's teammate would open it: in
// a real browser (headless Chromium from @sparticuz/chromium, driven by puppeteer-core). The page
// renders, the chart is there with its bars, the table lists every series, and the page asks the
// network for nothing (every request but the page itself is recorded and refused).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { ALICE, BOB, TEAM_RULES, WHEN, audit } from '../audit/helpers.js';

let browser: Browser | undefined;
let cannotLaunch = '';

beforeAll(async () => {
  try {
    const chromium = (await import('@sparticuz/chromium')).default;
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  } catch (error) {
    cannotLaunch = (error as Error).message;
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML audit in a headless browser', () => {
  it('renders with its chart and table, and makes no network request', async (context) => {
    if (!browser) {
      context.skip(`Chromium cannot launch here: ${cannotLaunch}`);
      return;
    }
    const r = audit([ALICE, BOB, ...WHEN, '--rules', TEAM_RULES, '--format', 'html']);
    expect(r.status, r.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'commtriage-audit-html-'));
    const file = join(dir, 'audit.html');
    writeFileSync(file, r.stdout);
    const page = await browser.newPage();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url) return void request.continue();
      requests.push(request.url());
      return void request.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.title()).toMatch(/^Meeting audit 2026-03-16 to 2026-04-12$/);
    const chart = await page.$('svg#hours-chart');
    expect(chart).not.toBeNull();
    const box = await chart!.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const bars = await page.$$eval('svg#hours-chart g[data-bar]', (gs) => gs.map((g) => [g.getAttribute('data-bar'), Number(g.querySelector('rect')!.getAttribute('width'))]));
    expect(bars.map(([id]) => id)).toEqual(['kept', 'shortened', 'saved', 'written', 'merge', 'review']);
    // Moving meetings to writing is the biggest bar in this team's calendar.
    const widths = Object.fromEntries(bars) as Record<string, number>;
    expect(widths.written).toBe(Math.max(...Object.values(widths)));
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => tr.querySelector('strong')?.textContent));
    expect(rows).toEqual(expect.arrayContaining(['Weekly status', 'Daily standup', 'Checkout design review']));
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
