import type { Page } from '@playwright/test';
import { pathsOf } from './scenario-paths';
import { expect, openWorkbench, readMetrics, simRun, simScenarioIds, test, workbench } from './support';

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const scenario of simScenarioIds()) {
  test(`${scenario}: a whole path can be taken with the keyboard alone, with a visible focus ring`, async ({ page }) => {
    await openWorkbench(page, '?path=', scenario);
    const { opening, uncertain, then } = pathsOf(scenario);
    const path = [
      [opening, null],
      [uncertain.move, uncertain.outcomes[0]],
      [then, null],
    ] as const;
    for (const [step, [move, outcome]] of path.entries()) {
      const selector = outcome ? `[data-move="${move}"][data-outcome="${outcome}"]` : `.move-button[data-move="${move}"]`;
      await tabTo(page, selector);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press(step % 2 === 0 ? 'Enter' : 'Space');
      await expect(workbench(page)).toHaveAttribute('data-step', String(step + 1));
    }
    const text = path.map(([m, o]) => (o ? `${m}:${o}` : m)).join(',');
    expect(await readMetrics(page)).toEqual(simRun(text, scenario).at(-1)!.metrics);

    await page.keyboard.press('[');
    await expect(workbench(page)).toHaveAttribute('data-step', String(path.length - 1));
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
}
