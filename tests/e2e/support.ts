/**
 * Shared helpers for the browser tests: a `test` that fails on any console error, the `sim run`
 * trajectory to compare with (from the CLI, never from numbers copied into tests), and small
 * page helpers that speak the DESIGN.md test hooks.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { pathsOf } from './scenario-paths';

export const SCENARIO = 'abu-dhabi-2026';
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface SimStep {
  step: number;
  date: string;
  move: string | null;
  moveOutcome: string | null;
  /** The statechart's state value (XState's), e.g. `{ negotiating: { talks: 'idle', … } }`. */
  value: unknown;
  metrics: Record<string, number>;
  outcome: string | null;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the `sim` command prints for these arguments, parsed. */
function sim<T>(args: string[]): T {
  return JSON.parse(execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['lib/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' })) as T;
}

/** The trajectory `sim run` prints for a path (of Abu Dhabi unless another scenario is named). */
export function simRun(pathText: string, scenario = SCENARIO): SimStep[] {
  return sim<{ steps: SimStep[] }>(['run', '--scenario', scenario, '--path', pathText]).steps;
}

/** The scenarios `sim scenarios` lists: the laws a browser test checks for every scenario run over these. */
export const simScenarioIds = (): string[] => sim<Array<{ id: string }>>(['scenarios']).map((s) => s.id);

export interface SimState {
  moves: { id: string; label: string; outcomes?: { id: string; p: number }[] }[];
  unavailable: { id: string; reason: string }[];
}

/** What `sim state` says at the end of a path (of Abu Dhabi unless another scenario is named): the moves open, with the chances of each uncertain move's outcomes, and the notable moves that are not, with the reason. */
export function simState(pathText: string, scenario = SCENARIO): SimState {
  return sim<SimState>(['state', '--scenario', scenario, '--path', pathText]);
}

/** The moves `sim state` lists at the end of a path, with the chances of each uncertain move's outcomes. */
export const simMoves = (pathText: string, scenario = SCENARIO): SimState['moves'] => simState(pathText, scenario).moves;

/** What `sim decode` reads from a share link. */
export function simDecode(url: string): { path: string; seed: number; step: number | null } {
  return sim(['decode', url]);
}

/** A test that records console errors, failed requests and page errors, and fails if there were any. */
export const test = base.extend<{ consoleErrors: string[]; expectNotFound: boolean }>({
  /** Set in tests that visit a missing page on purpose: its 404 is then not an error. */
  expectNotFound: [false, { option: true }],
  consoleErrors: [
    async ({ page, expectNotFound }, use) => {
      const errors: string[] = [];
      const expected404 = (text: string) => expectNotFound && text.includes('404');
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected404(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        const text = `${response.status()} ${response.url()}`;
        if (response.status() >= 400 && !expected404(text)) errors.push(text);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const workbench = (page: Page): Locator => page.locator('.workbench');

/** Opens the workbench (of Abu Dhabi unless another scenario is named) and waits until it has read its saved session (the page is interactive). */
export async function openWorkbench(page: Page, query = '?path=', scenario = SCENARIO): Promise<void> {
  await page.goto(`/s/${scenario}${query}`);
  await expect(workbench(page)).toHaveAttribute('data-ready', 'true');
}

/** The control that takes a step: the outcome choice for an uncertain move, else the move's button. */
export function moveControl(page: Page, move: string, outcome?: string | null): Locator {
  return outcome ? page.locator(`[data-move="${move}"][data-outcome="${outcome}"]`) : page.locator(`.move-button[data-move="${move}"]`);
}

export async function takeStep(page: Page, move: string, outcome?: string | null): Promise<void> {
  const before = Number(await workbench(page).getAttribute('data-step'));
  await moveControl(page, move, outcome).click();
  await expect(workbench(page)).toHaveAttribute('data-step', String(before + 1));
}

/** Opens the workbench on a fresh session and takes the scenario's sample path (scenario-paths.ts), move by move. */
export async function takeSamplePath(page: Page, scenario: string) {
  const { opening, uncertain, then } = pathsOf(scenario);
  await openWorkbench(page, '?path=', scenario);
  await takeStep(page, opening);
  await takeStep(page, uncertain.move, uncertain.outcomes[0]);
  await takeStep(page, then);
}

/** The address bar once the workbench has caught up with what it shows (a frame after a change). */
export async function addressNow(page: Page): Promise<string> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.url();
}

/** Every metric readout's raw value. */
export async function readMetrics(page: Page): Promise<Record<string, number>> {
  const pairs = await page
    .locator('[data-metric]')
    .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-metric')!, n.getAttribute('data-value')!] as const));
  return Object.fromEntries(pairs.map(([k, v]) => [k, Number(v)]));
}

export const branchItems = (page: Page): Locator => page.locator('[data-branch]');

/** The workbench's error message (Next's route announcer is also role=alert, so the class picks ours). */
export const alertMessage = (page: Page): Locator => page.locator('.alert[role="alert"]');
