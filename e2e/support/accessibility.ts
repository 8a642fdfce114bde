import * as axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules (axe-core tags). */
const Wcag21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (injected as a script) against WCAG 2.1 A and AA, and returns the
 * serious and critical violations, each with the selectors of the elements concerned.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!injected) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    Wcag21AA,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.trim()),
    }));
}

/** A readable account of violations for a failing assertion. */
export function describeViolations(where: string, violations: Violation[]): string {
  return violations.map((v) => `${where}: [${v.impact}] ${v.id} — ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

/**
 * Tabs through the first `steps` focusable elements and returns those whose focus cannot be seen:
 * neither an outline nor a box-shadow nor a changed border when focused (WCAG 2.4.7).
 */
export async function invisibleFocus(page: Page, steps = 12): Promise<string[]> {
  const invisible: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      // Past a date or time field's last part, Tab reaches its picker button inside the browser's
      // own shadow tree: the field no longer matches :focus-visible, and Chromium outlines the button itself.
      if (
        el instanceof HTMLInputElement &&
        ['date', 'time', 'datetime-local', 'month', 'week'].includes(el.type) &&
        !el.matches(':focus-visible')
      ) {
        return { name: '', visible: true };
      }
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      return { name, visible: outline || shadow };
    });
    if (seen && !seen.visible) invisible.push(seen.name);
  }
  return [...new Set(invisible)];
}

/** Asserts the page, once its requests have settled, has no serious or critical violation; `where` names it in the failure. */
export async function expectAxeClean(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(describeViolations(where, await seriousViolations(page))).toBe('');
}
