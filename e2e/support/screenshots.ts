import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '@inquiry-router/local-system';

/** Where the end-to-end tests leave a picture of each main screen (git-ignored, as all of test-artifacts/). */
export const screenshotDir = path.join(repoRoot(), 'test-artifacts/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
