/** The `sim` command as a user runs it: a child process, with what it printed and its exit status. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function sim(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(tsx, ['lib/cli/main.ts', ...args], { cwd: root, env, timeout: 90_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Runs every invocation, a few at a time: each is a Node start-up, and starting dozens at once on a
 * two-core machine only makes each wait longer (and risks its timeout).
 */
export async function simAll<K extends string>(jobs: ReadonlyArray<readonly [K, readonly string[]]>, atOnce = 4): Promise<Map<K, CliResult>> {
  const results = new Map<K, CliResult>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [name, args] = jobs[next++]!;
      results.set(name, await sim(args));
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return results;
}
