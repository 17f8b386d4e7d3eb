#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, browser tests — in that order.
// Streams each tool's output, keeps going past failures where later stages still make sense, and
// ends with exactly one plain line `N passed, N failed` (CI reads that line).
// Counting: typecheck, lint and build are one check each; unit and e2e count individual tests
// from their JSON reports (test-results/vitest.json, test-results/playwright.json).
// Usage: node tests/run-all.mjs [--skip-e2e]   (--skip-e2e skips the build and browser tests)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => arg !== '--skip-e2e');
if (unknown.length > 0) {
  console.error(`error: unknown option ${unknown.join(' ')} (only --skip-e2e is accepted)`);
  console.log('0 passed, 1 failed');
  process.exit(2);
}
const skipE2e = args.has('--skip-e2e');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const vitestReport = path.join(root, 'test-results', 'vitest.json');
const playwrightReport = path.join(root, 'test-results', 'playwright.json');

/** @type {{ name: string, passed: number, failed: number, note: string }[]} */
const results = [];

/** Runs a tool from node_modules/.bin with inherited stdio; returns its exit status. */
function run(name, bin, binArgs) {
  const started = process.hrtime.bigint();
  console.log(`\n━━ ${name}: ${bin} ${binArgs.join(' ')}`);
  const executable = path.join(root, 'node_modules', '.bin', bin);
  if (!existsSync(executable)) {
    console.error(`error: ${executable} not found — run \`npm ci\` first`);
    return 127;
  }
  const child = spawnSync(executable, binArgs, { cwd: root, env, stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const status = child.error ? 1 : (child.status ?? 1);
  if (child.error) console.error(`error: could not run ${bin}: ${child.error.message}`);
  if (child.signal) console.error(`error: ${bin} was killed by ${child.signal}`);
  console.log(`━━ ${name}: exit ${status} (${seconds.toFixed(1)} s)`);
  return status;
}

function check(name, status) {
  results.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, note: status === 0 ? '' : `exit ${status}` });
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { missing: true, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Adds a test stage from its report; a failing exit with no failing test counts as 1 failure. */
function tests(name, status, file, count) {
  const report = readJson(file);
  if (report.missing) {
    console.error(`error: ${name}: no report at ${path.relative(root, file)} (${report.reason}); counting the stage as 1 failed`);
    results.push({ name, passed: 0, failed: 1, note: 'report missing' });
    return;
  }
  const { passed, failed, note } = count(report);
  if (status !== 0 && failed === 0) {
    console.error(`error: ${name} exited with status ${status} but reported no failing test (setup, load or unhandled error); counting 1 failed`);
    results.push({ name, passed, failed: 1, note: `exit ${status}` });
    return;
  }
  results.push({ name, passed, failed, note });
}

check('typecheck', run('typecheck', 'tsc', ['--noEmit', '-p', '.']));
check('lint', run('lint', 'eslint', ['.']));

rmSync(vitestReport, { force: true });
const unitStatus = run('unit', 'vitest', ['run']);
tests('unit', unitStatus, vitestReport, (report) => {
  // A test file that fails to load has no failing test of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    note: report.numTotalTests === 0 ? 'no unit tests found' : brokenFiles > 0 ? `${brokenFiles} file(s) failed to run` : '',
  };
});

if (skipE2e) {
  console.log('\n━━ build, e2e: skipped (--skip-e2e)');
} else {
  const buildOk = check('build', run('build', 'next', ['build']));
  if (!buildOk) {
    console.error('error: next build failed; skipping e2e and counting it as 1 failed');
    results.push({ name: 'e2e', passed: 0, failed: 1, note: 'skipped: build failed' });
  } else {
    rmSync(playwrightReport, { force: true });
    const e2eStatus = run('e2e', 'playwright', ['test']);
    tests('e2e', e2eStatus, playwrightReport, (report) => {
      const stats = report.stats ?? {};
      const flaky = stats.flaky ?? 0;
      return {
        passed: (stats.expected ?? 0) + flaky,
        failed: stats.unexpected ?? 0,
        note: flaky > 0 ? `${flaky} flaky` : '',
      };
    });
  }
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n━━ summary');
for (const r of results) {
  console.log(`  ${r.failed > 0 ? '✗' : '✓'} ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
