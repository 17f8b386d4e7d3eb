import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { loadScenarios } from '@/machines/registry';
import { expect, openWorkbench, simRun, test, wcagTags } from './support';

/** Every registered scenario in its current version: each law of the pages holds for each. */
const scenarios = await loadScenarios();
const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(iso));

test('the gallery lists each scenario with its start date, parties and both ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.card')).toHaveCount(scenarios.length);
  for (const { data } of scenarios) {
    const card = page.locator('.card', { hasText: data.title });
    await expect(card).toContainText(longDate(data.startDate));
    for (const party of data.parties.filter((p) => p.kind === 'actor')) await expect(card).toContainText(party.label);
    await expect(card.getByRole('link', { name: 'Start from the beginning' })).toHaveAttribute('href', new RegExp(`^/s/${data.id}(\\?|$)`));
    await expect(card.getByRole('link', { name: 'Follow what happened' })).toBeVisible();
  }
});

for (const { data } of scenarios) {
  test(`${data.id}: the model page lists every parameter and move with its range, party and a fact/assumption badge`, async ({ page }) => {
    await page.goto(`/s/${data.id}/model`);
    const parameters = page.locator('[data-parameter]');
    await expect(parameters).toHaveCount(data.parameters.length);
    for (const row of await parameters.all()) await expect(row.locator('.badge')).toHaveText(/^(Fact|Assumption)$/);
    const ranged = data.parameters.find((p) => p.min < p.max)!;
    await expect(page.locator(`[data-parameter="${ranged.id}"]`)).toContainText(`${ranged.min.toLocaleString('en-GB')}–${ranged.max.toLocaleString('en-GB')}`);
    const move = data.moves.find((m) => m.party !== 'time')!;
    await expect(page.locator(`[data-model-move="${move.id}"]`)).toContainText(data.parties.find((p) => p.id === move.party)!.label);
  });
}

for (const { data } of scenarios) test(`${data.id}: the model page and the workbench each carry a link preview with the scenario’s 1200×630 image`, async ({ page, request }) => {
  const preview = async () => {
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    const image = new URL((await meta('og:image'))!).pathname;
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(new URL((await meta('twitter:image'))!).pathname).toBe(image);
    expect([await meta('og:image:width'), await meta('og:image:height')]).toEqual(['1200', '630']);
    const fetched = await request.get(image);
    expect(fetched.headers()['content-type']).toBe('image/png');
    return { image, title: await meta('og:title'), description: await meta('og:description') };
  };

  await page.goto(`/s/${data.id}/model`);
  const model = await preview();
  expect(model.image).toBe(`/og/${data.id}.png`);
  expect(model.title).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(model.description).toBe(await page.locator('.lede').textContent());

  await openWorkbench(page, '?path=', data.id);
  const workbenchPreview = await preview();
  expect(workbenchPreview.image).toBe(model.image);
  expect(workbenchPreview.title).toBe(data.title);
});

test.describe('an address with no scenario', () => {
  test.use({ expectNotFound: true });

  test('gets a not-found page', async ({ page }) => {
    const response = await page.goto('/s/no-such-scenario');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('gets the not-found message in the page the server sends, readable before any script runs', async ({ request }) => {
    for (const address of ['/s/no-such-scenario', '/s/no-such-scenario/model']) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      expect(await response.text(), address).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/s/no-such-scenario');
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no WCAG 2.2 AA violations (${colorScheme})`, () => {
    test.use({ colorScheme });
    const check = async (page: import('@playwright/test').Page) => {
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };

    test('gallery', async ({ page }) => {
      await page.goto('/');
      await check(page);
    });

    for (const { data } of scenarios) {
      test(`${data.id}: model page`, async ({ page }) => {
        await page.goto(`/s/${data.id}/model`);
        await check(page);
      });

      test(`${data.id}: workbench, with a branch, a comparison and a chart shown as a table`, async ({ page }) => {
        await openWorkbench(page, '?preset=history', data.id);
        await page.locator('[data-timeline-step="3"]').click();
        // A move other than the record's next one starts a branch.
        const next = simRun('history', data.id)[4]!.move;
        await page.locator(`.move-button:not([data-move="${next}"])`).first().click();
        await page.getByLabel('Compare with').selectOption({ label: 'What happened (record)' });
        const metric = new RegExp(data.metrics.at(-1)!.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        await page.getByRole('button', { name: new RegExp(`Show as table.*${metric.source}`) }).click();
        await expect(page.getByRole('region', { name: metric })).toBeVisible();
        await check(page);
      });
    }

    test('workbench with a dialog open', async ({ page }) => {
      await openWorkbench(page);
      await page.getByRole('button', { name: 'Shortcuts' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page);
    });
  });
}

for (const [name, viewport] of [
  ['desktop-1366x768', { width: 1366, height: 768 }],
  ['phone-390x844', { width: 390, height: 844 }],
] as const) for (const { data } of scenarios) {
  test(`${data.id}: the workbench fits ${name} without horizontal scrolling (screenshot saved)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWorkbench(page, '?preset=history', data.id);
    await page.getByLabel('Compare with').selectOption({ label: 'What happened (record)' });
    // The charts are drawn once in view: on the desktop they are, and the screenshot shows them.
    if (viewport.width >= 1100) await expect(page.locator('.series-compare path').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // On the desktop everything sits in one screen, each panel scrolling on its own: the page itself does not scroll.
    if (viewport.width >= 1100) {
      const below = await page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      expect(below).toBeLessThanOrEqual(0);
    }
    await mkdir('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/workbench-${data.id}-${name}.png` });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const address of scenarios.flatMap(({ data }) => [`/s/${data.id}/model`, `/s/${data.id}?preset=history`])) {
    test(`${address} has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(address);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('a control reached with the keyboard is never hidden under the status line held at the top (WCAG 2.4.11)', async ({ page }) => {
    await openWorkbench(page, '?preset=history');
    await page.locator('[data-timeline-step]').last().focus();
    const hidden: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const seen = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const statusBottom = document.querySelector('.wb-status')!.getBoundingClientRect().bottom;
        return { top: focused.getBoundingClientRect().top, statusBottom, name: focused.textContent?.trim().slice(0, 40) ?? focused.tagName };
      });
      if (seen.top < seen.statusBottom - 1) hidden.push(seen.name);
    }
    expect(hidden).toEqual([]);
  });
});
