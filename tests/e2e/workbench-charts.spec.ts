import { formatLongDate, formatNumber } from '@/lib/i18n/format-en';
import { addDays } from '@/lib/sim/date';
import { requireScenario } from '@/tests/support/scenarios';
import type { Locator, Page } from '@playwright/test';
import { expect, openWorkbench, simRun, simScenarioIds, test, type SimStep } from './support';

for (const scenarioId of simScenarioIds()) {
const scenario = await requireScenario(scenarioId);
/** An estimate shown to the precision its sources carry: the metric whose rounding a reader could get wrong. */
const metric = scenario.data.metrics.find((m) => m.roundTo !== undefined) ?? scenario.data.metrics[0]!;
const run = (pathText: string) => simRun(pathText, scenarioId);

/** The ISO date whose long form is `label`, searched over the first three years of the scenario. */
function dateOf(label: string): string {
  for (let day = 0; day < 1100; day += 1) {
    const date = addDays(scenario.data.startDate, day);
    if (formatLongDate(date) === label) return date;
  }
  throw new Error(`no date reads "${label}"`);
}

/**
 * The metric's value on `date` along a `sim run` trajectory, as after the last step taken by then,
 * and as people are shown it: an estimate to the precision its sources carry (casualties to the
 * nearest ten).
 */
const valueOn = (steps: readonly SimStep[], date: string) => {
  const value = steps.filter((s) => s.date <= date).at(-1)!.metrics[metric.id]!;
  return metric.roundTo ? Math.round(value / metric.roundTo) * metric.roundTo : value;
};

/** Opens the path and brings the metric's card into view with its chart drawn. */
async function openChartCard(page: Page, pathText: string): Promise<Locator> {
  await openWorkbench(page, `?path=${pathText}`, scenarioId);
  const card = page.locator('.metric-card').filter({ has: page.locator(`[data-metric="${metric.id}"]`) });
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('svg.recharts-surface')).toBeVisible();
  return card;
}

