// Headless Chromium for the review page's browser test and README screenshot:
// Debian's `chromium` package driven by playwright-core. Nothing is downloaded:
// no browser build of Playwright's own, no network for the browser itself.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const chromiumPath = '/usr/bin/chromium';

/** The Debian package that provides `chromiumPath`. */
export const chromiumPackage = 'chromium';

/** No sandbox (containers run as root), no GPU, and none of the browser's own network traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why Chromium cannot be used here, or `undefined` when it can. */
export function chromiumMissing() {
  return existsSync(chromiumPath) ? undefined : `${chromiumPath} not found: install the Debian package \`${chromiumPackage}\` (apt-get install ${chromiumPackage})`;
}

/**
 * Start Chromium with a fresh profile in a temporary folder. Returns the
 * browser context and `close()`, which ends the browser and removes the profile.
 */
export async function launchChromium(options = {}) {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const profile = mkdtempSync(path.join(tmpdir(), 'claimcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1200, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    offline: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
