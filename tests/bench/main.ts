/**
 * `npm run bench`: named benchmarks, each printing figures against its budget. Nothing is asserted
 * here: the figures are for people to read (timings on a shared machine are too noisy to gate on).
 * Browser benchmarks run Chromium against the production build (`next build` first if there is
 * none), served by `next start` on a free port.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { coreBenchmarks } from './core';

interface Figure {
  label: string;
  value: number;
  unit: string;
  /** The most the figure may be; printed beside it. */
  budget?: number;
  /** The least the figure may be (for scores); printed beside it. */
  min?: number;
}

interface Benchmark {
  name: string;
  run(): Promise<Figure[]>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCENARIO = 'abu-dhabi-2026';
/** The scenarios whose pages are measured one beside the other: each workbench page loads only its own scenario's code. */
const PAGE_SCENARIOS = ['abu-dhabi-2026', 'panmunjom-1951'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The built app served on a free port, and a Chromium to visit it; started once, on first use. */
class BrowserApp {
  private server: ChildProcess | null = null;
  private browser: Browser | null = null;
  baseUrl = '';

  async start(): Promise<void> {
    if (this.browser) return;
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    const next = path.join(root, 'node_modules', '.bin', 'next');
    if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
      console.log('no production build: running next build');
      const built = spawnSync(next, ['build'], { cwd: root, env, stdio: 'inherit' });
      if (built.status !== 0) throw new Error('next build failed');
    }
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    // Its own process group, so stopping it also stops the server process `next start` spawns.
    this.server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: 'ignore', detached: true });
    for (let i = 0; i < 120; i += 1) {
      try {
        if ((await fetch(this.baseUrl)).ok) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }

  async page(): Promise<Page> {
    await this.start();
    return this.browser!.newPage({ viewport: { width: 1366, height: 768 } });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    const server = this.server;
    if (!server?.pid || server.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    process.kill(-server.pid, 'SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(-server.pid, 'SIGKILL');
    // The server may outlive the launcher it was started by; make sure nothing still answers.
    for (let i = 0; i < 20; i += 1) {
      try {
        await fetch(this.baseUrl);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    console.error(`warning: the server at ${this.baseUrl} still answers after stopping`);
  }
}

const app = new BrowserApp();

/**
 * Gzip KiB of every script a page loads, once the network is quiet and, when given, `drawn` (a
 * selector) shows: the chart code loads only once a chart is in view.
 */
async function scriptKiB(url: string, drawn?: string): Promise<number> {
  const page = await app.page();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(`${app.baseUrl}${url}`, { waitUntil: 'networkidle' });
  if (drawn) {
    await page.locator(drawn).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  await page.close();
  return total / 1024;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface MoveTimes {
  /** Click → the frame showing the new step: situation, readouts, moves and timeline. */
  state: number[];
  /**
   * Click → the end of the last frame in which the charts changed: Recharts may redraw a chart in
   * frames after the one that showed the step (an axis laid out again, say).
   */
  charts: number[];
}

/**
 * Times of a move on a path of `pathLength` steps, undone between samples so every sample starts
 * from the same path.
 */
async function moveTimes(pathLength: number, samples: number, moveId: string): Promise<MoveTimes> {
  const page = await app.page();
  const filler = Array.from({ length: pathLength - 21 }, () => 'time.day').join(',');
  await page.goto(`${app.baseUrl}/s/${SCENARIO}?path=history,${filler}`);
  await page.locator('.workbench[data-ready="true"]').waitFor();
  // The chart code loads once the charts are in view; time moves only once they are drawn.
  await page.locator('.metric-chart-box svg').first().waitFor();
  const start = Number(await page.locator('.workbench').getAttribute('data-step'));
  if (start !== pathLength) throw new Error(`expected a ${pathLength}-step path, got ${start}`);
  const times: MoveTimes = { state: [], charts: [] };
  for (let i = 0; i < samples + 3; i += 1) {
    const sample = await page.evaluate(async ({ expected, moveId }) => {
      // No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.
      const root = document.querySelector<HTMLElement>('.workbench')!;
      const charts = document.querySelector<HTMLElement>('.charts')!;
      const button = document.querySelector<HTMLButtonElement>(`.move-button[data-move="${moveId}"]`)!;
      const seen = { chartsChanged: false };
      const observer = new MutationObserver(() => {
        seen.chartsChanged = true;
      });
      observer.observe(charts, { subtree: true, childList: true, attributes: true, characterData: true });
      const t0 = performance.now();
      button.click();
      // React commits a click's update before the next frame; the timeout lands after that frame.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const updated =
        root.dataset.step === String(expected) &&
        document.querySelectorAll('[data-timeline-step]').length === expected + 1 &&
        document.querySelector('[aria-current="step"]')?.getAttribute('data-timeline-step') === String(expected);
      if (!updated) throw new Error('the workbench had not updated within a frame');
      const state = performance.now() - t0;
      let chartsDone = state;
      // Follow the charts frame by frame until three frames pass without a change.
      for (let quietFrames = 0; quietFrames < 3 || charts.dataset.chartedStep !== String(expected); ) {
        seen.chartsChanged = false;
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (seen.chartsChanged) {
          chartsDone = performance.now() - t0;
          quietFrames = 0;
        } else {
          quietFrames += 1;
        }
      }
      observer.disconnect();
      return { state, charts: chartsDone };
    }, { expected: pathLength + 1, moveId });
    if (i >= 3) {
      // The first few samples warm up the JIT.
      times.state.push(sample.state);
      times.charts.push(sample.charts);
    }
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator(`.charts[data-charted-step="${pathLength}"]`).waitFor();
  }
  await page.close();
  return times;
}

async function moveFigures(moveId: string): Promise<Figure[]> {
  const times = await moveTimes(40, 40, moveId);
  return [
    { label: 'state+timeline p50', value: percentile(times.state, 50), unit: 'ms' },
    { label: 'state+timeline p95', value: percentile(times.state, 95), unit: 'ms', budget: 50 },
    { label: 'charts p50', value: percentile(times.charts, 50), unit: 'ms' },
    { label: 'charts p95', value: percentile(times.charts, 95), unit: 'ms', budget: 50 },
  ];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface LighthouseReport {
  categories: Record<'performance' | 'accessibility', { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string; details?: { items?: Record<string, number>[] } }>;
  environment: { benchmarkIndex: number };
}

/**
 * Whether headless Chrome held back the page's first frame: its compositor stops offering frames to
 * a page whose main thread is busy while a frame is pending, for up to a second
 * (https://github.com/GoogleChrome/lighthouse/issues/17148). The paint then lands after the load
 * event, and Lighthouse's simulation counts every script as delaying it. Real browsers with a
 * display do not do this, so such runs are counted and shown apart.
 */
function paintHeldBack(report: LighthouseReport): boolean {
  const observed = report.audits.metrics?.details?.items?.[0];
  return observed !== undefined && observed.observedFirstContentfulPaint! > observed.observedLoad! + 500;
}

/** Runs per page: Lighthouse's own advice is the median of five, as one run varies with machine load. */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

async function lighthouseRun(url: string): Promise<LighthouseReport> {
  await app.start();
  const cli = path.join(root, 'node_modules', '.bin', 'lighthouse');
  const args = [
    `${app.baseUrl}${url}`,
    '--only-categories=performance,accessibility',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
  ];
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(cli, args, { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
      error ? reject(new Error(`lighthouse failed: ${err || error.message}`)) : resolve(out),
    ),
  );
  return JSON.parse(stdout) as LighthouseReport;
}

/**
 * Lighthouse's default (mobile: a mid-range phone, simulated slow 4G and 4× CPU slowdown) on one page
 * of the built app, performance and accessibility only, run LIGHTHOUSE_RUNS times: the figures are
 * medians, with the spread of the performance score and Lighthouse's measure of this machine's speed
 * (its benchmark index; the 4× slowdown is calibrated for a fast desktop).
 */
async function lighthouse(url: string): Promise<Figure[]> {
  const reports: LighthouseReport[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) reports.push(await lighthouseRun(url));
  const failing = new Set(
    reports.flatMap((report) =>
      Object.entries(report.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && audit.numericValue === undefined)
        .map(([id]) => id),
    ),
  );
  if (failing.size > 0) console.log(`  ${url}: audits below 0.9: ${[...failing].join(', ')}`);
  const median = (of: (report: LighthouseReport) => number) => percentile(reports.map(of), 50);
  const score = (report: LighthouseReport) => (report.categories.performance.score ?? 0) * 100;
  const ms = (id: string) => (report: LighthouseReport) => report.audits[id]?.numericValue ?? Number.NaN;
  const perRun = reports.map((r) => `${score(r)}${paintHeldBack(r) ? '*' : ''}`);
  console.log(`  ${url}: performance per run ${perRun.join(', ')}; benchmark index per run ${reports.map((r) => Math.round(r.environment.benchmarkIndex)).join(', ')}`);
  const clear = reports.filter((r) => !paintHeldBack(r));
  if (clear.length < reports.length) {
    console.log(`  * first paint held back by headless Chrome (lighthouse#17148); median of the other ${clear.length}: ${clear.length ? percentile(clear.map(score), 50) : '—'}`);
  }
  return [
    { label: `performance (median of ${reports.length})`, value: median(score), unit: '/100', min: 95 },
    { label: 'accessibility', value: Math.min(...reports.map((r) => (r.categories.accessibility.score ?? 0) * 100)), unit: '/100', min: 100 },
    { label: 'FCP', value: median(ms('first-contentful-paint')), unit: 'ms' },
    { label: 'LCP', value: median(ms('largest-contentful-paint')), unit: 'ms' },
    { label: 'TBT', value: median(ms('total-blocking-time')), unit: 'ms' },
    { label: 'CLS', value: median(ms('cumulative-layout-shift')), unit: '' },
  ];
}

export const benchmarks: Benchmark[] = [
  ...coreBenchmarks,
  {
    name: 'workbench move on a 40-step path (a day passes: the charts keep their axes)',
    run: () => moveFigures('time.day'),
  },
  {
    name: 'workbench move on a 40-step path (a week passes: every chart extends its date axis)',
    run: () => moveFigures('time.week'),
  },
  {
    name: 'JavaScript loaded by the workbench',
    async run() {
      const figures: Figure[] = [];
      for (const id of PAGE_SCENARIOS) figures.push({ label: `${id}, gzip, charts drawn`, value: await scriptKiB(`/s/${id}?preset=history`, '.metric-chart-box svg'), unit: 'KiB', budget: 320 });
      return figures;
    },
  },
  {
    // The page's HTML: the first screen drawn and what the workbench starts from (its scenario's
    // data and engine come as scripts, counted above).
    name: 'HTML of the workbench page',
    async run() {
      await app.start();
      const figures: Figure[] = [];
      for (const id of PAGE_SCENARIOS) {
        const html = await (await fetch(`${app.baseUrl}/s/${id}?preset=history`)).arrayBuffer();
        figures.push({ label: `${id}, gzip`, value: gzipSync(Buffer.from(html)).length / 1024, unit: 'KiB', budget: 40 });
      }
      return figures;
    },
  },
  {
    name: 'JavaScript loaded by the gallery',
    async run() {
      return [{ label: 'gzip', value: await scriptKiB('/'), unit: 'KiB', budget: 200 }];
    },
  },
  {
    name: 'Lighthouse (mobile) on the gallery',
    run: () => lighthouse('/'),
  },
  ...PAGE_SCENARIOS.map((id) => ({
    name: `Lighthouse (mobile) on the workbench, ${id}`,
    run: () => lighthouse(`/s/${id}?preset=history`),
  })),
];

async function main() {
  try {
    // `npm run bench -- lighthouse` runs only the benchmarks whose names contain any of the words given.
    const only = process.argv.slice(2).map((word) => word.toLowerCase());
    for (const benchmark of benchmarks.filter((b) => only.length === 0 || only.some((word) => b.name.toLowerCase().includes(word)))) {
      const figures = await benchmark.run();
      const line = figures
        .map((f) => {
          const value = `${f.label} ${f.unit === '' ? f.value.toFixed(3) : `${f.value.toFixed(1)} ${f.unit}`}`;
          if (f.budget !== undefined) return `${value} (budget ${f.budget} ${f.unit}: ${f.value <= f.budget ? 'within' : 'OVER'})`;
          if (f.min !== undefined) return `${value} (at least ${f.min}: ${f.value >= f.min ? 'met' : 'UNDER'})`;
          return value;
        })
        .join(', ');
      console.log(`${benchmark.name}: ${line}`);
    }
  } finally {
    await app.stop();
  }
}

await main();
