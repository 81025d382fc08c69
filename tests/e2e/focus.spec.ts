// Focus not obscured (WCAG 2.2 SC 2.4.11, which axe does not test): walking a page with Tab and Shift+Tab, every
// focused element shows at least part of itself, never entirely under the sticky header or another fixed or
// sticky element. Once per template, one viewport each (desktop and phone alternate), 40 steps.
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, templateSamples, type Sample } from './fixtures/site.ts';

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

/** The templates walked, each in one viewport, and the longest sample of each (the most to walk through). */
const walks = (['module table', 'module page', 'MDX page'] as const).map((template, i) => {
  const samples = templateSamples().filter((s) => s.template === template);
  const sample = samples.reduce((a: Sample, b) => (builtHtml(b.path).length > builtHtml(a.path).length ? b : a));
  return { ...sample, viewport: i % 2 === 0 ? desktop : phone };
});

/**
 * Describes the focused element when no part of it can be seen: every point sampled over its box (within the
 * viewport) is covered by something else, or the box is outside the viewport. Undefined when part of it shows,
 * or when it belongs to a fixed or sticky element itself (the header's own controls).
 */
function obscured(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') return undefined;
    }
    const r = el.getBoundingClientRect();
    const [top, bottom] = [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
    const [left, right] = [Math.max(r.left, 0), Math.min(r.right, innerWidth)];
    for (let y = top + 1; y < bottom; y += 3)
      for (let x = left + 1; x < right; x += 6) {
        const hit = document.elementFromPoint(x, y);
        if (hit && el.contains(hit)) return undefined;
      }
    const covers = [...document.querySelectorAll('body *')].filter((e) =>
      ['fixed', 'sticky'].includes(getComputedStyle(e).position),
    );
    const what = covers.map(
      (c) => `${c.tagName.toLowerCase()}.${c.className} bottom ${c.getBoundingClientRect().bottom}`,
    );
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${el.textContent?.trim().slice(0, 40)}"`;
    return `${name} at ${Math.round(r.top)}–${Math.round(r.bottom)} px is hidden (fixed/sticky: ${what.join(', ')})`;
  });
}

test.describe('keyboard focus is never hidden under the sticky header', () => {
  for (const { template, locale, path, viewport } of walks) {
    test(`walking the ${template} (${path}) at ${viewport.width} px with Tab and Shift+Tab`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const hidden: string[] = [];
      const step = async (key: string, n: number) => {
        for (let i = 0; i < n; i++) {
          await page.keyboard.press(key);
          const problem = await obscured(page);
          if (problem) hidden.push(`${key} ${i + 1}: ${problem}`);
        }
      };
      // Backwards from the middle of the content (the header has scrolled over what came before), then on.
      const focusable = page.locator('main :is(a[href], button, summary, input, [tabindex="0"]):visible');
      await focusable.nth(Math.floor((await focusable.count()) / 2)).focus();
      await step('Shift+Tab', 30);
      await step('Tab', 10);
      expect(hidden, `${locale?.code ?? ''} ${path}: focused elements hidden`).toEqual([]);
    });
  }
});
