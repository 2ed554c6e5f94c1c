// The review page in a real browser: Debian's `chromium` driven by playwright-core (scripts/chromium.mjs).
// Without /usr/bin/chromium these tests fail, naming the package: a browser test that skips proves nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { chromiumMissing, launchChromium } from '../../scripts/chromium.mjs';
import { hostileReport, hostileResult, reviewPages, sampleReport, type RenderedPage } from '../helpers/review-page.js';

const pages = reviewPages();
let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  const missing = chromiumMissing();
  if (missing) throw new Error(`the browser tests need Chromium: ${missing}`);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** What a page did while open: requests, script errors, dialogs, policy violations. */
interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
  violations: () => Promise<string[]>;
}

async function open(file: string): Promise<Watched> {
  if (!browser) throw new Error('no browser');
  const page = await browser.context.newPage();
  const watched: Watched = { page, requests: [], errors: [], dialogs: [], violations: async () => [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Recorded from the first script on, before the page's own.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  watched.violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.goto(pathToFileURL(file).href);
  return watched;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Whether the element with `id` is inside the viewport. */
const inView = (page: Page, id: string) =>
  page.evaluate((target) => {
    const box = document.getElementById(target)?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
  }, id);

describe('the review page of the sample report in Chromium', () => {
  let rendered: RenderedPage;
  let watched: Watched;
  beforeAll(async () => {
    rendered = await pages({ path: sampleReport });
    watched = await open(rendered.file);
  });

  it('runs its script under its own policy, and fetches nothing', async () => {
    expect(watched.errors).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.requests).toEqual([pathToFileURL(rendered.file).href]);
    // The script ran: the detail opens on hover.
    await watched.page.hover('#cc-r0c0');
    expect(await watched.page.isVisible('#cc-pop')).toBe(true);
    expect(await watched.page.textContent('#cc-pop')).toContain('4 passing tests');
  });

  it('jumps from the contradiction list to each mark, focused, in view and the target', async () => {
    const page = watched.page;
    const links = await page.$$eval('.cc-failing a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', ref: a.getAttribute('data-ref') ?? '' })));
    const findings = rendered.json.reports.flatMap((report) => report.findings);
    expect(links.length).toBe(new Set(findings.filter((f) => f.verdict === 'contradicted').map((f) => f.claim.id)).size);
    // Backwards, so each jump moves the page.
    for (const [i, link] of [...links.entries()].reverse()) {
      const id = link.href.slice(1);
      await page.click(`.cc-failing li:nth-child(${i + 1}) a`);
      await page.waitForFunction((target) => document.activeElement?.id === target, id);
      expect(await page.evaluate(() => location.hash)).toBe(link.href);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      expect(await inView(page, id)).toBe(true);
      expect(await page.getAttribute(`#${id}`, 'data-verdict')).toBe('contradicted');
      // Its detail is open beside it.
      expect(await page.isVisible('#cc-pop')).toBe(true);
      expect(await page.textContent('#cc-pop')).toContain(await page.textContent(`#cc-d-${link.ref} .cc-finding dd:last-child`));
    }
  });

  it('moves between findings with j/k and between contradictions with n/p', async () => {
    const page = watched.page;
    const order = await page.$$eval('mark[data-opens]', (marks) => marks.map((m) => ({ id: m.id, verdict: m.getAttribute('data-verdict') })));
    expect(order.length).toBe(rendered.json.summary.claims);
    await page.click('.cc-failing li:first-child a');
    const start = order.findIndex((m) => m.verdict === 'contradicted');
    await page.waitForFunction((target) => document.activeElement?.id === target, order[start]?.id);

    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(order[start + 1]?.id);
    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(order[start + 2]?.id);
    expect(await inView(page, order[start + 2]?.id ?? '')).toBe(true);
    await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(order[start + 1]?.id);

    const contradictions = order.filter((m) => m.verdict === 'contradicted').map((m) => m.id);
    await page.keyboard.press('n');
    const next = order.slice(start + 2).find((m) => m.verdict === 'contradicted')?.id;
    expect(await focusedId(page)).toBe(next);
    await page.keyboard.press('n');
    expect(await focusedId(page)).toBe(contradictions[contradictions.indexOf(next ?? '') + 1]);
    await page.keyboard.press('p');
    expect(await focusedId(page)).toBe(next);
    expect(await inView(page, next ?? '')).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.isVisible('#cc-pop')).toBe(false);
    // The last finding is the end: j stays there.
    for (let i = 0; i < order.length + 1; i++) await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(order.at(-1)?.id);
  });

  it('marks the figures that are no claim quietly, opens their detail on hover and focus, and j/k pass them by', async () => {
    const page = watched.page;
    await page.keyboard.press('Escape');
    const figures = await page.$$eval('mark[data-figures]', (marks) => marks.map((m) => m.id));
    expect(figures).toEqual(['cc-r0f0', 'cc-r0f1']);
    const look = await page.$eval('#cc-r0f0', (m) => {
      const style = getComputedStyle(m);
      return { visible: (m as HTMLElement).offsetWidth > 0, line: style.textDecorationLine, style: style.textDecorationStyle, background: style.backgroundColor };
    });
    // Visible, underlined in its own way: dotted, with no background (skipped claims have one).
    expect(look).toEqual({ visible: true, line: 'underline', style: 'dotted', background: 'rgba(0, 0, 0, 0)' });
    expect(await page.$eval('mark.cc-v-skipped', (m) => getComputedStyle(m).backgroundColor)).not.toBe(look.background);

    await page.hover('#cc-r0f0');
    expect(await page.isVisible('#cc-pop')).toBe(true);
    const detail = (await page.textContent('#cc-pop')) ?? '';
    expect(detail).toContain('not a claim: no claim kind reads this figure');
    expect(detail).toContain('HeadingCoverage');
    await page.mouse.move(0, 0);

    // Focused (as Tab or a click gives it), the figure opens its detail; j and k go to the findings beside it.
    const order = await page.$$eval('mark[data-opens]', (marks) => marks.map((m) => m.id));
    const beside = await page.evaluate(() => {
      const figure = document.getElementById('cc-r0f1') as Element;
      const marks = Array.from(document.querySelectorAll('mark[data-opens]'));
      const after = marks.findIndex((m) => figure.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { before: marks[after - 1]?.id, after: marks[after]?.id };
    });
    for (const [key, expected] of [['j', beside.after], ['k', beside.before]] as const) {
      await page.focus('#cc-r0f1');
      expect(await page.isVisible('#cc-pop')).toBe(true);
      expect(await page.textContent('#cc-pop')).toContain('last sprint');
      await page.keyboard.press(key);
      expect(await focusedId(page), key).toBe(expected);
    }
    // From the first finding, j visits every finding in order and no figure.
    await page.focus(`#${order[0]}`);
    const visited = [order[0]];
    for (let i = 1; i < order.length; i++) {
      await page.keyboard.press('j');
      visited.push(await focusedId(page));
    }
    expect(visited).toEqual(order);
    expect(order.some((id) => figures.includes(id))).toBe(false);
    await page.keyboard.press('Escape');
  });

  it('is readable in dark mode and in print', async () => {
    const page = watched.page;
    const colours = () =>
      page.evaluate(() => ({
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        contradicted: getComputedStyle(document.querySelector('mark.cc-v-contradicted') as Element).backgroundColor,
        confirmed: getComputedStyle(document.querySelector('mark.cc-v-confirmed') as Element).backgroundColor,
        figure: getComputedStyle(document.querySelector('mark.cc-v-figure') as Element).textDecorationColor,
      }));
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(light.body).toBe('rgb(255, 255, 255)');
    expect(dark.body).not.toBe(light.body);
    expect(dark.text).not.toBe(light.text);
    expect(new Set([dark.body, dark.contradicted, dark.confirmed]).size).toBe(3);
    // The not-a-claim line changes with the scheme, and is never the page's background.
    expect(dark.figure).not.toBe(light.figure);
    expect([light.body, dark.body]).not.toContain(dark.figure);
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    expect(await page.isVisible('.cc-keys')).toBe(false);
    expect((await colours()).contradicted).toBe(light.contradicted);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Printing opened the claims' cards (beforeprint), and closed them again after.
    expect(await page.$eval('details.cc-findings', (d) => [(d as HTMLDetailsElement).dataset.wasOpen, (d as HTMLDetailsElement).open])).toEqual(['false', false]);
    await page.emulateMedia({ media: 'screen' });
  });

  it('saves a screenshot', async () => {
    const page = watched.page;
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(rendered.dir, 'review.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
  });
});

