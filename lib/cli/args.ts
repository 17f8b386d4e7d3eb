/** Command-line arguments for `sim`: one command, then `--name value` options. */
import { fail, ok, type Result } from '@/lib/sim/result';

export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Map<string, string[]>;
}

/** Options each command accepts; `param` may repeat. */
export const OPTION_NAMES = ['scenario', 'path', 'seed', 'param', 'base', 'runs', 'horizon'] as const;

export function parseArgs(argv: readonly string[]): Result<ParsedArgs> {
  const [command, ...rest] = argv;
  if (!command) return fail('bad-usage', 'no command given (commands: scenarios, presets, state, run, link, decode)');
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const inline = arg.indexOf('=');
    const name = inline > 0 ? arg.slice(2, inline) : arg.slice(2);
    if (!(OPTION_NAMES as readonly string[]).includes(name)) return fail('bad-usage', `unknown option --${name}`);
    const value = inline > 0 ? arg.slice(inline + 1) : rest[++i];
    if (value === undefined) return fail('bad-usage', `option --${name} needs a value`);
    if (name !== 'param' && options.has(name)) return fail('bad-usage', `option --${name} given twice`);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return ok({ command, positional, options });
}
