/**
 * Another scenario's record set beside this one's paths: on the workbench's charts (from the compare
 * menu) and on the model page, aligned by days since each one's talks opened, with the caveat that
 * says so. The numbers to expect come from `sim run`, the days from the calendar.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { requireScenario } from '@/tests/support/scenarios';
import { addressNow, expect, openWorkbench, simRun, test, wcagTags, workbench } from './support';

const CAVEAT = 'Two different wars, decades apart: the lines are aligned by days since the talks opened, and by nothing else.';
const METRIC = 'talksMomentum';

/** Whole days from one ISO date to another, by the calendar. */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const PAIRS = [
  ['abu-dhabi-2026', 'panmunjom-1951'],
  ['panmunjom-1951', 'abu-dhabi-2026'],
] as const;

/** What the other scenario's record is, as `sim run` prints it: its title, its days with a step, its last day and last momentum. */
async function recordOf(id: string) {
  const scenario = await requireScenario(id);
  const steps = simRun('history', id);
  return {
    title: scenario.data.title,
    days: new Set(steps.map((s) => daysBetween(scenario.data.startDate, s.date))).size,
    lastDay: daysBetween(scenario.data.startDate, steps.at(-1)!.date),
    lastMomentum: steps.at(-1)!.metrics[METRIC]!,
  };
}

const momentumCard = (page: Page) => page.locator('.metric-card').filter({ has: page.locator(`[data-metric="${METRIC}"]`) });

for (const [mine, other] of PAIRS) {
  test(`on ${mine}’s workbench, the compare menu sets ${other}’s record beside the path, by days since the talks opened, and a reload keeps it`, async ({ page }) => {
    const theirs = await recordOf(other);
    const ownMetrics = (await requireScenario(mine)).data.metrics.map((m) => m.id);
    const otherMetrics = new Set((await requireScenario(other)).data.metrics.map((m) => m.id));
    await openWorkbench(page, '?preset=history', mine);
    const charts = page.locator('.charts');
    await expect(charts).not.toHaveAttribute('data-beside');
    await expect(page.getByText(CAVEAT)).toHaveCount(0);

    await page.getByLabel('Compare with').selectOption({ label: `Beside: ${theirs.title} (what happened)` });
    await expect(charts).toHaveAttribute('data-beside', other);
    await expect(page.locator('.beside-caveat')).toHaveText(CAVEAT);
    await expect(page.locator('.legend-beside')).toHaveText(`${theirs.title} (what happened)`);
    expect(new URL(await addressNow(page)).searchParams.get('beside')).toBe(other);

    // The shared metric's chart draws the other record, a point per day, on an axis of days running to its end.
    const card = momentumCard(page);
    await card.scrollIntoViewIfNeeded();
    const slider = card.getByRole('slider');
    await expect(slider).toHaveAttribute('data-beside-points', String(theirs.days));
    await expect(card.locator('.series-beside path')).toBeAttached();
    const vertices = ((await card.locator('.series-beside path').getAttribute('d')) ?? '').match(/H/g)?.length ?? 0;
    expect(vertices + 1).toBe(theirs.days);
    expect(Number(await slider.getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(theirs.lastDay);
    await expect(card.locator('.chart-day-axis text').first()).toHaveText('day 0');
    await expect(card.locator('.source-line')).toContainText(`Beside it, ${theirs.title}:`);
    // A metric the other scenario does not report is charted as before.
    const ownOnly = ownMetrics.find((id) => !otherMetrics.has(id))!;
    const ownCard = page.locator('.metric-card').filter({ has: page.locator(`[data-metric="${ownOnly}"]`) });
    await ownCard.scrollIntoViewIfNeeded();
    await expect(ownCard.locator('svg.recharts-surface')).toBeVisible();
    await expect(ownCard.locator('.series-beside')).toHaveCount(0);
    await expect(ownCard.getByRole('slider')).not.toHaveAttribute('data-beside-points');

    // The keyboard reads the other record out on its last day: from day 0, a week and a day at a time.
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < Math.floor(theirs.lastDay / 7); i += 1) await page.keyboard.press('PageUp');
    for (let i = 0; i < theirs.lastDay % 7; i += 1) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^Day ${theirs.lastDay.toLocaleString('en-GB')} since the talks opened: .*${literal(theirs.title)} \\(what happened\\) `));

    // The table has a column for it, to its record's last day.
    await card.getByRole('button', { name: /Show as table/ }).click();
    const table = card.locator('table');
    await expect(table.locator('thead th')).toContainText(['Day', 'Date', 'This path', `${theirs.title} (what happened)`]);
    const lastRow = table.locator('tbody tr').last();
    await expect(lastRow).toHaveAttribute('data-day', String(Math.max(theirs.lastDay, (await recordOf(mine)).lastDay)));
    const theirLast = table.locator(`tbody tr[data-day="${theirs.lastDay}"] [data-beside-value]`);
    await expect(theirLast).toHaveAttribute('data-beside-value', String(theirs.lastMomentum));

    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations).toEqual([]);

    // A reload shows it again; choosing nothing takes it away, and its name from the address.
    await page.reload();
    await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
    await expect(charts).toHaveAttribute('data-beside', other);
    await expect(page.locator('.beside-caveat')).toHaveText(CAVEAT);
    await page.getByLabel('Compare with').selectOption({ label: 'Nothing' });
    await expect(charts).not.toHaveAttribute('data-beside');
    await expect(page.locator('.beside-caveat')).toHaveCount(0);
    expect(new URL(await addressNow(page)).searchParams.get('beside')).toBeNull();
  });

  test(`${mine}’s model page sets its record and ${other}’s side by side, every 30 days to the longer one’s end, with the caveat`, async ({ page }) => {
    const theirs = await recordOf(other);
    const own = await recordOf(mine);
    await page.goto(`/s/${mine}/model`);
    const section = page.locator('[data-beside-section]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Beside the other scenario');
    await expect(section.locator('.beside-caveat')).toHaveText(CAVEAT);
    const table = section.locator(`[data-beside="${other}"][data-beside-metric="${METRIC}"] table`);
    await expect(table.locator('thead th')).toHaveText(['Days since the talks opened', own.title, theirs.title]);
    const last = Math.max(own.lastDay, theirs.lastDay);
    const days = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-day'))));
    const expected = [...new Set([...Array.from({ length: Math.floor(last / 30) + 1 }, (_, i) => i * 30), own.lastDay, theirs.lastDay])].sort((a, b) => a - b);
    expect(days).toEqual(expected);
    // Each record's last value on its last day; past it, a dash.
    const cells = (day: number) => table.locator(`tbody tr[data-day="${day}"] td`);
    await expect(cells(theirs.lastDay).nth(1)).toHaveAttribute('data-value', String(theirs.lastMomentum));
    await expect(cells(own.lastDay).nth(0)).toHaveAttribute('data-value', String(own.lastMomentum));
    const shorter = own.lastDay < theirs.lastDay ? 0 : 1;
    await expect(cells(last).nth(shorter)).toHaveText('—');
    await expect(section.locator('.beside-chart svg[role="img"]:visible')).toHaveCount(await section.locator('[data-beside-metric]').count());

    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations).toEqual([]);
  });
}

/** A string as a regular expression matching it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
