/**
 * Model versions as a person meets them: a link or a saved session opens in the version it was made
 * with, a version that is not the current one says so with a way to the current one, and the model
 * page lists every version with what it changed. Model 2 of Abu Dhabi is the current version; model 1
 * the older one.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { scenarioVersions } from '@/machines/registry';
import { linksOf } from './links';
import { addressNow, expect, openWorkbench, SCENARIO, takeStep, test, wcagTags, workbench } from './support';

const { linkCode, workbenchUrl } = await linksOf(SCENARIO);

const notice = (page: import('@playwright/test').Page) => page.locator('.model-version-notice');

test('the current model says nothing of versions; an older one says a newer exists, what it changes, and opens the same path in it', async ({ page }) => {
  await openWorkbench(page, '?path=talks.convene,time.week');
  await expect(notice(page)).toHaveCount(0);

  await openWorkbench(page, '?model=1&path=talks.convene,time.week&seed=7&step=1');
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
  await expect(notice(page)).toContainText('Model 2, released on 1 December 2026, is newer.');
  await expect(notice(page)).toContainText('What changes in model 2');
  await expect(workbench(page)).toHaveAttribute('data-step', '1');
  // Once the session changes, the address bar holds its share link, which carries model 1.
  await takeStep(page, 'time.day');
  const link = new URL(await addressNow(page)).search;
  expect(link).toMatch(/^\?l=/);
  await page.goto(workbenchUrl(link));
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
  await expect(workbench(page)).toHaveAttribute('data-step', '2');

  await notice(page).getByRole('link', { name: 'Open this path in model 2' }).click();
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
  await expect(notice(page)).toHaveCount(0);
  // The branch the move started: convene, a day; shown at its end. In model 2 convening a round
  // takes no day of its own, so the day passed ends on 15 January.
  await expect(workbench(page)).toHaveAttribute('data-step', '2');
  await expect(workbench(page)).toHaveAttribute('data-date', '2026-01-15');
});

test('a share link made with model 1 opens in model 1, and the notice passes axe', async ({ page }) => {
  await page.goto(workbenchUrl(`?l=${linkCode('talks.convene', {}, 1)}`));
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations).toEqual([]);
});

test('a session saved with another model version opens in that version from the bare address', async ({ page }) => {
  await openWorkbench(page, '?model=1&path=talks.convene,time.week,time.week');
  // Saved once the frame is painted; the address then holds the session's link.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('parley:session:abu-dhabi-2026') ?? '')).toContain('"modelVersion": 1');

  await page.goto(workbenchUrl());
  // The page opens again as model 1's (its address then follows the session, whose link carries model 1).
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
  await expect(workbench(page)).toHaveAttribute('data-step', '3');
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
});

test('the model page lists every version with its date and what changed, and shows each version’s model', async ({ page }) => {
  await page.goto(`${workbenchUrl()}/model`);
  const versions = page.locator('[data-model-version]');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Model 1 · released 25 November 2026');
  await expect(versions.nth(1)).toContainText('Model 2 · released 1 December 2026');
  await expect(versions.nth(1)).toContainText('shown on this page');
  await versions.nth(0).getByRole('link', { name: 'See model 1' }).click();
  await expect(page).toHaveURL(/\/model\?model=1$/);
  await expect(page.locator('[data-model-version="1"]')).toContainText('shown on this page');
  await page.getByRole('link', { name: 'Back to the workbench' }).click();
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
  await expect(notice(page)).toHaveAttribute('data-model-version', '1');
});

test('a workbench page is sent its own model version’s engine and data and no other’s, also with another scenario’s record set beside it', async ({ page }) => {
  // The chunks the workbench route loads on demand are each model version's engine and data, of
  // every scenario (engine-gates.tsx): two loads per version, each of one chunk or more.
  const manifest = JSON.parse(readFileSync('.next/server/app/s/[scenarioId]/page/react-loadable-manifest.json', 'utf8')) as Record<string, { files: string[] }>;
  const loads = Object.values(manifest).map((entry) => entry.files.map((file) => `/_next/${file}`));
  expect(loads).toHaveLength(2 * scenarioVersions.length);
  /** The loads a page fetched, each as its chunks; a chunk of any other load fails the test. */
  const loadsFetched = async (query: string) => {
    const fetched: string[] = [];
    const note = (response: import('@playwright/test').Response) => fetched.push(new URL(response.url()).pathname);
    page.on('response', note);
    await openWorkbench(page, query);
    page.off('response', note);
    const whole = loads.filter((chunks) => chunks.every((chunk) => fetched.includes(chunk)));
    const partial = loads.filter((chunks) => !whole.includes(chunks) && chunks.some((chunk) => fetched.includes(chunk)));
    expect(partial, 'chunks of another version').toEqual([]);
    return whole;
  };
  const current = await loadsFetched('?path=talks.convene');
  const older = await loadsFetched('?model=1&path=talks.convene');
  expect(current).toHaveLength(2);
  expect(older).toHaveLength(2);
  expect(older).not.toEqual(current);
  // Another scenario's record comes with the page as numbers: its engine is not fetched.
  const beside = await loadsFetched('?path=talks.convene&beside=panmunjom-1951');
  await expect(page.locator('.charts')).toHaveAttribute('data-beside', 'panmunjom-1951');
  expect(beside).toEqual(current);
});
