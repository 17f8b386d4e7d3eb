import { requireScenario } from '@/tests/support/scenarios';
import { addressNow, alertMessage, expect, moveControl, openWorkbench, readMetrics, SCENARIO, simDecode, simMoves, simRun, simScenarioIds, takeStep, test, workbench } from './support';

for (const scenario of simScenarioIds()) {
  test(`${scenario}: following the history preset move by move shows the same numbers as \`sim run\``, async ({ page }) => {
    const trajectory = simRun('history', scenario);
    await openWorkbench(page, '?path=', scenario);
    const start = trajectory[0]!;
    await expect(workbench(page)).toHaveAttribute('data-date', start.date);
    expect(await readMetrics(page)).toEqual(start.metrics);

    for (const expected of trajectory.slice(1)) {
      await takeStep(page, expected.move!, expected.moveOutcome);
      await expect(workbench(page)).toHaveAttribute('data-step', String(expected.step));
      await expect(workbench(page)).toHaveAttribute('data-date', expected.date);
      expect(await readMetrics(page), `metrics after step ${expected.step} (${expected.move})`).toEqual(expected.metrics);
    }
  });
}

test('“Follow what happened” opens the history path at its end, with the same end state as `sim run`', async ({ page }) => {
  const trajectory = simRun('history');
  const end = trajectory.at(-1)!;
  await page.goto('/');
  await page.getByRole('link', { name: 'Follow what happened' }).click();
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
  await expect(workbench(page)).toHaveAttribute('data-step', String(end.step));
  await expect(workbench(page)).toHaveAttribute('data-date', end.date);
  expect(await readMetrics(page)).toEqual(end.metrics);
});

test('a broken path says why and offers to open its moves up to where it broke', async ({ page }) => {
  await openWorkbench(page, '?path=talks.convene,agreement.sign');
  await expect(alertMessage(page)).toContainText('step 2');
  await page.getByRole('link', { name: 'Open the first 1 move of the link' }).click();
  await expect(workbench(page)).toHaveAttribute('data-step', '1');
});

test('an unavailable notable move is shown greyed with the reason', async ({ page }) => {
  await openWorkbench(page);
  const blocked = page.locator('.move-blocked', { hasText: 'Sign a comprehensive agreement' });
  await expect(blocked).toContainText('Donetsk');
  await expect(blocked.locator('button')).toHaveCount(0);
});

test('an uncertain move offers each outcome with its chance as `sim state` has it, the chances adding up to 100%', async ({ page }) => {
  await openWorkbench(page, '?preset=history');
  const uncertain = simMoves('history').filter((m) => m.outcomes);
  expect(uncertain.length).toBeGreaterThan(0);
  for (const move of uncertain) {
    const shown: number[] = [];
    for (const outcome of move.outcomes!) {
      const text = await moveControl(page, move.id, outcome.id).innerText();
      const percent = text.match(/\((<1|>99|\d+)%\)$/);
      expect(percent, `${move.id}:${outcome.id} shows its chance`).not.toBeNull();
      const whole = ({ '<1': 0, '>99': 100 } as Record<string, number>)[percent![1]!] ?? Number(percent![1]);
      expect(Math.abs(whole - outcome.p * 100), `${move.id}:${outcome.id} (${text})`).toBeLessThan(1);
      shown.push(whole);
    }
    expect(shown.reduce((sum, n) => sum + n, 0), move.id).toBe(100);
  }
});

test('each move can be explained in place, in the words of the model page', async ({ page }) => {
  await openWorkbench(page);
  const description = (await requireScenario(SCENARIO)).data.moves.find((m) => m.id === 'talks.convene')!.description;
  const move = page.locator('.move-button[data-move="talks.convene"]');
  await expect(move).toHaveAccessibleDescription(description);
  await expect(page.getByText(description)).toBeHidden();
  await page.getByLabel('Explain each move').check();
  await expect(page.getByText(description)).toBeVisible();
});

test('letting chance decide records the drawn outcome in the path, the same on every try', async ({ page }) => {
  await openWorkbench(page, '?path=talks.convene&seed=42');
  await page.locator('[data-move="talks.round"]:not([data-outcome])').click();
  await expect(workbench(page)).toHaveAttribute('data-step', '2');
  const firstTry = await addressNow(page);
  const drawnPath = simDecode(firstTry).path;
  expect(drawnPath).toMatch(/^talks\.convene,talks\.round:[a-z]+$/);
  const expected = simRun(drawnPath).at(-1)!;
  expect(await readMetrics(page)).toEqual(expected.metrics);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('[data-move="talks.round"]:not([data-outcome])').click();
  await expect(page).toHaveURL(firstTry);
});
