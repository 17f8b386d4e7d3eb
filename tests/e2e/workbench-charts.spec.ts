import { formatLongDate, formatNumber } from '../../lib/charts/format';
import { addDays } from '../../lib/sim/date';
import { findScenario } from '../../machines/registry';
import { expect, openWorkbench, SCENARIO, simRun, test } from './support';

const scenario = findScenario(SCENARIO)!;
const metric = scenario.data.metrics.find((m) => m.id === 'civilianCasualties')!;

/** The ISO date whose long form is `label`, searched over the first 200 days of the scenario. */
function dateOf(label: string): string {
  for (let day = 0; day < 200; day += 1) {
    const date = addDays(scenario.data.startDate, day);
    if (formatLongDate(date) === label) return date;
  }
  throw new Error(`no date reads "${label}"`);
}

test('pointing along a chart shows the day and each path’s value on it, as `sim run` has them', async ({ page }) => {
  // The record, then two weeks more: the record's line ends before this path's.
  const pathText = 'history,time.week,time.week';
  const path = simRun(pathText);
  const record = simRun('history');
  const valueOn = (steps: typeof path, date: string) => steps.filter((s) => s.date <= date).at(-1)!.metrics[metric.id]!;

  await openWorkbench(page, `?path=${pathText}`);
  const card = page.locator('.metric-card').filter({ has: page.locator(`[data-metric="${metric.id}"]`) });
  const chart = card.locator('.metric-chart-box');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg').first()).toBeVisible();
  const box = (await chart.boundingBox())!;
  const tooltip = card.locator('.recharts-default-tooltip');

  const seen = { withRecord: 0, withoutRecord: 0 };
  for (const fraction of [0.3, 0.5, 0.65, 0.8]) {
    await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2, { steps: 4 });
    await expect(tooltip).toBeVisible();
    const date = dateOf((await tooltip.locator('.recharts-tooltip-label').textContent()) ?? '');
    await expect(tooltip).toContainText(`This path : ${formatNumber(valueOn(path, date), metric.decimals)}`);
    if (date <= record.at(-1)!.date) {
      await expect(tooltip).toContainText(`What happened : ${formatNumber(valueOn(record, date), metric.decimals)}`);
      seen.withRecord += 1;
    } else {
      await expect(tooltip).not.toContainText('What happened');
      seen.withoutRecord += 1;
    }
  }
  // The points span days on the record and days after it.
  expect(seen.withRecord).toBeGreaterThan(0);
  expect(seen.withoutRecord).toBeGreaterThan(0);
});
