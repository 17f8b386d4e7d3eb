import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { expect, openWorkbench, SCENARIO, test, wcagTags } from './support';

test('the gallery lists each scenario with its start date, parties and both ways in', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.card', { hasText: 'Abu Dhabi talks, 2026' });
  await expect(card).toContainText('14 January 2026');
  for (const party of ['United States', 'Russia', 'Ukraine', 'European partners']) await expect(card).toContainText(party);
  await expect(card.getByRole('link', { name: 'Start from the beginning' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Follow what happened' })).toBeVisible();
});

test('the model page lists every parameter and move with its source and a fact/assumption badge', async ({ page }) => {
  await page.goto(`/s/${SCENARIO}/model`);
  const parameters = page.locator('[data-parameter]');
  expect(await parameters.count()).toBeGreaterThan(10);
  for (const row of await parameters.all()) await expect(row.locator('.badge')).toHaveText(/^(Fact|Assumption)$/);
  await expect(page.locator('[data-parameter="energyTruceDays"]')).toContainText('3–30');
  await expect(page.locator('[data-model-move="truce.sign"]')).toContainText('Russia');
});

test('the model page and the workbench each carry a link preview with the scenario’s 1200×630 image', async ({ page, request }) => {
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

  await page.goto(`/s/${SCENARIO}/model`);
  const model = await preview();
  expect(model.image).toBe(`/og/${SCENARIO}.png`);
  expect(model.title).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(model.description).toBe(await page.locator('.lede').textContent());

  await openWorkbench(page);
  const workbenchPreview = await preview();
  expect(workbenchPreview.image).toBe(model.image);
  expect(workbenchPreview.title).toBe('Abu Dhabi talks, 2026');
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

    test('model page', async ({ page }) => {
      await page.goto(`/s/${SCENARIO}/model`);
      await check(page);
    });

    test('workbench, with a branch, a comparison and a chart shown as a table', async ({ page }) => {
      await openWorkbench(page, '?preset=history');
      await page.locator('[data-timeline-step="3"]').click();
      await page.locator('.move-button[data-move="truce.propose"]').click();
      await page.getByLabel('Compare with').selectOption({ label: 'What happened (record)' });
      await page.getByRole('button', { name: /Show as table.*Grid adequacy/ }).click();
      await expect(page.getByRole('region', { name: /Grid adequacy/ })).toBeVisible();
      await check(page);
    });

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
] as const) {
  test(`the workbench fits ${name} without horizontal scrolling (screenshot saved)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWorkbench(page, '?preset=history');
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
    await page.screenshot({ path: `test-results/screenshots/workbench-${name}.png` });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the model page and the workbench have no WCAG 2.2 AA violations', async ({ page }) => {
    for (const address of [`/s/${SCENARIO}/model`, `/s/${SCENARIO}?preset=history`]) {
      await page.goto(address);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${address} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

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
