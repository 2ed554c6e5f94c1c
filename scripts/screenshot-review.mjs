#!/usr/bin/env node
// Takes the README's screenshot of the review page: the sample report verified
// with `--format html`, opened in Debian's Chromium (scripts/chromium.mjs), with
// a contradiction's detail open. Writes docs/review-page.png, 1200 px wide.
// Needs a build (`npm run build`) and the `chromium` package; when `pngquant`
// is installed (Debian package `pngquant`) the PNG is quantised to keep it small.
//
//   node scripts/screenshot-review.mjs [OUT.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs/review-page.png'));
const work = mkdtempSync(path.join(tmpdir(), 'claimcheck-screenshot-'));
const page = path.join(work, 'review.html');

try {
  // Exit status 1: the sample has contradictions, which is what the picture shows.
  try {
    execFileSync(process.execPath, ['bin/claimcheck.js', 'verify', 'fixtures/reports/sample.md', '--repo', 'fixtures/repos/sample', '--format', 'html', '--output', page], { cwd: root, stdio: 'inherit' });
  } catch (error) {
    if (error.status !== 1) throw error;
  }
  const browser = await launchChromium({ viewport: { width: 1200, height: 980 } });
  try {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    // The third contradiction of the list (the coverage claim), with its detail open below the
    // coverage paragraph, so the marks above it, the figures that are no claim among them, show;
    // the page scrolled back to the top.
    await tab.click('.cc-failing li:nth-child(3) a');
    await tab.waitForFunction(() => !document.getElementById('cc-pop')?.hidden);
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.screenshot({ path: out });
  } finally {
    await browser.close();
  }
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality', '70-95', '--output', out, out], { stdio: 'inherit' });
  } catch (error) {
    // 99: quantising would not make it smaller; ENOENT: pngquant is not installed.
    if (error.code !== 'ENOENT' && error.status !== 99) throw error;
  }
  console.log(`${path.relative(process.cwd(), out)}: ${Math.round(statSync(out).size / 1024)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
