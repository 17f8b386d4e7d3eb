import { requireScenario } from '@/tests/support/scenarios';
import { addressNow, alertMessage, expect, moveControl, openWorkbench, readMetrics, simDecode, simMoves, simRun, simScenarioIds, simState, takeStep, test, workbench } from './support';

for (const scenario of simScenarioIds()) {
  test(`${scenario}: following the history preset move by move shows the same numbers as \`sim run\``, async ({ page }) => {
    const trajectory = simRun('history', scenario);
    // A long record takes a while to follow click by click.
    test.setTimeout(60_000 + trajectory.length * 1_000);
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

for (const scenario of simScenarioIds()) {
  test(`${scenario}: “Follow what happened” opens the history path at its end, with the same end state as \`sim run\``, async ({ page }) => {
    const end = simRun('history', scenario).at(-1)!;
    const { data } = await requireScenario(scenario);
    await page.goto('/');
    await page.locator('.card', { hasText: data.title }).getByRole('link', { name: 'Follow what happened' }).click();
    await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
    await expect(workbench(page)).toHaveAttribute('data-step', String(end.step));
    await expect(workbench(page)).toHaveAttribute('data-date', end.date);
    expect(await readMetrics(page)).toEqual(end.metrics);
  });

  test(`${scenario}: a broken path says why and offers to open its moves up to where it broke`, async ({ page }) => {
    const first = simRun('history', scenario)[1]!;
    const firstStep = first.moveOutcome ? `${first.move}:${first.moveOutcome}` : first.move!;
    const refused = simState(firstStep, scenario).unavailable[0]!;
    await openWorkbench(page, `?path=${firstStep},${refused.id}`, scenario);
    await expect(alertMessage(page)).toContainText('step 2');
    await page.getByRole('link', { name: 'Open the first 1 move of the link' }).click();
    await expect(workbench(page)).toHaveAttribute('data-step', '1');
  });

  test(`${scenario}: an unavailable notable move is shown greyed with the reason`, async ({ page }) => {
    const { data } = await requireScenario(scenario);
    const refused = simState('', scenario).unavailable.at(-1)!;
    await openWorkbench(page, '?path=', scenario);
    const blocked = page.locator('.move-blocked', { hasText: data.moves.find((m) => m.id === refused.id)!.label });
    await expect(blocked).toContainText(refused.reason);
    await expect(blocked.locator('button')).toHaveCount(0);
  });

  test(`${scenario}: an uncertain move offers each outcome with its chance as \`sim state\` has it, the chances adding up to 100%`, async ({ page }) => {
    await openWorkbench(page, '?preset=history', scenario);
    const uncertain = simMoves('history', scenario).filter((m) => m.outcomes);
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

  test(`${scenario}: each move can be explained in place, in the words of the model page`, async ({ page }) => {
    await openWorkbench(page, '?path=', scenario);
    const { data } = await requireScenario(scenario);
    const spec = data.moves.find((m) => m.notable && simMoves('', scenario).some((open) => open.id === m.id && !open.outcomes))!;
    const move = page.locator(`.move-button[data-move="${spec.id}"]`);
    await expect(move).toHaveAccessibleDescription(spec.description);
    await expect(page.getByText(spec.description)).toBeHidden();
    await page.getByLabel('Explain each move').check();
    await expect(page.getByText(spec.description)).toBeVisible();
  });

  test(`${scenario}: letting chance decide records the drawn outcome in the path, the same on every try`, async ({ page }) => {
    // The first uncertain move open at the start whose result chance can decide now.
    const uncertain = simMoves('', scenario).find((m) => m.outcomes && !m.id.startsWith('time.'))!;
    await openWorkbench(page, '?path=&seed=42', scenario);
    await page.locator(`[data-move="${uncertain.id}"]:not([data-outcome])`).click();
    await expect(workbench(page)).toHaveAttribute('data-step', '1');
    const firstTry = await addressNow(page);
    const drawnPath = simDecode(firstTry).path;
    expect(drawnPath).toMatch(new RegExp(`^${uncertain.id.replace(/\./g, '\\.')}:[a-z-]+$`));
    const expected = simRun(drawnPath, scenario).at(-1)!;
    expect(await readMetrics(page)).toEqual(expected.metrics);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator(`[data-move="${uncertain.id}"]:not([data-outcome])`).click();
    await expect(page).toHaveURL(firstTry);
  });
}
