import { readFile } from 'node:fs/promises';
import { pathsOf } from './scenario-paths';
import { alertMessage, branchItems, expect, readMetrics, SCENARIO as ABU_DHABI, simRun, simScenarioIds, takeSamplePath, takeStep, test, workbench } from './support';

for (const SCENARIO of simScenarioIds()) {
  const paths = pathsOf(SCENARIO);
  const [uncertain, other] = [paths.uncertain.move, paths.uncertain.outcomes[1]];

  test.describe(`${SCENARIO}: branches, undo and the saved session`, () => {
    test.beforeEach(async ({ page }) => takeSamplePath(page, SCENARIO));

    test('taking a different move at an earlier step starts a branch and keeps the old one', async ({ page }) => {
      await page.locator('[data-timeline-step="1"]').click();
      await expect(workbench(page)).toHaveAttribute('data-step', '1');
      await takeStep(page, uncertain, other);

      await expect(branchItems(page)).toHaveCount(2);
      expect(await readMetrics(page)).toEqual(simRun(paths.branch, SCENARIO).at(-1)!.metrics);

      await page.getByRole('button', { name: /^My path/ }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '3');
      expect(await readMetrics(page)).toEqual(simRun(paths.sample, SCENARIO).at(-1)!.metrics);

      await page.getByRole('button', { name: /^Path 2/ }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
    });

    test('a branch can be renamed', async ({ page }) => {
      await page.getByRole('button', { name: 'Rename My path' }).click();
      const field = page.getByRole('textbox', { name: 'New name for My path' });
      await field.fill('Stalled round');
      await field.press('Enter');
      await expect(page.getByRole('button', { name: /^Stalled round/ })).toBeVisible();
      // Focus stays with the branch, so the keyboard carries on from there.
      await expect(page.getByRole('button', { name: 'Rename Stalled round' })).toBeFocused();
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: 'New name for Stalled round' }).press('Escape');
      await expect(page.getByRole('button', { name: 'Rename Stalled round' })).toBeFocused();
    });

    test('undo and redo step back and forth through actions, by button and by keyboard', async ({ page }) => {
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      await page.keyboard.press('Control+z');
      await expect(workbench(page)).toHaveAttribute('data-step', '1');
      await page.keyboard.press('Control+Shift+z');
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      await page.getByRole('button', { name: 'Redo' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '3');
      await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
    });

    test('a reload restores the whole branch tree and the step shown', async ({ page }) => {
      await page.locator('[data-timeline-step="1"]').click();
      await takeStep(page, uncertain, other);
      await page.reload();
      await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
      await expect(branchItems(page)).toHaveCount(2);
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      expect(await readMetrics(page)).toEqual(simRun(paths.branch, SCENARIO).at(-1)!.metrics);
    });

    test('“Start over” asks first, and cancelling keeps everything', async ({ page }) => {
      await page.getByRole('button', { name: 'Start over' }).click();
      const dialog = page.getByRole('dialog', { name: 'Start over?' });
      await expect(dialog).toBeVisible();
      // It opens on the choice that loses nothing, and the workbench's keys wait behind it.
      await expect(dialog.getByRole('button', { name: 'Keep my session' })).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect(workbench(page)).toHaveAttribute('data-step', '3');
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(workbench(page)).toHaveAttribute('data-step', '3');
      await expect(branchItems(page)).toHaveCount(1);

      await page.getByRole('button', { name: 'Start over' }).click();
      await dialog.getByRole('button', { name: 'Start over' }).click();
      await expect(workbench(page)).toHaveAttribute('data-step', '0');
      await expect(branchItems(page)).toHaveCount(1);
    });

    test('a session exported to a file imports back after starting over', async ({ page }, testInfo) => {
      await page.locator('[data-timeline-step="1"]').click();
      await takeStep(page, uncertain, other);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export' }).click();
      const file = testInfo.outputPath('session.json');
      await (await downloading).saveAs(file);
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1, scenarioId: SCENARIO });

      await page.getByRole('button', { name: 'Start over' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Start over' }).click();
      await expect(branchItems(page)).toHaveCount(1);

      // Importing asks before it replaces the session in the browser.
      await page.locator('[data-import-file]').setInputFiles(file);
      const confirm = page.getByRole('dialog', { name: 'Replace this session?' });
      await expect(confirm).toContainText('The file holds 2 branches');
      await confirm.getByRole('button', { name: 'Keep my session' }).click();
      await expect(branchItems(page)).toHaveCount(1);
      await expect(workbench(page)).toHaveAttribute('data-step', '0');

      await page.locator('[data-import-file]').setInputFiles(file);
      await confirm.getByRole('button', { name: 'Replace with the file' }).click();
      await expect(branchItems(page)).toHaveCount(2);
      await expect(workbench(page)).toHaveAttribute('data-step', '2');
      expect(await readMetrics(page)).toEqual(simRun(paths.branch, SCENARIO).at(-1)!.metrics);
    });

    test('a bad or foreign file is refused with a message and changes nothing', async ({ page }) => {
      const before = await readMetrics(page);
      for (const [name, text] of [
        ['notes.json', 'not json at all'],
        ['other.json', JSON.stringify({ version: 1, scenarioId: 'somewhere-else', hello: true })],
      ] as const) {
        await page.locator('[data-import-file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
        await expect(alertMessage(page)).toContainText('Nothing was changed');
        await expect(workbench(page)).toHaveAttribute('data-step', '3');
        await expect(branchItems(page)).toHaveCount(1);
        expect(await readMetrics(page)).toEqual(before);
      }
    });

    test('comparing with the record overlays it and lists both end states side by side', async ({ page }) => {
      await page.getByLabel('Compare with').selectOption({ label: 'What happened (record)' });
      const table = page.getByRole('table', { name: /End of “My path” and of “What happened”/ });
      await expect(table).toBeVisible();
      await expect(page.locator('.legend')).toContainText('What happened');
      const stepsRow = table.locator('tr').filter({ has: page.getByRole('rowheader', { name: 'Steps', exact: true }) });
      await expect(stepsRow.locator('td')).toHaveText(['3', String(simRun('history', SCENARIO).length - 1)]);

      // Gone back on the timeline, this path's column is the step shown, and says so.
      await page.locator('[data-timeline-step="1"]').click();
      const atStep = page.getByRole('table', { name: 'Step 1 of “My path” and end of “What happened”' });
      await expect(atStep.locator('tr').filter({ has: page.getByRole('rowheader', { name: 'Steps', exact: true }) }).locator('td').first()).toHaveText('1');
    });
  });
}

test.describe(`${ABU_DHABI}: comparing with the record`, () => {
  test.beforeEach(async ({ page }) => takeSamplePath(page, ABU_DHABI));

  test('the end states side by side name each measure and each region as the statechart labels them', async ({ page }) => {
    await page.getByLabel('Compare with').selectOption({ label: 'What happened (record)' });
    const table = page.getByRole('table', { name: /End of “My path” and of “What happened”/ });
    const end = simRun('history').at(-1)!;
    await expect(table.getByRole('row', { name: /Rounds held/ })).toContainText(String(end.metrics.roundsHeld));

    // Region by region, each path's active state at its end, named as the statechart labels them:
    // this path's talks are idle and no holiday ceasefire was declared; the record's talks are paused
    // and its Easter ceasefire in force. The two end apart on these regions, so each cell must come
    // from its own path.
    for (const [region, cells] of [
      ['Talks', ['idle', 'paused']],
      ['Holiday ceasefire', ['none', 'in force']],
    ] as const) {
      const row = table.locator('tr').filter({ has: page.getByRole('rowheader', { name: region, exact: true }) });
      await expect(row.locator('td')).toHaveText([...cells]);
    }

    // Gone back on the timeline, this path's column is the step shown, and says so.
    await page.locator('[data-timeline-step="1"]').click();
    const atStep = page.getByRole('table', { name: 'Step 1 of “My path” and end of “What happened”' });
    await expect(atStep.getByRole('row', { name: /Rounds held/ }).locator('td').first()).toHaveText(String(simRun('talks.convene').at(-1)!.metrics.roundsHeld));
  });
});
