/**
 * What happened is never confused with what if: an event of the record is a fact with its own
 * reports, an event that did not happen is marked simulated, the timeline says where the record
 * ends, and a move at the record's end starts a branch of its own.
 */
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { formatLongDate } from '@/lib/i18n/format-en';
import { requireScenario } from '@/tests/support/scenarios';
import { escapeRegExp } from '@/tests/support/text';
import { pathsOf } from './scenario-paths';
import { branchItems, expect, openWorkbench, simMoves, simRun, simScenarioIds, takeStep, test, wcagTags, workbench } from './support';

const sourceLine = (page: import('@playwright/test').Page) => page.locator('.situation .source-line');

test('an event of the record cites its own dated report; an event that did not happen is simulated, modelled on the move’s sources', async ({ page }) => {
  await openWorkbench(page, '?preset=history&step=20');
  await expect(sourceLine(page)).toHaveAttribute('data-provenance', 'record');
  await expect(sourceLine(page)).toContainText('Fact');
  await expect(sourceLine(page)).toContainText('Reported: Anadolu Agency');
  await expect(sourceLine(page)).toContainText('(5 February 2026)');
  await expect(sourceLine(page).getByRole('link').first()).toHaveAttribute('href', /anews\.com\.tr/);

  await openWorkbench(page, '?path=history,terms.propose-peacekeepers:accepted');
  await expect(page.locator('.narrative')).toHaveText('Russia accepted a European-backed force along a demilitarised zone.');
  await expect(sourceLine(page)).toHaveAttribute('data-provenance', 'simulated');
  await expect(sourceLine(page)).toContainText('Simulated');
  await expect(sourceLine(page)).toContainText('Did not happen; modelled on');
  await expect(sourceLine(page)).not.toContainText('Fact');
});

test('the strikes of 3 February are told in both sides’ readings', async ({ page }) => {
  await openWorkbench(page, '?preset=history&step=18');
  await expect(page.locator('.narrative')).toContainText('Kyiv called it a breach of the week’s pause it had counted on; Moscow said the pause it had agreed ran only to 1 February.');
});

for (const scenario of simScenarioIds()) {
  test(`${scenario}: the timeline marks where the record ends, and a move there starts a branch of its own`, async ({ page }) => {
    const end = simRun('history', scenario).length - 1;
    // The first move open at the record's end, with its first outcome if chance has one.
    const next = simMoves('history', scenario)[0]!;
    await openWorkbench(page, '?preset=history', scenario);
    const timeline = page.locator('.panel-timeline');
    await expect(timeline.locator('.timeline-record')).toHaveText(`The record ends here, at step ${end}; a move now starts a branch of its own.`);
    await expect(timeline.locator(`li.record-end [data-timeline-step="${end}"]`)).toBeVisible();
    await expect(branchItems(page)).toHaveCount(1);

    await takeStep(page, next.id, next.outcomes?.[0]?.id);
    await expect(branchItems(page)).toHaveCount(2);
    await expect(page.locator('[data-branch] .branch-open[aria-current="true"]')).toContainText(/^Path 2/);
    await expect(timeline.locator('.timeline-record')).toHaveText(`The record ends at step ${end}; what follows is hypothetical.`);
    await expect(timeline.locator(`[data-timeline-step="${end + 1}"]`)).toContainText('what if');
    await expect(timeline.locator('li[data-on-record="false"]')).toHaveCount(1);
    // The record's branch is as it was.
    await page.locator('.branch-open', { hasText: /^What happened/ }).click();
    await expect(workbench(page)).toHaveAttribute('data-step', String(end));

    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations).toEqual([]);
  });
}

for (const [name, viewport] of [
  ['desktop-1366x768', { width: 1366, height: 768 }],
  ['phone-390x844', { width: 390, height: 844 }],
] as const) {
  test(`a what-if branch and the record's end, at ${name} (screenshots saved)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await mkdir('test-results/screenshots', { recursive: true });
    await openWorkbench(page, '?path=history,terms.propose-freeze:accepted');
    await expect(sourceLine(page)).toHaveAttribute('data-provenance', 'simulated');
    if (viewport.width > 1000) await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/what-if-${name}.png` });
    await page.locator('.panel-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-timeline-step="77"]')).toContainText('what if');
    await page.locator('.panel-timeline').screenshot({ path: `test-results/screenshots/record-end-timeline-${name}.png` });
  });
}

