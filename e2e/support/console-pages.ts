import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { eventually } from '@inquiry-router/testing';
import { newContext } from './browser';
import type { SignInUser } from './e2e-system';

/**
 * What the tests do in the console, by the names a person sees (roles and labels, bokmål as the
 * console shows by default, English accepted), and the few test ids the console sets for numbers
 * that change (`waiting-<queue>`, `inquiry-status`, `decision-target`, `live-state`, `today-total`).
 */
export const text = {
  username: /^(brukernavn|username)$/i,
  password: /^(passord|password)$/i,
  signIn: /^(logg inn|sign in)$/i,
  presence: /^(tilstedeværelse|presence)$/i,
  next: /neste henvendelse|next inquiry/i,
  reasons: /^(begrunnelse|reasons)$/i,
  escalateNote: /notat til andrelinje|note to the second line/i,
  answerText: /svar til innbyggeren|answer to the/i,
};

/** A signed-in person in a browser profile of their own. */
export class ConsoleUser {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens the console and signs in with the keyboard alone: type, Tab, type, Enter. */
  static async signIn(browser: Browser, baseUrl: string, user: SignInUser, options: { locale?: string } = {}): Promise<ConsoleUser> {
    const context = await newContext(browser, options);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(text.username).focus();
    await page.keyboard.type(user.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
    return new ConsoleUser(context, page);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** A locator's text, as a number (the console formats counts for the locale: "1 234"). */
export async function numberIn(locator: Locator): Promise<number> {
  const raw = (await locator.textContent({ timeout: 15_000 })) ?? '';
  const n = Number(raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (Number.isNaN(n)) throw new Error(`not a number: "${raw}"`);
  return n;
}

/** Waits until a count shown in the page satisfies `ok` (it updates live); returns it. */
export function countBecomes(locator: Locator, ok: (n: number) => boolean, what: string, timeoutMs = 20_000): Promise<number> {
  return eventually(
    async () => {
      const n = await numberIn(locator).catch(() => undefined);
      return n !== undefined && ok(n) ? n : undefined;
    },
    timeoutMs,
    what,
  );
}

/** Waits until a locator's text matches. */
export function textBecomes(locator: Locator, pattern: RegExp, what: string, timeoutMs = 20_000): Promise<string> {
  return eventually(
    async () => {
      const t = (await locator.textContent({ timeout: 1000 }).catch(() => null)) ?? '';
      return pattern.test(t) ? t : undefined;
    },
    timeoutMs,
    what,
  );
}

/**
 * Presses Tab until the focused element's accessible text matches `name` (at most `maxSteps`
 * times), as someone without a mouse reaches a control; fails if it is never reached.
 */
export async function tabTo(page: Page, name: RegExp, maxSteps = 30): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''}`.trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`${name} not reached with ${maxSteps} presses of Tab`);
}

/**
 * Opens an action on the inquiry page by its shortcut key, waits until the field labelled `field`
 * has focus (`focused`: what the wait is for), types `typed` into it and sends it with Ctrl+Enter.
 */
export async function sendByShortcut(page: Page, key: string, field: RegExp, typed: string, focused: string): Promise<void> {
  await page.keyboard.press(key);
  const input = page.getByLabel(field);
  await eventually(
    async () => ((await input.evaluate((el) => el === document.activeElement).catch(() => false)) ? true : undefined),
    5_000,
    focused,
  );
  await page.keyboard.type(typed);
  await page.keyboard.press('Control+Enter');
}

/** Sets presence to available on the work page, and waits until the workdesk has it (the claim depends on it). */
export async function becomeAvailable(page: Page): Promise<void> {
  await page.getByLabel(text.presence).selectOption('available');
  await page
    .getByRole('status')
    .filter({ hasText: /(tilstedeværelse|presence): (tilgjengelig|available)/i })
    .waitFor({ timeout: 10_000 });
}