test(`${scenarioId}: pointing along a chart shows the day and each path’s value on it, as \`sim run\` has them`, async ({ page }) => {
  // The record, then a third as long again in weeks: the record's line ends well before this path's.
  const record = run('history');
  const recordDays = (Date.parse(record.at(-1)!.date) - Date.parse(record[0]!.date)) / 86_400_000;
  const pathText = ['history', ...Array<string>(Math.ceil((recordDays * 0.35) / 7)).fill('time.week')].join(',');
  const path = run(pathText);

  const card = await openChartCard(page, pathText);
  const chart = card.locator('.metric-chart-box');
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

test(`${scenarioId}: each chart draws this path and the record as lines holding each step’s value until the next, placed where its axes say`, async ({ page }) => {
  const pathText = 'history,time.week,time.week';
  const days = (steps: ReturnType<typeof simRun>) => new Set(steps.map((s) => s.date)).size;
  const card = await openChartCard(page, pathText);
  const chart = card.locator('svg.recharts-surface');
  await expect(chart.locator('.series-reference path')).toBeAttached();

  // A series is drawn level from each of its points to the next, then up or down to it: `Mx,yHxVy…`.
  const vertices = async (series: string) => {
    const d = (await chart.locator(`.series-${series} path`).getAttribute('d')) ?? '';
    const [, x0, y0, steps] = /^M([\d.]+),([\d.]+)((?:H[\d.]+V[\d.]+)*)$/.exec(d) ?? [];
    expect(x0, `the ${series} path is a staircase: ${d}`).toBeDefined();
    const rest = [...steps!.matchAll(/H([\d.]+)V([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
    return [[Number(x0), Number(y0)] as [number, number], ...rest];
  };
  const current = await vertices('current');
  expect(current).toHaveLength(days(run(pathText)));
  expect(await vertices('reference')).toHaveLength(days(run('history')));

  // The value axis: its tick labels and where they sit, two of which fix value → height.
  const ticks = await chart.locator('.recharts-yAxis-tick-labels text').evaluateAll((nodes) => nodes.map((n): [number, number] => [Number(n.textContent!.replace(/,/g, '')), Number(n.getAttribute('y'))]));
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [[v0, y0], [v1, y1]] = [ticks[0]!, ticks.at(-1)!];
  const heightOf = (value: number) => y0 + ((value - v0) * (y1 - y0)) / (v1 - v0);
  const now = Number(await card.locator(`[data-metric="${metric.id}"]`).getAttribute('data-value'));
  expect(Math.abs(current.at(-1)![1] - heightOf(now))).toBeLessThan(1);
});

test(`${scenarioId}: a chart can be read day by day with the keyboard, as \`sim run\` has the paths`, async ({ page }) => {
  const pathText = 'history,time.week';
  const path = run(pathText);
  const record = run('history');
  const card = await openChartCard(page, pathText);
  const slider = card.getByRole('slider', { name: metric.label });
  // Tab in from the control before the card (the compare menu, or the card above's table button).
  const before = card.locator('xpath=preceding::button[contains(@class, "table-toggle")][1]');
  await ((await before.count()) > 0 ? before : page.locator('.charts-head select')).focus();
  for (let i = 0; i < 40 && !(await slider.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();

  const tooltip = card.locator('.recharts-default-tooltip');
  const expectReadOut = async (date: string) => {
    const values = [`This path ${formatNumber(valueOn(path, date), metric.decimals)} ${metric.unit}`];
    if (date <= record.at(-1)!.date) values.push(`What happened ${formatNumber(valueOn(record, date), metric.decimals)} ${metric.unit}`);
    await expect(tooltip.locator('.recharts-tooltip-label')).toHaveText(formatLongDate(date));
    await expect(tooltip).toContainText(`This path : ${formatNumber(valueOn(path, date), metric.decimals)}`);
    await expect(slider).toHaveAttribute('aria-valuetext', `${formatLongDate(date)}: ${values.join('; ')}`);
  };
  // Focus reads out the day shown, the path's last; the keys go by a day or a week, or to the first
  // or last day with a value (the day axis runs on to a whole week).
  const [start, end] = [path[0]!.date, path.at(-1)!.date];
  await expectReadOut(end);
  await page.keyboard.press('Home');
  await expectReadOut(start);
  await page.keyboard.press('ArrowRight');
  await expectReadOut(addDays(start, 1));
  await page.keyboard.press('PageUp');
  await expectReadOut(addDays(start, 8));
  await page.keyboard.press('End');
  await expectReadOut(end);
  await page.keyboard.press('PageUp');
  await expectReadOut(end);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expectReadOut(addDays(end, -1));
  // Tab leaves the chart for its table button, with no stop inside the drawing.
  await page.keyboard.press('Tab');
  await expect(tooltip).toHaveCount(0);
  await expect(card.getByRole('button', { name: /Show as table/ })).toBeFocused();
});

test(`${scenarioId}: Tab stops at every chart in turn, drawn yet or not, and the chart is drawn there with the focus on it`, async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openWorkbench(page, '?preset=history', scenarioId);
  const cards = page.locator('figure.metric-card');
  const metrics = await cards.locator('[data-metric]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-metric')!));
  expect(metrics.length).toBe(scenario.data.metrics.length);
  // The last card lies below the first screen, its chart not yet drawn.
  await expect(cards.last().locator('svg.recharts-surface')).toHaveCount(0);
  await page.locator('.charts-head select').focus();
  const reached: string[] = [];
  for (let i = 0; i < 4 * metrics.length && reached.length < metrics.length; i += 1) {
    await page.keyboard.press('Tab');
    // A chart reached before it was drawn hands the focus on once it is: wait for it to settle.
    const stop = await page.waitForFunction(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.matches('.chart-placeholder')) return null;
      return el.matches('[role="slider"].metric-chart-box') ? el.closest('figure')!.querySelector('[data-metric]')!.getAttribute('data-metric') : 'another stop';
    });
    const metric = await stop.jsonValue();
    if (metric !== 'another stop') reached.push(metric!);
  }
  expect(reached).toEqual(metrics);
  await expect(cards.last().locator('svg.recharts-surface')).toBeVisible();
});
}
