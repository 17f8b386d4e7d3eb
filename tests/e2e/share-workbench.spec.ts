import { linksOf } from './links';
import { pathsOf } from './scenario-paths';
import { addressNow, expect, openWorkbench, readMetrics, simDecode, simRun, simScenarioIds, takeSamplePath, takeStep, test, workbench } from './support';

for (const SCENARIO of simScenarioIds()) {
  const { linkCode, scenario } = await linksOf(SCENARIO);
  const paths = pathsOf(SCENARIO);
  const { opening, then } = paths;
  const [uncertain, [first]] = [paths.uncertain.move, paths.uncertain.outcomes];
  /** A parameter set apart from its sourced default, for a link of its own. */
  const param = scenario.data.parameters[0]!;
  const otherValue = param.default === param.min ? param.max : param.min;

  test.describe(SCENARIO, () => {
    test('a link copied in the workbench opens the same state in a fresh browser, and sim gives the same numbers', async ({ page, browser, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      // Chance decides the uncertain move; whatever it draws, the rest of the path stays open.
      await page.locator(`.chance[data-move="${uncertain}"]`).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      await takeStep(page, then);
      await page.getByRole('button', { name: /^Go to step 2 ·/ }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      await page.locator('#compare-with').selectOption({ index: 1 });

      // The address bar follows the workbench: it already holds the share link.
      await expect.poll(() => new URL(page.url()).searchParams.get('l')).not.toBeNull();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await addressNow(page));

      const shownHere = { step: await workbench(page).getAttribute('data-step'), date: await workbench(page).getAttribute('data-date'), metrics: await readMetrics(page) };
      const timelineHere = await page.locator('.panel-timeline li').count();

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(copied);
      await expect(other.locator('.workbench')).toHaveAttribute('data-ready', 'true');
      expect({ step: await workbench(other).getAttribute('data-step'), date: await workbench(other).getAttribute('data-date'), metrics: await readMetrics(other) }).toEqual(shownHere);
      expect(await other.locator('.panel-timeline li').count()).toBe(timelineHere);
      await expect(other.locator('#compare-with')).toHaveValue(await page.locator('#compare-with').inputValue());
      await fresh.close();

      const decoded = simDecode(copied);
      const steps = simRun(decoded.path, SCENARIO);
      expect(steps).toHaveLength(4);
      const atShown = steps[Number(shownHere.step)]!;
      expect(atShown.date).toBe(shownHere.date);
      for (const [metric, value] of Object.entries(atShown.metrics)) expect(shownHere.metrics[metric]).toBe(value);
    });

    test('opening a link keeps the paths saved in this browser', async ({ page }) => {
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      await takeStep(page, uncertain, first);
      const mine = await addressNow(page);
      await page.goto(`/s/${SCENARIO}?preset=history`);
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
      await page.goto(mine);
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      expect(await page.locator('[data-branch]').count()).toBeGreaterThanOrEqual(2);
    });

    test('a link with other parameters opens on its own, and the earlier session can be brought back', async ({ page }) => {
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      await takeStep(page, uncertain, first);
      await page.goto(`/s/${SCENARIO}?l=${linkCode(opening, { params: { [param.id]: otherValue } })}`);
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('status').filter({ hasText: 'Your earlier session is kept' })).toBeVisible();
      await expect(workbench(page)).toHaveAttribute('data-step', '1');
      await page.getByRole('button', { name: 'Go back to my earlier session' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '1');
    });

    test('links with other seeds opened one after another keep every earlier session, each of which can be opened again', async ({ page }) => {
      await takeSamplePath(page, SCENARIO);
      await page.goto(`/s/${SCENARIO}?path=${paths.branch}&seed=7`);
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
      await takeStep(page, then);
      await page.goto(`/s/${SCENARIO}?path=${opening}&seed=9`);
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');

      const kept = page.getByRole('region', { name: 'Kept aside' });
      await expect(kept.getByRole('button')).toHaveCount(2);
      // The first session, three steps under seed 1, is still there after the second link.
      await kept.getByRole('button', { name: /My path/ }).filter({ hasText: 'seed 1' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '3');
      expect(await readMetrics(page)).toEqual(simRun(paths.sample, SCENARIO).at(-1)!.metrics);
      // The session it replaced is kept in its place.
      await expect(kept.getByRole('button').filter({ hasText: 'seed 9' })).toHaveCount(1);
      await expect(kept.getByRole('button').filter({ hasText: 'seed 7' })).toHaveCount(1);
    });

    test('two tabs of one scenario build on each other’s work instead of writing over it', async ({ page, context }) => {
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      const other = await context.newPage();
      await other.goto(`/s/${SCENARIO}?preset=history`);
      await expect(other.locator('.workbench')).toHaveAttribute('data-ready', 'true');
      await expect(other.locator('[data-branch]')).toHaveCount(2);

      // The first tab learns of the other's branch, and its next move keeps it.
      await expect(page.locator('[data-branch]')).toHaveCount(2);
      await takeStep(page, uncertain, first);
      const third = await context.newPage();
      await third.goto(`/s/${SCENARIO}`);
      await expect(third.locator('.workbench')).toHaveAttribute('data-ready', 'true');
      await expect(third.locator('[data-branch]')).toHaveCount(2);
      await expect(third.getByRole('button', { name: /^What happened/ })).toBeVisible();
      await expect(third.locator('.workbench')).toHaveAttribute('data-step', '2');
      await other.close();
      await third.close();
    });

    test('a tab keeps its own session when another tab opens a link under another seed, and keeps that one aside when it next saves', async ({ page, context }) => {
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      const other = await context.newPage();
      await other.goto(`/s/${SCENARIO}?path=${paths.branch}&seed=7`);
      await expect(other.locator('.workbench')).toHaveAttribute('data-ready', 'true');

      // The first tab is not taken over: it still shows its own path, with its own undo.
      await takeStep(page, uncertain, first);
      await expect(page.locator('[data-branch]')).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
      // Its save kept the other tab's session aside rather than writing over it.
      const kept = page.getByRole('region', { name: 'Kept aside' });
      await expect(kept.getByRole('button').filter({ hasText: 'seed 7' })).toHaveCount(1);
      await other.close();
    });

    test('where another tab only looks elsewhere, this tab keeps its undo; an undo after taking on the other tab’s work is saved', async ({ page, context }) => {
      await openWorkbench(page, '?path=', SCENARIO);
      await takeStep(page, opening);
      await takeStep(page, uncertain, first);
      const other = await context.newPage();
      await other.goto(`/s/${SCENARIO}`);
      await expect(other.locator('.workbench')).toHaveAttribute('data-step', '2');
      await other.locator('[data-timeline-step="1"]').click();
      await expect(other.locator('.workbench')).toHaveAttribute('data-step', '1');
      await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

      // The other tab starts over and undoes it: what is saved is the session brought back.
      await other.getByRole('button', { name: 'Start over' }).click();
      await other.getByRole('dialog').getByRole('button', { name: 'Start over' }).click();
      await expect(other.locator('.workbench')).toHaveAttribute('data-step', '0');
      await other.keyboard.press('Control+z');
      await expect(other.locator('.workbench')).toHaveAttribute('data-step', '1');
      await other.close();
      const third = await context.newPage();
      await third.goto(`/s/${SCENARIO}`);
      await expect(third.locator('.workbench')).toHaveAttribute('data-ready', 'true');
      await expect(third.getByRole('button', { name: /^My path/ })).toContainText('2 steps');
      await third.close();
    });
  });
}