for (const scenario of simScenarioIds()) {
  test(`${scenario}: estimates say so, to the precision their sources carry, and every move says how long it takes`, async ({ page }) => {
    const estimates = (await requireScenario(scenario)).data.metrics.filter((m) => m.estimate);
    expect(estimates.length).toBeGreaterThan(0);
    await openWorkbench(page, '?preset=history', scenario);
    for (const metric of estimates) {
      const card = page.locator('figure.metric-card', { has: page.locator(`[data-metric="${metric.id}"]`) });
      await expect(card.locator('h3')).toContainText(metric.label);
      await expect(card.locator('.source-line')).toContainText('Model estimate based on:');
      // Rounded to the sources' precision: a whole multiple of its rounding, or to its decimals.
      const readout = (await card.locator('.readout').textContent())!;
      expect(readout).toMatch(new RegExp(`^[\\d,]+(\\.\\d{${metric.decimals}})? ${escapeRegExp(metric.unit)}$`));
      const shown = Number(readout.replace(/[^\d.]/g, ''));
      if (metric.roundTo) expect(shown % metric.roundTo, readout).toBe(0);
      else expect(readout.split(' ')[0]!.split('.')[1]?.length ?? 0, readout).toBe(metric.decimals);
    }
    // A step early in the record, where the talks go on and many moves are open.
    await openWorkbench(page, '?preset=history&step=1', scenario);
    const moveNames = await page.locator('.move-button, .move-uncertain .move-label').allTextContents();
    expect(moveNames.length).toBeGreaterThan(5);
    for (const name of moveNames) expect(name).toMatch(/(\+\d+ (day|days|week|weeks)|same day)$/);
    await expect(page.locator(`.move-button[data-move="${pathsOf(scenario).sameDay}"]`)).toHaveText(/same day$/);
  });
}

for (const scenario of simScenarioIds()) {
  test(`${scenario}: after a signing the story goes on: only time passes, and the situation says whether the deal holds`, async ({ page }) => {
    const { signing } = pathsOf(scenario);
    // A week passing, with the outcome in which the deal breaks (the less likely one).
    const week = simMoves(signing, scenario).find((m) => m.id === 'time.week')!;
    const breaks = [...week.outcomes!].sort((a, b) => a.p - b.p)[0]!.id;
    await openWorkbench(page, `?path=${signing}`, scenario);
    await expect(page.locator('.outcome-banner')).toHaveAttribute('data-holds', 'true');
    await expect(page.locator('.outcome-banner')).toContainText('It holds so far.');
    await expect(page.locator('.moves')).toContainText('The talks have ended: armistice signed. Let time pass to see whether it holds.');
    await expect(page.locator('.move-blocked')).toHaveCount(0);
    await takeStep(page, 'time.week', breaks);
    await expect(page.locator('.outcome-banner')).toHaveAttribute('data-holds', 'false');
    await expect(page.locator('.outcome-banner')).toContainText('It has since broken down, and fighting resumed.');
    await expect(page.locator('.move-button, .outcome-button')).toHaveCount(0);
  });
}

for (const scenario of simScenarioIds()) {
  test(`${scenario}: a move says what it did by itself, apart from the day it took; a move within the day needs no telling apart`, async ({ page }) => {
    const paths = pathsOf(scenario);
    await openWorkbench(page, `?path=${paths.branch}`, scenario);
    const effect = page.locator('.move-effect');
    await effect.locator('summary').click();
    await expect(effect.locator('summary')).toHaveText('What the move did, apart from the day it took');
    const cells = effect.locator(`[data-effect-metric="${paths.countedByDays}"] td`);
    await expect(cells.nth(0)).toHaveText('0');
    await expect(cells.nth(1)).toHaveText(/^\+[\d,]+$/);

    const sameDay = simRun(paths.sameDay, scenario)[1]!;
    expect(sameDay.date).toBe(simRun('', scenario)[0]!.date);
    await openWorkbench(page, `?path=${paths.sameDay}`, scenario);
    await expect(page.locator('.situation-when')).toContainText(formatLongDate(sameDay.date));
    await expect(page.locator('.move-effect')).toHaveCount(0);
  });
}

test('a round of prisoner exchange is a move’s own effect, not the days’', async ({ page }) => {
  await openWorkbench(page, '?path=talks.convene,talks.round:exchange');
  const effect = page.locator('.move-effect');
  await effect.locator('summary').click();
  await expect(effect.locator('[data-effect-metric="prisonersExchanged"] td').nth(0)).toHaveText(/^\+\d+$/);
});
