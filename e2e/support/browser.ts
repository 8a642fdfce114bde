import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Browser, BrowserContext, chromium } from 'playwright-core';

/** The flags Debian's Chromium needs headless in a container, and no traffic of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: found (or installed) by e2e/setup/ensure-chromium.sh, which the e2e global setup runs. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('bash', [path.join(__dirname, '../setup/ensure-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}

/**
 * A browser profile as a Norwegian adviser's: bokmål, Oslo time, a laptop-sized window. CSP is
 * bypassed only so axe-core can be injected as a script.
 */
export function newContext(browser: Browser, options: { locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1366, height: 900 },
    bypassCSP: true,
  });
}