describe('a hostile page in Chromium', () => {
  /** Open `file`, poke every mark and link, and say whether any of the report's scripts ran. */
  async function poke(file: string) {
    const watched = await open(file);
    const page = watched.page;
    const title = await page.title();
    for (const mark of await page.$$('mark')) await mark.hover();
    // Links that stay on the page: what is left of `javascript:` ones (a link out would only navigate away).
    for (const link of await page.$$('article a:not([href^="http"])')) await link.click();
    await page.keyboard.press('j');
    const ran = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, scripts: document.scripts.length }));
    return { watched, title, ran };
  }

  it('runs nothing a report holds: no script, handler or script URL, no dialog, no request', async () => {
    const rendered = await pages({ text: hostileReport });
    const { watched, title, ran } = await poke(rendered.file);
    expect(ran).toEqual({ pwned: undefined, scripts: 1 });
    expect(title).toBe(`claimcheck review: ${path.relative(process.cwd(), path.join(rendered.dir, 'report.md'))}`);
    expect(await watched.page.title()).toBe(title);
    expect(watched.dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Sanitising left nothing for the policy to stop; the remote image is a link to it.
    expect(await watched.violations()).toEqual([]);
    expect(await watched.page.getAttribute('a.cc-image', 'href')).toBe('https://example.com/pixel.png');
    expect(watched.requests).toEqual([pathToFileURL(rendered.file).href]);
    // Its sample claim is marked: the page works around what it refused.
    expect(await watched.page.$$eval('mark', (marks) => marks.map((m) => m.getAttribute('data-verdict')))).toContain('confirmed');
    await watched.page.screenshot({ path: path.join(rendered.dir, 'hostile.png') });
  });

  it('runs nothing a result holds in any field', async () => {
    const rendered = await pages({ path: sampleReport });
    const file = path.join(rendered.dir, 'fields.html');
    const { result, sources } = hostileResult();
    writeFileSync(file, formatHtml(result, { sources }));
    const { watched, ran } = await poke(file);
    expect(ran).toEqual({ pwned: undefined, scripts: 1 });
    // The detail, cloned from the card, shows the payload as text.
    await watched.page.click('mark[data-opens]');
    expect(await watched.page.textContent('#cc-pop')).toContain('<script>window.__pwned="field"</script>');
    expect(await watched.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
