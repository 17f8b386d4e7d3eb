/** Command-line arguments for `sim`: one command, then `--name value` options. */
import { err, ok, type Result } from '@/lib/sim/result';

export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Map<string, string[]>;
}

/** Options each command accepts; `param` may repeat. */
export const OPTION_NAMES = ['scenario', 'model-version', 'path', 'seed', 'param', 'base'] as const;

/** Reads the arguments; `commands` are the command names, listed when none is given. */
export function parseArgs(argv: readonly string[], commands: readonly string[]): Result<ParsedArgs> {
  const [command, ...rest] = argv;
  if (!command) return err({ code: 'bad-usage', problem: { kind: 'no-command', commands } });
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
    if (!(OPTION_NAMES as readonly string[]).includes(name)) return err({ code: 'bad-usage', problem: { kind: 'unknown-option', option: name } });
    const value = inline > 0 ? arg.slice(inline + 1) : rest[++i];
    if (value === undefined) return err({ code: 'bad-usage', problem: { kind: 'option-needs-value', option: name } });
    if (name !== 'param' && options.has(name)) return err({ code: 'bad-usage', problem: { kind: 'option-twice', option: name } });
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return ok({ command, positional, options });
}
