/**
 * `npm run --silent sim -- <command> [options]`: the simulation core without a browser.
 * Prints JSON on stdout; bad input exits 2 with one `error:` line on stderr.
 */
import { parseArgs } from './args';
import { COMMAND_NAMES, runCommandLine } from './commands';
import { cliMessage } from './messages';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, COMMAND_NAMES);
  const result = args.ok ? await runCommandLine(args.value) : args;
  if (!result.ok) {
    process.stderr.write(`error: ${cliMessage(result.error)}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: internal failure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
