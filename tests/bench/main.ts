/**
 * `npm run bench`: named benchmarks, each printing figures against its budget. Nothing is asserted
 * here: the figures are for people to read (timings on a shared machine are too noisy to gate on).
 * Browser benchmarks run Chromium against the production build (`next build` first if there is
 * none), served by `next start` on a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

interface Figure {
  label: string;
  value: number;
  unit: string;
  /** The most the figure may be; printed beside it. */
  budget?: number;
}

interface Benchmark {
  name: string;
  run(): Promise<Figure[]>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCENARIO = 'abu-dhabi-2026';

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

/** Gzip KiB of every script a page loads, once the network is quiet. */
async function scriptKiB(url: string): Promise<number> {
  const page = await app.page();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(`${app.baseUrl}${url}`, { waitUntil: 'networkidle' });
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
  /** Click → the frame in which the charts show the new step too. */
  charts: number[];
}

/**
 * Times of a move on a path of `pathLength` steps, undone between samples so every sample starts
 * from the same path.
 */
async function moveTimes(pathLength: number, samples: number): Promise<MoveTimes> {
  const page = await app.page();
  const filler = Array.from({ length: pathLength - 21 }, () => 'time.day').join(',');
  await page.goto(`${app.baseUrl}/s/${SCENARIO}?path=history,${filler}`);
  await page.locator('.workbench[data-ready="true"]').waitFor();
  const start = Number(await page.locator('.workbench').getAttribute('data-step'));
  if (start !== pathLength) throw new Error(`expected a ${pathLength}-step path, got ${start}`);
  const times: MoveTimes = { state: [], charts: [] };
  for (let i = 0; i < samples + 3; i += 1) {
    const sample = await page.evaluate(async (expected) => {
      // No named helper functions in here: tsx would wrap them in a `__name` call the page does not have.
      const root = document.querySelector<HTMLElement>('.workbench')!;
      const charts = document.querySelector<HTMLElement>('.charts')!;
      const button = document.querySelector<HTMLButtonElement>('.move-button[data-move="time.day"]')!;
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
      while (charts.dataset.chartedStep !== String(expected)) await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { state, charts: performance.now() - t0 };
    }, pathLength + 1);
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

export const benchmarks: Benchmark[] = [
  {
    name: 'workbench move on a 40-step path',
    async run() {
      const times = await moveTimes(40, 40);
      return [
        { label: 'state+timeline p50', value: percentile(times.state, 50), unit: 'ms' },
        { label: 'state+timeline p95', value: percentile(times.state, 95), unit: 'ms', budget: 50 },
        { label: 'charts p50', value: percentile(times.charts, 50), unit: 'ms' },
        { label: 'charts p95', value: percentile(times.charts, 95), unit: 'ms', budget: 50 },
      ];
    },
  },
  {
    name: 'JavaScript loaded by the workbench',
    async run() {
      return [{ label: 'gzip', value: await scriptKiB(`/s/${SCENARIO}?preset=history`), unit: 'KiB', budget: 320 }];
    },
  },
  {
    name: 'JavaScript loaded by the gallery',
    async run() {
      return [{ label: 'gzip', value: await scriptKiB('/'), unit: 'KiB', budget: 200 }];
    },
  },
];

async function main() {
  try {
    for (const benchmark of benchmarks) {
      const figures = await benchmark.run();
      const line = figures
        .map((f) => `${f.label} ${f.value.toFixed(1)} ${f.unit}${f.budget === undefined ? '' : ` (budget ${f.budget} ${f.unit}: ${f.value <= f.budget ? 'within' : 'OVER'})`}`)
        .join(', ');
      console.log(`${benchmark.name}: ${line}`);
    }
  } finally {
    await app.stop();
  }
}

await main();
