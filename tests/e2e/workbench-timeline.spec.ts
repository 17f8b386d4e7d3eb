import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openWorkbench, simRun, simScenarioIds, test, workbench } from './support';

/**
 * How the timeline strip sits: whether a card (by default the step shown) is whole inside it, and how
 * far the leftmost card that shows (even in part) starts from the strip's left edge (negative: cut).
 */
function stripView(page: Page, card = '[aria-current="step"]') {
  return page.locator('.timeline-steps').evaluate((list, selector) => {
    const box = list.getBoundingClientRect();
    const left = box.left + list.clientLeft;
    const right = left + list.clientWidth;
    const cards = [...list.querySelectorAll('[data-timeline-step]')].map((button) => button.getBoundingClientRect());
    const inStrip = cards.filter((rect) => rect.right > left && rect.left < right);
    const target = list.querySelector(selector)!.getBoundingClientRect();
    return {
      whole: target.left >= left - 1 && target.right <= right + 1,
      leftmostCardOffset: Math.min(...inStrip.map((rect) => rect.left)) - left,
      pageScroll: { x: window.scrollX, y: window.scrollY },
    };
  }, card);
}

/**
 * Scrolls the page to the strip, as a person does to see it: on a phone it lies below the moves and
 * is laid out only then. Returns the page's scroll position once there.
 */
async function bringStripIntoView(page: Page) {
  await page.locator('.timeline').scrollIntoViewIfNeeded();
  return page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
}

async function expectAtRestOnWholeCards(page: Page, card?: string) {
  await expect.poll(async () => (await stripView(page, card)).whole).toBe(true);
  expect((await stripView(page, card)).leftmostCardOffset).toBeGreaterThanOrEqual(-1);
}

for (const scenario of simScenarioIds()) {
  // How far the walks go: a law of the strip, not of the record's length. Eighty cards are several
  // strips' width at both sizes, and the walk then takes a minute rather than five for a long record.
  const walk = Math.min(simRun('history', scenario).length - 1, 80);
  for (const [name, viewport] of [
    ['desktop-1366x768', { width: 1366, height: 768 }],
    ['phone-390x844', { width: 390, height: 844 }],
  ] as const) {
    test.describe(`${scenario}: the timeline at ${name}`, () => {
      test.use({ viewport });

      test('opens at the last step with that step whole and no card cut at the left (screenshot saved)', async ({ page }) => {
        await openWorkbench(page, '?preset=history', scenario);
        const steps = await page.locator('[data-timeline-step]').count();
        await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-timeline-step', String(steps - 1));
        await bringStripIntoView(page);
        await expectAtRestOnWholeCards(page);
        // Scrolling the strip into place never scrolls the page: a step back and forth moves the strip
        // twice and leaves the page where it was.
        const pageScroll = await bringStripIntoView(page);
        await page.keyboard.press('[');
        await expect(workbench(page)).toHaveAttribute('data-step', String(steps - 2));
        await page.keyboard.press(']');
        await expect(workbench(page)).toHaveAttribute('data-step', String(steps - 1));
        await expectAtRestOnWholeCards(page);
        expect((await stripView(page)).pageScroll).toEqual(pageScroll);
        await mkdir('test-results/screenshots', { recursive: true });
        await page.locator('.panel-timeline').screenshot({ path: `test-results/screenshots/timeline-${scenario}-${name}.png` });
      });

      test(`stepping back to the start with “[” from step ${walk} keeps each step shown whole, on whole cards`, async ({ page }) => {
        await openWorkbench(page, `?preset=history&step=${walk}`, scenario);
        await bringStripIntoView(page);
        for (let step = walk - 1; step >= 0; step--) {
          await page.keyboard.press('[');
          await expect(workbench(page)).toHaveAttribute('data-step', String(step));
          await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-timeline-step', String(step));
          await expectAtRestOnWholeCards(page);
        }
      });

      test(`each card reached with Tab, up to step ${walk}, comes into view whole, with no card cut at the left`, async ({ page }) => {
        await openWorkbench(page, '?preset=history', scenario);
        await page.locator('[data-timeline-step="0"]').click();
        await expect(workbench(page)).toHaveAttribute('data-step', '0');
        for (let step = 1; step <= walk; step++) {
          await page.keyboard.press('Tab');
          await expect(page.locator(':focus')).toHaveAttribute('data-timeline-step', String(step));
          await expectAtRestOnWholeCards(page, ':focus');
        }
      });
    });
  }
}
